import { testRule } from '../../../test/rule-tester.js';

testRule('score-exceeds-weight', {
  valid: [
    { name: 'seed 003: no item scores above its 分值', seed: '003' },
    { name: 'seed 004 form 5: budget execution 8 of 10', seed: '004', doc: 4 },
  ],
  invalid: [
    {
      name: 'an item scored 2 of 1',
      seed: '003',
      edits: [['\t组织机构\n\t1\n\t1\n', '\t组织机构\n\t1\n\t2\n']],
      findings: [{ severity: 'error', message: '“组织机构”得分 2，超过其分值 1', expected: 1, actual: 2 }],
    },
    {
      name: 'budget execution scored 12 of 10',
      seed: '004',
      doc: 0,
      edits: [['\t10\n\t10\n\t1.预算执行率', '\t10\n\t12\n\t1.预算执行率']],
      findings: [{ severity: 'error', message: '“预算执行”得分 12，超过其分值 10', expected: 10, actual: 12 }],
    },
  ],
});
