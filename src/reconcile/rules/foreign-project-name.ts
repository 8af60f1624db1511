import { z } from 'zod';
import type { BatchRule, DocumentInFile } from '../rule.js';
import { projectKey } from '../project-key.js';

/** Shortest stretch of another project's name that counts as naming it. */
const MIN_MATCH = 6;
/** Longer names must match at least this many characters. */
const LONG_MATCH = 8;

/**
 * The longest part of `name` (at least `min` characters) that occurs in `text`, with its offset in `text`.
 * Any such part contains one of the aligned needles name[j·h, j·h + h) with h = ⌊min/2⌋, so only those are
 * searched and each hit is extended both ways.
 */
function longestShared(name: string, text: string, min: number): { value: string; at: number } | null {
  const h = Math.max(1, Math.floor(min / 2));
  let best: { value: string; at: number } | null = null;
  for (let k = 0; k + h <= name.length; k += h) {
    const needle = name.slice(k, k + h);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      let left = 0;
      while (k - left > 0 && at - left > 0 && text[at - left - 1] === name[k - left - 1]) left++;
      let right = h;
      while (k + right < name.length && text[at + right] === name[k + right]) right++;
      const length = left + right;
      if (length >= min && (!best || length > best.value.length)) best = { value: name.slice(k - left, k + right), at: at - left };
    }
  }
  return best;
}

/**
 * Copy-paste from another project: a document that names another project of the same file (报告 of project A
 * says “对网上信访投诉平台维护费开展调研” where that is project B's name). Only documents of one file are
 * compared, since one file holds one unit's reports.
 */
export const rule: BatchRule = {
  scope: 'batch',
  meta: {
    id: 'foreign-project-name',
    description: '文中出现同一文件中另一项目的名称，疑为从其他项目复制',
    messages: {
      foreign: '本文件是“{own}”的{kind}，文中却出现另一项目“{other}”的名称（“{text}”），疑为从其他项目复制',
    },
    options: z.object({}),
  },
  check({ documents, report }) {
    if (documents.length < 2) return;
    const keys = documents.map((d) => (d.doc.project.name ? projectKey(d.doc.project.name.value) : null));
    documents.forEach((item, i) => {
      const own = item.doc.project.name?.value;
      if (!own) return;
      const text = item.cleaned.slice(item.doc.span.start, item.doc.span.end);
      const seen = new Set<string>();
      documents.forEach((other, j) => {
        const name = other.doc.project.name?.value;
        const key = keys[j]!;
        if (!name || other.cleaned !== item.cleaned || key === keys[i] || seen.has(key)) return;
        const min = Math.max(MIN_MATCH, Math.min(LONG_MATCH, name.length));
        const match = longestShared(name, text, min);
        if (!match || own.includes(match.value)) return;
        seen.add(key);
        const start = item.doc.span.start + match.at;
        report(item, {
          messageId: 'foreign',
          data: { own, kind: item.doc.kind === 'self_evaluation_form' ? '自评表' : '自评报告', other: name, text: match.value },
          evidence: [{ start, end: start + match.value.length }, { span: other.doc.project.name!.span, from: other as DocumentInFile }],
          expected: own,
          actual: match.value,
        });
      });
    });
  },
};
