import type { Row } from '../model/ir.js';
import type { Expenditure, ExpenditureTotal } from '../model/report.js';
import { knowledge } from '../knowledge/knowledge.js';
import { LabelSet } from '../normalize/labels.js';
import type { MoneyUnit } from '../normalize/money.js';
import { CellReader, HeaderMap, alignedCell, declaredUnit, isEmptyRow } from './cells.js';
import { economicCodeOf } from './economic-codes.js';

const labels = knowledge.labels.expenditure_table;
const totalLabels = new LabelSet(labels.total);
const skipLabels = new LabelSet(labels.skip);

/** The columns of an expenditure table (支出内容 | 计划支出数 | 实际支出数). */
export interface ExpenditureHeader {
  map: HeaderMap<'item' | 'planned' | 'actual'>;
  width: number;
  plannedUnit: MoneyUnit;
  actualUnit: MoneyUnit;
}

/** Recognises the header row of an expenditure table. */
export function expenditureHeader(row: Row): ExpenditureHeader | null {
  const map = new HeaderMap<'item' | 'planned' | 'actual'>(row, { item: labels.item, planned: labels.planned, actual: labels.actual }, ['planned', 'actual']);
  if (!map.hasAll('item', 'actual')) return null;
  const unitOf = (col: number | undefined) => declaredUnit(col === undefined ? '' : row.cells[col]!.text);
  return { map, width: row.cells.length, plannedUnit: unitOf(map.get('planned')), actualUnit: unitOf(map.get('actual')) };
}

/** The rows of an expenditure table and its 支出合计. */
export interface ExpenditureTableResult {
  items: Expenditure[];
  total: ExpenditureTotal | null;
  /** Index of the first row after the table. */
  next: number;
}

/** Reads item rows after the header up to and including the 支出合计 row. */
export function parseExpenditureTable(rows: Row[], start: number, header: ExpenditureHeader, reader: CellReader): ExpenditureTableResult {
  const items: Expenditure[] = [];
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    const cell = (key: 'item' | 'planned' | 'actual') => alignedCell(row, header.width, header.map.get(key));
    const item = reader.text(cell('item'));
    if (!item) continue;
    if (skipLabels.has(item.value)) continue;
    const planned = reader.money(cell('planned'), header.plannedUnit);
    const actual = reader.money(cell('actual'), header.actualUnit);
    if (totalLabels.has(item.value)) {
      return { items, total: { label: item, planned, actual }, next: i + 1 };
    }
    const plannedText = cell('planned')?.text ?? '';
    const actualText = cell('actual')?.text ?? '';
    const numericOrEmpty = (t: string, v: unknown) => t === '' || v !== null;
    if (!numericOrEmpty(plannedText, planned) || !numericOrEmpty(actualText, actual)) break;
    items.push({
      item: { ...item, value: item.value.replace(/\s+/g, '') },
      economicCode: economicCodeOf(item.value),
      planned,
      actual,
      source: 'table',
      span: row.span,
    });
  }
  return { items, total: null, next: i };
}
