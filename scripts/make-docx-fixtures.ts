/**
 * Makes the DOCX fixtures (committed; run again only when the seeds change):
 *
 * - fixtures/docx/<seed>.docx for every seed: its paragraphs and real Word tables, with the empty leading cells
 *   of a row under a filled one as vertical merges (vMerge, as 一级指标 spans its rows), a short row's last cell
 *   spanning the rest of the grid (gridSpan), `[bookmark: …]` markers as real bookmarks, form feeds as page
 *   breaks, a bracketed second line of a cell (`（盖章）`) as a soft line break, and a header and a footer with a
 *   PAGE field;
 * - fixtures/docx/constructs.docx: one of each construct the readers must handle (a field, a text box, a
 *   footnote, a nested table, tracked changes, a content control, a hyperlink).
 *
 * Then `npm run fixtures:pdf` (scripts/make-pdf-fixtures.sh) converts them to PDF with LibreOffice.
 *
 *   npx tsx scripts/make-docx-fixtures.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { Cell } from '../src/model/ir.js';
import { textToBlocks } from '../src/ingest/text-blocks.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let bookmarkId = 0;

/** Runs for a piece of text: bookmarks, page breaks and tabs as Word has them. */
function runs(text: string): string {
  return text
    .split(/(\[bookmark: [^\]]+\]|\f|\t)/)
    .filter((part) => part !== '')
    .map((part) => {
      const bookmark = /^\[bookmark: ([^\]]+)\]$/.exec(part);
      if (bookmark) {
        const id = bookmarkId++;
        return `<w:bookmarkStart w:id="${id}" w:name="${escape(bookmark[1]!)}"/><w:bookmarkEnd w:id="${id}"/>`;
      }
      if (part === '\f') return '<w:r><w:br w:type="page"/></w:r>';
      if (part === '\t') return '<w:r><w:tab/></w:r>';
      return `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`;
    })
    .join('');
}

const paragraph = (text: string) => `<w:p>${runs(text)}</w:p>`;

/** A cell's paragraphs: each source line a paragraph, a bracketed note after a line as a soft line break. */
function cellParagraphs(raw: string, cell: Cell): string {
  const lines = cell.pieces.map((p) => raw.slice(p.start, p.end));
  if (lines.length === 0) return '<w:p/>';
  const paragraphs: string[][] = [];
  for (const line of lines) {
    if (paragraphs.length > 0 && /^[（(]/.test(line)) paragraphs[paragraphs.length - 1]!.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs.map((p) => `<w:p>${p.map(runs).join('<w:r><w:br/></w:r>')}</w:p>`).join('');
}

/** A table: leading empty cells under a filled or merged cell continue a vertical merge. */
function table(raw: string, rows: Cell[][]): string {
  const grid = Math.max(...rows.map((r) => r.length));
  const merged: boolean[][] = [];
  rows.forEach((row, r) => {
    const flags: boolean[] = [];
    const above = rows[r - 1];
    for (let c = 0; c < row.length && row[c]!.pieces.length === 0; c++) {
      flags[c] = !!above && above.length === row.length && (above[c]!.pieces.length > 0 || merged[r - 1]![c] === true);
    }
    merged.push(flags);
  });
  const width = Math.floor(9000 / grid);
  const body = rows
    .map((row, r) => {
      const cells = row.map((cell, c) => {
        const span = c === row.length - 1 && row.length < grid ? `<w:gridSpan w:val="${grid - row.length + 1}"/>` : '';
        const continues = merged[r]![c] === true;
        const starts = !continues && rows[r + 1]?.length === row.length && merged[r + 1]![c] === true;
        const vMerge = continues ? '<w:vMerge/>' : starts ? '<w:vMerge w:val="restart"/>' : '';
        return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${vMerge}</w:tcPr>${continues ? '<w:p/>' : cellParagraphs(raw, cell)}</w:tc>`;
      });
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const gridCols = Array.from({ length: grid }, () => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${gridCols}</w:tblGrid>${body}</w:tbl>`;
}

function documentXml(body: string): string {
  const section =
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}${section}</w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="SimSun" w:eastAsia="SimSun" w:hAnsi="SimSun"/><w:sz w:val="21"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;

function docx(body: string, extra: { footnotes?: string } = {}): Uint8Array {
  const rels = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>',
    '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>',
    '<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://czj.example.gov.cn/" TargetMode="External"/>',
    extra.footnotes ? '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : '',
  ].join('');
  const overrides = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>',
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>',
    extra.footnotes ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(body),
    'word/styles.xml': strToU8(STYLES),
    'word/header1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}><w:p><w:r><w:t>项目支出绩效自评材料</w:t></w:r></w:p></w:hdr>`),
    'word/footer1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${W}><w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>`,
    ),
  };
  if (extra.footnotes) files['word/footnotes.xml'] = strToU8(extra.footnotes);
  // A fixed date keeps the committed bytes the same on every run.
  return zipSync(files, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

/** The DOCX of a seed text. */
export function seedDocx(raw: string): Uint8Array {
  bookmarkId = 0;
  const body = textToBlocks(raw)
    .map((block) => (block.kind === 'paragraph' ? paragraph(block.text) : table(raw, block.rows.map((r) => r.cells))))
    .join('');
  return docx(documentXml(body));
}

/** A short document with one of each construct the readers must handle. */
function constructsDocx(): Uint8Array {
  const p = (inner: string) => `<w:p>${inner}</w:p>`;
  const t = (s: string) => `<w:r><w:t xml:space="preserve">${escape(s)}</w:t></w:r>`;
  const textBox =
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框：自评得分92分</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框：自评得分92分</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>';
  const nested = `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p>${t('办公费')}</w:p></w:tc><w:tc><w:p>${t('1.58')}</w:p></w:tc></w:tr></w:tbl>`;
  const body = [
    p(t('2020年度项目支出绩效自评报告')),
    p(`${t('填报日期：')}<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2021年3月7日</w:t></w:r></w:fldSimple>`),
    p(`${t('评价时间：')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t('2021年3月8日')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
    p(`${t('项目资金')}<w:r><w:footnoteReference w:id="1"/></w:r>${t('共计5万元。')}`),
    p(`${t('实际支出')}<w:del w:id="90" w:author="a"><w:r><w:delText>4</w:delText></w:r></w:del><w:ins w:id="91" w:author="a">${t('4.5')}</w:ins>${t('万元。')}`),
    p(`<w:sdt><w:sdtContent>${t('内容控件中的文字')}</w:sdtContent></w:sdt>`),
    p(`<w:hyperlink r:id="rIdLink">${t('财政局网站')}</w:hyperlink>`),
    p(`${t('第一行')}<w:r><w:br/></w:r>${t('第二行')}`),
    p(textBox),
    `<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${t('产出指标')}</w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${t('数量指标')}</w:p></w:tc></w:tr>` +
      `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p>${t('明细')}</w:p></w:tc><w:tc>${nested}<w:p/></w:tc></w:tr></w:tbl>`,
    p(t('结束。')),
  ].join('');
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>含中央资金2万元。</w:t></w:r></w:p></w:footnote></w:footnotes>`;
  return docx(documentXml(body), { footnotes });
}

if (process.argv[1]?.endsWith('make-docx-fixtures.ts')) {
  for (const name of readdirSync('fixtures').filter((f) => f.endsWith('.txt')).sort()) {
    const out = `fixtures/docx/${name.replace(/\.txt$/, '.docx')}`;
    writeFileSync(out, seedDocx(readFileSync(`fixtures/${name}`, 'utf8')));
    console.log(out);
  }
  writeFileSync('fixtures/docx/constructs.docx', constructsDocx());
  console.log('fixtures/docx/constructs.docx');
}
