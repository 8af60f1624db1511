import { createHash } from 'node:crypto';
import { toContractJson } from '../cli.js';
import { InputError } from '../ingest/input-error.js';
import { extractBytes } from '../pipeline.js';
import type { FileResult } from '../store/write-file.js';

/** SHA-256 of a file's bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Extracts one file for import; a file that cannot be read becomes a result with its error, never a throw. */
export function extractForImport(path: string, bytes: Uint8Array, hash: string): FileResult {
  try {
    return { path, sha256: hash, size: bytes.length, result: toContractJson(extractBytes(path, bytes)), error: null };
  } catch (e) {
    const error = e instanceof InputError ? { code: e.code, message: e.message } : { code: 'internal-error', message: `内部错误：${(e as Error).message}` };
    return { path, sha256: hash, size: bytes.length, result: null, error };
  }
}
