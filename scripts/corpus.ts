/**
 * Builds a corpus of N report files from the seed fixtures for import tests and benchmarks: each copy shifts
 * every year by the same amount, numbers the project names (经费 → 经费第i号) and, every fifth file, injects a
 * score error, so contents and hashes differ while each file stays internally a real report.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocx } from './make-docx-fixtures.js';

/** Writes `n` files into `dir` and returns their paths: text exports, or the same as DOCX (real Word tables). */
export function makeCorpus(dir: string, n: number, format: 'text' | 'docx' = 'text', fixtures = 'fixtures'): string[] {
  const seeds = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(fixtures, f), 'utf8') }));
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!;
    const shift = Math.floor(i / seeds.length) % 6;
    let text = seed.text.replace(/(20\d\d)年/g, (_, y: string) => `${Number(y) - shift}年`).replaceAll('经费', `经费第${i}号`);
    if (i % 5 === 0) text = text.replace('100分', '99分');
    const path = join(dir, `${String(i).padStart(6, '0')}_${seed.name}.${format === 'docx' ? 'docx' : 'txt'}`);
    writeFileSync(path, format === 'docx' ? seedDocx(text) : text);
    paths.push(path);
  }
  return paths;
}
