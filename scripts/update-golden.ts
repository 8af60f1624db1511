/**
 * Regenerates fixtures/expected/<seed>.json from the current code. Run only after checking the differences
 * by hand (`git diff fixtures/expected`): a golden file is only as good as the reading behind it.
 *
 *   npm run golden
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { toContractJson } from '../src/cli.js';
import { extractBytes } from '../src/pipeline.js';

for (const name of readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort()) {
  const path = `fixtures/${name}`;
  const json = toContractJson(extractBytes(path, readFileSync(path)));
  writeFileSync(`fixtures/expected/${name.replace(/\.txt$/, '.json')}`, JSON.stringify(json, null, 2) + '\n');
  console.log(`wrote fixtures/expected/${name.replace(/\.txt$/, '.json')}: ${json.documents.length} documents`);
}
