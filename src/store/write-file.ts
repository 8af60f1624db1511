import type { ExtractResultJson } from '../output/contract-schema.js';
import type { Db } from './database.js';

/** What happened to one file. */
export type FileOutcome = 'imported' | 'skipped' | 'failed';

/** A file read for import: its bytes' hash and either the extraction or the reason it failed. */
export interface FileResult {
  path: string;
  sha256: string;
  size: number;
  result: ExtractResultJson | null;
  /** What each form and report states about its project, for the cross-file comparison. */
  figures: StoredFigure[];
  error: { code: string; message: string } | null;
}

/** A figure (年初预算, 总分 …) one document states about its project, with the text it was read from. */
export interface StoredFigure {
  /** Index of the document in its file. */
  document: number;
  projectKey: string;
  /** The file also holds the counterpart (form beside report) of this document. */
  pairedInFile: boolean;
  name: string;
  value: number;
  text: string;
  start: number;
  end: number;
}

const now = () => new Date().toISOString();

/** Prepared statements, made once per connection. */
export class FileWriter {
  private readonly statements;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.statements = {
      bySha: p('SELECT id FROM sources WHERE sha256 = ?'),
      latestAtPath: p('SELECT id, version FROM sources WHERE path = ? AND superseded_by IS NULL ORDER BY version DESC LIMIT 1'),
      insertSource: p(`INSERT INTO sources (path, sha256, format, encoding, size_bytes, status, error_code, error, version, import_id, imported_at, warnings_json)
        VALUES (@path, @sha256, @format, @encoding, @size, @status, @error_code, @error, @version, @import_id, @imported_at, @warnings_json)`),
      supersede: p('UPDATE sources SET superseded_by = ? WHERE id = ?'),
      insertDocument: p(`INSERT INTO documents (source_id, idx, kind, family, title, fiscal_year, span_start, span_end, project_name,
        implementing_unit, supervising_department, manager, phone, address, postcode, period_start, period_end, planned_fen, received_fen,
        spent_fen, budget_initial_fen, budget_adjusted_fen, budget_executed_fen, execution_rate, execution_score, execution_weight, score_total, grade)
        VALUES (@source_id, @idx, @kind, @family, @title, @fiscal_year, @span_start, @span_end, @project_name, @implementing_unit,
        @supervising_department, @manager, @phone, @address, @postcode, @period_start, @period_end, @planned_fen, @received_fen, @spent_fen,
        @budget_initial_fen, @budget_adjusted_fen, @budget_executed_fen, @execution_rate, @execution_score, @execution_weight, @score_total, @grade)`),
      expenditure: p(`INSERT INTO expenditures (document_id, position, item, economic_code, planned_fen, actual_fen, source)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      indicator: p(`INSERT INTO indicators (document_id, position, level1, level2, level3, operator, target, target_value, unit, actual,
        actual_value, weight, score, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      scoreItem: p(`INSERT INTO score_items (document_id, position, level1, level1_weight, level2, level2_weight, level3, level3_weight,
        score, evidence, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      evaluator: p('INSERT INTO evaluators (document_id, position, name, title, unit) VALUES (?, ?, ?, ?, ?)'),
      date: p('INSERT INTO dates (document_id, role, date, span_start, span_end) VALUES (?, ?, ?, ?, ?)'),
      figure: p(`INSERT INTO project_figures (document_id, project_key, paired_in_file, figure, value, text, span_start, span_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      finding: p(`INSERT INTO findings (document_id, rule, severity, message, expected, actual, evidence_text, evidence_start, evidence_end,
        evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  /**
   * Stores one file in one immediate transaction: nothing of it is visible until all of it is, so a killed
   * import leaves no partial document. A file whose sha256 is already stored is skipped; a changed file at a
   * known path becomes a new version and the old one is marked superseded, not deleted.
   */
  write(file: FileResult, importId: number): FileOutcome {
    const run = this.db.transaction((): FileOutcome => {
      const s = this.statements;
      if (s.bySha.get(file.sha256)) return 'skipped';
      const previous = s.latestAtPath.get(file.path) as { id: number; version: number } | undefined;
      const source = s.insertSource.run({
        path: file.path,
        sha256: file.sha256,
        format: file.result?.source.format ?? null,
        encoding: file.result?.source.encoding ?? null,
        size: file.size,
        status: file.result ? 'imported' : 'failed',
        error_code: file.error?.code ?? null,
        error: file.error?.message ?? null,
        version: previous ? previous.version + 1 : 1,
        import_id: importId,
        imported_at: now(),
        warnings_json: JSON.stringify(file.result?.warnings ?? []),
      });
      const sourceId = Number(source.lastInsertRowid);
      if (previous) s.supersede.run(sourceId, previous.id);
      for (const d of file.result?.documents ?? []) {
        const documentId = this.writeDocument(sourceId, d);
        for (const f of file.figures) {
          if (f.document === d.index) s.figure.run(documentId, f.projectKey, f.pairedInFile ? 1 : 0, f.name, f.value, f.text, f.start, f.end);
        }
      }
      return file.result ? 'imported' : 'failed';
    });
    return run.immediate();
  }

  private writeDocument(sourceId: number, d: ExtractResultJson['documents'][number]): number {
    const s = this.statements;
    const f = d.funding;
    const p = d.project;
    const id = Number(
      s.insertDocument.run({
        source_id: sourceId,
        idx: d.index,
        kind: d.kind,
        family: d.family,
        title: d.title,
        fiscal_year: d.fiscal_year,
        span_start: d.span.start,
        span_end: d.span.end,
        project_name: p.name,
        implementing_unit: p.implementing_unit,
        supervising_department: p.supervising_department,
        manager: p.manager,
        phone: p.phone,
        address: p.address,
        postcode: p.postcode,
        period_start: p.period_start,
        period_end: p.period_end,
        planned_fen: f.planned_fen,
        received_fen: f.received_fen,
        spent_fen: f.spent_fen,
        budget_initial_fen: f.budget_initial_fen,
        budget_adjusted_fen: f.budget_adjusted_fen,
        budget_executed_fen: f.budget_executed_fen,
        execution_rate: f.execution_rate,
        execution_score: f.execution_score,
        execution_weight: f.execution_weight,
        score_total: d.score_total,
        grade: d.grade,
      }).lastInsertRowid,
    );
    d.expenditures.forEach((e, i) => s.expenditure.run(id, i, e.item, e.economic_code, e.planned_fen, e.actual_fen, e.source));
    d.indicators.forEach((x, i) =>
      s.indicator.run(id, i, x.level1, x.level2, x.level3, x.operator, x.target, x.target_value, x.unit, x.actual, x.actual_value, x.weight, x.score, x.note),
    );
    d.score_items.forEach((x, i) =>
      s.scoreItem.run(id, i, x.level1, x.level1_weight, x.level2, x.level2_weight, x.level3, x.level3_weight, x.score, x.evidence, x.source),
    );
    d.evaluators.forEach((e, i) => s.evaluator.run(id, i, e.name, e.title, e.unit));
    for (const date of d.dates) s.date.run(id, date.role, date.date, date.span.start, date.span.end);
    for (const x of d.findings) {
      const first = x.evidence[0];
      s.finding.run(id, x.rule, x.severity, x.message, text(x.expected), text(x.actual), first?.text ?? null, first?.start ?? null, first?.end ?? null, JSON.stringify(x.evidence));
    }
    return id;
  }
}

function text(v: string | number | null): string | null {
  return v === null ? null : String(v);
}
