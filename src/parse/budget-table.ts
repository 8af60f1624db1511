import type { Row } from '../model/ir.js';
import type { Funding, Percent } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { LabelSet, compact } from '../normalize/labels.js';
import { parsePercent } from '../normalize/percent.js';
import { CellReader, HeaderMap, alignedCell, declaredUnit } from './cells.js';
import { emptySource } from './cover-fields.js';

const labels = knowledge.labels.budget_table;
const totalRows = new LabelSet(labels.total_rows);
type Column = 'row_label' | 'initial' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score' | 'reason';

/** The columns of a budget-execution table (年初预算 | 调整后预算数 | 预算执行数 | 执行率 | 权重 | 得分). */
export interface BudgetHeader {
  map: HeaderMap<Column>;
  width: number;
  /** Weight printed in the heading cell: 预算执行情况（10分）. */
  headerWeight: Traced<number> | null;
  unit: ReturnType<typeof declaredUnit>;
}

/** Recognises the header row of a budget-execution table. */
export function budgetHeader(row: Row, reader: CellReader): BudgetHeader | null {
  const { initial, adjusted, executed, rate, weight, score, reason, row_label } = labels;
  const map = new HeaderMap<Column>(row, { row_label, initial, adjusted, executed, rate, weight, score, reason }, ['row_label']);
  if (!map.hasAll('executed') || !(map.get('rate') !== undefined || map.get('adjusted') !== undefined)) return null;
  let headerWeight: Traced<number> | null = null;
  for (const cell of row.cells) {
    const m = /预算执行情况[（(](\d+(?:\.\d+)?)分[）)]/.exec(compact(cell.text));
    if (m) {
      const text = reader.cleaned.slice(cell.span.start, cell.span.end);
      headerWeight = { value: Number(m[1]), text, span: cell.span };
    }
  }
  const labelCol = map.get('row_label');
  const unit = declaredUnit(labelCol === undefined ? row.cells.map((c) => c.text).join('') : row.cells[labelCol]!.text);
  return { map, width: row.cells.length, headerWeight, unit };
}

/**
 * Reads the rows of a budget-execution table into `funding`: the 总额 row gives the totals, rate, weight and
 * score; the other rows (其中：财政资金 …) become funding sources. Returns the index after the table.
 */
export function parseBudgetTable(rows: Row[], start: number, header: BudgetHeader, reader: CellReader, funding: Funding): number {
  funding.executionWeightHeader ??= header.headerWeight;
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.cells.length > header.width || row.cells.length < Math.min(header.width, 5)) break;
    const cell = (key: Column) => alignedCell(row, header.width, header.map.get(key));
    const labelCell = cell('row_label') ?? row.cells.find((c) => c.text !== '');
    const label = compact(labelCell?.text ?? '').replace(/^其中[：:]/, '');
    if (label === '') break;
    const initial = reader.money(cell('initial'), header.unit);
    const adjusted = reader.money(cell('adjusted'), header.unit);
    const executed = reader.money(cell('executed'), header.unit);
    if (totalRows.has(label)) {
      funding.budgetInitial ??= initial;
      funding.budgetAdjusted ??= adjusted;
      funding.budgetExecuted ??= executed;
      const rateCell = cell('rate');
      const rate = rateCell ? parsePercent(rateCell.text) : null;
      if (rate && rateCell) {
        const traced: Traced<Percent> = { value: rate, text: reader.cleaned.slice(rateCell.span.start, rateCell.span.end), span: rateCell.span };
        funding.executionRate ??= traced;
      }
      funding.executionWeight ??= reader.number(cell('weight'));
      funding.executionScore ??= reader.number(cell('score'));
      continue;
    }
    const source = emptySource(label);
    source.budgetInitial = initial;
    source.budgetAdjusted = adjusted;
    source.budgetExecuted = executed;
    funding.sources.push(source);
  }
  return i;
}
