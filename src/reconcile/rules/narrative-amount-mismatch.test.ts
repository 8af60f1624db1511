import { testRule } from '../../../test/rule-tester.js';

testRule('narrative-amount-mismatch', {
  valid: [
    { name: 'seed 001: the prose list is the only source and adds up to 实际支出9万元', seed: '001' },
    { name: 'seed 002: every prose item matches the table (the 元 slip is unit-slip’s)', seed: '002' },
  ],
  invalid: [
    {
      name: 'seed 000 names 印刷费, which the table lacks, and its list sums to 7.29万元',
      seed: '000',
      findings: [
        { severity: 'warning', message: '正文列出“印刷费0.29万元”，但支出明细表中没有印刷费', actual: 290_000 },
        { severity: 'warning', message: '正文列举的各项支出合计 7.29万元，与前文“实际支出7万元”不符（相差 0.29万元）', expected: 7_000_000, actual: 7_290_000 },
      ],
    },
    {
      name: 'seed 004 form 3: 0.838万元 in prose beside 0.84万元 in the table is rounding',
      seed: '004',
      doc: 2,
      findings: [{ severity: 'info', message: '正文“专项经费0.838万元”与表中 0.84万元相差 0.002万元，属四舍五入', expected: 840_000, actual: 838_000 }],
    },
    {
      name: 'a prose item that disagrees with its table row',
      seed: '002',
      edits: [['差旅费11.53万元', '差旅费11.35万元']],
      findings: [
        { severity: 'warning', message: '正文“差旅费11.35万元”与支出明细表中差旅费实际支出 11.53万元不符（相差 0.18万元）', expected: 11_530_000, actual: 11_350_000 },
        { severity: 'warning', message: '正文列举的各项支出合计 21.02万元，与前文“实际支出21.2万元”不符（相差 0.18万元）', expected: 21_200_000, actual: 21_020_000 },
      ],
    },
  ],
});
