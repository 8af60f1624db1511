import { readFile } from 'node:fs/promises';
import { extractBytes, type ExtractedFile } from './pipeline.js';
import { InputError } from './ingest/input-error.js';
import { documentToJson } from './output/contract-json.js';
import { catalogue } from './reconcile/runner.js';
import { ExtractResultSchema, type ExtractResultJson } from './output/contract-schema.js';

const USAGE = `用法 / usage:
  jixiao extract FILE [--format json]     解析一个文件，输出 JSON
  jixiao rules                            列出规则目录
`;

/** The contract JSON of an extracted file, validated against the schema. */
export function toContractJson(file: ExtractedFile): ExtractResultJson {
  return ExtractResultSchema.parse({
    source: { path: file.path, sha256: file.sha256, format: file.format, encoding: file.encoding },
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
    const file = extractBytes(path, bytes);
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
