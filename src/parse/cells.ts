import type { Cell, Row } from '../model/ir.js';
import type { Amount } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { parseDecimal, decimalToNumber } from '../normalize/decimal.js';
import { compact, labelSet } from '../normalize/labels.js';
import { parseMoneyCell, type MoneyUnit } from '../normalize/money.js';

/** Reads traced values out of cells; holds the cleaned text so every value carries its exact source slice. */
export class CellReader {
  constructor(readonly cleaned: string) {}

  /** The cell's text as a traced string, or null when the cell is empty. */
  text(cell: Cell | undefined): Traced<string> | null {
    if (!cell || cell.text === '') return null;
    return { value: cell.text, text: this.cleaned.slice(cell.span.start, cell.span.end), span: cell.span };
  }

  /** The cell as a number (`10`, `4.5`, `100分`), or null. */
  number(cell: Cell | undefined): Traced<number> | null {
    if (!cell) return null;
    const m = /^([+-]?\d+(?:\.\d+)?)\s*分?$/.exec(cell.text);
    if (!m) return null;
    const d = parseDecimal(m[1]!);
    return d ? { value: decimalToNumber(d), text: this.cleaned.slice(cell.span.start, cell.span.end), span: cell.span } : null;
  }

  /** The cell as money (`1.8万元`, `7` in a 万元 column), or null for empty cells and `/`. */
  money(cell: Cell | undefined, defaultUnit: MoneyUnit): Amount | null {
    if (!cell) return null;
    const parsed = parseMoneyCell(cell.text, defaultUnit);
    if (!parsed) return null;
    return {
      value: parsed.fen,
      unit: parsed.unit,
      decimals: parsed.decimals,
      text: this.cleaned.slice(cell.span.start, cell.span.end),
      span: cell.span,
    };
  }
}

/** The unit a header or label declares: `（万元）` → 万元, `（元）` or `金额单位：元` → 元; else the fallback. */
export function declaredUnit(text: string, fallback: MoneyUnit = '万元'): MoneyUnit {
  const t = compact(text);
  if (/[（(]万元[）)]|单位[：:]万元/.test(t)) return '万元';
  if (/[（(]元[）)]|单位[：:]元/.test(t)) return '元';
  if (/[（(]亿元[）)]|单位[：:]亿元/.test(t)) return '亿元';
  return fallback;
}

/** Finds header columns by label aliases. */
export class HeaderMap<K extends string> {
  private readonly columns = new Map<K, number>();
  constructor(row: Row, fields: Record<K, readonly string[]>, prefix: readonly K[] = []) {
    const sets = Object.entries(fields).map(([k, aliases]) => [k as K, labelSet(aliases as readonly string[])] as const);
    row.cells.forEach((cell, index) => {
      for (const [key, set] of sets) {
        if (this.columns.has(key)) continue;
        if (set.has(cell.text) || (prefix.includes(key) && set.prefixOf(cell.text))) {
          this.columns.set(key, index);
          break;
        }
      }
    });
  }
  /** Column index of a field, or undefined. */
  get(key: K): number | undefined {
    return this.columns.get(key);
  }
  /** True when every listed field was found. */
  hasAll(...keys: K[]): boolean {
    return keys.every((k) => this.columns.has(k));
  }
}

/** A row's cells aligned to a header of `width` columns: rows with fewer cells are aligned to the right. */
export function alignedCell(row: Row, width: number, column: number | undefined): Cell | undefined {
  if (column === undefined) return undefined;
  const shift = width - row.cells.length;
  if (shift <= 0) return row.cells[column];
  return column - shift >= 0 ? row.cells[column - shift] : undefined;
}

/** True when every cell of the row is empty. */
export function isEmptyRow(row: Row): boolean {
  return row.cells.every((c) => c.text === '');
}
