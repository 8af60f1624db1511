import { createHash } from 'node:crypto';
import type { Block } from './model/ir.js';
import type { ParsedDocument } from './model/report.js';
import { clean } from './clean/cleaner.js';
import { detectFormat, type InputFormat } from './ingest/detect-format.js';
import { decodeText, looksBinary, NotTextError } from './ingest/decode-text.js';
import { renderTextExport } from './ingest/docx/docx-body.js';
import { readOoxml } from './ingest/docx/ooxml-reader.js';
import { InputError } from './ingest/input-error.js';
import { readPdf } from './ingest/pdf/pdf-reader.js';
import { textToBlocks } from './ingest/text-blocks.js';
import { segment } from './segment/segmenter.js';
import { parseDocument } from './parse/document-parser.js';
import { reconcileFile } from './reconcile/runner.js';

/** Everything jixiao extracts from one file. */
export interface ExtractedFile {
  path: string;
  sha256: string;
  format: InputFormat;
  encoding: string | null;
  /** The cleaned text all offsets point into. */
  cleaned: string;
  documents: ParsedDocument[];
  warnings: string[];
  /** PDF only: where each page (numbered from 1) stands in the cleaned text, to turn any offset into a page. */
  pages?: { page: number; start: number; end: number }[];
}

/** Time spent per stage, in milliseconds, accumulated by `extractBytes` when given. */
export type StageTimes = Record<'ingest' | 'clean' | 'blocks' | 'segment' | 'parse' | 'reconcile', number>;

/** A fresh zeroed StageTimes. */
export function zeroStageTimes(): StageTimes {
  return { ingest: 0, clean: 0, blocks: 0, segment: 0, parse: 0, reconcile: 0 };
}

/** The text of a file as its reader gives it, before cleaning. */
interface ReadText {
  format: InputFormat;
  text: string;
  encoding: string | null;
  warnings: string[];
  /** PDF: offsets in `text` where each page starts. */
  pageStarts?: number[];
}

/**
 * The pipeline, stage by stage: ingest (detect format; decode text, or read a DOCX into the text-export
 * layout) → clean (artefacts out, offsets kept) → blocks (the IR) → segment (documents) → parse (typed
 * records) → reconcile (findings). Text and DOCX are read synchronously; a PDF needs `extractFile`.
 * Throws InputError for files that cannot be read; never returns half a result.
 */
export function extractBytes(path: string, bytes: Uint8Array, times?: StageTimes): ExtractedFile {
  const clock = stopwatch(times);
  const format = detectFormat(bytes);
  if (format === 'pdf') throw new Error('extractBytes cannot read PDF: use extractFile');
  const read = format === 'docx' ? readDocx(bytes) : readText(bytes);
  clock('ingest');
  return extractText(path, bytes, read, times);
}

/** Like extractBytes, for every format (a PDF is read asynchronously). */
export async function extractFile(path: string, bytes: Uint8Array, times?: StageTimes): Promise<ExtractedFile> {
  if (detectFormat(bytes) !== 'pdf') return extractBytes(path, bytes, times);
  const clock = stopwatch(times);
  const pdf = await readPdf(bytes);
  clock('ingest');
  return extractText(path, bytes, { format: 'pdf', text: pdf.text, encoding: null, warnings: pdf.warnings, pageStarts: pdf.pageStarts }, times);
}

function readText(bytes: Uint8Array): ReadText {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    if (e instanceof NotTextError) throw new InputError('binary-file', e.message);
    throw e;
  }
  if (looksBinary(decoded.text)) throw new InputError('binary-file', '文件含有大量控制字符，不是文本文件（二进制文件？）');
  return { format: 'text', text: decoded.text, encoding: decoded.encoding, warnings: [] };
}

function readDocx(bytes: Uint8Array): ReadText {
  const { body, warnings } = readOoxml(bytes);
  return { format: 'docx', text: renderTextExport(body), encoding: null, warnings };
}

function extractText(path: string, bytes: Uint8Array, read: ReadText, times?: StageTimes): ExtractedFile {
  const clock = stopwatch(times);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const cleaned = clean(read.text);
  clock('clean');
  const blocks: Block[] = textToBlocks(cleaned.text);
  clock('blocks');
  const segments = segment(blocks, cleaned.text);
  clock('segment');
  if (cleaned.text.trim() === '') throw new InputError('empty-file', '文件没有文字内容');
  if (!segments.some((s) => s.kind !== 'unknown')) {
    throw new InputError('no-report', '未找到项目支出绩效自评报告或自评表（没有可识别的标题、表格或章节）');
  }
  const documents = segments.map((s, i) => parseDocument(s, i, cleaned.text));
  clock('parse');
  reconcileFile(documents, cleaned.text, path);
  clock('reconcile');
  const pages = read.pageStarts && pageSpans(read.pageStarts, cleaned.rawOffset);
  return { path, sha256, format: read.format, encoding: read.encoding, cleaned: cleaned.text, documents, warnings: read.warnings, ...(pages && { pages }) };
}

/** Page spans in the cleaned text, from page starts in the text before cleaning. */
function pageSpans(starts: readonly number[], rawOffset: Int32Array): { page: number; start: number; end: number }[] {
  const cleanedAt = (raw: number) => {
    let lo = 0;
    let hi = rawOffset.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rawOffset[mid]! < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cleanedStarts = starts.map(cleanedAt);
  return cleanedStarts.map((start, i) => ({ page: i + 1, start, end: cleanedStarts[i + 1] ?? rawOffset.length - 1 }));
}

function stopwatch(times: StageTimes | undefined): (stage: keyof StageTimes) => void {
  if (!times) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    times[stage] += now - last;
    last = now;
  };
}
