import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import mammoth from 'mammoth';
import { InputError } from '../input-error.js';
import type { DocxBlock, DocxCell } from './docx-body.js';
import { documentXml } from './unzip-docx.js';

/** What the mammoth reader gives: the body, and mammoth's own messages. */
export interface MammothResult {
  body: DocxBlock[];
  warnings: string[];
}

/**
 * Reads a DOCX the reference way: mammoth → HTML → cheerio. Slower than readOoxml (≈20× here), and it drops
 * the text of simple fields (w:fldSimple) and of text boxes without a VML fallback, but it is a second,
 * independent reading of the same file: on every fixture the two readers must give the same body
 * (test/docx.test.ts). Footnote references and the footnote list mammoth appends are left out, as readOoxml
 * does; rowspan/colspan are expanded to the grid of the text export.
 */
export async function readWithMammoth(bytes: Uint8Array): Promise<MammothResult> {
  documentXml(bytes); // the same size cap and the same errors as the fast path
  let result;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  } catch (e) {
    throw new InputError('corrupt-docx', `mammoth 无法读取该 DOCX（${(e as Error).message}）`);
  }
  const $ = cheerio.load(result.value);
  $('a[id^="footnote-ref-"], a[id^="endnote-ref-"]').parent('sup').remove();
  $('li[id^="footnote-"], li[id^="endnote-"]').parent().remove();
  const body: DocxBlock[] = [];
  for (const node of $('body').children().toArray()) {
    if (node.tagName === 'table') {
      body.push({ kind: 'table', rows: tableRows($, node) });
    } else {
      for (const lines of paragraphsOf($, node)) if (lines.some((l) => l.trim() !== '')) body.push({ kind: 'paragraph', lines });
    }
  }
  return { body, warnings: result.messages.map((m) => `mammoth: ${m.message}`) };
}

/** The paragraphs of a block element (a list gives one per item), each as lines split at `<br>`. */
function paragraphsOf($: cheerio.CheerioAPI, node: Element): string[][] {
  if (node.tagName === 'ul' || node.tagName === 'ol') return $(node).children('li').toArray().flatMap((li) => paragraphsOf($, li));
  if (node.tagName === 'li' && $(node).children('p').length > 0) return $(node).children().toArray().flatMap((c) => paragraphsOf($, c));
  const lines = [''];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') lines[lines.length - 1] += n.data;
    else if (n.type === 'tag' && n.tagName === 'br') lines.push('');
    else if (n.type === 'tag') n.children.forEach(walk);
  };
  node.children.forEach(walk);
  return [lines];
}

/** The lines of a cell: its paragraphs, list items and nested tables' text, without empty lines. */
function cellLines($: cheerio.CheerioAPI, td: Element): string[] {
  return $(td)
    .children()
    .toArray()
    .flatMap((child) => (child.tagName === 'table' ? tableRows($, child).flatMap((row) => row.flatMap((c) => c.lines)) : paragraphsOf($, child).flat()))
    .filter((line) => line.trim() !== '');
}

/** Rows of a table, a cell covered by a rowspan from above given as an empty cell that continues it. */
function tableRows($: cheerio.CheerioAPI, table: Element): DocxCell[][] {
  const covered = new Map<number, { rows: number; width: number }>();
  return $(table)
    .find('> tr, > thead > tr, > tbody > tr')
    .toArray()
    .map((tr) => {
      const row: DocxCell[] = [];
      let column = 0;
      const fillCovered = () => {
        for (let cover = covered.get(column); cover; cover = covered.get(column)) {
          row.push({ lines: [], continuesAbove: true });
          if (--cover.rows === 0) covered.delete(column);
          column += cover.width;
        }
      };
      for (const td of $(tr).children('td, th').toArray()) {
        fillCovered();
        const width = Number($(td).attr('colspan') ?? 1);
        const rows = Number($(td).attr('rowspan') ?? 1);
        row.push({ lines: cellLines($, td), continuesAbove: false });
        if (rows > 1) covered.set(column, { rows: rows - 1, width });
        column += width;
      }
      fillCovered();
      return row;
    });
}
