import { testRule } from '../../../test/rule-tester.js';

testRule('expenditure-sum', {
  valid: [
    { name: 'seed 000: five items add up to 支出合计 7万元 for plan and actual', seed: '000' },
    { name: 'seed 002: twelve items add up to 21.2万元', seed: '002' },
  ],
  invalid: [
    {
      name: 'an actual item raised by 0.10万元 breaks the actual total',
      seed: '000',
      edits: [['\t3.08\n', '\t3.18\n']],
      findings: [{ severity: 'error', message: '支出明细各项实际支出合计 7.10万元，与“支出合计”7.00万元不符（相差 0.10万元）', expected: 7_000_000, actual: 7_100_000 }],
    },
    {
      name: 'a planned item changed breaks the planned total',
      seed: '002',
      edits: [['\t3.4\n', '\t3.5\n']],
      findings: [{ severity: 'error', message: '支出明细各项计划支出合计 21.30万元，与“支出合计”21.20万元不符（相差 0.10万元）', expected: 21_200_000, actual: 21_300_000 }],
    },
  ],
});
