/**
 * Extraction benchmark, one core, per format. Text: the whole pipeline (ingest → clean → IR → segment →
 * parse → reconcile) over the fixtures repeated to at least N files, with reports/second, peak memory and the
 * time per stage, reconciliation's share beside extraction's. DOCX: the same over fixtures/docx, beside the
 * floor (fflate unzip + a saxes walk of word/document.xml doing nothing) and the mammoth + cheerio reference
 * reader. PDF: pages/second over fixtures/pdf.
 *
 *   npm run bench:extract            # N = 2000 text, 1000 DOCX, 3 rounds of the PDFs
 *   npx tsx scripts/bench-extract.ts 5000
 */
import { readFileSync, readdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readWithMammoth } from '../src/ingest/docx/mammoth-reader.js';
import { extractBytes, extractFile, zeroStageTimes } from '../src/pipeline.js';

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

// ── DOCX ──
const docxInputs = readdirSync('fixtures/docx')
  .filter((f) => /^0.*\.docx$/.test(f))
  .sort()
  .map((f) => ({ path: `fixtures/docx/${f}`, bytes: readFileSync(`fixtures/docx/${f}`) }));
const docxRounds = Math.ceil(Math.max(1000, target / 2) / docxInputs.length);
const timed = (run: () => void): number => {
  const t0 = performance.now();
  run();
  return (performance.now() - t0) / 1000;
};
const floor = (bytes: Uint8Array) => {
  const xml = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!;
  const parser = new SaxesParser();
  parser.on('opentag', () => {});
  parser.on('text', () => {});
  parser.write(new TextDecoder().decode(xml)).close();
};
for (const input of docxInputs) (extractBytes(input.path, input.bytes), floor(input.bytes));
let docxDocuments = 0;
const docxSeconds = timed(() => {
  for (let r = 0; r < docxRounds; r++) for (const input of docxInputs) docxDocuments += extractBytes(input.path, input.bytes).documents.length;
});
const floorSeconds = timed(() => {
  for (let r = 0; r < docxRounds; r++) for (const input of docxInputs) floor(input.bytes);
});
const docxFiles = docxRounds * docxInputs.length;
const mammothRounds = 4;
const t0 = performance.now();
for (let r = 0; r < mammothRounds; r++) for (const input of docxInputs) await readWithMammoth(input.bytes);
const mammothMs = (performance.now() - t0) / (mammothRounds * docxInputs.length);
console.log(`\nDOCX extraction, one core: ${docxFiles} files (${docxDocuments} documents) in ${docxSeconds.toFixed(2)} s`);
console.log(`  ${(docxFiles / docxSeconds).toFixed(0)} files/s, ${(docxDocuments / docxSeconds).toFixed(0)} documents/s (target ≥ 100 reports/s per core)`);
console.log(`  ${((docxSeconds / docxFiles) * 1000).toFixed(2)} ms/file; floor (unzip + saxes walk alone) ${((floorSeconds / docxFiles) * 1000).toFixed(2)} ms/file → ${(docxSeconds / floorSeconds).toFixed(2)}× the floor (target ≤ 3×)`);
console.log(`  reference reader mammoth + cheerio alone: ${mammothMs.toFixed(1)} ms/file`);
console.log(`  peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)} MB`);

// ── PDF ──
const pdfInputs = readdirSync('fixtures/pdf')
  .filter((f) => /^0.*\.pdf$/.test(f))
  .sort()
  .map((f) => ({ path: `fixtures/pdf/${f}`, bytes: readFileSync(`fixtures/pdf/${f}`) }));
await extractFile(pdfInputs[0]!.path, pdfInputs[0]!.bytes);
let pages = 0;
let pdfDocuments = 0;
const pdfRounds = 3;
const p0 = performance.now();
for (let r = 0; r < pdfRounds; r++) {
  for (const input of pdfInputs) {
    const file = await extractFile(input.path, input.bytes);
    pages += file.pages?.length ?? 0;
    pdfDocuments += file.documents.length;
  }
}
const pdfSeconds = (performance.now() - p0) / 1000;
console.log(`\nPDF extraction, one core: ${pdfRounds * pdfInputs.length} files, ${pages} pages (${pdfDocuments} documents) in ${pdfSeconds.toFixed(2)} s`);
console.log(`  ${(pages / pdfSeconds).toFixed(1)} pages/s, ${((pdfRounds * pdfInputs.length) / pdfSeconds).toFixed(1)} files/s (target ≥ 30 pages/s per core)`);
console.log(`  peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
