import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../input-error.js';
import type { DocxBlock, DocxCell } from './docx-body.js';
import { documentXml } from './unzip-docx.js';

/** What the OOXML reader gives: the body, and what it did not read. */
export interface OoxmlResult {
  body: DocxBlock[];
  warnings: string[];
}

/** Elements whose content is not part of the text: the fallback copy of a text box, text moved away. */
const SKIPPED = new Set(['mc:Fallback', 'w:moveFrom', 'w:del']);

interface TableState {
  rows: DocxCell[][];
  cell: DocxCell | null;
}

/**
 * Reads a DOCX the fast way: word/document.xml (fflate) walked with saxes, straight to the body the text
 * export layout is written from. What it reads: paragraphs, soft line breaks, tabs, tables with gridSpan and
 * vMerge, nested tables (their text joins the enclosing cell), the text of simple and complex fields (the
 * field result, not its code), text boxes (after the paragraph that anchors them, once, not their fallback
 * copy), content controls, hyperlinks, tracked changes as accepted. Headers and footers are not read (they
 * repeat on every page); footnotes are not read and are counted in `warnings`.
 */
export function readOoxml(bytes: Uint8Array): OoxmlResult {
  const xml = new TextDecoder().decode(documentXml(bytes));
  const body: DocxBlock[] = [];
  const tables: TableState[] = [];
  /**
   * Open paragraphs, each with the text-box paragraphs waiting for it to close: a text box's paragraphs are
   * nested in the paragraph that anchors it.
   */
  const paragraphs: { lines: string[]; boxes: string[][] }[] = [];
  let skipDepth = 0;
  let runDepth = 0;
  let inText = false;
  let footnotes = 0;

  const emit = (lines: string[]) => {
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.lines.push(...lines.filter((l) => l.trim() !== ''));
    else if (lines.some((l) => l.trim() !== '')) body.push({ kind: 'paragraph', lines });
  };
  const write = (text: string) => {
    const lines = paragraphs[paragraphs.length - 1]?.lines;
    if (lines) lines[lines.length - 1] += text;
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (skipDepth > 0 || SKIPPED.has(tag.name)) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    switch (tag.name) {
      case 'w:p':
        paragraphs.push({ lines: [''], boxes: [] });
        break;
      case 'w:r':
        runDepth++;
        break;
      case 'w:t':
        inText = runDepth > 0;
        break;
      case 'w:tab':
        if (runDepth > 0) write('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth > 0 && tag.attributes['w:type'] !== 'page' && tag.attributes['w:type'] !== 'column') paragraphs[paragraphs.length - 1]?.lines.push('');
        break;
      case 'w:noBreakHyphen':
        if (runDepth > 0) write('-');
        break;
      case 'w:footnoteReference':
        footnotes++;
        break;
      case 'w:tbl':
        tables.push({ rows: [], cell: null });
        break;
      case 'w:tr':
        tables[tables.length - 1]?.rows.push([]);
        break;
      case 'w:tc': {
        const table = tables[tables.length - 1]!;
        table.cell = { lines: [], continuesAbove: false };
        table.rows[table.rows.length - 1]?.push(table.cell);
        break;
      }
      case 'w:vMerge': {
        const cell = tables[tables.length - 1]?.cell;
        const val = tag.attributes['w:val'];
        if (cell && (val === undefined || val === 'continue')) cell.continuesAbove = true;
        break;
      }
    }
  });
  parser.on('text', (text) => {
    if (inText && skipDepth === 0) write(text);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth--;
      return;
    }
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        runDepth--;
        break;
      case 'w:p': {
        const { lines, boxes } = paragraphs.pop()!;
        const outer = paragraphs[paragraphs.length - 1];
        if (outer) {
          outer.boxes.push(lines, ...boxes);
        } else {
          emit(lines);
          for (const box of boxes) emit(box);
        }
        break;
      }
      case 'w:tc': {
        const table = tables[tables.length - 1]!;
        if (table.cell?.continuesAbove) table.cell.lines = [];
        table.cell = null;
        break;
      }
      case 'w:tbl': {
        const table = tables.pop()!;
        const outer = tables[tables.length - 1];
        if (outer?.cell) outer.cell.lines.push(...table.rows.flatMap((row) => row.flatMap((cell) => cell.lines)));
        else if (table.rows.length > 0) body.push({ kind: 'table', rows: table.rows });
        break;
      }
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new InputError('corrupt-docx', `DOCX 的 word/document.xml 不是完整的 XML（${(e as Error).message.split('\n')[0]}）`);
  }
  const warnings = footnotes > 0 ? [`文档有 ${footnotes} 处脚注，脚注内容未读入`] : [];
  return { body, warnings };
}
