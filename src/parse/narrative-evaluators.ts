import type { Evaluator } from '../model/report.js';
import { personName } from '../normalize/labels.js';
import type { ProsePiece } from './narrative.js';

const ROLE_LINE = /^[ \t]*(组\s*长|副组长|成\s*员)[：:][ \t]*(.+?)[ \t]*$/gm;

/**
 * Without an evaluators table, the members of the evaluation working group listed in the prose
 * (`组  长：周明`, `成  员：覃英龙、罗意`) are the evaluators; their role becomes the title.
 */
export function narrativeEvaluators(prose: ProsePiece[]): Evaluator[] {
  const evaluators: Evaluator[] = [];
  for (const piece of prose) {
    for (const m of piece.text.matchAll(ROLE_LINE)) {
      const role = m[1]!.replace(/\s+/g, '');
      const roleAt = piece.start + m.index! + m[0].indexOf(m[1]!);
      const listAt = m.index! + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
      let offset = 0;
      for (const raw of m[2]!.split('、')) {
        const name = personName(raw);
        const at = piece.start + listAt + offset + (raw.length - raw.trimStart().length);
        offset += raw.length + 1;
        if (name.length < 2 || name.length > 4) continue;
        evaluators.push({
          name: { value: name, text: raw.trim(), span: { start: at, end: at + raw.trim().length } },
          title: { value: role, text: m[1]!, span: { start: roleAt, end: roleAt + m[1]!.length } },
          unit: null,
          source: 'narrative',
        });
      }
    }
  }
  return evaluators;
}
