import { z } from 'zod';
import type { Amount } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { money, num } from '../format.js';
import { agreesAtPrecision, formatPercent } from '../../normalize/percent.js';

/**
 * 执行率 = 执行数 ÷ 调整后预算数 (the initial budget when no adjustment is stated), compared at the precision
 * the document writes; 到位率 = 实际到位 ÷ 计划安排. The budget-execution score must be weight × min(1, 执行率).
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'execution-rate',
    description: '所填执行率（到位率）与执行数÷预算数不符，或预算执行得分不符合“权重×执行率”',
    messages: {
      rate: '{label}{stated}与{numeratorLabel} {numerator}÷{denominatorLabel} {denominator} = {computed}不符',
      score: '预算执行率 {rate}、权重 {weight}，预算执行得分应为 {expected}分（权重×执行率，最高为权重），表中为 {actual}分',
    },
    options: z.object({ score_formula_severity: z.enum(['error', 'warning', 'info']).default('warning') }),
  },
  check({ doc, options, report }) {
    const f = doc.funding;
    const firstProse = (kind: string) => doc.narrative.funding.find((p) => p.kind === kind)?.amount ?? null;
    const executed = f.budgetExecuted ?? f.spent ?? firstProse('spent');
    const adjusted = f.budgetAdjusted ?? f.budgetInitial ?? firstProse('adjusted') ?? firstProse('initial') ?? f.planned;
    const adjustedLabel = f.budgetAdjusted || firstProse('adjusted') ? '调整后预算数' : '预算数';
    const checkRate = (label: string, stated: { value: { ratio: number; decimals: number }; text: string; span: { start: number; end: number } }, num_: Amount | null, numLabel: string, den: Amount | null, denLabel: string) => {
      if (!num_ || !den || den.value === 0) return;
      const computed = num_.value / den.value;
      if (agreesAtPrecision(stated.value, computed)) return;
      report({
        messageId: 'rate',
        data: {
          label,
          stated: stated.text,
          numeratorLabel: numLabel,
          numerator: money(num_.value),
          denominatorLabel: denLabel,
          denominator: money(den.value),
          computed: formatPercent(computed, stated.value.decimals),
        },
        evidence: [stated.span, num_.span, den.span],
        expected: formatPercent(computed, stated.value.decimals),
        actual: stated.text,
      });
    };
    if (f.executionRate) checkRate('预算执行率', f.executionRate, executed, '预算执行数', adjusted, adjustedLabel);
    for (const rate of doc.narrative.rates) {
      if (rate.kind === 'execution') checkRate(rate.label.value, rate.value, executed, '执行数', adjusted, adjustedLabel);
      else checkRate(rate.label.value, rate.value, f.received ?? firstProse('received'), '实际到位', f.planned ?? f.budgetInitial ?? firstProse('budget') ?? firstProse('initial'), '计划安排');
    }
    const weight = f.executionWeight ?? f.executionWeightHeader;
    const score = f.executionScore;
    if (!weight || !score) return;
    const ratio = executed && adjusted && adjusted.value > 0 ? executed.value / adjusted.value : f.executionRate?.value.ratio;
    if (ratio === undefined) return;
    const expected = Math.round(weight.value * Math.min(1, ratio) * 100) / 100;
    if (Math.abs(expected - score.value) <= 0.01) return;
    report({
      messageId: 'score',
      data: { rate: formatPercent(ratio, 2), weight: num(weight.value), expected: num(expected), actual: num(score.value) },
      evidence: [score.span, weight.span, ...(f.executionRate ? [f.executionRate.span] : [])],
      expected,
      actual: score.value,
      severity: options.score_formula_severity as 'error' | 'warning' | 'info',
    });
  },
};
