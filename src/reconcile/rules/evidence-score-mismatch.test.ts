import { testRule } from '../../../test/rule-tester.js';

testRule('evidence-score-mismatch', {
  valid: [
    { name: 'seed 004 form 1: 自评结论 90 and 10 match the table', seed: '004', doc: 0 },
    { name: 'seed 000: no explanation states a score', seed: '000' },
  ],
  invalid: [
    {
      name: 'seed 003: 产出时效 explained as 该指标得4分 beside a score of 2',
      seed: '003',
      findings: [{ severity: 'error', message: '“产出时效”的评价依据写“得4分”，而得分栏为 2分', expected: 2, actual: 4 }],
    },
    {
      name: 'seed 004 form 5: 自评结论 says 预算执行情况得分10分, the table 8',
      seed: '004',
      doc: 4,
      findings: [{ severity: 'error', message: '自评结论写“预算执行情况得分10分”，而表中预算执行得分为 8分', expected: 8, actual: 10 }],
    },
  ],
});
