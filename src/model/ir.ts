import type { Span } from './span.js';

/**
 * The document IR every reader produces: an ordered list of paragraphs and tables with spans into the
 * cleaned text. Everything after ingest works on this IR and is blind to the input format.
 */
export type Block = Paragraph | Table;

/** One line of prose. */
export interface Paragraph {
  kind: 'paragraph';
  /** The text as cleaned (not trimmed). */
  text: string;
  span: Span;
}

/** A table: rows of cells. */
export interface Table {
  kind: 'table';
  rows: Row[];
  span: Span;
}

/** One table row. Rows of one table may have different widths (merged cells in text exports). */
export interface Row {
  cells: Cell[];
  span: Span;
}

/** One table cell. */
export interface Cell {
  /** The cell text; lines of a multi-line cell are joined without a separator (Chinese wraps). */
  text: string;
  /** Spans of the pieces `text` was joined from, in order (one per source line). */
  pieces: Span[];
  /** Span covering the whole cell in the cleaned text (empty cells get a zero-width span). */
  span: Span;
  /**
   * True when the reader knows this cell continues a vertical merge from the row above (DOCX `vMerge`).
   * Text exports cannot tell, so there it is always false and table parsers fill down by layout.
   */
  continuesAbove: boolean;
}
