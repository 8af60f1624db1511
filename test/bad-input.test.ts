import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
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

/** A valid one-page PDF with nothing on the page, as a scan without a text layer looks to a text reader. */
function blankPdf(): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}

describe('jixiao extract on bad input', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /文件为空（0 字节）\s*\[empty-file\]/],
    ['blank.txt', '\n\n  \n', /没有文字内容|未找到/],
    ['binary.txt', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), /不是文本文件/],
    ['notes.txt', '今天开会讨论了食堂的菜单。\n下周继续。\n', /未找到项目支出绩效自评报告或自评表.*\[no-report\]/],
    ['scan.png.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG 图片/],
    ['old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /旧版 Word.*soffice --headless --convert-to docx/],
    ['empty.docx', '', /文件为空（0 字节）\s*\[empty-file\]/],
    ['picture.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG 图片/],
    ['corrupt.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 300 }, (_, i) => (i * 53) % 256)]), /DOCX 文件已损坏，无法解压.*\[corrupt-zip\]/],
    ['truncated.docx', readFileSync('fixtures/docx/002_b15d2b1781b6fb37.docx').subarray(0, 4000), /DOCX 文件已损坏，无法解压.*\[corrupt-zip\]/],
    ['archive.docx', zipSync({ 'notes.txt': strToU8('不是 Word 文档') }), /没有 word\/document\.xml，不是 Word 文档.*\[not-docx\]/],
    ['bomb.docx', zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024).fill(0x20) }), /解压后 80 MB，超过上限 64 MB.*压缩炸弹.*\[zip-bomb\]/],
    ['broken-xml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }), /不是完整的 XML.*\[corrupt-docx\]/],
    ['encrypted.pdf', readFileSync('fixtures/bad/encrypted.pdf'), /PDF 已加密（需要密码）.*\[encrypted-pdf\]/],
    ['truncated.pdf', readFileSync('fixtures/pdf/002_b15d2b1781b6fb37.pdf').subarray(0, 1500), /PDF 文件已损坏或不完整|几乎没有文字层/],
    ['scan.pdf', blankPdf(), /几乎没有文字层.*扫描件.*OCR.*\[scanned-pdf\]/],
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

  it('reads a file by its content, not its name: a DOCX named .doc, a PDF named .txt', async () => {
    const docx = await run(['extract', file('report.doc', readFileSync('fixtures/docx/001_4e04848e7f92059d.docx'))]);
    expect(docx.code).toBe(0);
    expect(JSON.parse(docx.stdout).source.format).toBe('docx');
    const pdf = await run(['extract', file('report.txt', readFileSync('fixtures/pdf/001_4e04848e7f92059d.pdf'))]);
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout).source.format).toBe('pdf');
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
