import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Db } from './database.js';
import { csvLine } from './csv.js';

/** The tables exported, in this order; columns keep their schema order (documented in the README). */
export const EXPORTED_TABLES = ['imports', 'sources', 'documents', 'expenditures', 'indicators', 'score_items', 'evaluators', 'dates', 'findings', 'project_figures'] as const;

/** Writes one UTF-8 file per table (`<table>.csv` with a header row, or `<table>.jsonl`) and returns row counts. */
export async function exportTables(db: Db, dir: string, format: 'csv' | 'jsonl'): Promise<Record<string, number>> {
  await mkdir(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const table of EXPORTED_TABLES) {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const out = createWriteStream(join(dir, `${table}.${format}`), { encoding: 'utf8' });
    if (format === 'csv') out.write(csvLine(columns) + '\n');
    let n = 0;
    for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY id`).iterate() as Iterable<Record<string, unknown>>) {
      const line = format === 'csv' ? csvLine(columns.map((c) => row[c])) : JSON.stringify(row);
      if (!out.write(line + '\n')) await once(out, 'drain');
      n++;
    }
    out.end();
    await once(out, 'finish');
    counts[table] = n;
  }
  return counts;
}
