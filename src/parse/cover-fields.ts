import type { Cell, Row } from '../model/ir.js';
import type { Amount, Funding, FundingSource, ProjectInfo } from '../model/report.js';
import type { Span, Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { LabelSet, compact } from '../normalize/labels.js';
import { parsePeriod } from '../normalize/dates.js';
import { CellReader, declaredUnit } from './cells.js';

type ProjectField = keyof typeof knowledge.labels.project;
type FundingField = keyof typeof knowledge.labels.funding;

const projectLabels = Object.entries(knowledge.labels.project).map(
  ([field, aliases]) => [field as ProjectField, new LabelSet(aliases)] as const,
);
const fundingLabels = Object.entries(knowledge.labels.funding).map(
  ([field, aliases]) => [field as FundingField, new LabelSet(aliases)] as const,
);
const sourceLabels = new LabelSet(knowledge.labels.funding_sources);
const scoreTotalLabels = new LabelSet(knowledge.labels.score_total);
const gradeLabels = new LabelSet(knowledge.labels.grade);

const PROJECT_KEYS: Record<Exclude<ProjectField, 'period'>, keyof ProjectInfo> = {
  name: 'name',
  implementing_unit: 'implementingUnit',
  supervising_department: 'supervisingDepartment',
  manager: 'manager',
  phone: 'phone',
  address: 'address',
  postcode: 'postcode',
};

/** A label cell or paragraph piece with the value that follows it. */
interface LabelledValue {
  label: string;
  value: Traced<string> | null;
  /** The cell the value came from, when it came from a whole cell (money needs the cell text). */
  cell: Cell | null;
}

/** Collects the key/value facts of cover forms: project identity, funding, 综合得分 and 自评等次 cells. */
export class CoverCollector {
  readonly project: ProjectInfo = {
    name: null,
    implementingUnit: null,
    supervisingDepartment: null,
    manager: null,
    phone: null,
    address: null,
    postcode: null,
    periodStart: null,
    periodEnd: null,
  };
  readonly scoreTotalCells: Traced<number>[] = [];
  readonly gradeCells: Traced<string>[] = [];
  /** Funding fields in the order the last funding row listed them; source rows follow that order. */
  private pairOrder: FundingField[] = [];
  private readonly reader: CellReader;

  constructor(
    private readonly funding: Funding,
    cleaned: string,
  ) {
    this.reader = new CellReader(cleaned);
  }

  /** Reads label/value pairs from a table row. Returns true when the row held any known label. */
  readRow(row: Row): boolean {
    const pairs = this.pairsOfRow(row);
    if (pairs.length === 0) return false;
    const fundingInRow: FundingField[] = [];
    let sourceIndex = 0;
    for (const pair of pairs) {
      const sourceLabel = compact(pair.label).replace(/^其中[：:]/, '');
      if (sourceLabels.has(sourceLabel)) {
        this.addSource(sourceLabel, this.pairOrder[sourceIndex++], pair.cell);
        continue;
      }
      const field = fundingLabels.find(([, set]) => set.has(pair.label))?.[0];
      if (field) {
        fundingInRow.push(field);
        const amount = this.reader.money(pair.cell ?? undefined, declaredUnit(pair.label));
        if (amount) this.funding[field] ??= amount;
        continue;
      }
      this.readLabelled(pair);
    }
    if (fundingInRow.length > 0) this.pairOrder = fundingInRow;
    return true;
  }

  /** Reads `项目名称  社会评价经费` or `部门（单位）名称（盖章）：河池市…` from a cover paragraph. */
  readParagraph(text: string, span: Span): void {
    const m = /^(\s*)(\S+?)(?:[：:]\s*|\s{2,})(\S.*?)\s*$/.exec(text);
    if (!m) return;
    const valueStart = text.indexOf(m[3]!, m[1]!.length + m[2]!.length);
    const value: Traced<string> = { value: m[3]!, text: m[3]!, span: { start: span.start + valueStart, end: span.start + valueStart + m[3]!.length } };
    this.readLabelled({ label: m[2]!, value, cell: null });
  }

  private readLabelled(pair: LabelledValue): void {
    if (!pair.value) return;
    if (scoreTotalLabels.has(pair.label) && pair.cell) {
      const n = this.reader.number(pair.cell);
      if (n) this.scoreTotalCells.push(n);
      return;
    }
    if (gradeLabels.has(pair.label)) {
      this.gradeCells.push(pair.value);
      return;
    }
    const field = projectLabels.find(([, set]) => set.has(pair.label))?.[0];
    if (!field) return;
    if (field === 'period') {
      const period = parsePeriod(pair.value.value);
      if (period && !this.project.periodStart) {
        this.project.periodStart = { ...pair.value, value: period.start };
        this.project.periodEnd = { ...pair.value, value: period.end };
      }
      return;
    }
    this.project[PROJECT_KEYS[field]] ??= pair.value;
  }

  private addSource(source: string, field: FundingField | undefined, cell: Cell | null): void {
    if (!field) return;
    let entry = this.funding.sources.find((s) => s.source === source);
    if (!entry) {
      entry = emptySource(source);
      this.funding.sources.push(entry);
    }
    const amount: Amount | null = this.reader.money(cell ?? undefined, '万元');
    if (amount) entry[field] ??= amount;
  }

  /** Splits a row into label/value pairs: a label cell followed by its value cell, or `标签：值` in one cell. */
  private pairsOfRow(row: Row): LabelledValue[] {
    const pairs: LabelledValue[] = [];
    const cells = row.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell.text === '') continue;
      if (isKnownLabel(cell.text)) {
        const next = cells[i + 1];
        const valueCell = next && !isKnownLabel(next.text) ? next : undefined;
        pairs.push({ label: cell.text, value: this.reader.text(valueCell), cell: valueCell ?? null });
        if (valueCell) i++;
        continue;
      }
      const inline = /^(\S{2,12}?)[：:]\s*(\S.*)$/.exec(cell.text);
      if (inline && cell.pieces.length === 1 && isKnownLabel(inline[1]!)) {
        const offset = cell.text.indexOf(inline[2]!, inline[1]!.length + 1);
        const start = cell.span.start + offset;
        pairs.push({
          label: inline[1]!,
          value: { value: inline[2]!, text: inline[2]!, span: { start, end: start + inline[2]!.length } },
          cell: null,
        });
      }
    }
    return pairs;
  }
}

function isKnownLabel(text: string): boolean {
  const t = compact(text).replace(/^其中[：:]/, '');
  if (t === '') return false;
  return (
    sourceLabels.has(t) ||
    fundingLabels.some(([, s]) => s.has(t)) ||
    projectLabels.some(([, s]) => s.has(t)) ||
    scoreTotalLabels.has(t) ||
    gradeLabels.has(t)
  );
}

/** A funding source with no amounts yet. */
export function emptySource(source: string): FundingSource {
  return { source, planned: null, received: null, spent: null, budgetInitial: null, budgetAdjusted: null, budgetExecuted: null };
}
