import { InputError } from './input-error.js';

/** Input formats jixiao reads. */
export type InputFormat = 'text' | 'docx' | 'pdf';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Detects the format from the bytes, never from the file extension (a .doc may be DOCX, a .txt UTF-16).
 * Formats that cannot be read raise an InputError that says what the file is and what to do.
 */
export function detectFormat(bytes: Uint8Array): InputFormat {
  if (bytes.length === 0) throw new InputError('empty-file', '文件为空（0 字节）');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError(
      'legacy-doc',
      '旧版 Word 二进制格式（.doc）不受支持；请先转换为 DOCX，例如：soffice --headless --convert-to docx 文件.doc',
    );
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) throw new InputError('image-file', '文件是 PNG 图片，不是报告');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) throw new InputError('image-file', '文件是 JPEG 图片，不是报告');
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) throw new InputError('image-file', '文件是 GIF 图片，不是报告');
  return 'text';
}
