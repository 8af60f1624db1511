/**
 * The main job on the bundled fixtures: extracts every fixture (as `jixiao extract` does), writes the contract
 * JSON to out/<name>.json and prints each document with its findings.
 *
 *   npm start
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { toContractJson } from '../src/cli.js';
import { extractBytes } from '../src/pipeline.js';

mkdirSync('out', { recursive: true });
let findings = 0;
for (const name of readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort()) {
  const path = `fixtures/${name}`;
  const json = toContractJson(extractBytes(path, readFileSync(path)));
  writeFileSync(`out/${name.replace(/\.txt$/, '.json')}`, JSON.stringify(json, null, 2) + '\n');
  console.log(`${path}  (${json.source.encoding}, ${json.documents.length} 份文档) → out/${name.replace(/\.txt$/, '.json')}`);
  for (const d of json.documents) {
    console.log(`  [${d.index}] ${d.kind === 'self_evaluation_form' ? '自评表' : d.kind === 'self_evaluation_report' ? '自评报告' : '未知'} ${d.fiscal_year ?? '?'}年 ${d.project.name ?? '(无项目名)'}  总分 ${d.score_total ?? '-'} ${d.grade ?? ''}`);
    for (const f of d.findings) console.log(`      ${f.severity.padEnd(7)} ${f.rule}: ${f.message}`);
    findings += d.findings.length;
  }
}
console.log(`\n${findings} findings in all; full JSON in out/`);
