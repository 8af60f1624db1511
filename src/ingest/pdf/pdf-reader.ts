import { InputError } from '../input-error.js';
import { layOutPdf, type PdfText } from './pdf-layout.js';

/** What the PDF reader gives: the text-export layout of the pages, page starts, and what it could not read. */
export interface PdfResult extends PdfText {
  warnings: string[];
}

/** Said of every PDF with tables: its findings need a look at the original more than those of text or DOCX. */
export const TABLES_REBUILT = 'PDF 的表格由版面重建：合并单元格、跨页表格和换行的单元格可能错位，本文件的数字与发现请对照原件核实';

/** Fewer visible characters per page than this means the text layer is missing (a scan). */
const MIN_CHARS_PER_PAGE = 20;
/** Below this share of readable characters (CJK, ASCII, common punctuation) the text layer is garbage. */
const MIN_READABLE_SHARE = 0.8;
const READABLE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2010-\u2027\u2030-\u205e\u00b0-\u00bf\u2160-\u2190\u2460-\u24ff\u2600-\u27bf\u2200-\u22ff!-~]/u;

/**
 * Reads a PDF with pdf-parse: the text of each page in reading order (getText) and its ruled tables
 * (getTable), laid out as a text export (layOutPdf). A PDF without a text layer (a scan) or whose text does
 * not decode to readable characters (CID fonts without a ToUnicode map) is refused, never passed on as
 * garbage; an encrypted PDF is refused with its reason.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfResult> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const text = await parser.getText({ pageJoiner: '' });
    checkTextLayer(text.pages.map((p) => p.text));
    const tables = await parser.getTable();
    const pages = text.pages.map((p) => ({ text: p.text, tables: tables.pages.find((t) => t.num === p.num)?.tables ?? [] }));
    const warnings = pages.some((p) => p.tables.length > 0) ? [TABLES_REBUILT] : [];
    return { ...layOutPdf(pages), warnings };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new InputError('encrypted-pdf', 'PDF 已加密（需要密码），无法读取；请提供未加密的文件');
    throw new InputError('corrupt-pdf', `PDF 文件已损坏或不完整，无法读取（${(e as Error).message}）`);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Refuses a PDF whose pages carry (almost) no text or text that does not decode to readable characters. */
export function checkTextLayer(pages: readonly string[]): void {
  const visible = [...pages.join('').replace(/\s+/g, '')];
  if (visible.length < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new InputError('scanned-pdf', `PDF 共 ${pages.length} 页，几乎没有文字层（${visible.length} 个字符），应是扫描件；请先做文字识别（OCR）`);
  }
  const readable = visible.filter((c) => READABLE.test(c)).length;
  if (readable / visible.length < MIN_READABLE_SHARE) {
    throw new InputError('garbled-pdf', `PDF 文字层无法解码为可读文字（可读字符仅占 ${Math.round((readable / visible.length) * 100)}%，字体缺少 Unicode 映射）；请从原始 Word 文件导出，或做文字识别（OCR）`);
  }
}
