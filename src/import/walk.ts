import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Expands files and folders (recursively, in sorted order, hidden entries skipped) into file paths. */
export async function walk(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      missing.push(path);
      return;
    }
    if (info.isFile()) {
      files.push(path);
      return;
    }
    if (!info.isDirectory()) return;
    const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
    for (const entry of entries) await visit(join(path, entry));
  };
  for (const path of paths) await visit(path);
  return { files, missing };
}
