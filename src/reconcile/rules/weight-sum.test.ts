import { testRule } from '../../../test/rule-tester.js';

testRule('weight-sum', {
  valid: [
    { name: 'seed 003: every level of both scoring tables adds up, first level to 100', seed: '003' },
    { name: 'seed 004 form 3: eleven indicator weights make the heading’s 90分', seed: '004', doc: 2 },
  ],
  invalid: [
    {
      name: 'a third-level weight raised so 资金到位 (5) no longer holds its children (3 + 3)',
      seed: '003',
      edits: [['\t到位时效\n\t2\n', '\t到位时效\n\t3\n']],
      findings: [{ severity: 'error', message: '“资金到位”下各三级指标分值合计 6，与其分值 5不符（相差 1）', expected: 5, actual: 6 }],
    },
    {
      name: 'an indicator heading of 80分 over weights that make 90',
      seed: '004',
      doc: 0,
      edits: [['\t绩效指标（90分）', '\t绩效指标（80分）']],
      findings: [{ severity: 'error', message: '绩效指标权重合计 90，与“80分”所标 80分不符（相差 10）', expected: 80, actual: 90 }],
    },
  ],
});
