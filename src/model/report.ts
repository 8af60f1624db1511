import type { Block } from './ir.js';
import type { Finding } from './findings.js';
import type { MoneyUnit } from '../normalize/money.js';
import type { Span, Traced } from './span.js';

/** What kind of document a segment of a file is. */
export type DocumentKind = 'self_evaluation_report' | 'self_evaluation_form' | 'unknown';

/** A money amount in fen, with the unit and precision it was written in. */
export interface Amount extends Traced<number> {
  unit: MoneyUnit;
  /** Digits after the decimal point as written, for comparisons at the stated precision. */
  decimals: number;
}

/** A percentage as a ratio (0.8974 for 89.74 %), with the digits after the point as written. */
export interface Percent {
  ratio: number;
  decimals: number;
}

/** Project identification from the cover form or the prose. */
export interface ProjectInfo {
  name: Traced<string> | null;
  implementingUnit: Traced<string> | null;
  supervisingDepartment: Traced<string> | null;
  manager: Traced<string> | null;
  phone: Traced<string> | null;
  address: Traced<string> | null;
  postcode: Traced<string> | null;
  /** `YYYY-MM`. */
  periodStart: Traced<string> | null;
  /** `YYYY-MM`. */
  periodEnd: Traced<string> | null;
}

/** Funds of one source (中央财政, 市县财政, 财政资金 …). */
export interface FundingSource {
  source: string;
  planned: Amount | null;
  received: Amount | null;
  spent: Amount | null;
  budgetInitial: Amount | null;
  budgetAdjusted: Amount | null;
  budgetExecuted: Amount | null;
}

/** Funding as stated in the cover form and the budget-execution table. */
export interface Funding {
  planned: Amount | null;
  received: Amount | null;
  spent: Amount | null;
  budgetInitial: Amount | null;
  budgetAdjusted: Amount | null;
  budgetExecuted: Amount | null;
  executionRate: Traced<Percent> | null;
  executionScore: Traced<number> | null;
  executionWeight: Traced<number> | null;
  /** The weight printed in the table heading, e.g. 预算执行情况（10分）. */
  executionWeightHeader: Traced<number> | null;
  sources: FundingSource[];
}

/** One line item of the expenditure table (or of a list in the prose when there is no table). */
export interface Expenditure {
  item: Traced<string>;
  economicCode: string | null;
  planned: Amount | null;
  actual: Amount | null;
  source: 'table' | 'narrative';
  span: Span;
}

/** The 支出合计 row. */
export interface ExpenditureTotal {
  label: Traced<string>;
  planned: Amount | null;
  actual: Amount | null;
}

/** Indicator operators. */
export type Operator = '≥' | '≤' | '=' | '>' | '<' | '定性';

/** One performance indicator row. */
export interface Indicator {
  level1: Traced<string> | null;
  level2: Traced<string> | null;
  level3: Traced<string>;
  operator: Traced<Operator> | null;
  target: Traced<string> | null;
  targetValue: number | null;
  unit: string | null;
  actual: Traced<string> | null;
  actualValue: number | null;
  /** The unit the actual value carries in its own text (`4次`, `20万人`), if any. */
  actualUnit: string | null;
  /** The operator written inside the actual cell (`≤700元/月`): a sign the target was copied. */
  actualOperator: Operator | null;
  weight: Traced<number> | null;
  score: Traced<number> | null;
  note: Traced<string> | null;
  span: Span;
}

/** An indicator table with its heading weight and 合计 row. */
export interface IndicatorTable {
  /** Weight in the heading cell, e.g. 绩效指标（90分）. */
  headerWeight: Traced<number> | null;
  /** True when the table has actual/score columns (a 自评表), false for a table of targets only. */
  scored: boolean;
  rows: Indicator[];
  totalWeight: Traced<number> | null;
  totalScore: Traced<number> | null;
  totalLabel: Traced<string> | null;
}

/** One row of a scoring table (three-level framework) or a score stated in the prose. */
export interface ScoreItem {
  level1: Traced<string> | null;
  level1Weight: Traced<number> | null;
  level2: Traced<string> | null;
  level2Weight: Traced<number> | null;
  level3: Traced<string>;
  level3Weight: Traced<number> | null;
  score: Traced<number> | null;
  /** 评价依据: the explanation of the score. */
  evidence: Traced<string> | null;
  source: 'table' | 'narrative';
  span: Span;
}

/** A scoring table: items, the 小计 per first-level block, and the 总分 row. */
export interface ScoreTable {
  items: ScoreItem[];
  subtotals: { level1: Traced<string>; score: Traced<number> }[];
  totalWeight: Traced<number> | null;
  totalScore: Traced<number> | null;
}

/** One row of a score summary table (得分汇总表). */
export interface SummaryRow {
  name: Traced<string>;
  weight: Traced<number> | null;
  score: Traced<number> | null;
  grade: Traced<string> | null;
  /** Band text such as 优秀（22-25）、良好（20-21）… */
  bands: Traced<string> | null;
  isTotal: boolean;
}

/** A member of the evaluation team. */
export interface Evaluator {
  name: Traced<string>;
  title: Traced<string> | null;
  unit: Traced<string> | null;
  source: 'table' | 'narrative';
}

/** A date found in the document, with what it dates. */
export interface DatedFact {
  /** 封面 (cover), a signature label such as 填报人, or 正文 (prose). */
  role: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: Traced<string>;
}

/** Kinds of funding figures stated in prose. */
export type ProseFundingKind = 'initial' | 'adjusted' | 'budget' | 'received' | 'spent';

/** A funding figure stated in the prose (年初预算金额10万元, 实际支出7万元). */
export interface ProseFunding {
  kind: ProseFundingKind;
  label: Traced<string>;
  amount: Amount;
}

/** An item amount in a prose list (办公费1.58万元，邮电费0.2万元 …). */
export interface ProseItemAmount {
  item: Traced<string>;
  economicCode: string | null;
  amount: Amount;
  /** Items of one list share a list id. */
  list: number;
}

/** A rate stated in the prose or a table (资金到位率89.74%, 预算执行率100%). */
export interface ProseRate {
  kind: 'execution' | 'arrival';
  label: Traced<string>;
  value: Traced<Percent>;
}

/** A labelled score claim in the prose (预算执行情况得分10分, 自评得分15分). */
export interface ScoreClaim {
  label: Traced<string>;
  score: Traced<number>;
}

/** A count in the prose with the phrase before it, for spotting one quantity stated twice. */
export interface CountStatement {
  /** Normalised key: period word + the characters before the number. */
  key: string;
  /** Inclusive range the statement allows (至少4 → [4, ∞), 1--3 → [1, 3]). */
  min: number;
  max: number;
  unit: string;
  text: Traced<string>;
}

/** "共N件，其中A件、B件": a total and its listed parts. */
export interface PartsStatement {
  total: Traced<number>;
  parts: Traced<number>[];
  unit: string;
}

/** Facts read from prose and prose-like cells. */
export interface Narrative {
  funding: ProseFunding[];
  items: ProseItemAmount[];
  /** Stated sum that introduces an item list (实际支出7万元，具体支出情况如下：…), per list id. */
  listTotals: { list: number; amount: Amount }[];
  rates: ProseRate[];
  scoreStatements: Traced<number>[];
  gradeStatements: Traced<string>[];
  /** Years the text gives for this very evaluation (我局2022年度评价得分…). */
  selfYears: Traced<number>[];
  claims: ScoreClaim[];
  counts: CountStatement[];
  parts: PartsStatement[];
  /** "三级指标8个" and the like. */
  indicatorCounts: { level: 1 | 2 | 3; count: Traced<number> }[];
}

/** One document of a file, fully parsed. Serialised to the contract JSON by output/contract-json.ts. */
export interface ParsedDocument {
  index: number;
  kind: DocumentKind;
  /** Family when the kind is unknown, e.g. a third-party evaluation. */
  family: string | null;
  title: Traced<string> | null;
  fiscalYear: number | null;
  span: Span;
  blocks: Block[];
  project: ProjectInfo;
  funding: Funding;
  expenditures: Expenditure[];
  expenditureTotal: ExpenditureTotal | null;
  indicatorTables: IndicatorTable[];
  scoreTables: ScoreTable[];
  summaryRows: SummaryRow[];
  scoreTotalCells: Traced<number>[];
  gradeCells: Traced<string>[];
  evaluators: Evaluator[];
  dates: DatedFact[];
  narrative: Narrative;
  findings: Finding[];
}
