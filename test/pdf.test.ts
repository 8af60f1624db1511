import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContractJson } from '../src/cli.js';
import { layOutPdf } from '../src/ingest/pdf/pdf-layout.js';
import { checkTextLayer, TABLES_REBUILT } from '../src/ingest/pdf/pdf-reader.js';
import { extractBytes, extractFile } from '../src/pipeline.js';

/** One line per document: kind, project, year, then how many rows of each record and which findings. */
async function summary(path: string): Promise<string[]> {
  const file = path.endsWith('.txt') ? extractBytes(path, readFileSync(path)) : await extractFile(path, readFileSync(path));
  return toContractJson(file).documents.map(
    (d) =>
      `${d.kind}|${d.project.name}|${d.fiscal_year}|exp ${d.expenditures.length}|ind ${d.indicators.length}|score ${d.score_items.length}|` +
      `eval ${d.evaluators.length}|total ${d.score_total}|${d.findings.map((f) => f.rule).join(',')}`,
  );
}

/**
 * What the PDF of each seed gives, pinned (README “PDF: what matches and what is lost”). `same` lists the
 * documents whose summary equals the text export's; the others are spelled out as the PDF reader gives them.
 */
const PINNED: Record<string, { same: number[]; differs: Record<number, string> }> = {
  '000_5b802abc09490949': {
    same: [],
    differs: {
      0: 'self_evaluation_report|公众评议调查经费|null|exp 5|ind 0|score 0|eval 1|total 100|',
      1: 'self_evaluation_report|公众评议调查经费|2019|exp 5|ind 0|score 0|eval 4|total 100|narrative-amount-mismatch',
    },
  },
  '001_4e04848e7f92059d': { same: [0], differs: {} },
  '002_b15d2b1781b6fb37': {
    same: [],
    differs: { 0: 'self_evaluation_report|绩效业务|2020|exp 12|ind 0|score 0|eval 6|total 100|unit-slip,date-conflict,grade-mismatch' },
  },
  '003_2dea022e35dd5b69': {
    same: [],
    differs: {
      0: 'self_evaluation_report|便民热线白沙分平台工作经费|2023|exp 0|ind 0|score 22|eval 4|total 100|score-sum,score-sum,score-sum,weight-sum,weight-sum,grade-mismatch',
    },
  },
};

describe('PDF gives what it can of the text export’s records, and says so', () => {
  for (const [seed, pinned] of Object.entries(PINNED)) {
    it(`${seed}.pdf: documents as pinned`, async () => {
      const text = await summary(`fixtures/${seed}.txt`);
      const pdf = await summary(`fixtures/pdf/${seed}.pdf`);
      for (const i of pinned.same) expect(pdf[i]).toBe(text[i]);
      for (const [i, line] of Object.entries(pinned.differs)) expect(pdf[Number(i)]).toBe(line);
      expect(pdf).toHaveLength(pinned.same.length + Object.keys(pinned.differs).length);
    });
  }

  it('004_cd7aaa16e60fc362.pdf: all 12 documents with the kind, project and fiscal year of the text export', async () => {
    const identity = (lines: string[]) => lines.map((l) => l.split('|').slice(0, 3).join('|'));
    const text = await summary('fixtures/004_cd7aaa16e60fc362.txt');
    const pdf = await summary('fixtures/pdf/004_cd7aaa16e60fc362.pdf');
    expect(identity(pdf)).toEqual(identity(text));
  });

  it('001_4e04848e7f92059d.pdf: every expenditure and evaluator of the text export, to the fen', async () => {
    const records = async (path: string, read: (p: string, b: Uint8Array) => Promise<ReturnType<typeof extractBytes>>) => {
      const d = toContractJson(await read(path, readFileSync(path))).documents[0]!;
      return { expenditures: d.expenditures.map((e) => [e.item, e.planned_fen, e.actual_fen]), evaluators: d.evaluators.map((e) => [e.name, e.title, e.unit]), funding: d.funding };
    };
    const pdf = await records('fixtures/pdf/001_4e04848e7f92059d.pdf', extractFile);
    const text = await records('fixtures/001_4e04848e7f92059d.txt', async (p, b) => extractBytes(p, b));
    expect(pdf.expenditures).toEqual(text.expenditures);
    expect(pdf.evaluators).toEqual(text.evaluators);
    const money = (f: typeof pdf.funding) => [f.planned_fen, f.received_fen, f.spent_fen];
    expect(money(pdf.funding)).toEqual(money(text.funding));
  });

  it('keeps page numbers: each page’s span in the cleaned text, and a warning that tables were rebuilt', async () => {
    const file = await extractFile('x.pdf', readFileSync('fixtures/pdf/003_2dea022e35dd5b69.pdf'));
    expect(file.pages).toHaveLength(13);
    expect(file.pages![0]).toMatchObject({ page: 1, start: 0 });
    for (const [i, p] of file.pages!.entries()) if (i > 0) expect(p.start).toBe(file.pages![i - 1]!.end);
    expect(file.pages![12]!.end).toBe(file.cleaned.length);
    const finding = file.documents[0]!.findings.find((f) => f.rule === 'grade-mismatch')!;
    const page = file.pages!.find((p) => p.start <= finding.evidence[0]!.start && finding.evidence[0]!.start < p.end)!;
    expect(file.cleaned.slice(page.start, page.end)).toContain(finding.evidence[0]!.text);
    expect(file.warnings).toEqual([TABLES_REBUILT]);
  });
});

describe('layOutPdf', () => {
  it('drops running headers and page numbers, joins wrapped prose, removes spaces pdf.js puts around digits', () => {
    const page = (body: string, n: number) => ({ text: `单位自评材料\n${body}\n第 ${n} 页`, tables: [] });
    const { text, pageStarts } = layOutPdf([
      page('项目资金：该项目年初预算计划安排一般公共预算资金 185 万元，含 2024 年 1 月支付资金，实\n际到位 166.02 万元。\n二、项目组织实施情况', 1),
      page('（一）项目组织情况', 2),
    ]);
    expect(text).toBe('项目资金：该项目年初预算计划安排一般公共预算资金185万元，含2024年1月支付资金，实际到位166.02万元。\n二、项目组织实施情况\n（一）项目组织情况\n');
    expect(pageStarts).toEqual([0, text.indexOf('（一）')]);
  });

  it('puts a table where its text stands, rows as tab-started cells, short rows of a scoring table under their columns', () => {
    const table = [
      ['一级指标', '分值', '二级指标', '分值', '得分'],
      ['项目决策', '20', '项目目标', '4', '4'],
      ['决策过程', '8', '8'],
      ['评价等次', '优秀', ''],
    ];
    const { text } = layOutPdf([{ text: '二、绩效评价指标评分\n一级指标 分值 二级指标 分值 得分\n项目决策 20 项目目标 4 4\n决策过程 8 8\n评价等次 优秀\n三、评价人员', tables: [table] }]);
    expect(text).toBe(
      '二、绩效评价指标评分\n\t一级指标\n\t分值\n\t二级指标\n\t分值\n\t得分\n\n\t项目决策\n\t20\n\t项目目标\n\t4\n\t4\n\n\t\n\t\n\t决策过程\n\t8\n\t8\n\n\t评价等次\n\t优秀\n\t\n\n三、评价人员\n',
    );
  });
});

describe('checkTextLayer', () => {
  it('refuses text from CID fonts without a Unicode map (private-use and control characters)', () => {
    const garbage = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0xe000 + (i % 300))).join('');
    expect(() => checkTextLayer([garbage])).toThrow(/PDF 文字层无法解码为可读文字（可读字符仅占 0%/);
  });

  it('refuses pages without text, and passes a real page', () => {
    expect(() => checkTextLayer(['', ' 1 '])).toThrow(/几乎没有文字层/);
    expect(() => checkTextLayer(['项目支出绩效自评报告：该项目年初预算185万元，实际到位166.02万元，资金到位率89.74%。'])).not.toThrow();
  });
});
