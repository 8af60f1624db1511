import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Declarative knowledge from `rules/*.yaml`: label aliases, heading patterns, economic codes, grade bands and
 * the rule catalogue. Each file is validated with zod when loaded, so a typo fails loudly at start-up.
 */

const labelList = z.array(z.string().min(1)).min(1);
const labelGroup = z.record(z.string(), labelList);

const LabelsSchema = z.object({
  project: z.object({
    name: labelList,
    implementing_unit: labelList,
    supervising_department: labelList,
    manager: labelList,
    phone: labelList,
    address: labelList,
    postcode: labelList,
    period: labelList,
  }),
  funding: z.object({ planned: labelList, received: labelList, spent: labelList }),
  funding_sources: labelList,
  expenditure_table: z.object({ item: labelList, planned: labelList, actual: labelList, total: labelList, skip: labelList }),
  budget_table: z.object({
    row_label: labelList,
    initial: labelList,
    adjusted: labelList,
    executed: labelList,
    rate: labelList,
    weight: labelList,
    score: labelList,
    reason: labelList,
    total_rows: labelList,
  }),
  indicator_table: labelGroup,
  score_table: labelGroup,
  score_summary_table: labelGroup,
  evaluator_table: labelGroup,
  score_total: labelList,
  grade: labelList,
});

const regex = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const HeadingsSchema = z.object({
  titles: z.object({ self_evaluation_form: regex, self_evaluation_report: regex, third_party_report: regex }),
  generic_title: regex,
  attachment_label: regex,
  narrative_heading: regex,
  third_party: regex,
  narrative_project_name: z.array(regex),
  score_statements: z.array(regex),
  grade_statements: z.array(regex),
  self_year_statements: z.array(regex),
  signature_labels: labelList,
  prose_funding: z.object({ initial: labelList, adjusted: labelList, spent: labelList, received: labelList, budget: labelList }),
  count_qualifiers: z.object({ at_least: labelList, approximate: labelList }),
  count_periods: labelList,
  count_units: labelList,
});

const EconomicCodesSchema = z.object({
  codes: z.array(z.object({ code: z.string().regex(/^\d{5}$/), names: labelList })),
});

const GradesSchema = z.object({
  bands: z.array(z.object({ grade: z.string(), min: z.number(), labels: labelList })).min(1),
  local_labels: z.record(z.string(), z.string()),
});

const CatalogueSchema = z.object({
  rules: z.record(
    z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      enabled: z.boolean().default(true),
      options: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
});

/** Label aliases per field (rules/labels.yaml). */
export type Labels = z.infer<typeof LabelsSchema>;
/** Heading and statement patterns (rules/headings.yaml). */
export type Headings = z.infer<typeof HeadingsSchema>;
/** Grade bands and local labels (rules/grades.yaml). */
export type Grades = z.infer<typeof GradesSchema>;
/** Rule catalogue entries (rules/catalogue.yaml). */
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** The folder holding the knowledge files, the same from src/ (tests) and dist/ (the built CLI). */
export const RULES_DIR = new URL('../../rules/', import.meta.url);

function load<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(file, RULES_DIR);
  const result = schema.safeParse(parse(readFileSync(url, 'utf8')));
  if (!result.success) {
    throw new Error(`rules/${file} is invalid: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Everything in rules/, loaded once. */
export const knowledge = {
  labels: load('labels.yaml', LabelsSchema),
  headings: load('headings.yaml', HeadingsSchema),
  economicCodes: load('economic-codes.yaml', EconomicCodesSchema),
  grades: load('grades.yaml', GradesSchema),
  catalogue: load('catalogue.yaml', CatalogueSchema),
};
