import { z } from 'zod';
import type { Amount, ParsedDocument, ProseFunding } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { money, roundsTo } from '../format.js';
import { proseUnitSlips, tableItemFor } from '../prose-items.js';

/** Where the prose states an amount the tables also give. */
function tableCandidates(doc: ParsedDocument, fact: ProseFunding, proseSpans: Set<number>): Amount[] {
  const f = doc.funding;
  const total = doc.expenditureTotal;
  const candidates: Record<ProseFunding['kind'], (Amount | null | undefined)[]> = {
    spent: [f.spent, f.budgetExecuted, total?.actual],
    initial: [f.budgetInitial, f.planned],
    adjusted: [f.budgetAdjusted],
    received: [f.received, f.budgetAdjusted],
    budget: [f.planned, f.budgetInitial, f.budgetAdjusted],
  };
  return candidates[fact.kind].filter((a): a is Amount => !!a && !proseSpans.has(a.span.start));
}

/**
 * Amounts stated in the prose against the tables: a line item the tables lack or give differently, a listed
 * breakdown that does not add up to the total it introduces, a funding figure that differs from the table.
 * A difference that is only rounding (0.838万元 beside 0.84万元) is `info`.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'narrative-amount-mismatch',
    description: '正文中的金额与表格不符，或正文列出表格中没有的支出项目',
    messages: {
      missingItem: '正文列出“{item}{text}”，但支出明细表中没有{item}',
      itemDiffers: '正文“{item}{text}”与支出明细表中{item}实际支出 {table}不符（相差 {diff}）',
      itemRounded: '正文“{item}{text}”与支出明细表中{item} {table}相差 {diff}，属四舍五入',
      listSum: '正文列举的各项支出合计 {sum}，与前文“{label}{total}”不符（相差 {diff}）',
      funding: '正文“{label}{text}”与表中 {table}不符（相差 {diff}）',
      fundingRounded: '正文“{label}{text}”与表中 {table}相差 {diff}，属四舍五入',
    },
    options: z.object({ rounding_severity: z.enum(['error', 'warning', 'info']).default('info') }),
  },
  check({ doc, options, report }) {
    const rounding = options.rounding_severity as 'error' | 'warning' | 'info';
    const slips = proseUnitSlips(doc);
    const slipOf = (start: number) => slips.find((s) => s.item.amount.span.start === start);
    const hasTable = doc.expenditures.some((e) => e.source === 'table');
    for (const item of hasTable ? doc.narrative.items : []) {
      if (slipOf(item.amount.span.start)) continue;
      const table = tableItemFor(doc, item);
      const data = { item: item.item.value, text: item.amount.text };
      if (!table) {
        report({ messageId: 'missingItem', data, evidence: [item.item.span, item.amount.span], expected: null, actual: item.amount.value });
        continue;
      }
      const actual = table.actual;
      if (!actual || actual.value === item.amount.value) continue;
      const rounded = roundsTo(item.amount, actual);
      report({
        messageId: rounded ? 'itemRounded' : 'itemDiffers',
        data: { ...data, table: money(actual.value), diff: money(Math.abs(actual.value - item.amount.value)) },
        evidence: [item.item.span, item.amount.span, actual.span],
        expected: actual.value,
        actual: item.amount.value,
        ...(rounded ? { severity: rounding } : {}),
      });
    }
    for (const { list, amount: total } of doc.narrative.listTotals) {
      const items = doc.narrative.items.filter((i) => i.list === list);
      const sum = items.reduce((a, i) => a + (slipOf(i.amount.span.start)?.meant ?? i.amount.value), 0);
      if (sum === total.value) continue;
      const label = doc.narrative.funding.find((f) => f.amount === total)?.label.value ?? '';
      report({
        messageId: 'listSum',
        data: { sum: money(sum), label, total: total.text, diff: money(Math.abs(sum - total.value)) },
        evidence: [total.span, ...items.map((i) => i.amount.span)],
        expected: total.value,
        actual: sum,
      });
    }
    const proseSpans = new Set(doc.narrative.funding.map((p) => p.amount.span.start));
    for (const fact of doc.narrative.funding) {
      const candidates = tableCandidates(doc, fact, proseSpans);
      if (candidates.length === 0 || candidates.some((c) => c.value === fact.amount.value)) continue;
      const rounded = candidates.find((c) => roundsTo(fact.amount, c));
      const table = rounded ?? candidates[0]!;
      report({
        messageId: rounded ? 'fundingRounded' : 'funding',
        data: { label: fact.label.value, text: fact.amount.text, table: money(table.value), diff: money(Math.abs(table.value - fact.amount.value)) },
        evidence: [fact.label.span, fact.amount.span, table.span],
        expected: table.value,
        actual: fact.amount.value,
        ...(rounded ? { severity: rounding } : {}),
      });
    }
  },
};
