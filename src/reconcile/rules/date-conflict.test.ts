import { testRule } from '../../../test/rule-tester.js';

testRule('date-conflict', {
  valid: [
    { name: 'seed 000: cover and three signatures all dated 2020年1月12日, after the 2019 period', seed: '000' },
    { name: 'seed 003: no signature dates, only prose dates', seed: '003' },
  ],
  invalid: [
    {
      name: 'seed 002: 填报人 2020年3月7日 disagrees with 2021年3月7日 and precedes the period end',
      seed: '002',
      findings: [
        {
          severity: 'error',
          message: '填报人日期 2020年3月7日与其他落款日期（2021年3月7日）不一致，且早于项目起止时间结束（2020年12月），自评不可能在此之前完成',
          expected: '2021-03-07',
          actual: '2020-03-07',
        },
      ],
    },
    {
      name: 'seed 004 form 2 says 我局2022年度评价得分 in a 2023 form',
      seed: '004',
      doc: 1,
      findings: [{ severity: 'warning', message: '正文称“我局2022年度评价得分”，与本文件的评价年度 2023年不符', expected: 2023, actual: 2022 }],
    },
  ],
});
