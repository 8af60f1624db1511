import type { Amount } from '../model/report.js';
import { FEN_PER_UNIT, formatMoney } from '../normalize/money.js';

/** A number as a reviewer writes it: no trailing zeros, at most four decimals (92, 2.5, 0.005). */
export function num(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** An amount in 万元 (or 元 when it was written in 元). */
export function money(fen: number, like?: Amount | null): string {
  return formatMoney(fen, like?.unit === '元' ? '元' : '万元');
}

/** The sum of traced numbers. */
export function sum(values: readonly { value: number }[]): number {
  return values.reduce((a, b) => a + b.value, 0);
}

/** True when two scores agree within a tolerance (scores are written with at most two decimals). */
export function sameScore(a: number, b: number, tolerance = 0.005): boolean {
  return Math.abs(a - b) <= tolerance;
}

/** True when `prose` rounds to `table` at the number of decimals `table` was written with. */
export function roundsTo(prose: Amount, table: Amount): boolean {
  if (prose.decimals <= table.decimals) return false;
  const step = Number(FEN_PER_UNIT[table.unit]) / 10 ** table.decimals;
  return Math.abs(prose.value - table.value) <= step / 2;
}
