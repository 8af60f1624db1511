import type { ParsedDocument } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import type { ProsePiece } from './narrative.js';

const NAME_PATTERNS = knowledge.headings.narrative_project_name.map((p) => new RegExp(p, 'm'));
const TITLE_SUFFIX = /(?:项目支出|专项预算项目|部门预算项目|项目)?绩效自评(?:报告|表)/;
const GENERIC_REMAINDER = /^(专项预算|部门预算|项目支出|项目)?$/;

/**
 * The project name when no cover field gives it: from the title (`2023年度便民热线白沙分平台工作经费项目绩效
 * 自评报告`, or the bracket after a generic title: `…自评报告（投融资理财非法集资问题处置经费专项资金）`), else
 * from the prose (`“便民热线白沙分平台工作经费”项目`, `社会评价工作经费由市财政局下达预算`).
 */
export function projectNameOf(doc: ParsedDocument, prose: ProsePiece[]): Traced<string> | null {
  const fromTitle = doc.title ? nameFromTitle(doc.title) : null;
  if (fromTitle) return fromTitle;
  for (const re of NAME_PATTERNS) {
    for (const piece of prose) {
      const m = re.exec(piece.text);
      if (m) {
        const at = piece.start + m.index + m[0].indexOf(m[1]!);
        return { value: m[1]!, text: m[1]!, span: { start: at, end: at + m[1]!.length } };
      }
    }
  }
  return null;
}

function nameFromTitle(title: Traced<string>): Traced<string> | null {
  const value = title.value;
  const suffix = TITLE_SUFFIX.exec(value);
  if (!suffix) return null;
  const before = value
    .slice(0, suffix.index)
    .replace(/^附件\d*/, '')
    .replace(/^\d{4}年度?/, '');
  const after = value.slice(suffix.index + suffix[0].length);
  let name: string | null = null;
  if (!GENERIC_REMAINDER.test(before)) name = before;
  else if (/^[（(].+[）)]$/.test(after)) name = after.slice(1, -1).replace(/(专项资金|专项经费)$/, '');
  if (!name) return null;
  const at = locate(title.text, name);
  if (at === null) return { value: name, text: title.text, span: title.span };
  return { value: name, text: title.text.slice(at.start, at.end), span: { start: title.span.start + at.start, end: title.span.start + at.end } };
}

/** Finds `compactName` in text that may contain white space or line breaks; returns the covering range. */
function locate(text: string, compactName: string): { start: number; end: number } | null {
  const chars: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    squeezed += text[i];
    chars.push(i);
  }
  const k = squeezed.indexOf(compactName);
  if (k < 0) return null;
  return { start: chars[k]!, end: chars[k + compactName.length - 1]! + 1 };
}

/**
 * The budget year evaluated: the year in the title, else the end of the project period, else the year of a
 * budget sentence in the prose (`2022年社会评价项目预算为…`), else the year before the cover date.
 */
export function fiscalYearOf(doc: ParsedDocument, prose: ProsePiece[]): number | null {
  const titleYear = doc.title ? /(\d{4})年/.exec(doc.title.value) : null;
  if (titleYear) return Number(titleYear[1]);
  if (doc.project.periodEnd) return Number(doc.project.periodEnd.value.slice(0, 4));
  for (const piece of prose) {
    const m = /(\d{4})年度?[^，。；\d]{0,15}?预算/.exec(piece.text);
    if (m) return Number(m[1]);
  }
  const cover = doc.dates.find((d) => d.role === '封面');
  return cover ? Number(cover.date.value.slice(0, 4)) - 1 : null;
}
