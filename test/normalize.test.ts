import { describe, expect, it } from 'vitest';
import { findDates, parsePeriod } from '../src/normalize/dates.js';
import { parseIndicatorValue, parseOperator } from '../src/normalize/indicator-value.js';
import { formatWan, parseMoneyCell, toFen } from '../src/normalize/money.js';
import { agreesAtPrecision, parsePercent } from '../src/normalize/percent.js';

describe('money to fen', () => {
  it('converts 万元, 元 and 亿元 exactly, without floating point', () => {
    expect(toFen('0.838', '万元')).toBe(838_000);
    expect(toFen('0.1', '万元')! + toFen('0.2', '万元')!).toBe(toFen('0.3', '万元'));
    expect(toFen('166.02', '万元')).toBe(166_020_000);
    expect(toFen('0.73', '元')).toBe(73);
    expect(toFen('1.5', '亿元')).toBe(15_000_000_000);
    expect(toFen('1,234.5', '元')).toBe(123_450);
  });
  it('reads money cells with their own unit or the column’s', () => {
    expect(parseMoneyCell('1.8万元', '元')).toMatchObject({ fen: 1_800_000, unit: '万元', unitWritten: true, decimals: 1 });
    expect(parseMoneyCell('7', '万元')).toMatchObject({ fen: 7_000_000, unitWritten: false, decimals: 0 });
    expect(parseMoneyCell('42.38 万元', '万元')?.fen).toBe(42_380_000);
    expect(parseMoneyCell('/', '万元')).toBeNull();
    expect(parseMoneyCell('', '万元')).toBeNull();
  });
  it('formats 万元 with at least two decimals', () => {
    expect(formatWan(12_400_000)).toBe('12.40万元');
    expect(formatWan(838_000)).toBe('0.838万元');
  });
});

describe('dates', () => {
  it('finds Arabic, spaced and Chinese-numeral dates and skips blank 年 月 日', () => {
    expect(findDates('2020年1月 12 日').map((d) => d.iso)).toEqual(['2020-01-12']);
    expect(findDates('二〇二〇年三月七日').map((d) => d.iso)).toEqual(['2020-03-07']);
    expect(findDates('二〇二〇年十二月三十一日').map((d) => d.iso)).toEqual(['2020-12-31']);
    expect(findDates('年   月   日')).toEqual([]);
    expect(findDates('2020年2月30日')).toEqual([]);
  });
  it('reads project periods with or without the second year', () => {
    expect(parsePeriod('2019年1月至2019年12月')).toEqual({ start: '2019-01', end: '2019-12' });
    expect(parsePeriod('2020年1月至12月')).toEqual({ start: '2020-01', end: '2020-12' });
    expect(parsePeriod('全年')).toBeNull();
  });
});

describe('indicator values', () => {
  it('reads operators in their own column, full-width (cleaned) and as words', () => {
    expect(parseOperator('≥')).toBe('≥');
    expect(parseOperator('>=')).toBe('≥');
    expect(parseOperator('=')).toBe('=');
    expect(parseOperator('定性')).toBe('定性');
    expect(parseOperator('不低于')).toBe('≥');
    expect(parseOperator('')).toBeNull();
  });
  it('splits a value into operator, number and unit', () => {
    expect(parseIndicatorValue('1.8万元')).toEqual({ operator: null, value: 1.8, unit: '万元' });
    expect(parseIndicatorValue('≤700元/月')).toEqual({ operator: '≤', value: 700, unit: '元/月' });
    expect(parseIndicatorValue('20万人以上')).toEqual({ operator: '≥', value: 20, unit: '万人' });
    expect(parseIndicatorValue('99.92%')).toEqual({ operator: null, value: 99.92, unit: '%' });
    expect(parseIndicatorValue('2023年1月')).toEqual({ operator: null, value: null, unit: null });
    expect(parseIndicatorValue('一直持续')).toEqual({ operator: null, value: null, unit: null });
    expect(parseIndicatorValue('%')).toEqual({ operator: null, value: null, unit: null });
  });
});

describe('percentages', () => {
  it('compare at the precision written', () => {
    const stated = parsePercent('89.74%')!;
    expect(stated).toEqual({ ratio: 0.8974, decimals: 2 });
    expect(agreesAtPrecision(stated, 166.02 / 185)).toBe(true);
    expect(agreesAtPrecision(stated, 166.1 / 185)).toBe(false);
    expect(agreesAtPrecision(parsePercent('90%')!, 0.897)).toBe(true);
  });
});
