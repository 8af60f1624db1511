import type { ParsedDocument } from '../model/report.js';
import type { Traced } from '../model/span.js';

/**
 * The document's total score as stated, in order of authority: the cover's 综合得分 cell, a scoring table's
 * 总分 row, a summary table's 综合 row, a sentence of the prose (本项目自评分为100分), the indicator table's
 * 合计. Null when the document states none.
 */
export function statedTotal(doc: ParsedDocument): Traced<number> | null {
  return (
    doc.scoreTotalCells[0] ??
    doc.scoreTables.find((t) => t.totalScore)?.totalScore ??
    doc.summaryRows.find((r) => r.isTotal && r.score)?.score ??
    doc.narrative.scoreStatements[0] ??
    doc.indicatorTables.find((t) => t.totalScore)?.totalScore ??
    null
  );
}

/** The grade as written: the cover's 自评等次 cell, else the first grade stated in the prose. */
export function statedGrade(doc: ParsedDocument): Traced<string> | null {
  return doc.gradeCells[0] ?? doc.narrative.gradeStatements[0] ?? null;
}
