import { testRule } from '../../../test/rule-tester.js';

testRule('unit-slip', {
  valid: [
    { name: 'seed 000: all prose amounts are in 万元', seed: '000' },
    { name: 'seed 001: all prose amounts are in 万元', seed: '001' },
  ],
  invalid: [
    {
      name: 'seed 002: 印刷费0.73元 among 万元 items, the table has 0.73万元',
      seed: '002',
      findings: [
        {
          severity: 'warning',
          message: '正文“印刷费0.73元”的单位与同段其他支出（万元）不一致，支出明细表中印刷费为 0.73万元，疑为“0.73万元”之误',
          expected: 730_000,
          actual: 73,
        },
      ],
    },
    {
      name: 'a table item written in 元 makes the column add up only when read as 万元',
      seed: '000',
      edits: [['\t3.66\n', '\t36600\n']],
      findings: [{ severity: 'warning', expected: 3_660_000, actual: 36_600_000_000 }],
    },
  ],
});
