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
      const level1 = new Map<string, { weight: Traced<number> | null; level2: Map<string, { weight: Traced<number> | null; level3: Traced<number>[] }> }>();
      for (const item of table.items) {
        const name1 = item.level1?.value ?? '';
        let block = level1.get(name1);
        if (!block) level1.set(name1, (block = { weight: item.level1Weight, level2: new Map() }));
        const name2 = item.level2?.value ?? '';
        let group = block.level2.get(name2);
        if (!group) block.level2.set(name2, (group = { weight: item.level2Weight, level3: [] }));
        if (item.level3Weight) group.level3.push(item.level3Weight);
      }
      for (const [name1, block] of level1) {
        const level2Weights = [...block.level2.values()].map((g) => g.weight).filter((w): w is Traced<number> => w !== null);
        if (block.weight) check('children', { parent: name1, level: '二级指标' }, block.weight, level2Weights);
        for (const [name2, group] of block.level2) {
          if (group.weight) check('children', { parent: name2, level: '三级指标' }, group.weight, group.level3);
        }
      }
      if (table.totalWeight) {
        const level1Weights = [...level1.values()].map((b) => b.weight).filter((w): w is Traced<number> => w !== null);
        check('children', { parent: '总分', level: '一级指标' }, table.totalWeight, level1Weights);
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
