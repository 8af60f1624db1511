import type { Span } from './span.js';

/** How sure a finding is: `error` cannot all be true, `warning` very likely wrong, `info` worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** An exact excerpt of the cleaned text that supports a finding. */
export interface Evidence {
  /** Equals `cleaned.slice(start, end)` of the file the excerpt is from. */
  text: string;
  start: number;
  end: number;
  /** Index of the document the excerpt is from, when it is another document than the finding's. */
  document?: number;
  /** Path of the file the excerpt is from, when it is another file than the finding's. */
  path?: string;
}

/** A reviewer-facing statement that some numbers of a document cannot all be true. */
export interface Finding {
  /** Rule id from the catalogue (`rules/catalogue.yaml`). */
  rule: string;
  severity: Severity;
  /** One Chinese sentence naming both values and where they come from. */
  message: string;
  evidence: Evidence[];
  expected: string | number | null;
  actual: string | number | null;
}

/** Turns a span into evidence by slicing the cleaned text, so `text` always equals the source slice. */
export function evidenceOf(cleaned: string, span: Span): Evidence {
  return { text: cleaned.slice(span.start, span.end), start: span.start, end: span.end };
}
