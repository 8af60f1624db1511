/** The text of a file and the encoding it was read in. */
export interface DecodedText {
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `gb18030`. */
  encoding: string;
}

/** Raised when bytes are not text in any encoding jixiao reads. */
export class NotTextError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Detects and decodes a text file: BOM first, then strict UTF-8, then a UTF-16 byte-pattern test (BOM-less
 * UTF-16 has a zero high byte for every ASCII character), then GB18030 (a superset of GBK and GB2312).
 * This order was 100 % right on Chinese text down to eight characters (shared/LIBS.md).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.includes(0)) throw new NotTextError('文件含有 NUL 字节，不是文本文件（二进制文件？）');
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to GB18030
  }
  try {
    return { text: gb18030.decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new NotTextError('无法按 UTF-8、UTF-16 或 GB18030 解码，不是可识别的文本文件');
  }
}

/** Recognises BOM-less UTF-16 by where its zero bytes fall; returns the encoding or null. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  const pairs = n / 2;
  // ASCII (digits, tabs, newlines) puts a zero in the high byte; a CJK character's low byte is zero only
  // for the few code points that end in 00, so zeros cluster on one side.
  if (zeroOdd > pairs * 0.05 && zeroEven * 4 < zeroOdd) return 'utf-16le';
  if (zeroEven > pairs * 0.05 && zeroOdd * 4 < zeroEven) return 'utf-16be';
  return null;
}

/** True when decoded text is mostly control characters or replacement marks: binary junk. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.02;
}
