import { createHash } from 'node:crypto';
import type { Block } from './model/ir.js';
import type { ParsedDocument } from './model/report.js';
import { clean } from './clean/cleaner.js';
import { detectFormat, type InputFormat } from './ingest/detect-format.js';
import { decodeText, looksBinary, NotTextError } from './ingest/decode-text.js';
import { InputError } from './ingest/input-error.js';
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
}

/** Time spent per stage, in milliseconds, accumulated by `extractBytes` when given. */
export type StageTimes = Record<'ingest' | 'clean' | 'blocks' | 'segment' | 'parse' | 'reconcile', number>;

/** A fresh zeroed StageTimes. */
export function zeroStageTimes(): StageTimes {
  return { ingest: 0, clean: 0, blocks: 0, segment: 0, parse: 0, reconcile: 0 };
}

/**
 * The pipeline, stage by stage: ingest (detect format, decode) → clean (artefacts out, offsets kept) →
 * blocks (the IR) → segment (documents) → parse (typed records) → reconcile (findings).
 * Throws InputError for files that cannot be read; never returns half a result.
 */
export function extractBytes(path: string, bytes: Uint8Array, times?: StageTimes): ExtractedFile {
  const clock = stopwatch(times);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = detectFormat(bytes);
  if (format !== 'text') {
    throw new InputError(`${format}-unsupported`, `${format.toUpperCase()} 读取尚未实现（当前版本只读取文本导出）`);
  }
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (e) {
    if (e instanceof NotTextError) throw new InputError('binary-file', e.message);
    throw e;
  }
  if (looksBinary(decoded.text)) throw new InputError('binary-file', '文件含有大量控制字符，不是文本文件（二进制文件？）');
  clock('ingest');
  const cleaned = clean(decoded.text);
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
  return { path, sha256, format, encoding: decoded.encoding, cleaned: cleaned.text, documents, warnings: [] };
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
