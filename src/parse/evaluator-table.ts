import type { Row } from '../model/ir.js';
import type { Evaluator } from '../model/report.js';
import { knowledge } from '../knowledge/knowledge.js';
import { personName } from '../normalize/labels.js';
import { CellReader, HeaderMap, alignedCell } from './cells.js';

const labels = knowledge.labels.evaluator_table;
type Column = 'name' | 'title' | 'unit';

/** The columns of an evaluators table (姓名 | 职称/职务 | 单位 | 签字). */
export interface EvaluatorHeader {
  map: HeaderMap<Column>;
  width: number;
}

/** Recognises the header of an evaluators table. */
export function evaluatorHeader(row: Row): EvaluatorHeader | null {
  const map = new HeaderMap<Column>(row, { name: labels.name!, title: labels.title!, unit: labels.unit! });
  return map.hasAll('name') && (map.get('title') !== undefined || map.get('unit') !== undefined) ? { map, width: row.cells.length } : null;
}

/** Reads one evaluator per row until a row without a name; names lose their layout spacing (覃  军 → 覃军). */
export function parseEvaluatorTable(rows: Row[], start: number, header: EvaluatorHeader, reader: CellReader): { evaluators: Evaluator[]; next: number } {
  const evaluators: Evaluator[] = [];
  let i = start;
  for (; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.cells.length < 2) break;
    const cell = (key: Column) => alignedCell(row, header.width, header.map.get(key));
    const name = reader.text(cell('name'));
    if (!name || /[：:（(]/.test(name.value)) break;
    evaluators.push({
      name: { ...name, value: personName(name.value) },
      title: reader.text(cell('title')),
      unit: reader.text(cell('unit')),
      source: 'table',
    });
  }
  return { evaluators, next: i };
}
