import { z } from 'zod';
import type { Amount, FundingSource, ProseFundingKind } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { money } from '../format.js';

const KIND_NAMES: Record<Exclude<ProseFundingKind, 'budget'>, string> = {
  initial: '年初预算',
  adjusted: '调整后预算',
  spent: '实际支出',
  received: '实际到位资金',
};

const PROSE_KINDS = Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[];

const SOURCE_FIELDS = [
  ['planned', '计划安排资金'],
  ['received', '实际到位资金'],
  ['spent', '实际支出'],
  ['budgetInitial', '年初预算'],
  ['budgetAdjusted', '调整后预算'],
  ['budgetExecuted', '预算执行数'],
] as const;

/**
 * Funding figures that must agree: the cover's 实际支出 and the expenditure table's 支出合计, the total and the
 * sum of its sources, spending within the funds received, and one quantity stated twice in the prose.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'funding-consistency',
    description: '计划、到位、支出、预算执行与明细合计等资金数字在应当一致处不一致',
    messages: {
      coverVsTable: '封面“{coverLabel}”{cover}，与支出明细“{tableLabel}”{table}不符（相差 {diff}）',
      sources: '按资金来源列示的{field}合计 {sum}，与总额 {total}不符（相差 {diff}）',
      overspent: '实际支出 {spent}超过实际到位资金 {received}',
      proseTwice: '正文两处{kind}不一致：{first}与{second}',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    const f = doc.funding;
    const total = doc.expenditureTotal;
    const pairs: [Amount | null, string, Amount | null | undefined, string][] = [
      [f.spent, '实际支出', total?.actual, total?.label.value ?? '支出合计'],
      [f.planned, '计划安排资金', total?.planned, total?.label.value ?? '支出合计'],
    ];
    for (const [cover, coverLabel, table, tableLabel] of pairs) {
      if (!cover || !table || cover.value === table.value) continue;
      report({
        messageId: 'coverVsTable',
        data: { coverLabel, cover: money(cover.value), tableLabel: `${tableLabel}（${coverLabel === '实际支出' ? '实际' : '计划'}）`, table: money(table.value), diff: money(Math.abs(cover.value - table.value)) },
        evidence: [cover.span, table.span],
        expected: table.value,
        actual: cover.value,
      });
    }
    for (const [field, name] of f.sources.length > 0 ? SOURCE_FIELDS : []) {
      const stated = f[field];
      const parts = f.sources.map((s: FundingSource) => s[field]).filter((a): a is Amount => a !== null);
      if (!stated || parts.length === 0) continue;
      const sum = parts.reduce((a, b) => a + b.value, 0);
      if (sum === stated.value) continue;
      report({
        messageId: 'sources',
        data: { field: name, sum: money(sum), total: money(stated.value), diff: money(Math.abs(sum - stated.value)) },
        evidence: [stated.span, ...parts.map((p) => p.span)],
        expected: stated.value,
        actual: sum,
      });
    }
    if (f.spent && f.received && f.spent.value > f.received.value) {
      report({
        messageId: 'overspent',
        data: { spent: money(f.spent.value), received: money(f.received.value) },
        evidence: [f.spent.span, f.received.span],
        expected: f.received.value,
        actual: f.spent.value,
      });
    }
    for (const kind of doc.narrative.funding.length > 1 ? PROSE_KINDS : []) {
      const stated = doc.narrative.funding.filter((p) => p.kind === kind);
      const first = stated[0];
      const other = stated.find((p) => p.amount.value !== first?.amount.value);
      if (!first || !other) continue;
      report({
        messageId: 'proseTwice',
        data: { kind: KIND_NAMES[kind], first: `“${first.label.value}${first.amount.text}”`, second: `“${other.label.value}${other.amount.text}”` },
        evidence: [first.label.span, first.amount.span, other.label.span, other.amount.span],
        expected: first.amount.value,
        actual: other.amount.value,
      });
    }
  },
};
