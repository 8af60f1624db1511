import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/cleaner.js';
import { textToBlocks } from '../src/ingest/text-blocks.js';
import type { Table } from '../src/model/ir.js';

describe('cleaning', () => {
  it('removes Word artefacts and keeps a map back to the raw offsets', () => {
    const raw = '[bookmark: _Toc6084]一、基本情况\r\n\u200b得分９０％\f';
    const { text, rawOffset } = clean(raw);
    expect(text).toBe('一、基本情况\n得分90%');
    expect(raw[rawOffset[0]!]).toBe('一');
    expect(raw[rawOffset[text.indexOf('得')]!]).toBe('得');
    expect(rawOffset[text.length]).toBe(raw.length);
  });
  it('turns NBSP and ideographic spaces into plain spaces and ＝ ≧ into = ≥', () => {
    expect(clean('a\u00a0b\u3000c＝≧').text).toBe('a b c=≥');
  });
});

describe('text export tables', () => {
  it('reads rows separated by blank lines, cells by tabs, continuation lines into the cell', () => {
    const text = '标题\n\t实施单位\n（盖章）\n\t广元市\n\n\t计划支出数\n\n（万元）\n\t7\n\n段落';
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1] as Table;
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['实施单位（盖章）', '广元市'],
      ['计划支出数（万元）', '7'],
    ]);
    const cell = table.rows[0]!.cells[1]!;
    expect(text.slice(cell.span.start, cell.span.end)).toBe('广元市');
  });
  it('a line that starts with a space after a table starts a paragraph', () => {
    const blocks = textToBlocks('\t姓名\n\t罗意\n 2023年度某项目绩效自评报告');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
  });
});
