import { testRule } from '../../../test/rule-tester.js';

testRule('grade-mismatch', {
  valid: [
    { name: 'seed 000: 100分 graded 优秀', seed: '000' },
    { name: 'seed 001: 100分 and 优秀等级 in prose', seed: '001' },
  ],
  invalid: [
    {
      name: 'seed 003: the annex says 绩效等级：良 for a total of 92',
      seed: '003',
      findings: [{ severity: 'error', message: '等级“良”与总分 92分不符：92分应为“优”（90分及以上）', expected: '优', actual: '良' }],
    },
    {
      name: 'seed 002: the local label 一等级 is read as 优 and shown for review',
      seed: '002',
      findings: [{ severity: 'info', message: '等级“一等级”不是标准等级名称（优/良/中/差），按规则表读作“优”，请核实', expected: '优', actual: '一等级' }],
    },
    {
      name: 'a cover grade of 良好 for 100分',
      seed: '000',
      edits: [['\t自评等次\n\t优秀', '\t自评等次\n\t良好']],
      findings: [{ severity: 'error', message: '等级“良好”与总分 100分不符：100分应为“优”（90分及以上）', expected: '优', actual: '良好' }],
    },
  ],
});
