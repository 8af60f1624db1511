import { testRule } from '../../../test/rule-tester.js';

testRule('funding-consistency', {
  valid: [
    { name: 'seed 000: 计划 7, 到位 7, 支出 7 and 支出合计 7 agree', seed: '000' },
    { name: 'seed 003: 县级资金 by source equal the totals 185 / 166.02 / 166.02', seed: '003' },
  ],
  invalid: [
    {
      name: 'seed 004 report 3 states 年初预算 0.84万元 and 5万元',
      seed: '004',
      doc: 8,
      findings: [{ severity: 'error', message: '正文两处年初预算不一致：“年初预算金额0.84万元”与“年初预算5万元”', expected: 840_000, actual: 5_000_000 }],
    },
    {
      name: 'a cover 实际支出 above the table total and above the funds received',
      seed: '000',
      edits: [['\t实际支出（万元）\n\t7\n', '\t实际支出（万元）\n\t7.5\n']],
      findings: [
        { severity: 'error', message: '封面“实际支出”7.50万元，与支出明细“支出合计（实际）”7.00万元不符（相差 0.50万元）', expected: 7_000_000, actual: 7_500_000 },
        { severity: 'error', message: '实际支出 7.50万元超过实际到位资金 7.00万元', expected: 7_000_000, actual: 7_500_000 },
      ],
    },
  ],
});
