import type { Cell, Row } from '../model/ir.js';
import type { ScoreTable, SummaryRow } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { LabelSet } from '../normalize/labels.js';
import { CellReader, HeaderMap, alignedCell, isEmptyRow } from './cells.js';

const labels = knowledge.labels.score_table;
const summaryLabels = knowledge.labels.score_summary_table;
const weightLabel = new LabelSet(labels.weight!);
const totalRows = new LabelSet(labels.total_rows!);
const summaryTotalRows = new LabelSet(summaryLabels.total_rows!);

/** Column positions of a three-level scoring table. */
export interface ScoreHeader {
  width: number;
  level: [number, number, number];
  weight: [number | undefined, number | undefined, number | undefined];
  score: number;
  subtotal: number | undefined;
  basis: number | undefined;
}

/** Recognises 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | … | 得分 | 小计. */
export function scoreHeader(row: Row): ScoreHeader | null {
  const map = new HeaderMap(row, {
    level1: labels.level1!,
    level2: labels.level2!,
    level3: labels.level3!,
    score: labels.score!,
    subtotal: labels.subtotal!,
    basis: labels.basis!,
  });
  if (!map.hasAll('level1', 'level2', 'level3', 'score')) return null;
  const level: [number, number, number] = [map.get('level1')!, map.get('level2')!, map.get('level3')!];
  const weightAfter = (col: number) => (weightLabel.has(row.cells[col + 1]?.text ?? '') ? col + 1 : undefined);
  return {
    width: row.cells.length,
    level,
    weight: [weightAfter(level[0]), weightAfter(level[1]), weightAfter(level[2])],
    score: map.get('score')!,
    subtotal: map.get('subtotal'),
    basis: map.get('basis'),
  };
}

/**
 * Reads a scoring table: first- and second-level names and weights fill down over merged cells, the 小计
 * column gives a subtotal per first-level block and the 总分 row the totals.
 */
export function parseScoreTable(rows: Row[], start: number, header: ScoreHeader, reader: CellReader): { table: ScoreTable; next: number } {
  const table: ScoreTable = { items: [], subtotals: [], totalWeight: null, totalScore: null };
  const filled: { name: Traced<string> | null; weight: Traced<number> | null }[] = [
    { name: null, weight: null },
    { name: null, weight: null },
  ];
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    const cell = (col: number | undefined): Cell | undefined => alignedCell(row, header.width, col);
    const first = row.cells.find((c) => c.text !== '')!;
    if (totalRows.has(first.text)) {
      table.totalWeight = reader.number(cell(header.weight[0]));
      table.totalScore = reader.number(cell(header.score)) ?? reader.number(cell(header.subtotal));
      i++;
      break;
    }
    if (row.cells.length < Math.min(header.width, 5)) break;
    const level3 = reader.text(cell(header.level[2]));
    if (!level3) break;
    for (const k of [0, 1] as const) {
      const name = reader.text(cell(header.level[k]));
      if (name) filled[k] = { name, weight: reader.number(cell(header.weight[k])) };
    }
    const subtotal = reader.number(cell(header.subtotal));
    if (subtotal && filled[0]!.name) table.subtotals.push({ level1: filled[0]!.name, score: subtotal });
    table.items.push({
      level1: filled[0]!.name,
      level1Weight: filled[0]!.weight,
      level2: filled[1]!.name,
      level2Weight: filled[1]!.weight,
      level3,
      level3Weight: reader.number(cell(header.weight[2])),
      score: reader.number(cell(header.score)),
      evidence: reader.text(cell(header.basis)),
      source: 'table',
      span: row.span,
    });
  }
  return { table, next: i };
}

type SummaryColumn = 'item' | 'weight' | 'score' | 'grade' | 'bands';

/** Column positions of a score summary table (评价指标 | 分值 | 得分 | 绩效等级 | 绩效等级标准). */
export interface SummaryHeader {
  map: HeaderMap<SummaryColumn>;
  width: number;
}

/** Recognises the header of a score summary table. */
export function summaryHeader(row: Row): SummaryHeader | null {
  const map = new HeaderMap(row, {
    item: summaryLabels.item!,
    weight: summaryLabels.weight!,
    score: summaryLabels.score!,
    grade: summaryLabels.grade!,
    bands: summaryLabels.bands!,
  });
  return map.hasAll('item', 'score') ? { map, width: row.cells.length } : null;
}

/** Reads the rows of a score summary table. */
export function parseSummaryTable(
  rows: Row[],
  start: number,
  header: SummaryHeader,
  reader: CellReader,
): { rows: SummaryRow[]; next: number } {
  const out: SummaryRow[] = [];
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (isEmptyRow(row)) continue;
    if (row.cells.length < Math.min(header.width, 3)) break;
    const cell = (key: SummaryColumn) => alignedCell(row, header.width, header.map.get(key));
    const name = reader.text(cell('item'));
    if (!name) break;
    out.push({
      name,
      weight: reader.number(cell('weight')),
      score: reader.number(cell('score')),
      grade: reader.text(cell('grade')),
      bands: reader.text(cell('bands')),
      isTotal: summaryTotalRows.has(name.value),
    });
  }
  return { rows: out, next: i };
}
