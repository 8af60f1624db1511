import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContractJson } from '../src/cli.js';
import type { DocxBlock } from '../src/ingest/docx/docx-body.js';
import { readWithMammoth } from '../src/ingest/docx/mammoth-reader.js';
import { readOoxml } from '../src/ingest/docx/ooxml-reader.js';
import { textToBlocks } from '../src/ingest/text-blocks.js';
import { clean } from '../src/clean/cleaner.js';
import { renderTextExport } from '../src/ingest/docx/docx-body.js';
import { extractBytes } from '../src/pipeline.js';

const SEEDS = ['000_5b802abc09490949', '001_4e04848e7f92059d', '002_b15d2b1781b6fb37', '003_2dea022e35dd5b69', '004_cd7aaa16e60fc362'];
/** fixtures/docx: written by scripts/make-docx-fixtures.ts; fixtures/docx/libreoffice: the same saved by LibreOffice. */
const DOCX_DIRS = ['fixtures/docx', 'fixtures/docx/libreoffice'];

/**
 * A value with every offset taken out: the DOCX's cleaned text is laid out anew, so spans differ, and an
 * excerpt spanning lines (a wrapped title) has no empty lines between them (Word's text export keeps empty
 * paragraphs; the DOCX reader drops them).
 */
function spansAside(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\n+/g, '\n');
  if (Array.isArray(value)) return value.map(spansAside);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !['span', 'start', 'end'].includes(k)).map(([k, v]) => [k, spansAside(v)]));
  }
  return value;
}

/** The IR's cell and paragraph texts, without spans. */
function irTexts(text: string): unknown {
  return textToBlocks(clean(text).text).map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text))));
}

describe('DOCX gives the records and findings of the text export', () => {
  for (const dir of DOCX_DIRS) {
    for (const seed of SEEDS) {
      it(`${dir}/${seed}.docx: same documents, records and findings as ${seed}.txt, field by field`, () => {
        const text = toContractJson(extractBytes(`${seed}`, readFileSync(`fixtures/${seed}.txt`)));
        const docx = toContractJson(extractBytes(`${seed}`, readFileSync(`${dir}/${seed}.docx`)));
        expect(docx.source).toMatchObject({ format: 'docx', encoding: null });
        expect(spansAside(docx.documents)).toEqual(spansAside(text.documents));
      });
    }
  }

  it('every evidence and provenance excerpt of a DOCX equals its slice of the cleaned text', () => {
    const file = extractBytes('x', readFileSync('fixtures/docx/004_cd7aaa16e60fc362.docx'));
    const json = toContractJson(file);
    const excerpts: { text: string; start: number; end: number }[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && o.path === undefined) excerpts.push(o as never);
        Object.values(o).forEach(collect);
      }
    };
    collect(json.documents);
    expect(excerpts.length).toBeGreaterThan(300);
    for (const e of excerpts) expect(file.cleaned.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('the two DOCX readers give the same IR', () => {
  for (const dir of DOCX_DIRS) {
    for (const seed of SEEDS) {
      it(`${dir}/${seed}.docx: OOXML (fflate + saxes) and mammoth + cheerio agree, cell by cell`, async () => {
        const bytes = readFileSync(`${dir}/${seed}.docx`);
        const fast = readOoxml(bytes);
        const reference = await readWithMammoth(bytes);
        expect(fast.body).toEqual(reference.body);
        expect(irTexts(renderTextExport(fast.body))).toEqual(irTexts(readFileSync(`fixtures/${seed}.txt`, 'utf8')));
      });
    }
  }

  it('vertical merges come back as empty cells continuing the one above, horizontal merges as one cell', () => {
    const body = readOoxml(readFileSync('fixtures/docx/003_2dea022e35dd5b69.docx')).body;
    const table = body.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const row = table.rows.find((r) => r.some((c) => c.lines[0] === '决策程序'))!;
    expect(row.map((c) => [c.lines.join(''), c.continuesAbove])).toEqual([
      ['', true],
      ['', true],
      ['', true],
      ['', true],
      ['决策程序', false],
      ['5', false],
      ['5', false],
    ]);
    expect(table.rows.find((r) => r[0]!.lines[0] === '项目类型')!.map((c) => c.lines.join(''))).toEqual(['项目类型', '经常性项目（√）       一次性项目（  ）']);
  });
});

describe('Word constructs (fixtures/docx/constructs.docx)', () => {
  const expected: DocxBlock[] = [
    { kind: 'paragraph', lines: ['2020年度项目支出绩效自评报告'] },
    { kind: 'paragraph', lines: ['填报日期：2021年3月7日'] },
    { kind: 'paragraph', lines: ['评价时间：2021年3月8日'] },
    { kind: 'paragraph', lines: ['项目资金共计5万元。'] },
    { kind: 'paragraph', lines: ['实际支出4.5万元。'] },
    { kind: 'paragraph', lines: ['内容控件中的文字'] },
    { kind: 'paragraph', lines: ['财政局网站'] },
    { kind: 'paragraph', lines: ['第一行', '第二行'] },
    { kind: 'paragraph', lines: ['文本框：自评得分92分'] },
    {
      kind: 'table',
      rows: [
        [
          { lines: ['产出指标'], continuesAbove: false },
          { lines: ['数量指标'], continuesAbove: false },
        ],
        [
          { lines: [], continuesAbove: true },
          { lines: ['明细'], continuesAbove: false },
          { lines: ['办公费', '1.58'], continuesAbove: false },
        ],
      ],
    },
    { kind: 'paragraph', lines: ['结束。'] },
  ];

  it('the OOXML reader keeps simple and complex field results, the text box once, accepted changes, nested tables; skips header, footer, footnote', () => {
    const { body, warnings } = readOoxml(readFileSync('fixtures/docx/constructs.docx'));
    expect(body).toEqual(expected);
    expect(warnings).toEqual(['文档有 1 处脚注，脚注内容未读入']);
  });

  it('mammoth drops the simple field’s text and says so; everything else the same', async () => {
    const { body, warnings } = await readWithMammoth(readFileSync('fixtures/docx/constructs.docx'));
    expect(body).toEqual(expected.map((b, i) => (i === 1 ? { kind: 'paragraph', lines: ['填报日期：'] } : b)));
    expect(warnings).toEqual(['mammoth: An unrecognised element was ignored: w:fldSimple']);
  });

  it('LibreOffice’s DOCX of it: the OOXML reader still reads the text box (no VML fallback), mammoth drops it', async () => {
    const bytes = readFileSync('fixtures/docx/libreoffice/constructs.docx');
    const fast = readOoxml(bytes).body;
    const reference = (await readWithMammoth(bytes)).body;
    const box = { kind: 'paragraph', lines: ['文本框：自评得分92分'] };
    expect(fast).toContainEqual(box);
    expect(reference).not.toContainEqual(box);
    expect(fast.filter((b) => JSON.stringify(b) !== JSON.stringify(box)).slice(3)).toEqual(reference.slice(3));
  });
});
