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
const REPLACED = /[\uff10-\uff19\u00a0\u3000\u2002\u2003\u2009\uff05\uff1d\uff1c\uff1e\uff0e\uff0b\u2267\u2266\r]/g;
const REPLACEMENT: Record<string, string> = {
  '\u00a0': ' ', // NBSP
  '\u3000': ' ', // ideographic space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '％': '%',
  '＝': '=',
  '＜': '<',
  '＞': '>',
  '．': '.',
  '＋': '+',
  '≧': '≥',
  '≦': '≤',
  '\r': '\n', // a lone CR (CRLF lost its CR above)
};

function replaceChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // ０-９
  return REPLACEMENT[c] ?? c;
}

/** Cleans decoded text (see module doc); pure and linear in the input length. */
export function clean(raw: string): CleanedText {
  const kept: string[] = [];
  const map = new Int32Array(raw.length + 1);
  let n = 0;
  let last = 0;
  const keep = (from: number, to: number) => {
    kept.push(raw.slice(from, to));
    for (let i = from; i < to; i++) map[n++] = i;
  };
  REMOVED.lastIndex = 0;
  for (let m = REMOVED.exec(raw); m; m = REMOVED.exec(raw)) {
    keep(last, m.index);
    last = m.index + m[0].length;
  }
  keep(last, raw.length);
  map[n] = raw.length;
  return { text: kept.join('').replace(REPLACED, replaceChar), rawOffset: map.slice(0, n + 1) };
}
