import type { Amount, CountStatement, Narrative, PartsStatement, ProseFundingKind } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { parseMoneyUnit, toFen } from '../normalize/money.js';
import { percentFromNumber } from '../normalize/percent.js';
import { economicCodeOf, isKnownItem } from './economic-codes.js';

/** A stretch of prose: a run of paragraphs or a long table cell, as a slice of the cleaned text. */
export interface ProsePiece {
  text: string;
  start: number;
}

const h = knowledge.headings;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

const FUNDING_KINDS = Object.keys(h.prose_funding) as ProseFundingKind[];
const FUNDING = new RegExp(
  `(${FUNDING_KINDS.map((k) => alternation(h.prose_funding[k])).join('|')})([^\\d，。；;：:\\n]{0,40}?)(\\d+(?:\\.\\d+)?)\\s*(万元|亿元|元)`,
  'g',
);
const KIND_OF_LABEL = new Map<string, ProseFundingKind>();
for (const kind of FUNDING_KINDS) for (const label of h.prose_funding[kind]) KIND_OF_LABEL.set(label, kind);

const ITEM_AMOUNT = /([\u4e00-\u9fa5（）()]{2,14})(\d+(?:\.\d+)?)\s*(万元|亿元|元)/g;
const RATE = /(资金到位率|预算执行率|执行率|到位率)(?:为|达到|达|是)?\s*(\d+(?:\.\d+)?)\s*%/g;
const CLAIM = /(预算编制情况|预算执行情况|绩效指标|产出指标|效益指标|满意度指标)得分\s*(\d+(?:\.\d+)?)\s*分/g;
/** `1、项目决策。…自评得分15 分` on one line, or wrapped onto the next line that is not itself numbered. */
const NUMBERED_SCORE = /(?:^|\n)\s*\d+[、.．]\s*([\u4e00-\u9fa5]{2,8})。[^\n]*?(?:\n(?!\s*\d+[、.．])[^\n]*?)?自评得分\s*(\d+(?:\.\d+)?)\s*分/g;
const INDICATOR_COUNT = /([一二三])级指标\s*(\d+)\s*个/g;
const SCORE_STATEMENTS = h.score_statements.map((p) => new RegExp(p, 'g'));
const GRADE_STATEMENTS = h.grade_statements.map((p) => new RegExp(p, 'g'));
const SELF_YEARS = h.self_year_statements.map((p) => new RegExp(p, 'g'));
const STANDARD_GRADES = new Set(knowledge.grades.bands.flatMap((b) => b.labels));
const UNITS = alternation(h.count_units);
const COUNT = new RegExp(`(\\d+)(?:\\s*(?:-{1,2}|~|～|至)\\s*(\\d+))?\\s*(${UNITS})(以上|以内|余|多)?`, 'g');
const PARTS = new RegExp(`共(?:计)?\\s*(\\d+)\\s*(${UNITS})[，,]\\s*其中([^。；;\\n]*)`, 'g');
const AT_LEAST = new RegExp(`(${alternation(h.count_qualifiers.at_least)})$`);
const APPROX = new RegExp(`(${alternation(h.count_qualifiers.approximate)})$`);
const PERIODS = new RegExp(alternation(h.count_periods), 'g');
const CN_NUMBER: Record<string, 1 | 2 | 3> = { 一: 1, 二: 2, 三: 3 };

/** An empty set of narrative facts. */
export function emptyNarrative(): Narrative {
  return {
    funding: [],
    items: [],
    listTotals: [],
    rates: [],
    scoreStatements: [],
    gradeStatements: [],
    selfYears: [],
    claims: [],
    counts: [],
    parts: [],
    indicatorCounts: [],
  };
}

function tracedAt<T>(value: T, text: string, start: number): Traced<T> {
  return { value, text, span: { start, end: start + text.length } };
}

function amountAt(number: string, unitText: string, start: number, fullText: string): Amount | null {
  const unit = parseMoneyUnit(unitText);
  if (!unit) return null;
  const fen = toFen(number, unit);
  if (fen === null) return null;
  const dot = number.indexOf('.');
  return { value: fen, unit, decimals: dot < 0 ? 0 : number.length - dot - 1, text: fullText, span: { start, end: start + fullText.length } };
}

/** Reads the facts of one prose piece into `out`. `listCounter` numbers item lists across pieces. */
export function readProse(piece: ProsePiece, out: Narrative, listCounter: { next: number }): void {
  const { text, start } = piece;
  readFunding(text, start, out);
  readItemLists(text, start, out, listCounter);
  for (const m of text.matchAll(RATE)) {
    const at = start + m.index!;
    const numberAt = m.index! + m[0].lastIndexOf(m[2]!);
    const valueText = text.slice(numberAt, m.index! + m[0].length);
    out.rates.push({
      kind: m[1]!.includes('到位') ? 'arrival' : 'execution',
      label: tracedAt(m[1]!, m[1]!, at),
      value: tracedAt(percentFromNumber(m[2]!), valueText, start + numberAt),
    });
  }
  for (const re of SCORE_STATEMENTS) for (const m of text.matchAll(re)) out.scoreStatements.push(tracedAt(Number(m[1]), m[0], start + m.index!));
  for (const re of GRADE_STATEMENTS) {
    for (const m of text.matchAll(re)) {
      const written = m[1]!;
      const base = written.replace(/等级$/, '');
      const grade = STANDARD_GRADES.has(base) ? base : written;
      const offset = m.index! + m[0].indexOf(written);
      out.gradeStatements.push(tracedAt(grade, text.slice(offset, offset + grade.length), start + offset));
    }
  }
  for (const re of SELF_YEARS) for (const m of text.matchAll(re)) out.selfYears.push(tracedAt(Number(m[1]), m[0], start + m.index!));
  for (const m of text.matchAll(CLAIM)) {
    const at = start + m.index!;
    out.claims.push({ label: tracedAt(m[1]!, m[1]!, at), score: tracedAt(Number(m[2]), m[0], at) });
  }
  for (const m of text.matchAll(NUMBERED_SCORE)) {
    const labelAt = m.index! + m[0].indexOf(m[1]!);
    const scoreText = /自评得分\s*\d+(?:\.\d+)?\s*分$/.exec(m[0])![0];
    const scoreAt = m.index! + m[0].length - scoreText.length;
    out.claims.push({ label: tracedAt(m[1]!, m[1]!, start + labelAt), score: tracedAt(Number(m[2]), scoreText, start + scoreAt) });
  }
  for (const m of text.matchAll(INDICATOR_COUNT)) {
    out.indicatorCounts.push({ level: CN_NUMBER[m[1]!]!, count: tracedAt(Number(m[2]), m[0], start + m.index!) });
  }
  readCounts(text, start, out);
  readParts(text, start, out);
}

function readFunding(text: string, start: number, out: Narrative): void {
  for (const m of text.matchAll(FUNDING)) {
    const kind = KIND_OF_LABEL.get(m[1]!)!;
    const numberOffset = m.index! + m[1]!.length + m[2]!.length;
    const amountText = text.slice(numberOffset, m.index! + m[0].length);
    const amount = amountAt(m[3]!, m[4]!, start + numberOffset, amountText);
    if (amount) out.funding.push({ kind, label: tracedAt(m[1]!, m[1]!, start + m.index!), amount });
  }
}

/** Lists of at least two known line items with amounts in one sentence (办公费1.58万元，邮电费0.2万元 …). */
function readItemLists(text: string, start: number, out: Narrative, listCounter: { next: number }): void {
  let sentenceStart = 0;
  for (const sentence of text.split('。')) {
    const found: Narrative['items'] = [];
    const list = listCounter.next;
    if (!sentence.includes('元')) {
      sentenceStart += sentence.length + 1;
      continue;
    }
    for (const m of sentence.matchAll(ITEM_AMOUNT)) {
      const run = m[1]!;
      let item: string | null = null;
      for (let k = 0; k <= run.length - 2; k++) {
        if (isKnownItem(run.slice(k))) {
          item = run.slice(k);
          break;
        }
      }
      if (!item) continue;
      const itemAt = sentenceStart + m.index! + run.length - item.length;
      const numberAt = sentenceStart + m.index! + run.length;
      const amountText = text.slice(numberAt, sentenceStart + m.index! + m[0].length);
      const amount = amountAt(m[2]!, m[3]!, start + numberAt, amountText);
      if (amount) found.push({ item: tracedAt(item, item, start + itemAt), economicCode: economicCodeOf(item), amount, list });
    }
    if (found.length >= 2) {
      out.items.push(...found);
      listCounter.next++;
      const firstAt = found[0]!.item.span.start;
      const before = out.funding.filter((f) => f.kind === 'spent' && f.amount.span.end <= firstAt && firstAt - f.amount.span.end < 200);
      const total = before[before.length - 1];
      if (total) out.listTotals.push({ list, amount: total.amount });
    }
    sentenceStart += sentence.length + 1;
  }
}

/** Counts scoped by a period word (每月检修维护至少4次) for spotting one quantity stated twice. */
function readCounts(text: string, start: number, out: Narrative): void {
  for (const m of text.matchAll(COUNT)) {
    const before = /[\u4e00-\u9fa5]{0,16}$/.exec(text.slice(Math.max(0, m.index! - 16), m.index!))![0];
    if (APPROX.test(before) || m[4] === '余' || m[4] === '多') continue;
    const atLeast = AT_LEAST.test(before) || m[4] === '以上';
    const phrase = before.replace(AT_LEAST, '');
    const periods = [...phrase.matchAll(PERIODS)];
    if (periods.length === 0) continue;
    const period = periods[periods.length - 1]!;
    const subject = phrase.slice(period.index! + period[0].length).slice(-4);
    if (subject.length < 2) continue;
    const low = Number(m[1]);
    const [min, max] = m[4] === '以内' ? [0, low] : m[2] ? [low, Number(m[2])] : atLeast ? [low, Infinity] : [low, low];
    const at = m.index! - before.length;
    const statement: CountStatement = {
      key: `${period[0]}|${subject}`,
      min,
      max,
      unit: m[3]!,
      text: tracedAt(`${before}${m[0]}`, text.slice(at, m.index! + m[0].length), start + at),
    };
    out.counts.push(statement);
  }
}

/** "共638件，其中线上558件，线下80件": a total and the parts listed after 其中 in the same clause. */
function readParts(text: string, start: number, out: Narrative): void {
  for (const m of text.matchAll(PARTS)) {
    const unit = m[2]!;
    const totalAt = m.index! + m[0].indexOf(m[1]!);
    const tail = m[3]!;
    const tailAt = m.index! + m[0].length - tail.length;
    const parts: Traced<number>[] = [];
    for (const p of tail.matchAll(new RegExp(`(\\d+)\\s*${escape(unit)}`, 'g'))) {
      parts.push(tracedAt(Number(p[1]), p[0], start + tailAt + p.index!));
    }
    if (parts.length < 2) continue;
    const statement: PartsStatement = { total: tracedAt(Number(m[1]), m[1]!, start + totalAt), parts, unit };
    out.parts.push(statement);
  }
}
