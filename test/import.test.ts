import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../scripts/corpus.js';
import { extractBytes } from '../src/pipeline.js';

const CLI = join(process.cwd(), 'bin/jixiao.js');
const SEEDS = ['000_5b802abc09490949', '001_4e04848e7f92059d', '002_b15d2b1781b6fb37', '003_2dea022e35dd5b69', '004_cd7aaa16e60fc362'];

function jixiao(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jixiao-import-'));
}

function seedsIn(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const s of SEEDS) copyFileSync(`fixtures/${s}.txt`, join(dir, `${s}.txt`));
  return dir;
}

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare(sql).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

/** Every table row count, to prove that a second import changes nothing. */
function snapshot(db: string): Record<string, number> {
  const tables = ['sources', 'documents', 'expenditures', 'indicators', 'score_items', 'evaluators', 'dates', 'findings'];
  return Object.fromEntries(tables.map((t) => [t, count(db, `SELECT count(*) AS n FROM ${t}`)]));
}

describe('jixiao import', () => {
  it('imports the seeds, and a second run over the same folder changes nothing', () => {
    const dir = tempDir();
    const db = join(dir, 'j.db');
    const first = jixiao(['import', seedsIn(join(dir, 'in')), '--db', db, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ filesSeen: 5, filesImported: 5, filesSkipped: 0, filesFailed: 0, crossFileFindings: 0 });
    const before = snapshot(db);
    expect(before).toMatchObject({ sources: 5, documents: 16, findings: 23 });
    const second = jixiao(['import', join(dir, 'in'), '--db', db, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ filesImported: 0, filesSkipped: 5 });
    expect(snapshot(db)).toEqual(before);
    expect(count(db, 'SELECT count(*) AS n FROM imports WHERE finished_at IS NOT NULL')).toBe(2);
  });

  it('compares forms and reports of the same project across files, once, whichever run brings them', () => {
    const seed = readFileSync('fixtures/004_cd7aaa16e60fc362.txt', 'utf8');
    const cut = seed.indexOf('\n附件2');
    const dir = tempDir();
    const forms = join(dir, 'in', 'forms.txt');
    const reports = join(dir, 'in', 'reports.txt');
    mkdirSync(join(dir, 'in'));
    writeFileSync(forms, seed.slice(0, cut));
    writeFileSync(reports, seed.slice(cut));
    const expected = `自评报告所述总分98分，与文件 ${forms} 中同一项目的自评表（第5份文档）所填100分不符`;
    const stored = (db: string) => {
      const conn = new Database(db, { readonly: true });
      const rows = conn
        .prepare("SELECT s.path, d.idx, f.message, f.expected, f.actual, f.evidence_json FROM findings f JOIN documents d ON d.id = f.document_id JOIN sources s ON s.id = d.source_id WHERE f.rule = 'cross-document'")
        .all() as { path: string; idx: number; message: string; expected: string; actual: string; evidence_json: string }[];
      conn.close();
      return rows;
    };

    // Both files in one run: the one disagreement of seed 004 (report 1 says 98分, its form 100分) is found.
    const together = join(dir, 'together.db');
    expect(JSON.parse(jixiao(['import', join(dir, 'in'), '--db', together, '--json']).stdout).crossFileFindings).toBe(1);
    const [finding] = stored(together);
    expect(finding).toMatchObject({ path: reports, idx: 0, message: expected, expected: '100', actual: '98' });
    const [own, other] = JSON.parse(finding!.evidence_json) as { text: string; start: number; path?: string; document?: number }[];
    const cleaned = (path: string) => extractBytes(path, readFileSync(path)).cleaned;
    expect(own!.text).toMatch(/98/);
    expect(cleaned(reports).slice(own!.start, own!.start + own!.text.length)).toBe(own!.text);
    expect(other).toMatchObject({ path: forms, document: 4 });
    expect(other!.text).toMatch(/100/);
    expect(cleaned(forms).slice(other!.start, other!.start + other!.text.length)).toBe(other!.text);
    expect(JSON.parse(jixiao(['import', join(dir, 'in'), '--db', together, '--json']).stdout).crossFileFindings).toBe(0);
    expect(stored(together)).toHaveLength(1);

    // Forms in one run, reports in the next: the second run compares them with the stored forms.
    const apart = join(dir, 'apart.db');
    expect(JSON.parse(jixiao(['import', forms, '--db', apart, '--json']).stdout).crossFileFindings).toBe(0);
    expect(JSON.parse(jixiao(['import', reports, '--db', apart, '--json']).stdout).crossFileFindings).toBe(1);
    expect(stored(apart).map((f) => f.message)).toEqual([expected]);
  });

  it('stores a changed file at the same path as a new version and marks the old one superseded', () => {
    const dir = tempDir();
    const db = join(dir, 'j.db');
    const file = join(dir, 'report.txt');
    copyFileSync('fixtures/002_b15d2b1781b6fb37.txt', file);
    jixiao(['import', file, '--db', db]);
    writeFileSync(file, readFileSync('fixtures/002_b15d2b1781b6fb37.txt', 'utf8').replace('\t3.4\n', '\t3.5\n'));
    jixiao(['import', file, '--db', db]);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT id, version, superseded_by FROM sources ORDER BY id').all();
    conn.close();
    expect(rows).toEqual([
      { id: 1, version: 1, superseded_by: 2 },
      { id: 2, version: 2, superseded_by: null },
    ]);
    expect(count(db, "SELECT count(*) AS n FROM findings WHERE rule = 'expenditure-sum'")).toBe(1);
  });

  it('lists and stores files that fail, imports the rest and exits 1', () => {
    const dir = tempDir();
    const db = join(dir, 'j.db');
    const input = seedsIn(join(dir, 'in'));
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    writeFileSync(join(input, 'corrupt.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    copyFileSync('fixtures/bad/encrypted.pdf', join(input, 'encrypted.pdf'));
    copyFileSync('fixtures/docx/001_4e04848e7f92059d.docx', join(input, 'report.docx'));
    copyFileSync('fixtures/pdf/001_4e04848e7f92059d.pdf', join(input, 'report.pdf'));
    const r = jixiao(['import', input, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/empty\.txt: 文件为空（0 字节） \[empty-file\]/);
    expect(r.stdout).toMatch(/old\.doc: 旧版 Word/);
    expect(r.stdout).toMatch(/corrupt\.docx: DOCX 文件已损坏.*\[corrupt-zip\]/);
    expect(r.stdout).toMatch(/encrypted\.pdf: PDF 已加密.*\[encrypted-pdf\]/);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE status = 'failed' AND error IS NOT NULL")).toBe(4);
    expect(count(db, "SELECT count(*) AS n FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.status = 'failed'")).toBe(0);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE status = 'imported'")).toBe(7);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE format = 'docx' AND status = 'imported'")).toBe(1);
    expect(count(db, "SELECT count(*) AS n FROM sources WHERE format = 'pdf' AND status = 'imported'")).toBe(1);
  });

  it('after SIGKILL halfway, a second run imports exactly the rest and no document is partial', async () => {
    const dir = tempDir();
    const db = join(dir, 'j.db');
    const files = makeCorpus(join(dir, 'corpus'), 400);
    const child = spawn(process.execPath, [CLI, 'import', join(dir, 'corpus'), '--db', db, '--jobs', '1'], { stdio: 'ignore' });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let n = 0;
        try {
          n = count(db, 'SELECT count(*) AS n FROM sources');
        } catch {
          // the database may not exist yet
        }
        if (n >= 40) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const imported = count(db, 'SELECT count(*) AS n FROM sources');
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(files.length);
    const second = JSON.parse(jixiao(['import', join(dir, 'corpus'), '--db', db, '--json']).stdout);
    expect(second.filesImported).toBe(files.length - imported);
    expect(second.filesSkipped).toBe(imported);
    expect(count(db, 'SELECT count(*) AS n FROM sources')).toBe(files.length);
    // every file's documents are all there: 1 per seed file, 12 per copy of seed 004
    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBe((files.length / 5) * 16);
  }, 120_000);

  it('two imports at once on one database both finish, each file stored once', async () => {
    const dir = tempDir();
    const db = join(dir, 'j.db');
    const files = makeCorpus(join(dir, 'corpus'), 100);
    const run = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'import', join(dir, 'corpus'), '--db', db, '--jobs', '1'], { stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    const codes = await Promise.all([run(), run()]);
    expect(codes).toEqual([0, 0]);
    expect(count(db, 'SELECT count(*) AS n FROM sources')).toBe(files.length);
    expect(count(db, 'SELECT count(*) AS n FROM documents')).toBe((files.length / 5) * 16);
    const conn = new Database(db, { readonly: true });
    expect(conn.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    conn.close();
  }, 120_000);
});
