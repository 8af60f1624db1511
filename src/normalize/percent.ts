import type { Percent } from '../model/report.js';

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** Reads `89.74%` into `{ratio: 0.8974, decimals: 2}`; null when the text is not a percentage. */
export function parsePercent(text: string): Percent | null {
  const m = PERCENT.exec(text);
  return m ? percentFromNumber(m[1]!) : null;
}

/** Builds a Percent from the digits before the % sign. */
export function percentFromNumber(digits: string): Percent {
  const dot = digits.indexOf('.');
  return { ratio: Number(digits) / 100, decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

/** Formats a ratio at a number of decimals: (0.89740, 2) → "89.74%". */
export function formatPercent(ratio: number, decimals: number): string {
  return `${(ratio * 100).toFixed(decimals)}%`;
}

/** True when `ratio` rounds to the stated percentage at the precision it was written. */
export function agreesAtPrecision(stated: Percent, ratio: number): boolean {
  const halfUnit = 0.5 * 10 ** -stated.decimals;
  return Math.abs(ratio * 100 - stated.ratio * 100) <= halfUnit + 1e-9;
}
