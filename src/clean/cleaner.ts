/**
 * Cleaning: removes Word artefacts and normalises characters, keeping an offset map back to the decoded
 * input. Offsets everywhere else in jixiao index the cleaned text this returns.
 */
export interface CleanedText {
  /** The cleaned text. */
  text: string;
  /**
   * `rawOffset[i]` is the offset in the decoded input of cleaned character `i`; one extra entry maps the
   * end of the text.
   */
  rawOffset: Int32Array;
}

/** Artefacts removed outright: Word bookmarks, zero-width characters, BOMs, soft hyphens, form feeds. */
const REMOVED = /\[bookmark: [^\]\n]*\]|[\u200b-\u200d\u2060\ufeff\u00ad\f]|\r(?=\n)/g;

/** One-to-one replacements: spaces to ASCII space, full-width digits and signs to ASCII, CR to LF. */
function replaceChar(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 0x30; // ０-９
  switch (c) {
    case 0x00a0: // NBSP
    case 0x3000: // ideographic space
    case 0x2002:
    case 0x2003:
    case 0x2009:
      return 0x20;
    case 0xff05:
      return 0x25; // ％
    case 0xff1d:
      return 0x3d; // ＝
    case 0xff1c:
      return 0x3c; // ＜
    case 0xff1e:
      return 0x3e; // ＞
    case 0xff0e:
      return 0x2e; // ．
    case 0xff0b:
      return 0x2b; // ＋
    case 0x2267:
      return 0x2265; // ≧ → ≥
    case 0x2266:
      return 0x2264; // ≦ → ≤
    case 0x0d:
      return 0x0a; // lone CR
    default:
      return c;
  }
}

/** Cleans decoded text (see module doc); pure and linear in the input length. */
export function clean(raw: string): CleanedText {
  const out: string[] = [];
  const map = new Int32Array(raw.length + 1);
  let n = 0;
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out.push(String.fromCharCode(replaceChar(raw.charCodeAt(i))));
      map[n++] = i;
    }
  };
  REMOVED.lastIndex = 0;
  for (let m = REMOVED.exec(raw); m; m = REMOVED.exec(raw)) {
    copy(last, m.index);
    last = m.index + m[0].length;
  }
  copy(last, raw.length);
  map[n] = raw.length;
  return { text: out.join(''), rawOffset: map.slice(0, n + 1) };
}
