import { z } from 'zod';
import type { Amount } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { money } from '../format.js';
import { proseUnitSlips } from '../prose-items.js';
import { slipCorrection } from '../unit-slip-explanation.js';

/** A money amount whose unit is implausible next to its peers: 0.73元 in a list of 万元 items. */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'unit-slip',
    description: '金额单位与同列/同段其他金额不一致，疑为元与万元混写',
    messages: {
      prose: '正文“{item}{text}”的单位与同段其他支出（{peerUnit}）不一致{confirmation}，疑为“{meant}”之误',
      table: '支出明细“{item}”{text}按表头单位读为 {read}，但若按 {meant}计，各项之和正好等于“支出合计”{total}，疑为单位写错',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    for (const slip of proseUnitSlips(doc)) {
      const table = slip.confirmedBy;
      report({
        messageId: 'prose',
        data: {
          item: slip.item.item.value,
          text: slip.item.amount.text,
          peerUnit: slip.peerUnit,
          confirmation: table ? `，支出明细表中${table.item.value}为 ${money(table.actual!.value)}` : '',
          meant: money(slip.meant),
        },
        evidence: table ? [slip.item.item.span, slip.item.amount.span, table.actual!.span] : [slip.item.item.span, slip.item.amount.span],
        expected: slip.meant,
        actual: slip.item.amount.value,
      });
    }
    const total = doc.expenditureTotal?.actual;
    const items = doc.expenditures.filter((e) => e.source === 'table' && e.actual);
    const amounts = items.map((e) => e.actual as Amount);
    const correction = total && amounts.reduce((a, b) => a + b.value, 0) !== total.value ? slipCorrection(amounts, total.value) : null;
    if (total && correction) {
      const item = items.find((e) => e.actual === correction.amount)!;
      report({
        messageId: 'table',
        data: { item: item.item.value, text: correction.amount.text, read: money(correction.amount.value), meant: money(correction.meant), total: money(total.value) },
        evidence: [item.item.span, correction.amount.span, total.span],
        expected: correction.meant,
        actual: correction.amount.value,
      });
    }
  },
};
