import { z } from 'zod';
import type { BatchRule } from '../rule.js';
import { differingFigures, formatFigure, projectStatement, sameProject } from '../project-figures.js';

/**
 * A 自评表 and a 自评报告 of the same project and year must agree on budget, executed amount and total score.
 * The finding is reported on the report, with evidence from both. Within one file this runs at extraction;
 * `jixiao import` runs the same comparison across the files it stores (src/import/cross-file.ts).
 */
export const rule: BatchRule = {
  scope: 'batch',
  meta: {
    id: 'cross-document',
    description: '同一项目的自评表与自评报告在预算、执行数或总分上不一致',
    messages: {
      differs: '自评报告所述{figure}{report}，与本文件中同一项目的自评表（第{formIndex}份文档）所填{form}不符',
      differsAcrossFiles: '自评报告所述{figure}{report}，与文件 {formPath} 中同一项目的自评表（第{formIndex}份文档）所填{form}不符',
    },
    options: z.object({}),
  },
  check({ documents, report }) {
    const kinds = new Set(documents.map((d) => d.doc.kind));
    if (!kinds.has('self_evaluation_form') || !kinds.has('self_evaluation_report')) return;
    const stated = documents.flatMap((item) => {
      const s = projectStatement(item.doc);
      return s ? [{ item, s }] : [];
    });
    const forms = stated.filter((x) => x.s.kind === 'self_evaluation_form');
    for (const rep of stated) {
      if (rep.s.kind !== 'self_evaluation_report') continue;
      for (const form of forms) {
        if (!sameProject(rep.s, form.s)) continue;
        for (const [r, f] of differingFigures(rep.s.figures, form.s.figures)) {
          report(rep.item, {
            messageId: rep.item.path === form.item.path ? 'differs' : 'differsAcrossFiles',
            data: { figure: r.name, report: formatFigure(r.name, r.value), formPath: form.item.path, formIndex: form.item.doc.index + 1, form: formatFigure(f.name, f.value) },
            evidence: [r.span, { span: f.span, from: form.item }],
            expected: f.value,
            actual: r.value,
          });
        }
      }
    }
  },
};
