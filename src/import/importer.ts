import { readFile } from 'node:fs/promises';
import { openDatabase } from '../store/database.js';
import { FileWriter, type FileOutcome } from '../store/write-file.js';
import { reconcileAcrossFiles } from './cross-file.js';
import { sha256 } from './extract-for-import.js';
import { ParserPool } from './parser-pool.js';
import { Progress } from './progress.js';
import { walk } from './walk.js';

/** The version recorded with each import. */
export const TOOL_VERSION = 'jixiao 0.1.0';

/** What an import did, for the summary on stdout. */
export interface ImportSummary {
  importId: number;
  database: string;
  filesSeen: number;
  filesImported: number;
  filesSkipped: number;
  filesFailed: number;
  /** Findings of the cross-document rule between files, added after the files were stored. */
  crossFileFindings: number;
  failures: { path: string; code: string; message: string }[];
  seconds: number;
}

/** Options of `jixiao import`. */
export interface ImportOptions {
  database: string;
  /** Parser threads; 0 or 1 parses in the writer's thread. */
  jobs: number;
  progress: boolean;
}

/**
 * Imports files and folders into the database: walks them, skips files whose sha256 is stored, parses the rest
 * on `jobs` threads and writes each file in its own transaction from this (the only writing) thread; then
 * compares forms and reports across the files (reconcileAcrossFiles).
 */
export async function importPaths(paths: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const { files, missing } = await walk(paths);
  const db = openDatabase(options.database);
  const writer = new FileWriter(db);
  const importId = Number(
    db.prepare('INSERT INTO imports (started_at, tool_version, files_seen) VALUES (?, ?, ?)').run(new Date().toISOString(), TOOL_VERSION, files.length)
      .lastInsertRowid,
  );
  const known = db.prepare('SELECT 1 FROM sources WHERE sha256 = ?');
  const pool = new ParserPool(options.jobs > 1 ? options.jobs : 0);
  const progress = options.progress ? new Progress(files.length) : null;
  const counts: Record<FileOutcome, number> = { imported: 0, skipped: 0, failed: 0 };
  const failures: ImportSummary['failures'] = missing.map((path) => ({ path, code: 'not-found', message: '路径不存在' }));
  let next = 0;

  const work = async (): Promise<void> => {
    while (next < files.length) {
      const path = files[next++]!;
      let outcome: FileOutcome;
      const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => e);
      if (bytes instanceof Error) {
        outcome = 'failed';
        failures.push({ path, code: 'unreadable', message: `无法读取文件（${bytes.code ?? bytes.message}）` });
      } else {
        const hash = sha256(bytes);
        if (known.get(hash)) {
          outcome = 'skipped';
        } else {
          const file = await pool.parse(path, bytes, hash);
          outcome = writer.write(file, importId);
          if (file.error && outcome === 'failed') failures.push({ path, ...file.error });
        }
      }
      counts[outcome]++;
      progress?.update(counts.imported + counts.skipped + counts.failed, counts.failed);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) * 2 }, work));
  } finally {
    await pool.close();
  }
  const crossFileFindings = reconcileAcrossFiles(db, importId);
  const failed = counts.failed + missing.length;
  db.prepare('UPDATE imports SET finished_at = ?, files_imported = ?, files_skipped = ?, files_failed = ? WHERE id = ?').run(
    new Date().toISOString(),
    counts.imported,
    counts.skipped,
    failed,
    importId,
  );
  db.close();
  return {
    importId,
    database: options.database,
    filesSeen: files.length + missing.length,
    filesImported: counts.imported,
    filesSkipped: counts.skipped,
    filesFailed: failed,
    crossFileFindings,
    failures,
    seconds: (Date.now() - started) / 1000,
  };
}
