import { z } from 'zod';
import type { Span, Traced } from '../../model/span.js';
import type { DocumentRule } from '../rule.js';
import { num, sameScore, sum } from '../format.js';

/**
 * Weights against their parents: indicator weights against the heading (绩效指标（90分）) and the 合计 row,
 * second-level weights against their first-level weight, third-level against second-level, first-level
 * against the 总分 row, and the budget-execution weight against its heading (预算执行情况（10分）).
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'weight-sum',
    description: '下级权重（分值）之和与上级权重或 100 不符',
    messages: {
      children: '“{parent}”下各{level}分值合计 {sum}，与其分值 {stated}不符（相差 {diff}）',
      indicators: '绩效指标权重合计 {sum}，与“{label}”所标 {stated}分不符（相差 {diff}）',
      execution: '预算执行权重 {weight}，与表头“预算执行情况（{header}分）”不符',
    },
    options: z.object({ tolerance: z.number().default(0.005) }),
  },
  check({ doc, options, report }) {
    const tolerance = options.tolerance as number;
    const check = (messageId: string, data: Record<string, string | number>, stated: Traced<number>, parts: Traced<number>[]) => {
      const total = sum(parts);
      if (parts.length === 0 || sameScore(total, stated.value, tolerance)) return;
      report({
        messageId,
        data: { ...data, sum: num(total), stated: num(stated.value), diff: num(Math.abs(total - stated.value)) },
        evidence: [stated.span, ...parts.map((p) => p.span)],
        expected: stated.value,
        actual: total,
      });
    };
    for (const table of doc.indicatorTables) {
      const weights = table.rows.map((r) => r.weight).filter((w): w is Traced<number> => w !== null);
      if (table.headerWeight) check('indicators', { label: table.headerWeight.value + '分' }, table.headerWeight, weights);
    }
    for (const table of doc.scoreTables) {
      const level1 = uniqueBy(table.items.map((i) => [i.level1?.value, i.level1Weight] as const));
      for (const [name, weight] of level1) {
        if (!weight) continue;
        const children = uniqueBy(table.items.filter((i) => i.level1?.value === name).map((i) => [i.level2?.value, i.level2Weight] as const));
        check('children', { parent: name ?? '', level: '二级指标' }, weight, children.map(([, w]) => w).filter((w): w is Traced<number> => w !== null));
      }
      const level2 = uniqueBy(table.items.map((i) => [`${i.level1?.value}/${i.level2?.value}`, i.level2Weight] as const));
      for (const [key, weight] of level2) {
        if (!weight) continue;
        const children = table.items.filter((i) => `${i.level1?.value}/${i.level2?.value}` === key).map((i) => i.level3Weight);
        check('children', { parent: key.split('/')[1] ?? '', level: '三级指标' }, weight, children.filter((w): w is Traced<number> => w !== null));
      }
      if (table.totalWeight) {
        check('children', { parent: '总分', level: '一级指标' }, table.totalWeight, level1.map(([, w]) => w).filter((w): w is Traced<number> => w !== null));
      }
    }
    const { executionWeight, executionWeightHeader } = doc.funding;
    if (executionWeight && executionWeightHeader && !sameScore(executionWeight.value, executionWeightHeader.value, tolerance)) {
      const evidence: Span[] = [executionWeight.span, executionWeightHeader.span];
      report({
        messageId: 'execution',
        data: { weight: num(executionWeight.value), header: num(executionWeightHeader.value) },
        evidence,
        expected: executionWeightHeader.value,
        actual: executionWeight.value,
      });
    }
  },
};

/** First value per key, in order (merged cells repeat a parent's weight on every child row). */
function uniqueBy<K, V>(entries: readonly (readonly [K, V])[]): [K, V][] {
  const seen = new Map<K, V>();
  for (const [k, v] of entries) if (!seen.has(k)) seen.set(k, v);
  return [...seen.entries()];
}
