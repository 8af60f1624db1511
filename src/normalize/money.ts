import { parseDecimal, scaleToInteger } from './decimal.js';

/** Money units jixiao understands, with their size in fen (分). */
export const FEN_PER_UNIT = {
  元: 100n,
  万元: 1_000_000n,
  亿元: 10_000_000_000n,
} as const;

/** A money unit as normalised. */
export type MoneyUnit = keyof typeof FEN_PER_UNIT;

/** Reads a unit as written (`万元`, `万`, `元`, `亿元`, `亿`) or returns null. */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  switch (text.replace(/\s+/g, '')) {
    case '元':
      return '元';
    case '万元':
    case '万':
      return '万元';
    case '亿元':
    case '亿':
      return '亿元';
    default:
      return null;
  }
}

/** Converts a decimal amount in `unit` into integer fen, exactly; null when the number is malformed. */
export function toFen(amount: string, unit: MoneyUnit): number | null {
  const d = parseDecimal(amount);
  if (!d) return null;
  return Number(scaleToInteger(d, FEN_PER_UNIT[unit]));
}

/** A money cell such as `1.8万元`, `7`, `0.73元`, `42.38 万元`; the unit defaults to the table's. */
const MONEY_CELL = /^\s*([+-]?\d[\d,]*(?:\.\d+)?|\.\d+)\s*(万元|亿元|元|万|亿)?\s*$/;

/** The result of reading a money cell. */
export interface ParsedMoney {
  fen: number;
  /** The unit that applied (written in the cell, else the table default). */
  unit: MoneyUnit;
  /** True when the unit was written in the cell itself. */
  unitWritten: boolean;
  /** Digits after the decimal point as written (the stated precision). */
  decimals: number;
}

/** Parses a money cell; returns null for empty cells, `/`, or text that is not an amount. */
export function parseMoneyCell(text: string, defaultUnit: MoneyUnit): ParsedMoney | null {
  const m = MONEY_CELL.exec(text);
  if (!m) return null;
  const written = m[2] ? parseMoneyUnit(m[2]) : null;
  const unit = written ?? defaultUnit;
  const fen = toFen(m[1]!, unit);
  if (fen === null) return null;
  const dot = m[1]!.indexOf('.');
  return { fen, unit, unitWritten: written !== null, decimals: dot < 0 ? 0 : m[1]!.length - dot - 1 };
}

/** Formats fen as 万元 with two to six decimals: 12400000 → "12.40万元", 838000 → "0.838万元". */
export function formatWan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 1_000_000);
  const frac = String(abs % 1_000_000).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${whole}.${frac}万元`;
}

/** Formats fen in the unit a document used: 元 amounts as 元, everything else as 万元. */
export function formatMoney(fen: number, unit: MoneyUnit = '万元'): string {
  if (unit === '元') {
    const sign = fen < 0 ? '-' : '';
    const abs = Math.abs(fen);
    const frac = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
    return `${sign}${Math.floor(abs / 100)}${frac ? '.' + frac : ''}元`;
  }
  return formatWan(fen);
}
