/**
 * Keeps rule ↔ test ↔ doc ↔ catalogue in step (ESLint's checkRuleFiles): every rule module needs a test and a
 * doc and an entry in rules/catalogue.yaml, and every catalogue entry a module. Run by `npm test`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { knowledge } from '../src/knowledge/knowledge.js';
import { RULES } from '../src/reconcile/rules/index.js';

const problems: string[] = [];
const modules = readdirSync('src/reconcile/rules').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
const registered = new Set(RULES.map((r) => r.meta.id));
for (const file of modules) {
  const id = file.replace(/\.ts$/, '');
  if (!registered.has(id)) problems.push(`Rule module not registered in src/reconcile/rules/index.ts: ${id}`);
  if (!existsSync(`src/reconcile/rules/${id}.test.ts`)) problems.push(`Missing tests for rule: ${id}`);
  if (!existsSync(`docs/rules/${id}.md`)) problems.push(`Missing documentation for rule: ${id}`);
  if (!knowledge.catalogue.rules[id]) problems.push(`Missing catalogue entry (rules/catalogue.yaml) for rule: ${id}`);
}
for (const rule of RULES) {
  if (!modules.includes(`${rule.meta.id}.ts`)) problems.push(`Rule id does not match its file name: ${rule.meta.id}`);
}
for (const id of Object.keys(knowledge.catalogue.rules)) {
  if (!registered.has(id)) problems.push(`Catalogue entry without a rule module: ${id}`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`check-rule-files: ${RULES.length} rules, each with module, test, doc and catalogue entry`);
