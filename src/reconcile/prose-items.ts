import type { Amount, Expenditure, ParsedDocument, ProseItemAmount } from '../model/report.js';
import { compact } from '../normalize/labels.js';

/** The table line item a prose item names: same economic code, else the same name. */
export function tableItemFor(doc: ParsedDocument, item: ProseItemAmount): Expenditure | null {
  const table = doc.expenditures.filter((e) => e.source === 'table');
  return (
    table.find((e) => item.economicCode !== null && e.economicCode === item.economicCode) ??
    table.find((e) => compact(e.item.value) === compact(item.item.value)) ??
    null
  );
}

/** A prose amount whose unit differs from the rest of its list, with the value it was most likely meant to have. */
export interface UnitSlip {
  item: ProseItemAmount;
  /** The unit the other items of the list use. */
  peerUnit: Amount['unit'];
  /** The amount read in the peers' unit, in fen. */
  meant: number;
  /** The table line item that confirms the reading, if any. */
  confirmedBy: Expenditure | null;
}

/** Finds prose list items written in a unit other than their peers' (印刷费0.73元 among 万元 items). */
export function proseUnitSlips(doc: ParsedDocument): UnitSlip[] {
  const slips: UnitSlip[] = [];
  const lists = new Map<number, ProseItemAmount[]>();
  for (const item of doc.narrative.items) lists.set(item.list, [...(lists.get(item.list) ?? []), item]);
  for (const items of lists.values()) {
    const counts = new Map<Amount['unit'], number>();
    for (const i of items) counts.set(i.amount.unit, (counts.get(i.amount.unit) ?? 0) + 1);
    const [peerUnit, peerCount] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (peerCount < 2 || peerCount === items.length) continue;
    for (const item of items) {
      if (item.amount.unit === peerUnit) continue;
      const factor = unitFactor(item.amount.unit, peerUnit);
      const meant = Math.round(item.amount.value * factor);
      const table = tableItemFor(doc, item);
      slips.push({ item, peerUnit, meant, confirmedBy: table?.actual?.value === meant ? table : null });
    }
  }
  return slips;
}

const UNIT_SIZE = { 元: 1, 万元: 10_000, 亿元: 100_000_000 } as const;

function unitFactor(written: Amount['unit'], meant: Amount['unit']): number {
  return UNIT_SIZE[meant] / UNIT_SIZE[written];
}
