/**
 * Import benchmark: builds corpora of N text reports, then N DOCX reports, from the fixtures (scripts/corpus.ts: years, names and
 * injected errors vary so hashes differ) and imports each into a fresh database with the default two parser
 * threads, printing files/s, peak RSS, database size and how time grows with N.
 *
 *   npm run bench:import              # N = 1000 and 10000
 *   npx tsx scripts/bench-import.ts 500 2000
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { importPaths as ImportPaths } from '../src/import/importer.js';
import { makeCorpus } from './corpus.js';

// The built JavaScript, so that parser threads run (they load dist/import/import-worker.js; npm install builds it).
const built: string = '../dist/import/importer.js';
const { importPaths } = (await import(built)) as { importPaths: typeof ImportPaths };

const sizes = process.argv.slice(2).map(Number);
const ns = sizes.length > 0 ? sizes : [1000, 10000];
/** Imports corpora of each size in one format into fresh databases; prints each run and the growth ratio. */
async function bench(format: 'text' | 'docx'): Promise<void> {
  const results: { n: number; seconds: number }[] = [];
  for (const n of ns) {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
    makeCorpus(join(dir, 'corpus'), n, format);
    const db = join(dir, 'bench.db');
    const summary = await importPaths([join(dir, 'corpus')], { database: db, jobs: 2, progress: false });
    const size = ['', '-wal'].reduce((a, suffix) => a + (statSync(db + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);
    results.push({ n, seconds: summary.seconds });
    console.log(
      `${format}, N = ${n}: ${summary.filesImported} imported, ${summary.filesFailed} failed in ${summary.seconds.toFixed(1)} s → ` +
        `${(n / summary.seconds).toFixed(0)} files/s; peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ` +
        `database ${(size / 1024 / 1024).toFixed(1)} MB`,
    );
    rmSync(dir, { recursive: true, force: true });
  }
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results[results.length - 1]!];
    console.log(`${format}: time ratio ${(b.seconds / a.seconds).toFixed(2)} for N ratio ${(b.n / a.n).toFixed(2)} (linear when they match)`);
  }
}

await bench('text');
await bench('docx');
console.log('targets: 10,000 text reports in under 60 s, peak RSS under 500 MB');
