/** Removes all white space (including layout spacing such as `地     址`) and a trailing colon. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').replace(/[：:]$/, '');
}

/** Normalises brackets so `（` and `(` compare equal. */
function unifyBrackets(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')');
}

/** A matcher for one field's label aliases: white space, colons and bracket width do not matter. */
export class LabelSet {
  private readonly keys: Set<string>;
  constructor(aliases: readonly string[]) {
    this.keys = new Set(aliases.map((a) => unifyBrackets(compact(a))));
  }
  /** True when `text` is one of the aliases. */
  has(text: string): boolean {
    return this.keys.has(unifyBrackets(compact(text)));
  }
  /** True when `text` starts with one of the aliases (for headers such as `绩效指标（90分）`). */
  prefixOf(text: string): boolean {
    const t = unifyBrackets(compact(text));
    for (const k of this.keys) if (t.startsWith(k)) return true;
    return false;
  }
}

/** Removes layout spacing inside a person's name: `覃  军` → `覃军`. */
export function personName(text: string): string {
  return text.replace(/\s+/g, '');
}
