import { testRule } from '../../../test/rule-tester.js';

testRule('count-conflict', {
  valid: [
    { name: 'seed 004 report 4: 共638件 = 558 + 80, and 三级指标9个 match the table', seed: '004', doc: 9 },
    { name: 'seed 003: 其中 parts 11124 and 11124 stay within 26007', seed: '003' },
  ],
  invalid: [
    {
      name: 'seed 004 form 3: 每月检修维护至少4次 and 每月检修维护1--3次',
      seed: '004',
      doc: 2,
      findings: [{ severity: 'warning', expected: '至少4次', actual: '1–3次' }],
    },
    {
      name: 'parts after 其中 that exceed their total',
      seed: '004',
      doc: 9,
      edits: [['线下收集交办80件', '线下收集交办180件']],
      findings: [{ severity: 'warning', message: '“其中”所列各项合计 738件，超过总数 638件', expected: 638, actual: 738 }],
    },
    {
      name: 'a stated count of third-level indicators that the table does not have',
      seed: '004',
      doc: 6,
      edits: [['二级指标8个、三级指标8个', '二级指标8个、三级指标9个']],
      findings: [{ severity: 'warning', message: '文中称三级指标 9个，而绩效指标表列有 8个', expected: 8, actual: 9 }],
    },
  ],
});
