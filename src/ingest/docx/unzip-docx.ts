import { unzipSync } from 'fflate';
import { InputError } from '../input-error.js';

/** The largest word/document.xml jixiao inflates (a self-evaluation report is well under 5 MB). */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

/**
 * Inflates word/document.xml of a DOCX, and nothing else. The size the zip declares is checked against
 * MAX_DOCUMENT_XML_BYTES before inflating, and fflate inflates into a buffer of that declared size, so a zip
 * bomb (or a lying header) can never take more memory than the cap.
 */
export function documentXml(bytes: Uint8Array): Uint8Array {
  let files;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        if (file.originalSize > MAX_DOCUMENT_XML_BYTES) {
          const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
          throw new InputError('zip-bomb', `DOCX 中 word/document.xml 解压后 ${mb(file.originalSize)} MB，超过上限 ${mb(MAX_DOCUMENT_XML_BYTES)} MB，拒绝解压（疑似压缩炸弹）`);
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('corrupt-zip', `DOCX 文件已损坏，无法解压（${(e as Error).message}）`);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new InputError('not-docx', 'ZIP 文件中没有 word/document.xml，不是 Word 文档（DOCX）');
  return xml;
}
