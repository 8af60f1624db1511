import { z } from 'zod';
import type { Amount } from '../../model/report.js';
import type { Traced } from '../../model/span.js';
import { statedTotal } from '../../parse/stated-totals.js';
import type { BatchRule, DocumentInFile } from '../rule.js';
import { money, num } from '../format.js';
import { projectKey } from '../project-key.js';

interface Figure {
  name: string;
  value: Traced<number> | Amount | null;
  format: (n: number) => string;
}

function figures(item: DocumentInFile): Figure[] {
  const f = item.doc.funding;
  return [
    { name: '年初预算', value: f.budgetInitial ?? f.planned, format: (n) => money(n) },
    { name: '调整后预算', value: f.budgetAdjusted, format: (n) => money(n) },
    { name: '执行（支出）数', value: f.budgetExecuted ?? f.spent, format: (n) => money(n) },
    { name: '总分', value: statedTotal(item.doc), format: (n) => `${num(n)}分` },
  ];
}

/**
 * A 自评表 and a 自评报告 of the same project and year in one batch must agree on budget, executed amount and
 * total score. The finding is reported on the report, with evidence from both.
 */
export const rule: BatchRule = {
  scope: 'batch',
  meta: {
    id: 'cross-document',
    description: '同一项目的自评表与自评报告在预算、执行数或总分上不一致',
    messages: {
      differs: '自评报告所述{figure}{report}，与本文件中同一项目的自评表（第{formIndex}份文档）所填{form}不符',
    },
    options: z.object({}),
  },
  check({ documents, report }) {
    const forms = documents
      .filter((d) => d.doc.kind === 'self_evaluation_form' && d.doc.project.name)
      .map((form) => ({ form, key: projectKey(form.doc.project.name!.value) }));
    for (const rep of documents) {
      if (rep.doc.kind !== 'self_evaluation_report' || !rep.doc.project.name) continue;
      const key = projectKey(rep.doc.project.name.value);
      for (const { form, key: formKey } of forms) {
        if (formKey !== key) continue;
        if (rep.doc.fiscalYear !== null && form.doc.fiscalYear !== null && rep.doc.fiscalYear !== form.doc.fiscalYear) continue;
        const formFigures = figures(form);
        for (const [i, fig] of figures(rep).entries()) {
          const other = formFigures[i]!;
          if (!fig.value || !other.value || fig.value.value === other.value.value) continue;
          report(rep, {
            messageId: 'differs',
            data: { figure: fig.name, report: fig.format(fig.value.value), formIndex: form.doc.index + 1, form: other.format(other.value.value) },
            evidence: [fig.value.span, { span: other.value.span, from: form }],
            expected: other.value.value,
            actual: fig.value.value,
          });
        }
      }
    }
  },
};
