import { z } from 'zod';
import type { Traced } from '../../model/span.js';
import { statedTotal } from '../../parse/stated-totals.js';
import type { DocumentRule } from '../rule.js';
import { num } from '../format.js';
import { gradeForScore, parseBands, readGrade } from '../grades.js';

const RANGE: Record<string, string> = { 优: '90分及以上', 良: '80–89分', 中: '60–79分', 差: '60分以下' };

/**
 * Grades against the score band (优 ≥ 90, 良 80–89, 中 60–79, 差 < 60), two different grades in one
 * document, labels outside the standard set (mapped through rules/grades.yaml, reported as `info`), and each
 * row of a summary table against the bands printed beside it.
 */
export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'grade-mismatch',
    description: '等级与得分所在区间不符、同一文件有两个不同等级，或使用非标准等级名称',
    messages: {
      band: '等级“{label}”与总分 {score}分不符：{score}分应为“{expected}”（{range}）',
      twoGrades: '同一文件给出两个不同等级：“{first}”与“{second}”',
      local: '等级“{label}”不是标准等级名称（优/良/中/差），按规则表读作“{grade}”，请核实',
      unknown: '无法识别的等级“{label}”',
      row: '得分汇总表“{name}”得 {score}分，按所列标准应为“{expected}”，表中却为“{label}”',
    },
    options: z.object({ local_label_severity: z.enum(['error', 'warning', 'info']).default('info') }),
  },
  check({ doc, options, report }) {
    const labels: Traced<string>[] = [];
    for (const g of [...doc.gradeCells, ...doc.narrative.gradeStatements]) {
      if (!labels.some((l) => l.value === g.value)) labels.push(g);
    }
    const total = statedTotal(doc);
    const readings = labels.map((label) => ({ label, ...readGrade(label.value) }));
    for (const r of readings) {
      if (r.grade === null) {
        report({ messageId: 'unknown', data: { label: r.label.value }, evidence: [r.label.span], expected: null, actual: r.label.value, severity: 'warning' });
      } else if (r.local) {
        report({
          messageId: 'local',
          data: { label: r.label.value, grade: r.grade },
          evidence: [r.label.span],
          expected: r.grade,
          actual: r.label.value,
          severity: options.local_label_severity as 'error' | 'warning' | 'info',
        });
      }
    }
    const known = readings.filter((r) => r.grade !== null);
    let bandReported = false;
    if (total) {
      const band = gradeForScore(total.value);
      for (const r of known) {
        if (r.grade === band.grade) continue;
        bandReported = true;
        report({
          messageId: 'band',
          data: { label: r.label.value, score: num(total.value), expected: band.grade, range: RANGE[band.grade] ?? '' },
          evidence: [r.label.span, total.span],
          expected: band.grade,
          actual: r.label.value,
        });
      }
    }
    const distinct = [...new Map(known.map((r) => [r.grade, r])).values()];
    if (!bandReported && distinct.length > 1) {
      report({
        messageId: 'twoGrades',
        data: { first: distinct[0]!.label.value, second: distinct[1]!.label.value },
        evidence: distinct.map((r) => r.label.span),
        expected: distinct[0]!.label.value,
        actual: distinct[1]!.label.value,
      });
    }
    for (const row of doc.summaryRows) {
      if (!row.score || !row.grade || !row.bands) continue;
      const band = parseBands(row.bands.value).find((b) => row.score!.value >= b.min && row.score!.value <= b.max);
      const written = readGrade(row.grade.value).grade;
      if (!band || !written || band.grade === written) continue;
      report({
        messageId: 'row',
        data: { name: row.name.value, score: num(row.score.value), expected: band.grade, label: row.grade.value },
        evidence: [row.grade.span, row.score.span, row.bands.span],
        expected: band.grade,
        actual: row.grade.value,
      });
    }
  },
};
