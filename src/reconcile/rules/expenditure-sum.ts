import { z } from 'zod';
import type { Amount, Expenditure } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { money } from '../format.js';
import { slipCorrection } from '../unit-slip-explanation.js';

/** The stated 支出合计 must be the sum of the line items, for planned and for actual spending. */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'expenditure-sum',
    description: '支出明细各项之和与“支出合计”不符（计划数或实际数）',
    messages: {
      sum: '支出明细各项{column}合计 {sum}，与“{label}”{total}不符（相差 {diff}）',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    const total = doc.expenditureTotal;
    if (!total) return;
    const table = doc.expenditures.filter((e) => e.source === 'table');
    for (const [column, pick, stated] of [
      ['计划支出', (e: Expenditure) => e.planned, total.planned],
      ['实际支出', (e: Expenditure) => e.actual, total.actual],
    ] as const) {
      const amounts = table.map(pick).filter((a): a is Amount => a !== null);
      if (!stated || amounts.length === 0) continue;
      const sum = amounts.reduce((a, b) => a + b.value, 0);
      if (sum === stated.value || slipCorrection(amounts, stated.value)) continue;
      report({
        messageId: 'sum',
        data: { column, sum: money(sum), label: total.label.value, total: money(stated.value), diff: money(Math.abs(sum - stated.value)) },
        evidence: [stated.span, ...amounts.map((a) => a.span)],
        expected: stated.value,
        actual: sum,
      });
    }
  },
};
