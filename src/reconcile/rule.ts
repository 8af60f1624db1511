import type { z } from 'zod';
import type { Finding, Severity } from '../model/findings.js';
import type { ParsedDocument } from '../model/report.js';
import type { Span } from '../model/span.js';

/** What a rule says about itself (ESLint's `meta`). */
export interface RuleMeta {
  /** Catalogue id; also the file name of the rule module. */
  id: string;
  /** One line, in Chinese, of what the rule checks. */
  description: string;
  /** Message templates with `{name}` placeholders, by message id. */
  messages: Record<string, string>;
  /** Options the catalogue may set for this rule. */
  options: z.ZodType<Record<string, unknown>>;
}

/** What a check reports; the runner stamps the rule id, fills the message and slices the evidence. */
export interface Report {
  messageId: string;
  data: Record<string, string | number>;
  /**
   * Spans of the source text that support the finding, in the order a reviewer should read them; a span of
   * another document (cross-document rules) names that document.
   */
  evidence: (Span | ForeignSpan)[];
  expected: string | number | null;
  actual: string | number | null;
  /** Overrides the rule's severity for this finding (rounding is `info`, for example). */
  severity?: Severity;
}

/** A document together with the cleaned text its spans point into. */
export interface DocumentInFile {
  doc: ParsedDocument;
  cleaned: string;
  /** The file's path, to name it in evidence from another file. */
  path: string;
}

/** A span in another document of the batch. */
export interface ForeignSpan {
  span: Span;
  from: DocumentInFile;
}

/** The context a document-scoped rule checks. */
export interface DocumentContext {
  doc: ParsedDocument;
  options: Record<string, unknown>;
  report(report: Report): void;
}

/** The context a batch-scoped rule checks: every document of a file or an import batch. */
export interface BatchContext {
  documents: DocumentInFile[];
  options: Record<string, unknown>;
  /** Reports a finding on one document of the batch. */
  report(target: DocumentInFile, report: Report): void;
}

/** A rule that looks at one document at a time. */
export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  check(ctx: DocumentContext): void;
}

/** A rule that compares documents with each other. */
export interface BatchRule {
  meta: RuleMeta;
  scope: 'batch';
  check(ctx: BatchContext): void;
}

/** Any rule of the catalogue. */
export type Rule = DocumentRule | BatchRule;

/** Fills `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (key in data ? String(data[key]) : `{${key}}`));
}

/** Builds a finding from a report (used by the runner and by tests that state exact findings). */
export function toFinding(rule: RuleMeta, severity: Severity, target: DocumentInFile, report: Report): Finding {
  return {
    rule: rule.id,
    severity: report.severity ?? severity,
    message: formatMessage(rule.messages[report.messageId] ?? report.messageId, report.data),
    evidence: report.evidence.map((e) => {
      if (!('from' in e)) return { text: target.cleaned.slice(e.start, e.end), start: e.start, end: e.end };
      const { span, from } = e;
      const excerpt = { text: from.cleaned.slice(span.start, span.end), start: span.start, end: span.end, document: from.doc.index };
      return from.path === target.path ? excerpt : { ...excerpt, path: from.path };
    }),
    expected: report.expected,
    actual: report.actual,
  };
}
