/**
 * The body of a Word document as both DOCX readers (OOXML and mammoth) give it: paragraphs and tables in
 * document order, merged cells expanded to the grid of the text exports. Two readers of one file must give
 * deep-equal bodies (test/docx.test.ts).
 */
export type DocxBlock = DocxParagraph | DocxTable;

/** One paragraph; a soft line break (`w:br`) splits it into lines. */
export interface DocxParagraph {
  kind: 'paragraph';
  lines: string[];
}

/** A table of rows of cells. */
export interface DocxTable {
  kind: 'table';
  rows: DocxCell[][];
}

/**
 * One cell as the text export shows it: a horizontally merged cell (gridSpan / colspan) is one cell; a cell
 * continuing a vertical merge (vMerge / rowspan) is an empty cell marked `continuesAbove`.
 */
export interface DocxCell {
  /** The cell's lines: its paragraphs and soft line breaks, and the text of nested tables, without empty ones. */
  lines: string[];
  continuesAbove: boolean;
}

/**
 * Writes a body in the layout of Word's text export, which the text reader reads into the IR: a paragraph is a
 * line; a table row is its cells, each starting with a tab on a new line and continuing on lines without one,
 * followed by a blank line. Leading tabs and spaces of a line that is not a cell's first are dropped so that it
 * cannot be read as a new cell or a new page.
 */
export function renderTextExport(body: readonly DocxBlock[]): string {
  const out: string[] = [];
  for (const block of body) {
    if (block.kind === 'paragraph') {
      for (const line of block.lines) out.push(line.replace(/^\t+/, ''));
      continue;
    }
    for (const row of block.rows) {
      for (const cell of row) {
        const [first = '', ...rest] = cell.lines;
        out.push('\t' + first);
        for (const line of rest) out.push(line.replace(/^[\t ]+/, ''));
      }
      out.push('');
    }
  }
  return out.join('\n') + '\n';
}
