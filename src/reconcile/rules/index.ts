import type { Rule } from '../rule.js';
import { rule as countConflict } from './count-conflict.js';
import { rule as crossDocument } from './cross-document.js';
import { rule as dateConflict } from './date-conflict.js';
import { rule as evidenceScoreMismatch } from './evidence-score-mismatch.js';
import { rule as executionRate } from './execution-rate.js';
import { rule as expenditureSum } from './expenditure-sum.js';
import { rule as foreignProjectName } from './foreign-project-name.js';
import { rule as fundingConsistency } from './funding-consistency.js';
import { rule as gradeMismatch } from './grade-mismatch.js';
import { rule as missingActual } from './missing-actual.js';
import { rule as narrativeAmountMismatch } from './narrative-amount-mismatch.js';
import { rule as scoreExceedsWeight } from './score-exceeds-weight.js';
import { rule as scoreSum } from './score-sum.js';
import { rule as unitSlip } from './unit-slip.js';
import { rule as weightSum } from './weight-sum.js';

/** The rule catalogue in the order rules run (and findings are listed). */
export const RULES: readonly Rule[] = [
  expenditureSum,
  fundingConsistency,
  narrativeAmountMismatch,
  unitSlip,
  dateConflict,
  scoreSum,
  weightSum,
  scoreExceedsWeight,
  gradeMismatch,
  executionRate,
  missingActual,
  evidenceScoreMismatch,
  countConflict,
  crossDocument,
  foreignProjectName,
];
