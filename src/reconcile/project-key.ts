/**
 * The key two documents of one project share: the project name without white space, bracket width, a
 * leading year or a trailing 专项资金/专项经费/项目, so that a 自评表 and its 自评报告 match.
 */
export function projectKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^\d{4}年度?/, '')
    .replace(/(专项资金|专项经费|项目)$/, '');
}
