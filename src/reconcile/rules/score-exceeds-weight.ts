import { z } from 'zod';
import type { Traced } from '../../model/span.js';
import type { DocumentRule } from '../rule.js';
import { num } from '../format.js';

/** No score may exceed its weight: indicators, scoring-table items, subtotals, summary rows, budget execution. */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'score-exceeds-weight',
    description: '得分高于其分值（权重）',
    messages: { exceeds: '“{name}”得分 {score}，超过其分值 {weight}' },
    options: z.object({}),
  },
  check({ doc, report }) {
    const check = (name: string, score: Traced<number> | null, weight: Traced<number> | null) => {
      if (!score || !weight || score.value <= weight.value + 1e-9) return;
      report({
        messageId: 'exceeds',
        data: { name, score: num(score.value), weight: num(weight.value) },
        evidence: [score.span, weight.span],
        expected: weight.value,
        actual: score.value,
      });
    };
    for (const table of doc.indicatorTables) for (const row of table.rows) check(row.level3.value, row.score, row.weight);
    for (const table of doc.scoreTables) {
      for (const item of table.items) check(item.level3.value, item.score, item.level3Weight);
      for (const sub of table.subtotals) {
        const weight = table.items.find((i) => i.level1?.value === sub.level1.value)?.level1Weight ?? null;
        check(sub.level1.value, sub.score, weight);
      }
    }
    for (const row of doc.summaryRows) check(row.name.value, row.score, row.weight);
    const f = doc.funding;
    check('预算执行', f.executionScore, f.executionWeight ?? f.executionWeightHeader);
  },
};
