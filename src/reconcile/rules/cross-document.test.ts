import { testRule } from '../../../test/rule-tester.js';

testRule('cross-document', {
  valid: [
    { name: 'seed 004 report 2 agrees with its form on 42.38万元 and 100分', seed: '004', doc: 7 },
    { name: 'seed 004 report 6 agrees with its form on 1.8万元 and 100分', seed: '004', doc: 11 },
  ],
  invalid: [
    {
      name: 'seed 004 report 1 totals 98分 where its form says 100分',
      seed: '004',
      doc: 6,
      findings: [{ severity: 'error', message: '自评报告所述总分98分，与本文件中同一项目的自评表（第5份文档）所填100分不符', expected: 100, actual: 98 }],
    },
    {
      name: 'a report whose 年初预算 differs from its form',
      seed: '004',
      doc: 10,
      edits: [['区级财政年初预算金额15万元', '区级财政年初预算金额16万元']],
      findings: [{ severity: 'error', message: '自评报告所述年初预算16.00万元，与本文件中同一项目的自评表（第6份文档）所填15.00万元不符', expected: 15_000_000, actual: 16_000_000 }],
    },
  ],
});
