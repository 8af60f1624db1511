/** A date found in text: ISO form, the exact matched text and its offset within the searched string. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Reads a Chinese numeral up to 99 (七, 十二, 二十一, 三十). */
function cnSmall(text: string): number | null {
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? (CN_DIGIT[text] ?? null) : null;
  const tens = ten === 0 ? 1 : CN_DIGIT[text.slice(0, ten)];
  const ones = ten === text.length - 1 ? 0 : CN_DIGIT[text.slice(ten + 1)];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const ARABIC_DAY = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CHINESE_DAY = /([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

/**
 * Finds full dates (`2020年1月12日`, `2020年1月 12 日`, `二〇二〇年三月七日`) in text. Blank forms such as
 * `年   月   日` and impossible days are not dates.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  if (!text.includes('日')) return found;
  for (const m of text.matchAll(ARABIC_DAY)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDay(y, mo, d)) found.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, text: m[0], index: m.index! });
  }
  for (const m of text.matchAll(CHINESE_DAY)) {
    const y = Number([...m[1]!].map((c) => CN_DIGIT[c]).join(''));
    const mo = cnSmall(m[2]!);
    const d = cnSmall(m[3]!);
    if (mo !== null && d !== null && validDay(y, mo, d)) {
      found.push({ iso: `${y}-${pad(mo)}-${pad(d)}`, text: m[0], index: m.index! });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A project period as `YYYY-MM` bounds. */
export interface Period {
  start: string;
  end: string;
}

const PERIOD = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|-|~|～)\s*(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月/;

/** Reads `2019年1月至2019年12月` or `2020年1月至12月` (the end year defaults to the start year). */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const y1 = Number(m[1]);
  const y2 = m[3] ? Number(m[3]) : y1;
  const [m1, m2] = [Number(m[2]), Number(m[4])];
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
  return { start: `${y1}-${pad(m1)}`, end: `${y2}-${pad(m2)}` };
}
