/** One page as pdf-parse reads it: its text in reading order and the ruled tables found on it. */
export interface PdfPage {
  text: string;
  tables: string[][][];
}

/** The pages laid out as a Word text export, and where each page starts in that text. */
export interface PdfText {
  text: string;
  pageStarts: number[];
}

const CJK = '\\u3400-\\u9fff\\uff08\\uff09\\uff1a\\uff0c\\u3002\\u3001\\uff1b\\u201c\\u201d';
/** pdf.js puts a space between Chinese and Latin/digits ("2023 年度"); Word's text has none. */
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) (?=[0-9A-Za-z.%〔])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([0-9A-Za-z.%〕]) (?=[${CJK}])`, 'g');
const PAGE_NUMBER = /^(第\s*\d+\s*页(\s*共\s*\d+\s*页)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)$/;
const SENTENCE_END = /[。；：！？:;]$/;

const squeeze = (s: string) => s.replace(/\s+/g, '');
const unspace = (s: string) => s.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');

/**
 * Lays PDF pages out as the text reader expects a Word text export: header and footer lines (the same first
 * or last line on most pages, page numbers) dropped; each ruled table put where its text stands on the page,
 * a row as tab-started cells followed by a blank line; prose lines that wrap at the right margin joined; the
 * spaces pdf.js puts between Chinese and digits removed. In indicator and scoring tables (一级指标 …), a row
 * that pdf-parse returns short because its first cells are merged from above gets empty cells in front, as
 * the text export has them.
 */
export function layOutPdf(pages: readonly PdfPage[]): PdfText {
  const repeated = repeatedEdgeLines(pages);
  const out: string[] = [];
  const pageStarts: number[] = [];
  let length = 0;
  const push = (line: string) => {
    out.push(line);
    length += line.length + 1;
  };
  const pushTable = (table: string[][]) => {
    for (const row of table) {
      for (const cell of row) push('\t' + cell.split('\n').map((l) => unspace(l.trim())).join('\n'));
      push('');
    }
  };
  for (const page of pages) {
    pageStarts.push(length);
    const lines = page.text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !repeated.has(l) && !PAGE_NUMBER.test(l));
    const tables = page.tables.map(padMergedRows);
    const width = Math.max(0, ...lines.map((l) => l.length));
    let prose: string | null = null;
    const flush = () => {
      if (prose !== null) push(unspace(prose));
      prose = null;
    };
    for (let i = 0; i < lines.length; ) {
      const used = tables.length > 0 ? linesOfTable(lines, i, tables[0]!) : 0;
      if (used > 0) {
        flush();
        pushTable(tables.shift()!);
        i += used;
        continue;
      }
      const line = lines[i++]!;
      if (prose !== null && prose.length >= width * 0.9 && !SENTENCE_END.test(prose)) prose += line;
      else {
        flush();
        prose = line;
      }
    }
    flush();
    // A table whose text could not be placed goes after the page's prose rather than being lost.
    tables.forEach(pushTable);
  }
  return { text: out.join('\n') + '\n', pageStarts };
}

/** Lines that open or close most pages: running headers and footers. */
function repeatedEdgeLines(pages: readonly PdfPage[]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const lines = page.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    for (const edge of new Set([lines[0], lines[lines.length - 1]])) if (edge) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= Math.max(2, pages.length * 0.6)).map(([line]) => line));
}

/**
 * How many lines from `start` hold the text of `table`, or 0 when the table does not start there: the first
 * line must open the table's text (compared without white space) and each following line must occur in it
 * (pdf.js may order the lines of one cell differently from the table reader).
 */
function linesOfTable(lines: readonly string[], start: number, table: string[][]): number {
  const stream = squeeze(table.flat().join(''));
  const first = squeeze(lines[start]!);
  if (first === '' || !stream.startsWith(first)) return 0;
  let i = start + 1;
  while (i < lines.length && stream.includes(squeeze(lines[i]!))) i++;
  return i - start;
}

/** In a table with an 一级指标/二级指标 header, puts a short row's cells under the last columns of the header. */
function padMergedRows(table: string[][]): string[][] {
  let width = 0;
  return table.map((row) => {
    if (row.some((c) => /^[一二]级指标$/.test(squeeze(c)))) width = row.length;
    const last = row[row.length - 1] ?? '';
    if (width === 0 || row.length >= width || squeeze(last) === '') return row;
    return [...Array<string>(width - row.length).fill(''), ...row];
  });
}
