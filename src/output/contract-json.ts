import type { Amount, ParsedDocument } from '../model/report.js';
import type { Traced } from '../model/span.js';
import { statedGrade, statedTotal } from '../parse/stated-totals.js';
import type { DocumentJson } from './contract-schema.js';

type Sources = Record<string, Traced<unknown> | null | undefined>;

/** Field name → exact source excerpt, for every traced value that is present. */
function provenance(sources: Sources): Record<string, { text: string; start: number; end: number }> {
  const out: Record<string, { text: string; start: number; end: number }> = {};
  for (const [field, t] of Object.entries(sources)) {
    if (t) out[field] = { text: t.text, start: t.span.start, end: t.span.end };
  }
  return out;
}

const v = <T>(t: Traced<T> | null | undefined): T | null => (t ? t.value : null);
const fen = (a: Amount | null): number | null => (a ? a.value : null);

/** Serialises a parsed document into the contract JSON (shared/CONTRACT.md), with provenance for every value. */
export function documentToJson(doc: ParsedDocument): DocumentJson {
  const f = doc.funding;
  const p = doc.project;
  const total = statedTotal(doc);
  const grade = statedGrade(doc);
  return {
    index: doc.index,
    kind: doc.kind,
    family: doc.family,
    title: v(doc.title),
    fiscal_year: doc.fiscalYear,
    span: doc.span,
    project: {
      name: v(p.name),
      implementing_unit: v(p.implementingUnit),
      supervising_department: v(p.supervisingDepartment),
      manager: v(p.manager),
      phone: v(p.phone),
      address: v(p.address),
      postcode: v(p.postcode),
      period_start: v(p.periodStart),
      period_end: v(p.periodEnd),
    },
    funding: {
      planned_fen: fen(f.planned),
      received_fen: fen(f.received),
      spent_fen: fen(f.spent),
      budget_initial_fen: fen(f.budgetInitial),
      budget_adjusted_fen: fen(f.budgetAdjusted),
      budget_executed_fen: fen(f.budgetExecuted),
      execution_rate: f.executionRate ? f.executionRate.value.ratio : null,
      execution_score: v(f.executionScore),
      execution_weight: v(f.executionWeight) ?? v(f.executionWeightHeader),
      sources: f.sources.map((s) => ({
        source: s.source,
        planned_fen: fen(s.planned),
        received_fen: fen(s.received),
        spent_fen: fen(s.spent),
        budget_initial_fen: fen(s.budgetInitial),
        budget_adjusted_fen: fen(s.budgetAdjusted),
        budget_executed_fen: fen(s.budgetExecuted),
        provenance: provenance({
          planned_fen: s.planned,
          received_fen: s.received,
          spent_fen: s.spent,
          budget_initial_fen: s.budgetInitial,
          budget_adjusted_fen: s.budgetAdjusted,
          budget_executed_fen: s.budgetExecuted,
        }),
      })),
    },
    expenditures: doc.expenditures.map((e) => ({
      item: e.item.value,
      economic_code: e.economicCode,
      planned_fen: fen(e.planned),
      actual_fen: fen(e.actual),
      source: e.source,
      provenance: provenance({ item: e.item, planned_fen: e.planned, actual_fen: e.actual }),
    })),
    expenditure_total: doc.expenditureTotal
      ? {
          planned_fen: fen(doc.expenditureTotal.planned),
          actual_fen: fen(doc.expenditureTotal.actual),
          provenance: provenance({ planned_fen: doc.expenditureTotal.planned, actual_fen: doc.expenditureTotal.actual }),
        }
      : null,
    indicators: doc.indicatorTables.flatMap((table, t) =>
      table.rows.map((i) => ({
        level1: v(i.level1),
        level2: v(i.level2),
        level3: i.level3.value,
        operator: v(i.operator),
        target: v(i.target),
        target_value: i.targetValue,
        unit: i.unit,
        actual: v(i.actual),
        actual_value: i.actualValue,
        weight: v(i.weight),
        score: v(i.score),
        note: v(i.note),
        table: t,
        provenance: provenance({
          level3: i.level3,
          operator: i.operator,
          target: i.target,
          actual: i.actual,
          weight: i.weight,
          score: i.score,
        }),
      })),
    ),
    score_items: [
      ...doc.scoreTables.flatMap((table, t) =>
        table.items.map((s) => ({
          level1: v(s.level1),
          level1_weight: v(s.level1Weight),
          level2: v(s.level2),
          level2_weight: v(s.level2Weight),
          level3: s.level3.value,
          level3_weight: v(s.level3Weight),
          score: v(s.score),
          evidence: v(s.evidence),
          source: s.source,
          table: t,
          provenance: provenance({
            level1_weight: s.level1Weight,
            level2_weight: s.level2Weight,
            level3: s.level3,
            level3_weight: s.level3Weight,
            score: s.score,
            evidence: s.evidence,
          }),
        })),
      ),
      ...narrativeScoreItems(doc),
    ],
    score_total: v(total),
    grade: v(grade),
    evaluators: doc.evaluators.map((e) => ({
      name: e.name.value,
      title: v(e.title),
      unit: v(e.unit),
      provenance: provenance({ name: e.name, title: e.title, unit: e.unit }),
    })),
    dates: doc.dates.map((d) => ({ role: d.role, date: d.date.value, span: d.date.span })),
    findings: doc.findings,
    provenance: provenance({
      title: doc.title,
      name: p.name,
      implementing_unit: p.implementingUnit,
      supervising_department: p.supervisingDepartment,
      manager: p.manager,
      phone: p.phone,
      address: p.address,
      postcode: p.postcode,
      period: p.periodStart,
      planned_fen: f.planned,
      received_fen: f.received,
      spent_fen: f.spent,
      budget_initial_fen: f.budgetInitial,
      budget_adjusted_fen: f.budgetAdjusted,
      budget_executed_fen: f.budgetExecuted,
      execution_rate: f.executionRate,
      execution_score: f.executionScore,
      execution_weight: f.executionWeight ?? f.executionWeightHeader,
      score_total: total,
      grade,
    }),
  };
}

/** Scores stated per block in the prose (1、项目决策。…自评得分15分) when the document has no scoring table. */
function narrativeScoreItems(doc: ParsedDocument): DocumentJson['score_items'] {
  if (doc.scoreTables.length > 0) return [];
  return doc.narrative.claims
    .filter((c) => /自评得分/.test(c.score.text))
    .map((c) => ({
      level1: null,
      level1_weight: null,
      level2: null,
      level2_weight: null,
      level3: c.label.value,
      level3_weight: null,
      score: c.score.value,
      evidence: null,
      source: 'narrative' as const,
      table: null,
      provenance: provenance({ level3: c.label, score: c.score }),
    }));
}
