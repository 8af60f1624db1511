import { z } from 'zod';
import type { CountStatement } from '../../model/report.js';
import type { DocumentRule } from '../rule.js';
import { num } from '../format.js';

const LEVEL_NAMES = { 1: '一', 2: '二', 3: '三' } as const;

function describe(c: CountStatement): string {
  if (c.max === Infinity) return `至少${num(c.min)}${c.unit}`;
  if (c.min === c.max) return `${num(c.min)}${c.unit}`;
  return `${num(c.min)}–${num(c.max)}${c.unit}`;
}

/**
 * One quantity stated twice with values that cannot both hold (每月检修维护至少4次 … 每月检修维护1--3次),
 * parts listed after 其中 that add up to more than their total, and a stated number of third-level
 * indicators that differs from the indicator table.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'count-conflict',
    description: '同一数量前后表述不一致，或分项之和超过总数',
    messages: {
      twice: '同一数量前后不一致：“{first}”（{firstRange}）与“{second}”（{secondRange}）',
      parts: '“其中”所列各项合计 {sum}{unit}，超过总数 {total}{unit}',
      indicators: '文中称{level}级指标 {stated}个，而绩效指标表列有 {count}个',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    const counts = doc.narrative.counts;
    const reported = new Set<string>();
    for (let a = 0; a < counts.length; a++) {
      for (let b = a + 1; b < counts.length; b++) {
        const [x, y] = [counts[a]!, counts[b]!];
        if (x.key !== y.key || x.unit !== y.unit || x.text.span.start === y.text.span.start) continue;
        if (x.min <= y.max && y.min <= x.max) continue;
        if (reported.has(x.key)) continue;
        reported.add(x.key);
        report({
          messageId: 'twice',
          data: { first: x.text.text, firstRange: describe(x), second: y.text.text, secondRange: describe(y) },
          evidence: [x.text.span, y.text.span],
          expected: describe(x),
          actual: describe(y),
        });
      }
    }
    for (const p of doc.narrative.parts) {
      const sum = p.parts.reduce((s, x) => s + x.value, 0);
      if (sum <= p.total.value) continue;
      report({
        messageId: 'parts',
        data: { sum, unit: p.unit, total: p.total.value },
        evidence: [p.total.span, ...p.parts.map((x) => x.span)],
        expected: p.total.value,
        actual: sum,
      });
    }
    if (doc.indicatorTables.length !== 1) return;
    const rows = doc.indicatorTables[0]!.rows.length;
    for (const c of doc.narrative.indicatorCounts) {
      if (c.level !== 3 || c.count.value === rows) continue;
      report({
        messageId: 'indicators',
        data: { level: LEVEL_NAMES[c.level], stated: c.count.value, count: rows },
        evidence: [c.count.span],
        expected: rows,
        actual: c.count.value,
      });
    }
  },
};
