import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORTED_TABLES } from '../src/store/export-tables.js';

function jixiao(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/jixiao.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'jixiao-out-'));
const db = join(dir, 'j.db');
let conn: Database.Database;

beforeAll(() => {
  const files = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/${f}`);
  expect(jixiao(['import', ...files, '--db', db]).code).toBe(0);
  conn = new Database(db, { readonly: true });
});

describe('jixiao findings', () => {
  it('filters by severity and rule, as the database has them', () => {
    const errors = JSON.parse(jixiao(['findings', '--db', db, '--severity', 'error', '--format', 'json']).stdout) as { severity: string }[];
    expect(errors.length).toBe((conn.prepare("SELECT count(*) AS n FROM findings WHERE severity = 'error'").get() as { n: number }).n);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    const scoreSum = JSON.parse(jixiao(['findings', '--db', db, '--rule', 'score-sum', '--format', 'json']).stdout) as { path: string; document: number }[];
    expect(scoreSum.map((f) => `${f.path.slice(9, 12)}#${f.document}`)).toEqual(['003#0', '003#0', '003#0', '004#4', '004#4']);
  });

  it('filters by unit and year', () => {
    const rows = JSON.parse(jixiao(['findings', '--db', db, '--year', '2020', '--format', 'json']).stdout) as { fiscal_year: number; path: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.fiscal_year === 2020)).toBe(true);
    const unit = (conn.prepare("SELECT implementing_unit AS u FROM documents WHERE implementing_unit IS NOT NULL AND id IN (SELECT document_id FROM findings) LIMIT 1").get() as { u: string }).u;
    const byUnit = JSON.parse(jixiao(['findings', '--db', db, '--unit', unit, '--format', 'json']).stdout) as { unit: string }[];
    expect(byUnit.length).toBeGreaterThan(0);
    expect(byUnit.every((r) => r.unit.includes(unit))).toBe(true);
  });

  it('writes CSV a parser reads back: a header and one record per finding', () => {
    const csv = jixiao(['findings', '--db', db, '--format', 'csv']).stdout;
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual(['path', 'document', 'project', 'unit', 'fiscal_year', 'rule', 'severity', 'message', 'expected', 'actual', 'evidence']);
    expect(records.length).toBe((conn.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n);
    const messages = (conn.prepare('SELECT message FROM findings').all() as { message: string }[]).map((r) => r.message).sort();
    expect(records.map((r) => r.message).sort()).toEqual(messages);
  });

  it('says what is wrong with bad options or a missing database, exit 2 and 1', () => {
    expect(jixiao(['findings', '--db', db, '--severity', 'fatal']).code).toBe(2);
    const missing = jixiao(['findings', '--db', join(dir, 'none.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/数据库 .*none\.db 不存在/);
  });
});

describe('jixiao export', () => {
  it('writes one CSV per table, with the schema’s column order and every row (evidence_json quoted)', () => {
    const out = join(dir, 'csv');
    expect(jixiao(['export', '--db', db, '--to', out]).code).toBe(0);
    for (const table of EXPORTED_TABLES) {
      const columns = (conn.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const rows = parse(readFileSync(join(out, `${table}.csv`), 'utf8')) as string[][];
      expect(rows[0], table).toEqual(columns);
      const stored = conn.prepare(`SELECT * FROM ${table} ORDER BY id`).raw().all() as unknown[][];
      expect(rows.slice(1), table).toEqual(stored.map((r) => r.map((v) => (v === null ? '' : String(v)))));
    }
  });

  it('writes JSON lines equal to the stored rows', () => {
    const out = join(dir, 'jsonl');
    expect(jixiao(['export', '--db', db, '--to', out, '--format', 'jsonl']).code).toBe(0);
    for (const table of EXPORTED_TABLES) {
      const lines = readFileSync(join(out, `${table}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
      expect(lines, table).toEqual(conn.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
    }
  });

  it('refuses an unknown format with exit 2', () => {
    expect(jixiao(['export', '--db', db, '--to', join(dir, 'x'), '--format', 'xml']).code).toBe(2);
  });
});
