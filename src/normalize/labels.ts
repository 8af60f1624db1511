/** Removes all white space (including layout spacing such as `地     址`) and a trailing colon. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').replace(/[：:]$/, '');
}

/** Normalises brackets so `（` and `(` compare equal. */
function unifyBrackets(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')');
}

const keyCache = new Map<string, string>();

/** The comparison key of a label: compact, brackets unified. Memoised: the same cell texts recur in every form. */
function labelKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    key = unifyBrackets(compact(text));
    keyCache.set(text, key);
  }
  return key;
}

/** A matcher for one field's label aliases: white space, colons and bracket width do not matter. */
export class LabelSet {
  private readonly keys: Set<string>;
  constructor(aliases: readonly string[]) {
    this.keys = new Set(aliases.map((a) => unifyBrackets(compact(a))));
  }
  /** True when `text` is one of the aliases. */
  has(text: string): boolean {
    return text !== '' && this.keys.has(labelKey(text));
  }
  /** True when `text` starts with one of the aliases (for headers such as `绩效指标（90分）`). */
  prefixOf(text: string): boolean {
    const t = labelKey(text);
    for (const k of this.keys) if (t.startsWith(k)) return true;
    return false;
  }
}

/** Removes layout spacing inside a person's name: `覃  军` → `覃军`. */
export function personName(text: string): string {
  return text.replace(/\s+/g, '');
}

const sets = new Map<readonly string[], LabelSet>();

/** The LabelSet of an alias list, built once per list (alias lists come from rules/ and live for the process). */
export function labelSet(aliases: readonly string[]): LabelSet {
  let set = sets.get(aliases);
  if (!set) {
    set = new LabelSet(aliases);
    sets.set(aliases, set);
  }
  return set;
}
