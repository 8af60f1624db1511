/**
 * Numbered schema migrations. A database records the migrations it has in `schema_migrations`; new ones run in
 * order, each in a transaction. Never edit a released migration: add the next number.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  tool_version TEXT NOT NULL,
  files_seen INTEGER NOT NULL DEFAULT 0,
  files_imported INTEGER NOT NULL DEFAULT 0,
  files_skipped INTEGER NOT NULL DEFAULT 0,
  files_failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  format TEXT,
  encoding TEXT,
  size_bytes INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
  error_code TEXT,
  error TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  superseded_by INTEGER REFERENCES sources(id),
  import_id INTEGER NOT NULL REFERENCES imports(id),
  imported_at TEXT NOT NULL,
  warnings_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sources_path ON sources(path);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  family TEXT,
  title TEXT,
  fiscal_year INTEGER,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  project_name TEXT,
  implementing_unit TEXT,
  supervising_department TEXT,
  manager TEXT,
  phone TEXT,
  address TEXT,
  postcode TEXT,
  period_start TEXT,
  period_end TEXT,
  planned_fen INTEGER,
  received_fen INTEGER,
  spent_fen INTEGER,
  budget_initial_fen INTEGER,
  budget_adjusted_fen INTEGER,
  budget_executed_fen INTEGER,
  execution_rate REAL,
  execution_score REAL,
  execution_weight REAL,
  score_total REAL,
  grade TEXT,
  UNIQUE (source_id, idx)
);
CREATE INDEX documents_unit_year ON documents(implementing_unit, fiscal_year);
CREATE INDEX documents_project ON documents(project_name, fiscal_year);
CREATE TABLE expenditures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position INTEGER NOT NULL,
  item TEXT NOT NULL,
  economic_code TEXT,
  planned_fen INTEGER,
  actual_fen INTEGER,
  source TEXT NOT NULL
);
CREATE INDEX expenditures_document ON expenditures(document_id);
CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position INTEGER NOT NULL,
  level1 TEXT,
  level2 TEXT,
  level3 TEXT NOT NULL,
  operator TEXT,
  target TEXT,
  target_value REAL,
  unit TEXT,
  actual TEXT,
  actual_value REAL,
  weight REAL,
  score REAL,
  note TEXT
);
CREATE INDEX indicators_document ON indicators(document_id);
CREATE TABLE score_items (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position INTEGER NOT NULL,
  level1 TEXT,
  level1_weight REAL,
  level2 TEXT,
  level2_weight REAL,
  level3 TEXT NOT NULL,
  level3_weight REAL,
  score REAL,
  evidence TEXT,
  source TEXT NOT NULL
);
CREATE INDEX score_items_document ON score_items(document_id);
CREATE TABLE evaluators (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  unit TEXT
);
CREATE INDEX evaluators_document ON evaluators(document_id);
CREATE TABLE dates (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  role TEXT NOT NULL,
  date TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);
CREATE INDEX dates_document ON dates(document_id);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  expected TEXT,
  actual TEXT,
  evidence_text TEXT,
  evidence_start INTEGER,
  evidence_end INTEGER,
  evidence_json TEXT NOT NULL
);
CREATE INDEX findings_document ON findings(document_id);
CREATE INDEX findings_rule_severity ON findings(rule, severity);
CREATE INDEX findings_severity ON findings(severity);
`,
  },
  {
    version: 2,
    name: 'project figures for cross-file comparison',
    sql: `
CREATE TABLE project_figures (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  project_key TEXT NOT NULL,
  paired_in_file INTEGER NOT NULL,
  figure TEXT NOT NULL,
  value REAL NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);
CREATE INDEX project_figures_key ON project_figures(project_key);
CREATE INDEX project_figures_document ON project_figures(document_id);
`,
  },
];
