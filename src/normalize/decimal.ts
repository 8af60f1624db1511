/**
 * Exact decimal helpers. Amounts are parsed from their digits as strings and scaled with BigInt, never
 * through binary floating point, so 0.1 + 0.2 万元 is exactly 300 000 fen.
 */

/** A decimal number as written: `digits × 10^-scale`. */
export interface Decimal {
  /** All digits without the point, with sign. */
  units: bigint;
  /** Number of digits after the decimal point as written. */
  scale: number;
}

const DECIMAL = /^([+-]?)(\d+(?:,\d{3})*|\d*)(?:\.(\d+))?$/;

/** Parses `"1,234.50"`, `"0.838"`, `"-3"`; returns null for anything else. */
export function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === '' && m[3] === undefined)) return null;
  const whole = (m[2] ?? '').replace(/,/g, '') || '0';
  const frac = m[3] ?? '';
  const units = BigInt(whole + frac) * (m[1] === '-' ? -1n : 1n);
  return { units, scale: frac.length };
}

/** The decimal as a JavaScript number (for scores and weights, where float precision is ample). */
export function decimalToNumber(d: Decimal): number {
  return Number(d.units) / 10 ** d.scale;
}

/**
 * Multiplies a decimal by an integer factor and rounds half away from zero to an integer.
 * Used to turn 万元 into fen: `scaleToInteger(parseDecimal("0.838"), 1_000_000n)` → 838000.
 */
export function scaleToInteger(d: Decimal, factor: bigint): bigint {
  const divisor = 10n ** BigInt(d.scale);
  const product = d.units * factor;
  const quotient = product / divisor;
  const remainder = product % divisor;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= divisor) return quotient + (product < 0n ? -1n : 1n);
  return quotient;
}
