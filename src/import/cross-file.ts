import { knowledge } from '../knowledge/knowledge.js';
import { differingFigures, formatFigure, sameProject, type FigureName, type ProjectFigure } from '../reconcile/project-figures.js';
import { formatMessage } from '../reconcile/rule.js';
import { rule as crossDocument } from '../reconcile/rules/cross-document.js';
import type { Db } from '../store/database.js';

interface FigureRow {
  document_id: number;
  project_key: string;
  figure: string;
  value: number;
  text: string;
  span_start: number;
  span_end: number;
  kind: string;
  fiscal_year: number | null;
  idx: number;
  source_id: number;
  path: string;
  import_id: number;
}

/** One stored form or report with the figures it states. */
interface StoredStatement {
  documentId: number;
  sourceId: number;
  path: string;
  index: number;
  kind: string;
  key: string;
  fiscalYear: number | null;
  inThisImport: boolean;
  figures: (ProjectFigure & { text: string })[];
}

/**
 * The `cross-document` rule across files: after an import has stored its files, each 自评报告 is compared with
 * the 自评表 of the same project and year in other current (not superseded) files, where at least one of the
 * two came in this import and neither has its counterpart in its own file (those pairs were compared at
 * extraction). Findings go on the report, in one transaction; a finding already stored is not repeated, so an
 * import resumed after a kill adds exactly the missing ones. Returns the number of findings added.
 */
export function reconcileAcrossFiles(db: Db, importId: number): number {
  const entry = knowledge.catalogue.rules[crossDocument.meta.id];
  if (!entry?.enabled) return 0;
  const rows = db
    .prepare(
      `SELECT f.document_id, f.project_key, f.figure, f.value, f.text, f.span_start, f.span_end,
              d.kind, d.fiscal_year, d.idx, d.source_id, s.path, s.import_id
         FROM project_figures f JOIN documents d ON d.id = f.document_id JOIN sources s ON s.id = d.source_id
        WHERE s.superseded_by IS NULL AND f.paired_in_file = 0
          AND f.project_key IN (SELECT f2.project_key FROM project_figures f2 JOIN documents d2 ON d2.id = f2.document_id
                                  JOIN sources s2 ON s2.id = d2.source_id WHERE s2.import_id = ? AND f2.paired_in_file = 0)
        ORDER BY f.document_id, f.id`,
    )
    .all(importId) as FigureRow[];
  const statements = group(rows, importId);
  const exists = db.prepare("SELECT 1 FROM findings WHERE document_id = ? AND rule = 'cross-document' AND message = ?");
  const insert = db.prepare(`INSERT INTO findings (document_id, rule, severity, message, expected, actual, evidence_text, evidence_start,
    evidence_end, evidence_json) VALUES (?, 'cross-document', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const forms = statements.filter((s) => s.kind === 'self_evaluation_form');
  let added = 0;
  const run = db.transaction(() => {
    for (const report of statements) {
      if (report.kind !== 'self_evaluation_report') continue;
      for (const form of forms) {
        if (form.sourceId === report.sourceId || !(form.inThisImport || report.inThisImport) || !sameProject(report, form)) continue;
        for (const [r, f] of differingFigures(report.figures, form.figures)) {
          const message = formatMessage(crossDocument.meta.messages.differsAcrossFiles!, {
            figure: r.name,
            report: formatFigure(r.name, r.value),
            formPath: form.path,
            formIndex: form.index + 1,
            form: formatFigure(f.name, f.value),
          });
          if (exists.get(report.documentId, message)) continue;
          const evidence = [
            { text: r.text, start: r.span.start, end: r.span.end },
            { text: f.text, start: f.span.start, end: f.span.end, document: form.index, path: form.path },
          ];
          insert.run(report.documentId, entry.severity, message, String(f.value), String(r.value), r.text, r.span.start, r.span.end, JSON.stringify(evidence));
          added++;
        }
      }
    }
  });
  run.immediate();
  return added;
}

function group(rows: FigureRow[], importId: number): StoredStatement[] {
  const byDocument = new Map<number, StoredStatement>();
  for (const row of rows) {
    let s = byDocument.get(row.document_id);
    if (!s) {
      s = {
        documentId: row.document_id,
        sourceId: row.source_id,
        path: row.path,
        index: row.idx,
        kind: row.kind,
        key: row.project_key,
        fiscalYear: row.fiscal_year,
        inThisImport: row.import_id === importId,
        figures: [],
      };
      byDocument.set(row.document_id, s);
    }
    s.figures.push({ name: row.figure as FigureName, value: row.value, text: row.text, span: { start: row.span_start, end: row.span_end } });
  }
  return [...byDocument.values()];
}
