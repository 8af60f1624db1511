/**
 * Text extraction benchmark: runs the whole pipeline (ingest → clean → IR → segment → parse → reconcile) over
 * the fixtures repeated to at least N files on one core, and prints reports/second, peak memory and the time
 * per stage, with reconciliation's share beside extraction's.
 *
 *   npm run bench:extract            # N = 2000
 *   npx tsx scripts/bench-extract.ts 5000
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extractBytes, zeroStageTimes } from '../src/pipeline.js';

const target = Number(process.argv[2] ?? 2000);
const inputs = readdirSync('fixtures')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: `fixtures/${f}`, bytes: readFileSync(`fixtures/${f}`) }));
const rounds = Math.ceil(target / inputs.length);

// Warm-up: JIT and the rules/ knowledge load are not what is measured.
for (const input of inputs) extractBytes(input.path, input.bytes);

const times = zeroStageTimes();
let files = 0;
let documents = 0;
let bytes = 0;
let peakRss = process.memoryUsage().rss;
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const input of inputs) {
    const result = extractBytes(input.path, input.bytes, times);
    files++;
    documents += result.documents.length;
    bytes += input.bytes.length;
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const elapsed = (performance.now() - started) / 1000;
const extraction = times.ingest + times.clean + times.blocks + times.segment + times.parse;
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

console.log(`text extraction, one core: ${files} files (${documents} documents, ${mb(bytes)} MB) in ${elapsed.toFixed(2)} s`);
console.log(`  ${(files / elapsed).toFixed(0)} files/s, ${(documents / elapsed).toFixed(0)} documents/s (target ≥ 1000 reports/s)`);
console.log(`  peak RSS ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))} MB`);
console.log('  time per stage (ms per file):');
for (const [stage, ms] of Object.entries(times)) console.log(`    ${stage.padEnd(10)} ${(ms / files).toFixed(3)}`);
console.log(`  extraction ${(extraction / files).toFixed(3)} ms/file, reconciliation ${(times.reconcile / files).toFixed(3)} ms/file = ${((times.reconcile / extraction) * 100).toFixed(1)}% of extraction (target ≤ 20%)`);
