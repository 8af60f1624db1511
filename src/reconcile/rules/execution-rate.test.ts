import { testRule } from '../../../test/rule-tester.js';

testRule('execution-rate', {
  valid: [
    { name: 'seed 003: 资金到位率89.74% = 166.02 ÷ 185 at two decimals', seed: '003' },
    { name: 'seed 004 form 1: 100.00% = 1.8 ÷ 1.8, score 10 of 10', seed: '004', doc: 0 },
  ],
  invalid: [
    {
      name: 'seed 004 form 5: rate 100% and weight 10 give 10, the form says 8',
      seed: '004',
      doc: 4,
      findings: [
        {
          severity: 'warning',
          message: '预算执行率 100.00%、权重 10，预算执行得分应为 10分（权重×执行率，最高为权重），表中为 8分',
          expected: 10,
          actual: 8,
        },
      ],
    },
    {
      name: 'a stated rate of 90.00% where 1.8 ÷ 1.8 is 100.00%',
      seed: '004',
      doc: 0,
      edits: [['\t100.00%\n\t10\n\t10\n', '\t90.00%\n\t10\n\t10\n']],
      findings: [{ severity: 'error', message: '预算执行率90.00%与预算执行数 1.80万元÷预算数 1.80万元 = 100.00%不符', expected: '100.00%', actual: '90.00%' }],
    },
  ],
});
