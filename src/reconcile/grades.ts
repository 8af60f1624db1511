import { knowledge } from '../knowledge/knowledge.js';

/** How a written grade label was read. */
export interface GradeReading {
  /** The standard grade (优/良/中/差), or null when the label is unknown. */
  grade: string | null;
  /** True when the label is a local one mapped in rules/grades.yaml (一等级). */
  local: boolean;
}

const bands = [...knowledge.grades.bands].sort((a, b) => b.min - a.min);

/** Reads a grade label as written (优秀, 良好, 一等级 …). */
export function readGrade(label: string): GradeReading {
  const t = label.replace(/\s+/g, '');
  const standard = bands.find((b) => b.labels.includes(t));
  if (standard) return { grade: standard.grade, local: false };
  const local = knowledge.grades.local_labels[t];
  return local ? { grade: local, local: true } : { grade: null, local: false };
}

/** The grade a total score on the 100-point scale earns. */
export function gradeForScore(score: number): { grade: string; min: number; max: number | null } {
  const index = bands.findIndex((b) => score >= b.min);
  const band = bands[index]!;
  const above = bands[index - 1];
  return { grade: band.grade, min: band.min, max: above ? above.min : null };
}

/** Reads band text such as `优秀（22-25）、良好（20-21）、一般（17-19）、较差（16分以下）`. */
export function parseBands(text: string): { grade: string; min: number; max: number }[] {
  const out: { grade: string; min: number; max: number }[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{1,3})[（(]\s*(\d+(?:\.\d+)?)\s*(?:-|—|~|至)\s*(\d+(?:\.\d+)?)\s*分?[）)]/g)) {
    const grade = readGrade(m[1]!).grade;
    if (grade) out.push({ grade, min: Number(m[2]), max: Number(m[3]) });
  }
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{1,3})[（(]\s*(\d+(?:\.\d+)?)\s*分?以下[）)]/g)) {
    const grade = readGrade(m[1]!).grade;
    if (grade) out.push({ grade, min: 0, max: Number(m[2]) });
  }
  return out;
}
