import { knowledge } from '../knowledge/knowledge.js';
import { compact } from '../normalize/labels.js';

const byName = new Map<string, string>();
for (const { code, names } of knowledge.economicCodes.codes) {
  for (const name of names) byName.set(compact(name), code);
}

/** The economic classification code of a line item (办公费 → 30201), or null when the name is unknown. */
export function economicCodeOf(item: string): string | null {
  return byName.get(compact(item)) ?? null;
}

/** True when the name is a known line item of the economic classification. */
export function isKnownItem(item: string): boolean {
  return byName.has(compact(item));
}
