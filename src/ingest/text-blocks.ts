import type { Block, Cell, Paragraph, Row, Table } from '../model/ir.js';
import type { Span } from '../model/span.js';

/** One line of the cleaned text with its offsets (without the newline). */
interface Line {
  text: string;
  start: number;
}

/**
 * Reads the layout of Word text exports into the IR. A table row is a group of lines separated from the next
 * row by a blank line; each cell starts with a tab and may continue on following lines without one
 * (`实施单位\n（盖章）`). A cell may also hold an empty paragraph followed by a bracketed note
 * (`计划支出数\n\n（万元）`). Any other line is a paragraph of its own. A line that starts with a space right
 * after a table opens a new page or section in these exports and is a paragraph, not a continuation.
 */
export function textToBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text.startsWith('\t')) {
      const { table, next } = readTable(lines, i);
      blocks.push(table);
      i = next;
    } else {
      if (line.text.trim() !== '') blocks.push(paragraph(line));
      i++;
    }
  }
  return blocks;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ text: text.slice(start), start });
      return lines;
    }
    lines.push({ text: text.slice(start, nl), start });
    start = nl + 1;
  }
}

function paragraph(line: Line): Paragraph {
  return { kind: 'paragraph', text: line.text, span: { start: line.start, end: line.start + line.text.length } };
}

const BRACKET_NOTE = /^[（(][^（()）]{1,12}[）)]\s*$/;

function isBlank(line: Line | undefined): boolean {
  return line !== undefined && line.text.trim() === '';
}

function readTable(lines: Line[], first: number): { table: Table; next: number } {
  const rows: Row[] = [];
  let cells: CellBuilder[] = [];
  let i = first;
  const endRow = () => {
    if (cells.length > 0) rows.push(buildRow(cells));
    cells = [];
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text.startsWith('\t')) {
      cells.push(new CellBuilder(line.start + 1, line.text.slice(1)));
      i++;
    } else if (isBlank(line)) {
      const after = lines[i + 1];
      const afterNote = lines[i + 2];
      if (cells.length > 0 && after && BRACKET_NOTE.test(after.text) && (!afterNote || afterNote.text.startsWith('\t') || isBlank(afterNote))) {
        cells[cells.length - 1]!.add(after.start, after.text);
        i += 2;
        continue;
      }
      endRow();
      if (after?.text.startsWith('\t')) {
        i++;
        continue;
      }
      break;
    } else if (cells.length > 0 && !line.text.startsWith(' ')) {
      cells[cells.length - 1]!.add(line.start, line.text);
      i++;
    } else {
      break;
    }
  }
  endRow();
  const span: Span = { start: rows[0]!.span.start, end: rows[rows.length - 1]!.span.end };
  return { table: { kind: 'table', rows, span }, next: i };
}

function buildRow(builders: CellBuilder[]): Row {
  const cells = builders.map((b) => b.build());
  return { cells, span: { start: cells[0]!.span.start, end: cells[cells.length - 1]!.span.end } };
}

/** Collects the lines of one cell. */
class CellBuilder {
  private readonly pieces: { start: number; text: string }[] = [];
  constructor(start: number, text: string) {
    this.pieces.push({ start, text });
  }
  add(start: number, text: string): void {
    this.pieces.push({ start, text });
  }
  build(): Cell {
    const kept = this.pieces
      .map((p) => trimPiece(p.start, p.text))
      .filter((p): p is { start: number; text: string } => p !== null);
    const first = this.pieces[0]!;
    const span =
      kept.length > 0
        ? { start: kept[0]!.start, end: kept[kept.length - 1]!.start + kept[kept.length - 1]!.text.length }
        : { start: first.start, end: first.start };
    return {
      text: kept.map((p) => p.text).join(''),
      pieces: kept.map((p) => ({ start: p.start, end: p.start + p.text.length })),
      span,
      continuesAbove: false,
    };
  }
}

/** Trims a line piece, moving its start past leading spaces; null when nothing is left. */
function trimPiece(start: number, text: string): { start: number; text: string } | null {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return trimmed === '' ? null : { start: start + lead, text: trimmed };
}
