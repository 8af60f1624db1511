import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

/** The SQL blocks of the README's “Questions a reviewer asks” section, in order. */
function readmeQueries(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Questions a reviewer asks'));
  return [...section.matchAll(/```sql\n([^]*?)```/g)].map((m) => m[1]!);
}

describe('the README’s reviewer questions run on a database of the fixtures', () => {
  let db: Database.Database;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-sql-'));
    const files = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/${f}`);
    spawnSync(process.execPath, ['bin/jixiao.js', 'import', ...files, '--db', join(dir, 'j.db')], { encoding: 'utf8' });
    db = new Database(join(dir, 'j.db'), { readonly: true });
  });

  it('which reports have errors', () => {
    const rows = db.prepare(readmeQueries()[0]!).all() as { path: string; errors: number }[];
    expect(rows.map((r) => [r.path.slice(9, 12), r.errors])).toEqual([
      ['003', 5],
      ['004', 5],
      ['002', 1],
    ]);
  });

  it('which rules fire most', () => {
    const rows = db.prepare(readmeQueries()[1]!).all() as { rule: string; n: number }[];
    expect(rows[0]).toEqual({ rule: 'score-sum', n: 5 });
    expect(rows.reduce((a, r) => a + r.n, 0)).toBe(23);
  });

  it('how a unit’s scores moved across years', () => {
    const rows = db.prepare(readmeQueries()[2]!).all({ unit: '%绩效%' });
    expect(rows).toEqual([
      { fiscal_year: 2019, project_name: '社会评价经费', score_total: 100, grade: '优秀' },
      { fiscal_year: 2020, project_name: '绩效业务项目', score_total: 100, grade: '一等级' },
    ]);
  });
});
