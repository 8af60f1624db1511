import { z } from 'zod';
import type { BatchRule, DocumentInFile } from '../rule.js';
import { projectKey } from '../project-key.js';

/** Shortest stretch of another project's name that counts as naming it. */
const MIN_MATCH = 6;
/** Longer names must match at least this many characters. */
const LONG_MATCH = 8;

/** The longest part of `name` (at least `min` characters) that occurs in `text`, with its offset in `text`. */
function longestShared(name: string, text: string, min: number): { value: string; at: number } | null {
  let best: { value: string; at: number } | null = null;
  for (let k = 0; k + min <= name.length; k++) {
    let at = text.indexOf(name.slice(k, k + min));
    while (at >= 0) {
      let len = min;
      while (k + len < name.length && text[at + len] === name[k + len]) len++;
      if (!best || len > best.value.length) best = { value: name.slice(k, k + len), at };
      at = text.indexOf(name.slice(k, k + min), at + 1);
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
    for (const item of documents) {
      const own = item.doc.project.name?.value;
      if (!own) continue;
      const text = item.cleaned.slice(item.doc.span.start, item.doc.span.end);
      const seen = new Set<string>();
      for (const other of documents) {
        const name = other.doc.project.name?.value;
        if (!name || other.cleaned !== item.cleaned || projectKey(name) === projectKey(own) || seen.has(projectKey(name))) continue;
        const min = Math.max(MIN_MATCH, Math.min(LONG_MATCH, name.length));
        const match = longestShared(name, text, min);
        if (!match || own.includes(match.value)) continue;
        seen.add(projectKey(name));
        const start = item.doc.span.start + match.at;
        report(item, {
          messageId: 'foreign',
          data: { own, kind: item.doc.kind === 'self_evaluation_form' ? '自评表' : '自评报告', other: name, text: match.value },
          evidence: [{ start, end: start + match.value.length }, { span: other.doc.project.name!.span, from: other as DocumentInFile }],
          expected: own,
          actual: match.value,
        });
      }
    }
  },
};
