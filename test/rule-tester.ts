import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/findings.js';
import { extractBytes, type ExtractedFile } from '../src/pipeline.js';

/** A fixture by the first three characters of its name (`000` … `004`), optionally edited. */
export interface FixtureCase {
  /** A sentence saying what the case shows. */
  name: string;
  seed: string;
  /** Index of the document to look at; all documents when omitted. */
  doc?: number;
  /** Text replacements applied to the fixture (each original must occur in it). */
  edits?: [string, string][];
}

/** An invalid case: the exact findings the rule must report (rule and evidence filled by the tester). */
export interface InvalidCase extends FixtureCase {
  findings: Partial<Omit<Finding, 'rule'>>[];
}

const cache = new Map<string, string>();

/** Reads a seed fixture's text by its prefix. */
export function seedText(seed: string): string {
  let text = cache.get(seed);
  if (!text) {
    const name = readdirSync('fixtures').find((f) => f.startsWith(seed) && f.endsWith('.txt'));
    if (!name) throw new Error(`no fixture ${seed}`);
    text = readFileSync(`fixtures/${name}`, 'utf8');
    cache.set(seed, text);
  }
  return text;
}

/** Runs the pipeline on a (possibly edited) seed. */
export function runCase(c: FixtureCase): ExtractedFile {
  let text = seedText(c.seed);
  for (const [from, to] of c.edits ?? []) {
    if (!text.includes(from)) throw new Error(`edit "${from}" not found in fixture ${c.seed}`);
    text = text.replace(from, to);
  }
  return extractBytes(`${c.seed}.txt`, new TextEncoder().encode(text));
}

function findingsOf(file: ExtractedFile, rule: string, doc: number | undefined): Finding[] {
  const docs = doc === undefined ? file.documents : [file.documents[doc]!];
  return docs.flatMap((d) => d.findings).filter((f) => f.rule === rule);
}

/**
 * ESLint-style table-driven rule test: valid cases (real fixtures) must produce no finding of the rule,
 * invalid cases exactly the listed findings, each with evidence that equals its source slice.
 */
export function testRule(rule: string, cases: { valid: FixtureCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(findingsOf(runCase(c), rule, c.doc)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const file = runCase(c);
          const found = findingsOf(file, rule, c.doc);
          expect(found).toHaveLength(c.findings.length);
          found.forEach((f, i) => expect(f).toMatchObject(c.findings[i]!));
          for (const f of found) {
            expect(f.evidence.length).toBeGreaterThan(0);
            for (const e of f.evidence) expect(file.cleaned.slice(e.start, e.end)).toBe(e.text);
          }
        });
      }
    });
  });
}
