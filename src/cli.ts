import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { extractFile, type ExtractedFile } from './pipeline.js';
import { InputError } from './ingest/input-error.js';
import { documentToJson } from './output/contract-json.js';
import { catalogue } from './reconcile/runner.js';
import { ExtractResultSchema, type ExtractResultJson } from './output/contract-schema.js';

const USAGE = `用法 / usage:
  jixiao extract FILE [--format json]                         解析一个文件，输出 JSON
  jixiao import PATH… [--db FILE] [--jobs N] [--json]          批量导入文件与目录到 SQLite（默认 jixiao.db）
  jixiao findings [--db FILE] [--severity S] [--rule R] [--unit U] [--year Y] [--format table|json|csv]
  jixiao export [--db FILE] --to DIR [--format csv|jsonl]     每张表导出一个文件
  jixiao rules                                                列出规则目录
`;

/** The contract JSON of an extracted file, validated against the schema. */
export function toContractJson(file: ExtractedFile): ExtractResultJson {
  return ExtractResultSchema.parse({
    source: { path: file.path, sha256: file.sha256, format: file.format, encoding: file.encoding, ...(file.pages && { pages: file.pages }) },
    documents: file.documents.map(documentToJson),
    warnings: file.warnings,
  });
}

/** Runs the CLI; returns the exit code (0 ok, 1 some input failed, 2 bad usage). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return extractCommand(rest);
    case 'rules':
      return rulesCommand();
    case 'import':
      return importCommand(rest);
    case 'findings':
      return findingsCommand(rest);
    case 'export':
      return exportCommand(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`jixiao: 未知命令 "${command}"\n${USAGE}`);
      return 2;
  }
}

/** Parses options, or prints the usage and returns null (exit 2). */
function options<T extends ParseArgsConfig['options']>(args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: positionals, strict: true });
  } catch (e) {
    process.stderr.write(`jixiao: ${(e as Error).message}\n${USAGE}`);
    return null;
  }
}

async function importCommand(args: string[]): Promise<number> {
  const parsed = options(args, { db: { type: 'string', default: 'jixiao.db' }, jobs: { type: 'string' }, json: { type: 'boolean', default: false } }, true);
  if (!parsed) return 2;
  const jobs = parsed.values.jobs === undefined ? Math.min(2, availableParallelism()) : Number(parsed.values.jobs);
  if (parsed.positionals.length === 0 || !Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`jixiao import: 需要至少一个路径，--jobs 为正整数\n${USAGE}`);
    return 2;
  }
  const { importPaths } = await import('./import/importer.js');
  const summary = await importPaths(parsed.positionals, { database: parsed.values.db!, jobs, progress: true });
  if (parsed.values.json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  } else {
    process.stdout.write(
      `导入完成（第 ${summary.importId} 次导入，${summary.database}）：共 ${summary.filesSeen} 个文件，导入 ${summary.filesImported}，` +
        `跳过 ${summary.filesSkipped}（内容已导入），失败 ${summary.filesFailed}，跨文件比对新增发现 ${summary.crossFileFindings} 条，用时 ${summary.seconds.toFixed(1)} 秒\n`,
    );
    for (const f of summary.failures) process.stdout.write(`  失败 ${f.path}: ${f.message} [${f.code}]\n`);
  }
  return summary.filesFailed > 0 ? 1 : 0;
}

async function findingsCommand(args: string[]): Promise<number> {
  const parsed = options(args, {
    db: { type: 'string', default: 'jixiao.db' },
    severity: { type: 'string' },
    rule: { type: 'string' },
    unit: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string', default: 'table' },
  });
  if (!parsed) return 2;
  const v = parsed.values;
  if (!['table', 'json', 'csv'].includes(v.format!) || (v.severity && !['error', 'warning', 'info'].includes(v.severity))) {
    process.stderr.write(`jixiao findings: --format 为 table、json 或 csv，--severity 为 error、warning 或 info\n`);
    return 2;
  }
  if (!existsSync(v.db!)) {
    process.stderr.write(`jixiao findings: 数据库 ${v.db} 不存在（先运行 jixiao import）\n`);
    return 1;
  }
  const [{ openDatabase }, { queryFindings }] = await Promise.all([import('./store/database.js'), import('./store/findings-query.js')]);
  const db = openDatabase(v.db!);
  const rows = queryFindings(db, { severity: v.severity, rule: v.rule, unit: v.unit, year: v.year ? Number(v.year) : undefined });
  db.close();
  if (v.format === 'json') process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else if (v.format === 'csv') {
    const { csvLine } = await import('./store/csv.js');
    const columns = ['path', 'document', 'project', 'unit', 'fiscal_year', 'rule', 'severity', 'message', 'expected', 'actual', 'evidence'] as const;
    process.stdout.write([csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => r[c])))].join('\n') + '\n');
  } else {
    for (const r of rows) process.stdout.write(`${r.severity.padEnd(8)}${r.rule.padEnd(27)}${r.path}#${r.document} ${r.project ?? ''}（${r.fiscal_year ?? '?'}）\n        ${r.message}\n`);
    process.stdout.write(`共 ${rows.length} 条\n`);
  }
  return 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const parsed = options(args, { db: { type: 'string', default: 'jixiao.db' }, to: { type: 'string' }, format: { type: 'string', default: 'csv' } });
  if (!parsed) return 2;
  const v = parsed.values;
  if (!v.to || (v.format !== 'csv' && v.format !== 'jsonl')) {
    process.stderr.write(`jixiao export: 需要 --to DIR，--format 为 csv 或 jsonl（parquet 尚未实现）\n`);
    return 2;
  }
  if (!existsSync(v.db!)) {
    process.stderr.write(`jixiao export: 数据库 ${v.db} 不存在（先运行 jixiao import）\n`);
    return 1;
  }
  const [{ openDatabase }, { exportTables }] = await Promise.all([import('./store/database.js'), import('./store/export-tables.js')]);
  const db = openDatabase(v.db!);
  const counts = await exportTables(db, v.to, v.format);
  db.close();
  for (const [table, n] of Object.entries(counts)) process.stdout.write(`${table}.${v.format}: ${n} 行\n`);
  return 0;
}

function rulesCommand(): number {
  const rows = catalogue().map((r) => `${r.id.padEnd(28)}${r.severity.padEnd(9)}${r.enabled ? '' : '（停用）'}${r.description}`);
  process.stdout.write(`${'规则 id'.padEnd(26)}${'默认级别'.padEnd(7)}说明\n${rows.join('\n')}\n`);
  return 0;
}

async function extractCommand(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  const format = args.includes('--format') ? args[args.indexOf('--format') + 1] : 'json';
  if (files.length !== 1 || format !== 'json') {
    process.stderr.write(`jixiao extract: 需要且只需要一个文件（--format 只支持 json）\n${USAGE}`);
    return 2;
  }
  const path = files[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    process.stderr.write(`jixiao extract: ${path}: 无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）\n`);
    return 1;
  }
  try {
    const file = await extractFile(path, bytes);
    process.stdout.write(JSON.stringify(toContractJson(file), null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`jixiao extract: ${path}: ${e.message} [${e.code}]\n`);
      return 1;
    }
    process.stderr.write(`jixiao extract: ${path}: 内部错误：${(e as Error).message}\n`);
    return 1;
  }
}
