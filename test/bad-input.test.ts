import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-bad-'));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('jixiao extract on bad input', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /文件为空（0 字节）\s*\[empty-file\]/],
    ['blank.txt', '\n\n  \n', /没有文字内容|未找到/],
    ['binary.txt', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), /不是文本文件/],
    ['notes.txt', '今天开会讨论了食堂的菜单。\n下周继续。\n', /未找到项目支出绩效自评报告或自评表.*\[no-report\]/],
    ['scan.png.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG 图片/],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /旧版 Word.*soffice --headless --convert-to docx/],
  ];
  for (const [name, bytes, reason] of cases) {
    it(`${name}: exits 1 with the path and the reason, no stack trace`, async () => {
      const path = file(name, bytes);
      const { code, stdout, stderr } = await run(['extract', path]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(path);
      expect(stderr).toMatch(reason);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('a missing file exits 1 naming it', async () => {
    const { code, stderr } = await run(['extract', join(dir, 'nope.txt')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/nope\.txt: 无法读取文件（ENOENT）/);
  });

  it('wrong usage exits 2', async () => {
    expect((await run(['extract'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('a good file prints the contract JSON and exits 0', async () => {
    const { code, stdout } = await run(['extract', 'fixtures/001_4e04848e7f92059d.txt']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.source).toMatchObject({ format: 'text', encoding: 'utf-8' });
    expect(json.documents).toHaveLength(1);
  });
});
