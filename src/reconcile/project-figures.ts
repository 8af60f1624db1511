import type { ParsedDocument } from '../model/report.js';
import type { Span } from '../model/span.js';
import { statedTotal } from '../parse/stated-totals.js';
import { money, num } from './format.js';
import { projectKey } from './project-key.js';

/** The figures a 自评表 and a 自评报告 of one project must agree on, in the order they are compared. */
export const FIGURE_NAMES = ['年初预算', '调整后预算', '执行（支出）数', '总分'] as const;

/** One of FIGURE_NAMES. */
export type FigureName = (typeof FIGURE_NAMES)[number];

/** A figure as a document states it: its value (fen, or points for 总分) and where it was read. */
export interface ProjectFigure {
  name: FigureName;
  value: number;
  span: Span;
}

/** The project a form or report is about, and the figures it states. */
export interface ProjectStatement {
  kind: 'self_evaluation_form' | 'self_evaluation_report';
  /** projectKey() of the project name. */
  key: string;
  fiscalYear: number | null;
  figures: ProjectFigure[];
}

/**
 * What a form or report states about its project, for the cross-document comparison; null for documents of
 * another kind or without a project name.
 */
export function projectStatement(doc: ParsedDocument): ProjectStatement | null {
  if (doc.kind === 'unknown' || !doc.project.name) return null;
  const f = doc.funding;
  const values = {
    年初预算: f.budgetInitial ?? f.planned,
    调整后预算: f.budgetAdjusted,
    '执行（支出）数': f.budgetExecuted ?? f.spent,
    总分: statedTotal(doc),
  };
  const figures = FIGURE_NAMES.flatMap((name) => {
    const v = values[name];
    return v ? [{ name, value: v.value, span: v.span }] : [];
  });
  return { kind: doc.kind, key: projectKey(doc.project.name.value), fiscalYear: doc.fiscalYear, figures };
}

/** True when two documents are about the same project and year (a year left unknown matches any). */
export function sameProject(a: Pick<ProjectStatement, 'key' | 'fiscalYear'>, b: Pick<ProjectStatement, 'key' | 'fiscalYear'>): boolean {
  if (a.key !== b.key) return false;
  return a.fiscalYear === null || b.fiscalYear === null || a.fiscalYear === b.fiscalYear;
}

/** The figures a report states differently from a form, as [report's, form's] pairs. */
export function differingFigures<F extends ProjectFigure>(report: readonly F[], form: readonly F[]): [F, F][] {
  return report.flatMap((r) => {
    const f = form.find((x) => x.name === r.name);
    return f && f.value !== r.value ? [[r, f] as [F, F]] : [];
  });
}

/** A figure as a reviewer reads it: money in 万元, 总分 in 分. */
export function formatFigure(name: FigureName, value: number): string {
  return name === '总分' ? `${num(value)}分` : money(value);
}
