import type { Row } from '../model/ir.js';
import type { Indicator, IndicatorTable, Operator } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { parseIndicatorValue, parseOperator } from '../normalize/indicator-value.js';
import { LabelSet, compact } from '../normalize/labels.js';
import { CellReader, HeaderMap, alignedCell, isEmptyRow } from './cells.js';

const labels = knowledge.labels.indicator_table;
const totalRows = new LabelSet(labels.total_rows!);
type Column = 'level1' | 'level2' | 'level3' | 'operator' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'note';
const COLUMNS: Column[] = ['level1', 'level2', 'level3', 'operator', 'target', 'unit', 'actual', 'weight', 'score', 'note'];

/** The columns of an indicator table and the weight in its heading (绩效指标（90分）). */
export interface IndicatorHeader {
  map: HeaderMap<Column>;
  width: number;
  headerWeight: Traced<number> | null;
}

/** Recognises the header row of an indicator table: 三级指标 with a target column and no 分值-per-level layout. */
export function indicatorHeader(row: Row, reader: CellReader): IndicatorHeader | null {
  const fields = Object.fromEntries(COLUMNS.map((c) => [c, labels[c]!])) as Record<Column, string[]>;
  const map = new HeaderMap<Column>(row, fields);
  if (!map.hasAll('level3', 'target')) return null;
  let headerWeight: Traced<number> | null = null;
  for (const cell of row.cells) {
    const m = /^(?:绩效指标|年度绩效目标|绩效目标)[（(](\d+(?:\.\d+)?)分[）)]/.exec(compact(cell.text));
    if (m) headerWeight = { value: Number(m[1]), text: reader.cleaned.slice(cell.span.start, cell.span.end), span: cell.span };
  }
  return { map, width: row.cells.length, headerWeight };
}

/**
 * Reads indicator rows after the header, filling 一级/二级指标 down where merged cells left them empty, and the
 * 合计 row (its first number is the weight total, the second the score total). Returns the table and the next row.
 */
export function parseIndicatorTable(rows: Row[], start: number, header: IndicatorHeader, reader: CellReader): { table: IndicatorTable; next: number } {
  const table: IndicatorTable = {
    headerWeight: header.headerWeight,
    scored: header.map.get('actual') !== undefined || header.map.get('score') !== undefined,
    rows: [],
    totalWeight: null,
    totalScore: null,
    totalLabel: null,
  };
  let level1: Traced<string> | null = null;
  let level2: Traced<string> | null = null;
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    const first = row.cells.find((c) => c.text !== '')!;
    if (totalRows.has(first.text)) {
      const numbers = row.cells.filter((c) => c !== first).map((c) => reader.number(c)).filter((n) => n !== null);
      table.totalLabel = reader.text(first);
      if (numbers.length >= 2) {
        table.totalWeight = numbers[0]!;
        table.totalScore = numbers[1]!;
      } else if (numbers.length === 1) {
        table.totalScore = numbers[0]!;
      }
      i++;
      break;
    }
    if (row.cells.length < Math.min(header.width, 6)) break;
    const cell = (key: Column) => alignedCell(row, header.width, header.map.get(key));
    const level3 = reader.text(cell('level3'));
    if (!level3) break;
    level1 = reader.text(cell('level1')) ?? level1;
    level2 = reader.text(cell('level2')) ?? level2;
    table.rows.push(readIndicator(row, cell, reader, level1, level2, level3));
  }
  return { table, next: i };
}

/** A bare `2023` in a column whose unit is 年 is a year (a deadline), not a quantity. */
function withoutYear(value: ReturnType<typeof parseIndicatorValue>, unitColumn: string | null): ReturnType<typeof parseIndicatorValue> {
  const isYear = (value.unit ?? unitColumn) === '年' && value.value !== null && value.value >= 1900 && value.value <= 2100;
  return isYear ? { ...value, value: null } : value;
}

function readIndicator(
  row: Row,
  cell: (key: Column) => ReturnType<typeof alignedCell>,
  reader: CellReader,
  level1: Traced<string> | null,
  level2: Traced<string> | null,
  level3: Traced<string>,
): Indicator {
  const operatorCell = reader.text(cell('operator'));
  const target = reader.text(cell('target'));
  const unitCell = cell('unit')?.text.replace(/\s+/g, '') || null;
  const actual = reader.text(cell('actual'));
  const targetParsed = target ? withoutYear(parseIndicatorValue(target.value), unitCell) : null;
  const actualParsed = actual ? parseIndicatorValue(actual.value) : null;
  let operator: Traced<Operator> | null = null;
  const columnOperator = operatorCell ? parseOperator(operatorCell.value) : null;
  if (operatorCell && columnOperator) operator = { ...operatorCell, value: columnOperator };
  else if (target && targetParsed?.operator) operator = { ...target, value: targetParsed.operator };
  return {
    level1,
    level2,
    level3: { ...level3, value: level3.value.replace(/\s+/g, '') },
    operator,
    target,
    targetValue: targetParsed?.value ?? null,
    unit: unitCell ?? targetParsed?.unit ?? null,
    actual,
    actualValue: actualParsed?.value ?? null,
    actualUnit: actualParsed?.unit ?? null,
    actualOperator: actualParsed?.operator ?? null,
    weight: reader.number(cell('weight')),
    score: reader.number(cell('score')),
    note: reader.text(cell('note')),
    span: row.span,
  };
}
