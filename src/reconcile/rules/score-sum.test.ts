import { testRule } from '../../../test/rule-tester.js';

testRule('score-sum', {
  valid: [
    { name: 'seed 004 form 1: 合计 100 counts indicators 90 plus budget execution 10', seed: '004', doc: 0 },
    { name: 'seed 004 form 2: 合计 90 counts the indicators alone', seed: '004', doc: 1 },
    { name: 'seed 004 report 1: block scores 15+25+18+10+30 make the stated 98', seed: '004', doc: 6 },
  ],
  invalid: [
    {
      name: 'seed 003: 项目管理 items sum to 21 but 小计 and summary say 23; 项目绩效 summary says 51 for 53',
      seed: '003',
      findings: [
        { severity: 'error', message: '“项目管理”各三级指标得分合计 21，与“小计”栏所列 23分不符（相差 2）', expected: 21, actual: 23 },
        { severity: 'error', message: '“项目管理”各三级指标得分合计 21，与得分汇总表所列 23分不符（相差 2）', expected: 21, actual: 23 },
        { severity: 'error', message: '“项目绩效”各三级指标得分合计 53，与得分汇总表所列 51分不符（相差 2）', expected: 53, actual: 51 },
      ],
    },
    {
      name: 'seed 004 form 5: 合计 100 and the conclusion 100 while indicators 90 plus execution 8 make 98',
      seed: '004',
      doc: 4,
      findings: [
        { severity: 'error', message: '绩效指标得分合计 90分加预算执行得分 8分，共 98分，与“合计”100分不符（相差 2）', expected: 98, actual: 100 },
        { severity: 'error', expected: 98, actual: 100 },
      ],
    },
  ],
});
