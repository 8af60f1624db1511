import type { Db } from './database.js';

/** Filters of `jixiao findings`. */
export interface FindingFilter {
  severity?: string;
  rule?: string;
  unit?: string;
  year?: number;
}

/** A stored finding with the document and file it belongs to. */
export interface FindingRow {
  path: string;
  document: number;
  project: string | null;
  unit: string | null;
  fiscal_year: number | null;
  rule: string;
  severity: string;
  message: string;
  expected: string | null;
  actual: string | null;
  evidence: string | null;
}

/** Findings of current (not superseded) files, most severe first, in file and document order. */
export function queryFindings(db: Db, filter: FindingFilter): FindingRow[] {
  const where = ['s.superseded_by IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.severity) (where.push('f.severity = @severity'), (params.severity = filter.severity));
  if (filter.rule) (where.push('f.rule = @rule'), (params.rule = filter.rule));
  if (filter.unit) (where.push('d.implementing_unit LIKE @unit'), (params.unit = `%${filter.unit}%`));
  if (filter.year !== undefined) (where.push('d.fiscal_year = @year'), (params.year = filter.year));
  return db
    .prepare(
      `SELECT s.path, d.idx AS document, d.project_name AS project, d.implementing_unit AS unit, d.fiscal_year, f.rule, f.severity,
              f.message, f.expected, f.actual, f.evidence_text AS evidence
         FROM findings f JOIN documents d ON d.id = f.document_id JOIN sources s ON s.id = d.source_id
        WHERE ${where.join(' AND ')}
        ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, s.path, d.idx, f.id`,
    )
    .all(params) as FindingRow[];
}
