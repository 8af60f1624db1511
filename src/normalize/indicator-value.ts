import type { Operator } from '../model/report.js';

/** An indicator target or actual value split into operator, number and unit. */
export interface IndicatorValue {
  operator: Operator | null;
  value: number | null;
  unit: string | null;
}

const SYMBOLS: [string, Operator][] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['≥', '≥'],
  ['≤', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];
const WORDS_BEFORE: [RegExp, Operator][] = [
  [/^(不低于|不少于|至少|大于等于|达到)/, '≥'],
  [/^(不超过|不高于|小于等于|控制在)/, '≤'],
];
const WORDS_AFTER: [RegExp, Operator][] = [
  [/(以上|及以上)$/, '≥'],
  [/(以内|以下|及以下)$/, '≤'],
];

/** Reads an operator cell: `≥`, `>=`, `＝` (cleaned to `=`), `定性`, the words 以上/不低于 …; null if blank. */
export function parseOperator(text: string): Operator | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  if (t === '定性') return '定性';
  if (t === '定量') return null;
  for (const [sym, op] of SYMBOLS) if (t === sym) return op;
  for (const [re, op] of [...WORDS_BEFORE, ...WORDS_AFTER]) if (re.test(t)) return op;
  return null;
}

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(.*)$/;

/**
 * Splits a cell such as `95`, `1.8万元`, `≤700元/月`, `20万人以上`, `100%` into operator, value and unit.
 * Dates (`2023年1月`, `2023年`) and qualitative text (`正常`, `一直持续`) have no value; a cell that is only a
 * unit (`%`) has neither value nor operator.
 */
export function parseIndicatorValue(text: string): IndicatorValue {
  let t = text.replace(/\s+/g, '');
  let operator: Operator | null = null;
  for (const [sym, op] of SYMBOLS) {
    if (t.startsWith(sym)) {
      operator = op;
      t = t.slice(sym.length);
      break;
    }
  }
  for (const [re, op] of WORDS_BEFORE) {
    if (!operator && re.test(t)) {
      operator = op;
      t = t.replace(re, '');
    }
  }
  for (const [re, op] of WORDS_AFTER) {
    if (re.test(t)) {
      operator ??= op;
      t = t.replace(re, '');
    }
  }
  const m = NUMBER_WITH_UNIT.exec(t);
  if (!m) return { operator, value: null, unit: null };
  const unit = m[2] === '' ? null : m[2]!;
  if (unit !== null && /^年(\d{1,2}月)?/.test(unit) && /^(19|20)\d\d$/.test(m[1]!)) {
    return { operator, value: null, unit: null };
  }
  if (unit !== null && !/^[%‰\u4e00-\u9fa5a-zA-Z/㎡²³·]+$/.test(unit)) return { operator, value: null, unit: null };
  return { operator, value: Number(m[1]), unit };
}
