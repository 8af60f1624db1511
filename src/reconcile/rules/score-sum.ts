import { z } from 'zod';
import type { ParsedDocument, ScoreItem } from '../../model/report.js';
import type { Span, Traced } from '../../model/span.js';
import type { DocumentRule, Report } from '../rule.js';
import { num, sameScore, sum } from '../format.js';

/** Scores of a first-level block in the first scoring table that has it. */
function itemsOfLevel1(doc: ParsedDocument, name: string): ScoreItem[] {
  for (const table of doc.scoreTables) {
    const items = table.items.filter((i) => i.level1?.value === name);
    if (items.length > 0) return items;
  }
  return [];
}

const scored = (items: ScoreItem[]) => items.filter((i): i is ScoreItem & { score: Traced<number> } => i.score !== null);

/**
 * Child scores against every stated subtotal and total: 小计 columns, a summary table's rows, a scoring
 * table's 总分, an indicator table's 合计 (which may count the indicators alone or add the budget-execution
 * score, but must then say so in its weight total too) and a total score stated in the prose.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'score-sum',
    description: '下级得分之和与所述小计、合计或总分不符',
    messages: {
      subtotal: '“{name}”各三级指标得分合计 {sum}，与{where}所列 {stated}分不符（相差 {diff}）',
      summaryTotal: '得分汇总表各项得分合计 {sum}，与“{name}”{stated}分不符（相差 {diff}）',
      tableTotal: '评分表各项得分合计 {sum}，与“{label}”{stated}分不符（相差 {diff}）',
      indicatorTotal: '绩效指标得分合计 {indicators}分{withExecution}，与“{label}”{stated}分不符（相差 {diff}）',
      statedTotal: '文中所述总分 {stated}分，与各项得分合计 {sum}分{basis}不符（相差 {diff}）',
    },
    options: z.object({ tolerance: z.number().default(0.005) }),
  },
  check({ doc, options, report }) {
    const tolerance = options.tolerance as number;
    const differs = (a: number, b: number) => !sameScore(a, b, tolerance);
    const diff = (a: number, b: number) => num(Math.abs(a - b));
    for (const table of doc.scoreTables) {
      for (const sub of table.subtotals) {
        const items = scored(table.items.filter((i) => i.level1?.value === sub.level1.value));
        const total = sum(items.map((i) => i.score));
        if (items.length === 0 || !differs(total, sub.score.value)) continue;
        report(subtotalReport(sub.level1.value, '“小计”栏', sub.score, total, items.map((i) => i.score.span)));
      }
      const items = scored(table.items);
      if (table.totalScore && items.length > 0 && differs(sum(items.map((i) => i.score)), table.totalScore.value)) {
        const total = sum(items.map((i) => i.score));
        report({
          messageId: 'tableTotal',
          data: { sum: num(total), label: '总分', stated: num(table.totalScore.value), diff: diff(total, table.totalScore.value) },
          evidence: [table.totalScore.span],
          expected: total,
          actual: table.totalScore.value,
        });
      }
    }
    const summaryParts = doc.summaryRows.filter((r) => !r.isTotal && r.score);
    for (const row of summaryParts) {
      const items = scored(itemsOfLevel1(doc, row.name.value));
      const total = sum(items.map((i) => i.score));
      if (items.length === 0 || !differs(total, row.score!.value)) continue;
      report(subtotalReport(row.name.value, '得分汇总表', row.score!, total, items.map((i) => i.score.span)));
    }
    const summaryTotal = doc.summaryRows.find((r) => r.isTotal && r.score);
    if (summaryTotal && summaryParts.length > 0) {
      const total = sum(summaryParts.map((r) => r.score!));
      if (differs(total, summaryTotal.score!.value)) {
        report({
          messageId: 'summaryTotal',
          data: { sum: num(total), name: summaryTotal.name.value, stated: num(summaryTotal.score!.value), diff: diff(total, summaryTotal.score!.value) },
          evidence: [summaryTotal.score!.span, ...summaryParts.map((r) => r.score!.span)],
          expected: total,
          actual: summaryTotal.score!.value,
        });
      }
    }
    checkIndicatorTotals(doc, differs, diff, report);
    checkStatedTotals(doc, differs, diff, report);
  },
};

function subtotalReport(name: string, where: string, stated: Traced<number>, total: number, spans: Span[]): Report {
  return {
    messageId: 'subtotal',
    data: { name, where, sum: num(total), stated: num(stated.value), diff: num(Math.abs(total - stated.value)) },
    evidence: [stated.span, ...spans],
    expected: total,
    actual: stated.value,
  };
}

type Differs = (a: number, b: number) => boolean;
type Diff = (a: number, b: number) => string;

/** The 合计 row of a scored indicator table, with or without the budget-execution score. */
function checkIndicatorTotals(doc: ParsedDocument, differs: Differs, diff: Diff, report: (r: Report) => void): void {
  const exec = doc.funding.executionScore;
  const execWeight = doc.funding.executionWeight ?? doc.funding.executionWeightHeader;
  for (const table of doc.indicatorTables) {
    const rows = table.rows.filter((r) => r.score);
    if (!table.totalScore || rows.length === 0) continue;
    const indicators = sum(rows.map((r) => r.score!));
    const weights = sum(table.rows.filter((r) => r.weight).map((r) => r.weight!));
    const stated = table.totalScore.value;
    let expected: number[];
    if (table.totalWeight && execWeight && !differs(table.totalWeight.value, weights + execWeight.value)) {
      expected = exec ? [indicators + exec.value] : [];
    } else if (table.totalWeight && !differs(table.totalWeight.value, weights)) {
      expected = [indicators];
    } else {
      expected = exec ? [indicators, indicators + exec.value] : [indicators];
    }
    if (expected.length === 0 || expected.some((e) => !differs(e, stated))) continue;
    const withExecution = exec && expected.length === 1 && expected[0] !== indicators ? `加预算执行得分 ${num(exec.value)}分，共 ${num(expected[0]!)}分` : '';
    report({
      messageId: 'indicatorTotal',
      data: { indicators: num(indicators), withExecution, label: table.totalLabel?.value ?? '合计', stated: num(stated), diff: diff(expected[expected.length - 1]!, stated) },
      evidence: [table.totalScore.span, ...(exec ? [exec.span] : [])],
      expected: expected[expected.length - 1]!,
      actual: stated,
    });
  }
}

/** A total score stated in the prose against what the document's own parts add up to. */
function checkStatedTotals(doc: ParsedDocument, differs: Differs, diff: Diff, report: (r: Report) => void): void {
  const computed = computedTotal(doc);
  if (!computed) return;
  for (const stated of doc.narrative.scoreStatements) {
    if (!differs(computed.total, stated.value)) continue;
    report({
      messageId: 'statedTotal',
      data: { stated: num(stated.value), sum: num(computed.total), basis: computed.basis, diff: diff(computed.total, stated.value) },
      evidence: [stated.span, ...computed.spans],
      expected: computed.total,
      actual: stated.value,
    });
  }
}

/** What a document's parts add up to: scoring-table items, indicators plus budget execution, or prose block scores. */
function computedTotal(doc: ParsedDocument): { total: number; basis: string; spans: Span[] } | null {
  const items = scored(doc.scoreTables[0]?.items ?? []);
  if (items.length > 0) return { total: sum(items.map((i) => i.score)), basis: '（评分表）', spans: [] };
  const rows = doc.indicatorTables.flatMap((t) => t.rows).filter((r) => r.score);
  if (rows.length > 0) {
    const exec = doc.funding.executionScore;
    const total = sum(rows.map((r) => r.score!)) + (exec?.value ?? 0);
    return { total, basis: exec ? `（绩效指标加预算执行得分 ${num(exec.value)}分）` : '（绩效指标）', spans: exec ? [exec.span] : [] };
  }
  const blocks = doc.narrative.claims.filter((c) => /自评得分/.test(c.score.text));
  if (blocks.length > 0) return { total: sum(blocks.map((c) => c.score)), basis: '（正文各部分自评得分）', spans: blocks.map((c) => c.score.span) };
  return null;
}
