import { z } from 'zod';
import type { DatedFact } from '../../model/report.js';
import { formatMessage, type DocumentRule } from '../rule.js';

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/**
 * Dates that cannot all be true: a signature dated differently from the other signatures (the majority
 * wins), a signature before the evaluated period ends, and a year in the text that names another year as
 * the one evaluated (我局2022年度评价得分… in a 2023 form).
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'date-conflict',
    description: '落款日期互相矛盾、早于项目期结束，或正文所称评价年度与文件年度不符',
    messages: {
      signature: '{role}日期 {date}{reasons}',
      disagrees: '与其他落款日期（{others}）不一致',
      beforeEnd: '早于{what}结束（{end}），自评不可能在此之前完成',
      yearMismatch: '正文称“{text}”，与本文件的评价年度 {year}年不符',
      periodYear: '项目起止时间至 {end}，与标题年度 {year}年不符',
    },
    options: z.object({ year_mismatch_severity: z.enum(['error', 'warning', 'info']).default('warning') }),
  },
  check({ doc, options, report }) {
    const signed = doc.dates.filter((d) => d.role !== '正文');
    const end = doc.project.periodEnd?.value ?? (doc.fiscalYear ? `${doc.fiscalYear}-12` : null);
    const majority = majorityDate(signed);
    for (const fact of signed) {
      const reasons: string[] = [];
      if (majority && fact.date.value !== majority) {
        const others = [...new Set(signed.filter((d) => d.date.value !== fact.date.value).map((d) => chineseDate(d.date.value)))];
        reasons.push(formatMessage(rule.meta.messages.disagrees!, { others: others.join('、') }));
      }
      if (end && fact.date.value.slice(0, 7) <= end) {
        const what = doc.project.periodEnd ? '项目起止时间' : `${doc.fiscalYear}年度`;
        reasons.push(formatMessage(rule.meta.messages.beforeEnd!, { what, end: chineseDate(end) }));
      }
      if (reasons.length === 0) continue;
      const evidence = [fact.date.span, ...(majority && fact.date.value !== majority ? signed.filter((d) => d.date.value === majority).map((d) => d.date.span) : [])];
      if (doc.project.periodEnd) evidence.push(doc.project.periodEnd.span);
      report({
        messageId: 'signature',
        data: { role: fact.role, date: chineseDate(fact.date.value), reasons: reasons.join('，且') },
        evidence,
        expected: majority ?? null,
        actual: fact.date.value,
      });
    }
    const severity = options.year_mismatch_severity as 'error' | 'warning' | 'info';
    for (const year of doc.narrative.selfYears) {
      if (doc.fiscalYear === null || year.value === doc.fiscalYear) continue;
      const evidence = doc.title ? [year.span, doc.title.span] : [year.span];
      report({ messageId: 'yearMismatch', data: { text: year.text, year: doc.fiscalYear }, evidence, expected: doc.fiscalYear, actual: year.value, severity });
    }
    const titleYear = doc.title ? /(\d{4})年/.exec(doc.title.value) : null;
    if (titleYear && doc.project.periodEnd && doc.project.periodEnd.value.slice(0, 4) !== titleYear[1]) {
      report({
        messageId: 'periodYear',
        data: { end: chineseDate(doc.project.periodEnd.value), year: titleYear[1]! },
        evidence: [doc.project.periodEnd.span, doc.title!.span],
        expected: Number(titleYear[1]),
        actual: Number(doc.project.periodEnd.value.slice(0, 4)),
        severity,
      });
    }
  },
};

/** The date most signatures carry, when a strict majority agrees; null otherwise. */
function majorityDate(dates: DatedFact[]): string | null {
  const counts = new Map<string, number>();
  for (const d of dates) counts.set(d.date.value, (counts.get(d.date.value) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > dates.length ? best[0] : null;
}

