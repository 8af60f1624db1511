import { z } from 'zod';
import type { Indicator } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { num } from '../format.js';

/** True when the actual misses a quantitative target in the indicator's own unit. */
function missesTarget(i: Indicator): boolean {
  if (i.targetValue === null || i.actualValue === null || !i.operator) return false;
  if (i.actualUnit !== null && i.unit !== null && i.actualUnit !== i.unit) return false;
  const [a, t] = [i.actualValue, i.targetValue];
  switch (i.operator.value) {
    case '≥':
      return a < t;
    case '>':
      return a <= t;
    case '≤':
      return a > t;
    case '<':
      return a >= t;
    case '=':
      return a !== t;
    default:
      return false;
  }
}

/**
 * Indicators scored in full without a real actual value: the actual cell empty or only a unit (`%`), the
 * target copied into the actual column (`≤700元/月`), or a quantitative target missed.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'missing-actual',
    description: '指标无实际完成值、照抄指标值或未达目标，却得满分',
    messages: {
      empty: '指标“{name}”未填写实际完成值{what}，却得满分 {score}分',
      copied: '指标“{name}”的完成值“{actual}”照抄了指标值（带“{operator}”），未填写实际完成情况，却得满分 {score}分',
      missed: '指标“{name}”目标 {operator}{target}{unit}，完成值 {actual}未达到目标，却得满分 {score}分',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    for (const table of doc.indicatorTables) {
      if (!table.scored) continue;
      for (const i of table.rows) {
        if (!i.score || !i.weight || i.weight.value <= 0 || i.score.value < i.weight.value) continue;
        const name = i.level3.value;
        const score = num(i.score.value);
        const emptyActual = !i.actual || /^[%％\s]*$/.test(i.actual.value) || (i.unit !== null && i.actual.value === i.unit);
        if (emptyActual && i.operator?.value !== '定性') {
          report({
            messageId: 'empty',
            data: { name, what: i.actual ? `（仅有“${i.actual.value}”）` : '', score },
            evidence: [i.level3.span, ...(i.actual ? [i.actual.span] : []), i.score.span],
            expected: null,
            actual: i.actual?.value ?? null,
          });
        } else if (i.actual && /^[≥≤<>=]/.test(i.actual.value) && i.operator && i.actualOperator === i.operator.value && i.actualValue === i.targetValue) {
          report({
            messageId: 'copied',
            data: { name, actual: i.actual.value, operator: i.actualOperator, score },
            evidence: [i.level3.span, i.actual.span, i.score.span],
            expected: null,
            actual: i.actual.value,
          });
        } else if (missesTarget(i)) {
          report({
            messageId: 'missed',
            data: { name, operator: i.operator!.value, target: num(i.targetValue!), unit: i.unit ?? '', actual: i.actual!.value, score },
            evidence: [i.level3.span, i.target!.span, i.actual!.span, i.score.span],
            expected: i.target!.value,
            actual: i.actual!.value,
          });
        }
      }
    }
  },
};
