import type { Amount } from '../model/report.js';

/**
 * When a sum misses its total because one amount was written in the wrong unit (0.73元 for 0.73万元), returns
 * that amount and the value it was meant to have; otherwise null. Used so that one slip is reported once, by
 * `unit-slip`, and not again as a sum error.
 */
export function slipCorrection(amounts: readonly Amount[], total: number): { amount: Amount; meant: number } | null {
  const sum = amounts.reduce((a, b) => a + b.value, 0);
  for (const amount of amounts) {
    for (const factor of [10_000, 1 / 10_000]) {
      const meant = Math.round(amount.value * factor);
      if (meant !== amount.value && sum - amount.value + meant === total) return { amount, meant };
    }
  }
  return null;
}
