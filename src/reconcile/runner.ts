import type { Severity } from '../model/findings.js';
import type { ParsedDocument } from '../model/report.js';
import { knowledge } from '../knowledge/knowledge.js';
import type { DocumentInFile, Rule } from './rule.js';
import { toFinding } from './rule.js';
import { RULES } from './rules/index.js';

/** A rule with its catalogue settings applied. */
interface ConfiguredRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

const configured: ConfiguredRule[] = RULES.flatMap((rule) => {
  const entry = knowledge.catalogue.rules[rule.meta.id];
  if (!entry) throw new Error(`rule ${rule.meta.id} has no entry in rules/catalogue.yaml`);
  if (!entry.enabled) return [];
  return [{ rule, severity: entry.severity, options: rule.meta.options.parse(entry.options) }];
});

/** Runs every document-scoped rule on each document, then the batch rules over all of them. */
export function reconcileFile(documents: ParsedDocument[], cleaned: string, path: string): void {
  const inFile = documents.map((doc) => ({ doc, cleaned, path }));
  for (const item of inFile) reconcileDocument(item);
  reconcileBatch(inFile);
}

/** Runs the document-scoped rules on one document, appending to its findings. */
export function reconcileDocument(item: DocumentInFile): void {
  for (const { rule, severity, options } of configured) {
    if (rule.scope !== 'document') continue;
    rule.check({ doc: item.doc, options, report: (r) => item.doc.findings.push(toFinding(rule.meta, severity, item, r)) });
  }
}

/** Runs the batch-scoped rules (cross-document comparisons) over documents that may come from several files. */
export function reconcileBatch(documents: DocumentInFile[]): void {
  for (const { rule, severity, options } of configured) {
    if (rule.scope !== 'batch') continue;
    rule.check({
      documents,
      options,
      report: (target, r) => target.doc.findings.push(toFinding(rule.meta, severity, target, r)),
    });
  }
}

/** The catalogue as configured: id, severity and description, for `jixiao rules`. */
export function catalogue(): { id: string; severity: Severity; enabled: boolean; description: string }[] {
  return RULES.map((r) => {
    const entry = knowledge.catalogue.rules[r.meta.id]!;
    return { id: r.meta.id, severity: entry.severity, enabled: entry.enabled, description: r.meta.description };
  });
}
