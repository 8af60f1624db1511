import { z } from 'zod';

/**
 * The `extract` JSON of shared/CONTRACT.md as a zod schema: every object jixiao prints is validated against it,
 * so the public contract cannot drift silently. Fields beyond the contract (provenance, sources, family …) are
 * additions, never renames.
 */

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const excerpt = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });
/** Where each normalised value was read: field name → exact excerpt of the cleaned text. */
const provenance = z.record(z.string(), excerpt);
const fen = z.number().int().nullable();

export const FindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  evidence: z.array(excerpt.extend({ document: z.number().int().optional(), path: z.string().optional() })),
  expected: z.union([z.string(), z.number()]).nullable(),
  actual: z.union([z.string(), z.number()]).nullable(),
});

/** The money fields shared by a document's funding and each of its sources. */
const fundingFen = {
  planned_fen: fen,
  received_fen: fen,
  spent_fen: fen,
  budget_initial_fen: fen,
  budget_adjusted_fen: fen,
  budget_executed_fen: fen,
};

const fundingSource = z.object({ source: z.string(), ...fundingFen, provenance });

export const DocumentSchema = z.object({
  index: z.number().int(),
  kind: z.enum(['self_evaluation_report', 'self_evaluation_form', 'unknown']),
  family: z.string().nullable(),
  title: z.string().nullable(),
  fiscal_year: z.number().int().nullable(),
  span,
  project: z.object({
    name: z.string().nullable(),
    implementing_unit: z.string().nullable(),
    supervising_department: z.string().nullable(),
    manager: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    postcode: z.string().nullable(),
    period_start: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
    period_end: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  }),
  funding: z.object({
    ...fundingFen,
    execution_rate: z.number().nullable(),
    execution_score: z.number().nullable(),
    execution_weight: z.number().nullable(),
    sources: z.array(fundingSource),
  }),
  expenditures: z.array(
    z.object({
      item: z.string(),
      economic_code: z.string().nullable(),
      planned_fen: fen,
      actual_fen: fen,
      source: z.enum(['table', 'narrative']),
      provenance,
    }),
  ),
  expenditure_total: z.object({ planned_fen: fen, actual_fen: fen, provenance }).nullable(),
  indicators: z.array(
    z.object({
      level1: z.string().nullable(),
      level2: z.string().nullable(),
      level3: z.string(),
      operator: z.enum(['≥', '≤', '=', '>', '<', '定性']).nullable(),
      target: z.string().nullable(),
      target_value: z.number().nullable(),
      unit: z.string().nullable(),
      actual: z.string().nullable(),
      actual_value: z.number().nullable(),
      weight: z.number().nullable(),
      score: z.number().nullable(),
      note: z.string().nullable(),
      table: z.number().int(),
      provenance,
    }),
  ),
  score_items: z.array(
    z.object({
      level1: z.string().nullable(),
      level1_weight: z.number().nullable(),
      level2: z.string().nullable(),
      level2_weight: z.number().nullable(),
      level3: z.string(),
      level3_weight: z.number().nullable(),
      score: z.number().nullable(),
      evidence: z.string().nullable(),
      source: z.enum(['table', 'narrative']),
      table: z.number().int().nullable(),
      provenance,
    }),
  ),
  score_total: z.number().nullable(),
  grade: z.string().nullable(),
  evaluators: z.array(z.object({ name: z.string(), title: z.string().nullable(), unit: z.string().nullable(), provenance })),
  dates: z.array(z.object({ role: z.string(), date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), span })),
  findings: z.array(FindingSchema),
  provenance,
});

export const ExtractResultSchema = z.object({
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: z.enum(['text', 'docx', 'pdf']),
    encoding: z.string().nullable(),
    /** PDF only: each page's span in the cleaned text, so any offset can be turned into a page number. */
    pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int(), end: z.number().int() })).optional(),
  }),
  documents: z.array(DocumentSchema),
  warnings: z.array(z.string()),
});

/** One document of the `extract` JSON. */
export type DocumentJson = z.infer<typeof DocumentSchema>;
/** The whole `extract` JSON. */
export type ExtractResultJson = z.infer<typeof ExtractResultSchema>;
