import { testRule } from '../../../test/rule-tester.js';

testRule('foreign-project-name', {
  valid: [
    { name: 'seed 004 report 1 mentions only its own project', seed: '004', doc: 6 },
    { name: 'seed 004 report 5 mentions only its own project', seed: '004', doc: 10 },
  ],
  invalid: [
    {
      name: 'seed 004 report 2 evaluates “投融资理财非法集资工作经费”, another project of the file',
      seed: '004',
      doc: 7,
      findings: [{ severity: 'warning', actual: '投融资理财非法集资' }],
    },
    {
      name: 'seed 004 report 4 says it surveyed 网上信访投诉平台维护费, project 3',
      seed: '004',
      doc: 9,
      findings: [{ severity: 'warning', actual: '网上信访投诉平台维护费' }],
    },
  ],
});
