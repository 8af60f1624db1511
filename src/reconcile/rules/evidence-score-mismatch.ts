import { z } from 'zod';
import type { Traced } from '../../model/span.js';
import type { DocumentRule } from '../rule.js';
import { num, sameScore, sum } from '../format.js';

const SAYS_SCORE = /得\s*(\d+(?:\.\d+)?)\s*分/g;

/**
 * An explanation that names a score different from the score beside it: 评价依据 “…该指标得4分” next to 2,
 * or a 自评结论 “预算执行情况得分10分” when the table gives 8.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'evidence-score-mismatch',
    description: '评价依据或自评结论中所写得分与表中得分不符',
    messages: {
      basis: '“{name}”的评价依据写“{said}”，而得分栏为 {score}分',
      claim: '自评结论写“{said}”，而表中{what}为 {score}分',
    },
    options: z.object({}),
  },
  check({ doc, report }) {
    for (const table of doc.scoreTables) {
      for (const item of table.items) {
        if (!item.evidence || !item.score) continue;
        const m = [...item.evidence.text.matchAll(SAYS_SCORE)].pop();
        if (!m || sameScore(Number(m[1]), item.score.value)) continue;
        const start = item.evidence.span.start + m.index!;
        report({
          messageId: 'basis',
          data: { name: item.level3.value, said: m[0], score: num(item.score.value) },
          evidence: [{ start, end: start + m[0].length }, item.score.span],
          expected: item.score.value,
          actual: Number(m[1]),
        });
      }
    }
    const indicatorScores = doc.indicatorTables.flatMap((t) => t.rows.map((r) => r.score)).filter((s): s is Traced<number> => s !== null);
    const tableValue: Record<string, { score: Traced<number> | null; total: number | null; what: string }> = {
      预算执行情况: { score: doc.funding.executionScore, total: doc.funding.executionScore?.value ?? null, what: '预算执行得分' },
      预算编制情况: { score: null, total: indicatorScores.length ? sum(indicatorScores) : null, what: '绩效指标得分合计' },
      绩效指标: { score: null, total: indicatorScores.length ? sum(indicatorScores) : null, what: '绩效指标得分合计' },
    };
    for (const claim of doc.narrative.claims) {
      const table = tableValue[claim.label.value];
      if (!table || table.total === null || sameScore(table.total, claim.score.value)) continue;
      report({
        messageId: 'claim',
        data: { said: claim.score.text, what: table.what, score: num(table.total) },
        evidence: [claim.score.span, ...(table.score ? [table.score.span] : [])],
        expected: table.total,
        actual: claim.score.value,
      });
    }
  },
};
