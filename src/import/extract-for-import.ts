import { createHash } from 'node:crypto';
import { toContractJson } from '../cli.js';
import { InputError } from '../ingest/input-error.js';
import { extractFile, type ExtractedFile } from '../pipeline.js';
import { projectStatement, sameProject } from '../reconcile/project-figures.js';
import type { FileResult, StoredFigure } from '../store/write-file.js';

/** SHA-256 of a file's bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Extracts one file for import; a file that cannot be read becomes a result with its error, never a throw. */
export async function extractForImport(path: string, bytes: Uint8Array, hash: string): Promise<FileResult> {
  try {
    const file = await extractFile(path, bytes);
    return { path, sha256: hash, size: bytes.length, result: toContractJson(file), figures: figuresOf(file), error: null };
  } catch (e) {
    const error = e instanceof InputError ? { code: e.code, message: e.message } : { code: 'internal-error', message: `内部错误：${(e as Error).message}` };
    return { path, sha256: hash, size: bytes.length, result: null, figures: [], error };
  }
}

/**
 * The figures each form and report states about its project, stored so that `jixiao import` can compare
 * documents of different files (src/import/cross-file.ts). A document whose file also holds its counterpart
 * (form beside report) is marked paired: extraction already compared the two.
 */
function figuresOf(file: ExtractedFile): StoredFigure[] {
  const stated = file.documents.flatMap((doc) => {
    const s = projectStatement(doc);
    return s ? [{ index: doc.index, s }] : [];
  });
  return stated.flatMap(({ index, s }) => {
    const paired = stated.some((o) => o.s.kind !== s.kind && sameProject(s, o.s));
    return s.figures.map((f) => ({
      document: index,
      projectKey: s.key,
      pairedInFile: paired,
      name: f.name,
      value: f.value,
      text: file.cleaned.slice(f.span.start, f.span.end),
      start: f.span.start,
      end: f.span.end,
    }));
  });
}
