import { testRule } from '../../../test/rule-tester.js';

testRule('missing-actual', {
  valid: [
    { name: 'seed 004 form 1: every scored indicator has an actual that meets its target', seed: '004', doc: 0 },
    { name: 'seed 004 form 6: actuals such as 99.92% and 365天 meet their targets', seed: '004', doc: 5 },
  ],
  invalid: [
    {
      name: 'seed 004 form 3: the actual ≤700元/月 is the target copied',
      seed: '004',
      doc: 2,
      findings: [{ severity: 'warning', message: '指标“每月平均维修费用”的完成值“≤700元/月”照抄了指标值（带“≤”），未填写实际完成情况，却得满分 10分' }],
    },
    {
      name: 'seed 004 form 5: 群众满意率 has only “%” as its actual and full marks',
      seed: '004',
      doc: 4,
      findings: [{ severity: 'warning', message: '指标“群众满意率”未填写实际完成值（仅有“%”），却得满分 10分' }],
    },
    {
      name: 'a count target ≥4 with 3 done and full marks',
      seed: '004',
      doc: 0,
      edits: [['\t4次\n', '\t3次\n']],
      findings: [{ severity: 'warning', message: '指标“每月维护次数”目标 ≥4次，完成值 3次未达到目标，却得满分 10分', expected: '4', actual: '3次' }],
    },
  ],
});
