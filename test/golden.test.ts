import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContractJson } from '../src/cli.js';
import { extractBytes } from '../src/pipeline.js';

const seeds = readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort();

function extract(path: string) {
  const file = extractBytes(path, readFileSync(path));
  return { file, json: toContractJson(file) };
}

/** Every excerpt the JSON carries (provenance and evidence) must be the exact slice of the cleaned text. */
function excerpts(json: ReturnType<typeof toContractJson>): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && o.path === undefined) {
        out.push(o as { text: string; start: number; end: number });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(json.documents);
  return out;
}

describe('golden files', () => {
  for (const seed of seeds) {
    it(`${seed} extracts exactly as fixtures/expected says`, () => {
      const { json } = extract(`fixtures/${seed}`);
      const expected = JSON.parse(readFileSync(`fixtures/expected/${seed.replace(/\.txt$/, '.json')}`, 'utf8'));
      expect(json).toEqual(expected);
    });

    it(`${seed}: every extracted value and every piece of evidence equals its source slice`, () => {
      const { file, json } = extract(`fixtures/${seed}`);
      const found = excerpts(json);
      expect(found.length).toBeGreaterThan(20);
      for (const e of found) expect(file.cleaned.slice(e.start, e.end)).toBe(e.text);
    });
  }
});

describe('documents of the seeds', () => {
  const all = seeds.flatMap((seed) => extract(`fixtures/${seed}`).json.documents.map((d) => [seed.slice(0, 3), d.kind, d.project.name, d.fiscal_year]));

  it('finds all 16 documents with their kind, project name and fiscal year', () => {
    const R = 'self_evaluation_report';
    const F = 'self_evaluation_form';
    expect(all).toEqual([
      ['000', R, '社会评价经费', 2019],
      ['001', R, '社会评价工作经费', 2022],
      ['002', R, '绩效业务项目', 2020],
      ['003', R, '便民热线白沙分平台工作经费', 2023],
      ['004', F, '视频接访及视频会议维护经费', 2023],
      ['004', F, '区社情民意短信平台（信访稳控系统平台）人员和建设维护费', 2023],
      ['004', F, '网上信访投诉平台维护费', 2023],
      ['004', F, '解决社会治理联席会议群众工作组办公经费', 2023],
      ['004', F, '投融资理财非法集资问题处置经费', 2023],
      ['004', F, '市12345热线工作经费', 2023],
      ['004', R, '投融资理财非法集资问题处置经费', 2023],
      ['004', R, '区社情民意短信平台（信访稳控系统平台）人员和建设维护费', 2023],
      ['004', R, '网上信访投诉平台维护费', 2023],
      ['004', R, '解决社会治理联席会议群众工作组办公经费', 2023],
      ['004', R, '市12345热线工作经费', 2023],
      ['004', R, '视频接访及视频会议维护经费', 2023],
    ]);
  });

  it('reads seed 002’s expenditure table to the fen, checked against the source by hand', () => {
    const doc = extract('fixtures/002_b15d2b1781b6fb37.txt').json.documents[0]!;
    expect(doc.expenditures.map((e) => [e.item, e.economic_code, e.planned_fen, e.actual_fen])).toEqual([
      ['办公费', '30201', 3_400_000, 1_900_000],
      ['会议费', '30215', 3_200_000, 2_110_000],
      ['办公设备购置费', '31002', 600_000, 2_060_000],
      ['水费', '30205', null, 70_000],
      ['电费', '30206', 500_000, 230_000],
      ['培训费', '30216', 2_000_000, 640_000],
      ['差旅费', '30211', 10_500_000, 11_530_000],
      ['劳务费', '30226', null, 340_000],
      ['接待费', '30217', 1_000_000, 910_000],
      ['维修费', '30213', null, 220_000],
      ['印刷费', '30202', null, 730_000],
      ['其他商品和服务支出', '30299', null, 460_000],
    ]);
    expect(doc.expenditure_total).toMatchObject({ planned_fen: 21_200_000, actual_fen: 21_200_000 });
    expect(doc.evaluators.map((e) => e.name)).toEqual(['莫慧阳', '覃秀英', '覃显杰', '覃军', '韦力', '罗懿']);
    expect(doc.dates.filter((d) => d.role !== '正文').map((d) => `${d.role} ${d.date}`)).toEqual([
      '封面 2021-03-07',
      '填报人 2020-03-07',
      '评价组组长 2021-03-07',
    ]);
  });
});

describe('encodings and line endings', () => {
  const reference = extract('fixtures/002_b15d2b1781b6fb37.txt').json;
  const variants: [string, string][] = [
    ['002.gb18030.txt', 'gb18030'],
    ['002.utf16le-bom.txt', 'utf-16le'],
    ['002.utf16le-nobom.txt', 'utf-16le'],
    ['002.utf8-bom-crlf.txt', 'utf-8'],
    ['002.cr.txt', 'utf-8'],
  ];
  for (const [name, encoding] of variants) {
    it(`${name} gives the same records as the UTF-8 original (read as ${encoding})`, () => {
      const { json } = extract(`fixtures/encodings/${name}`);
      expect(json.source.encoding).toBe(encoding);
      expect(json.documents).toEqual(reference.documents);
    });
  }
});
