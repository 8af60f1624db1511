import type { Paragraph, Row } from '../model/ir.js';
import type { DatedFact, Expenditure, Funding, ParsedDocument, ProseFundingKind } from '../model/report.js';
import type { Traced } from '../model/span.js';
import type { Segment } from '../segment/segmenter.js';
import { knowledge } from '../knowledge/knowledge.js';
import { findDates } from '../normalize/dates.js';
import { LabelSet, compact } from '../normalize/labels.js';
import { CellReader } from './cells.js';
import { CoverCollector } from './cover-fields.js';
import { budgetHeader, parseBudgetTable } from './budget-table.js';
import { evaluatorHeader, parseEvaluatorTable } from './evaluator-table.js';
import { expenditureHeader, parseExpenditureTable } from './expenditure-table.js';
import { indicatorHeader, parseIndicatorTable } from './indicator-table.js';
import { emptyNarrative, readProse, type ProsePiece } from './narrative.js';
import { narrativeEvaluators } from './narrative-evaluators.js';
import { parseScoreTable, parseSummaryTable, scoreHeader, summaryHeader } from './score-table.js';
import { fiscalYearOf, projectNameOf } from './identity.js';

const labels = knowledge.labels;
/** Every word that can stand in a table header row; rows without one skip the layout detectors. */
const HEADER_WORDS = new LabelSet(
  [labels.expenditure_table, labels.budget_table, labels.indicator_table, labels.score_table, labels.score_summary_table, labels.evaluator_table].flatMap(
    (group) => Object.values(group).flat(),
  ),
);
const SIGNATURE = new RegExp(`^(${knowledge.headings.signature_labels.join('|')})`);

const NARRATIVE_HEADING = new RegExp(knowledge.headings.narrative_heading);
/** Cells at least this long are read as prose too (自评结论, 完成情况 …). */
const PROSE_CELL_LENGTH = 20;

function emptyFunding(): Funding {
  return {
    planned: null,
    received: null,
    spent: null,
    budgetInitial: null,
    budgetAdjusted: null,
    budgetExecuted: null,
    executionRate: null,
    executionScore: null,
    executionWeight: null,
    executionWeightHeader: null,
    sources: [],
  };
}

/** Parses one segmented document into typed records (findings are added later by reconciliation). */
export function parseDocument(segment: Segment, index: number, cleaned: string): ParsedDocument {
  const reader = new CellReader(cleaned);
  const funding = emptyFunding();
  const cover = new CoverCollector(funding, cleaned);
  const doc: ParsedDocument = {
    index,
    kind: segment.kind,
    family: segment.family,
    title: segment.title,
    fiscalYear: null,
    span: segment.span,
    blocks: segment.blocks,
    project: cover.project,
    funding,
    expenditures: [],
    expenditureTotal: null,
    indicatorTables: [],
    scoreTables: [],
    summaryRows: [],
    scoreTotalCells: cover.scoreTotalCells,
    gradeCells: cover.gradeCells,
    evaluators: [],
    dates: [],
    narrative: emptyNarrative(),
    findings: [],
  };
  const prose: ProsePiece[] = [];
  let narrativeStarted = false;
  let pendingSignature: Traced<string> | null = null;
  let run: Paragraph[] = [];
  const flushRun = () => {
    if (run.length > 0) {
      const start = run[0]!.span.start;
      prose.push({ text: cleaned.slice(start, run[run.length - 1]!.span.end), start });
    }
    run = [];
  };

  for (const block of segment.blocks) {
    if (block.kind === 'paragraph') {
      run.push(block);
      const trimmed = block.text.trim();
      if (NARRATIVE_HEADING.test(trimmed)) narrativeStarted = true;
      if (!narrativeStarted) {
        cover.readParagraph(block.text, block.span);
        const only = findDates(block.text);
        if (only.length === 1 && compact(block.text) === compact(only[0]!.text)) {
          doc.dates.push(dateFact('封面', only[0]!, block.span.start));
          continue;
        }
      }
      for (const d of findDates(block.text)) doc.dates.push(dateFact('正文', d, block.span.start));
      continue;
    }
    flushRun();
    pendingSignature = readTable(block.rows, doc, cover, reader, prose, pendingSignature);
  }
  flushRun();

  const listCounter = { next: 0 };
  for (const piece of prose) readProse(piece, doc.narrative, listCounter);
  if (doc.expenditures.length === 0) doc.expenditures = narrativeExpenditures(doc);
  fillFundingFromProse(doc);
  if (doc.evaluators.length === 0) doc.evaluators = narrativeEvaluators(prose);
  doc.project.name ??= projectNameOf(doc, prose);
  doc.fiscalYear = fiscalYearOf(doc, prose);
  return doc;
}

/** A table layout: reads the table whose header is row `r` into the document and returns the next row, or null. */
type Layout = (rows: Row[], r: number, doc: ParsedDocument, reader: CellReader) => number | null;

/** The table layouts of these forms, tried in order on every row that holds a header word. */
const LAYOUTS: Layout[] = [
  (rows, r, doc, reader) => {
    const header = expenditureHeader(rows[r]!);
    if (!header) return null;
    const result = parseExpenditureTable(rows, r + 1, header, reader);
    doc.expenditures.push(...result.items);
    doc.expenditureTotal ??= result.total;
    return result.next;
  },
  (rows, r, doc, reader) => {
    const header = budgetHeader(rows[r]!, reader);
    return header ? parseBudgetTable(rows, r + 1, header, reader, doc.funding) : null;
  },
  (rows, r, doc, reader) => {
    const header = indicatorHeader(rows[r]!, reader);
    if (!header) return null;
    const result = parseIndicatorTable(rows, r + 1, header, reader);
    doc.indicatorTables.push(result.table);
    return result.next;
  },
  (rows, r, doc, reader) => {
    const header = scoreHeader(rows[r]!);
    if (!header) return null;
    const result = parseScoreTable(rows, r + 1, header, reader);
    doc.scoreTables.push(result.table);
    return result.next;
  },
  (rows, r, doc, reader) => {
    const header = summaryHeader(rows[r]!);
    if (!header) return null;
    const result = parseSummaryTable(rows, r + 1, header, reader);
    doc.summaryRows.push(...result.rows);
    return result.next;
  },
  (rows, r, doc, reader) => {
    const header = evaluatorHeader(rows[r]!);
    if (!header) return null;
    const result = parseEvaluatorTable(rows, r + 1, header, reader);
    doc.evaluators.push(...result.evaluators);
    return result.next;
  },
];

/** Reads one table's rows: known layouts by their header rows, the rest as key/value and signature rows. */
function readTable(
  rows: Row[],
  doc: ParsedDocument,
  cover: CoverCollector,
  reader: CellReader,
  prose: ProsePiece[],
  pendingSignature: Traced<string> | null,
): Traced<string> | null {
  let r = 0;
  while (r < rows.length) {
    let next: number | null = null;
    if (rows[r]!.cells.some((c) => HEADER_WORDS.has(c.text))) {
      for (const layout of LAYOUTS) {
        next = layout(rows, r, doc, reader);
        if (next !== null) break;
      }
    }
    if (next !== null) {
      r = next;
      continue;
    }
    pendingSignature = readOtherRow(rows[r]!, doc, cover, reader, prose, pendingSignature);
    r++;
  }
  return pendingSignature;
}

/** Key/value cells, signature lines with the date printed under them, and long cells read as prose. */
function readOtherRow(
  row: Row,
  doc: ParsedDocument,
  cover: CoverCollector,
  reader: CellReader,
  prose: ProsePiece[],
  pendingSignature: Traced<string> | null,
): Traced<string> | null {
  cover.readRow(row);
  const filled = row.cells.filter((c) => c.text !== '');
  if (filled.length === 1) {
    const cell = filled[0]!;
    const signature = SIGNATURE.exec(compact(cell.text));
    if (signature) return { ...reader.text(cell)!, value: signature[1]! };
    const dates = findDates(reader.cleaned.slice(cell.span.start, cell.span.end));
    if (pendingSignature && dates.length === 1) {
      doc.dates.push(dateFact(pendingSignature.value, dates[0]!, cell.span.start));
      return null;
    }
    if (pendingSignature && /^年\s*月\s*日$/.test(cell.text)) return null;
  }
  for (const cell of filled) {
    if (cell.text.length >= PROSE_CELL_LENGTH) prose.push({ text: reader.cleaned.slice(cell.span.start, cell.span.end), start: cell.span.start });
  }
  return pendingSignature;
}

function dateFact(role: string, found: { iso: string; text: string; index: number }, base: number): DatedFact {
  const start = base + found.index;
  return { role, date: { value: found.iso, text: found.text, span: { start, end: start + found.text.length } } };
}

/** A document without any funding table takes its funding from the prose, first statement of each kind. */
function fillFundingFromProse(doc: ParsedDocument): void {
  const f = doc.funding;
  if (f.planned || f.received || f.spent || f.budgetInitial || f.budgetAdjusted || f.budgetExecuted) return;
  const first = (kind: ProseFundingKind) => doc.narrative.funding.find((p) => p.kind === kind)?.amount ?? null;
  f.planned ??= first('budget') ?? first('initial');
  f.received ??= first('received');
  f.spent ??= first('spent');
  f.budgetInitial ??= first('initial');
  f.budgetAdjusted ??= first('adjusted');
}

/** Without an expenditure table, the line items listed in the prose are the expenditures. */
function narrativeExpenditures(doc: ParsedDocument): Expenditure[] {
  const firstList = doc.narrative.items[0]?.list;
  return doc.narrative.items
    .filter((i) => i.list === firstList)
    .map((i) => ({
      item: i.item,
      economicCode: i.economicCode,
      planned: null,
      actual: i.amount,
      source: 'narrative' as const,
      span: { start: i.item.span.start, end: i.amount.span.end },
    }));
}
