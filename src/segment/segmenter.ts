import type { Block, Row, Table } from '../model/ir.js';
import type { DocumentKind } from '../model/report.js';
import type { Span, Traced } from '../model/span.js';
import { knowledge } from '../knowledge/knowledge.js';
import { compact } from '../normalize/labels.js';

/** A document found in a file, before its content is parsed. */
export interface Segment {
  kind: DocumentKind;
  /** Set when the kind is unknown for a known reason (`third_party_evaluation`). */
  family: string | null;
  title: Traced<string> | null;
  blocks: Block[];
  span: Span;
}

/** A paragraph or one table row: the unit segmentation works on (a document may start inside a table). */
interface Unit {
  block: Block;
  row: Row | null;
  text: string;
  span: Span;
}

const headings = knowledge.headings;
const FORM_TITLE = new RegExp(headings.titles.self_evaluation_form);
const REPORT_TITLE = new RegExp(headings.titles.self_evaluation_report);
const THIRD_PARTY_TITLE = new RegExp(headings.titles.third_party_report);
const GENERIC_TITLE = new RegExp(headings.generic_title);
const ATTACHMENT = new RegExp(headings.attachment_label);
const NARRATIVE_HEADING = new RegExp(headings.narrative_heading);
const THIRD_PARTY = new RegExp(headings.third_party);
const MAX_TITLE_LENGTH = 80;

type TitleKind = DocumentKind | 'third_party';

interface Draft {
  units: Unit[];
  kind: TitleKind | null;
  title: Traced<string> | null;
  narrativeStarted: boolean;
}

/**
 * Splits a file's blocks into documents. A title line (…自评表, …自评报告) starts a document; a report title
 * that follows a report's cover form before its prose has begun continues the same document (a cover form and
 * its narrative are one report). Attachment labels (附件2) and a project-name line printed above a generic
 * title go with the title that follows them.
 */
export function segment(blocks: readonly Block[], cleaned: string): Segment[] {
  const units = toUnits(blocks);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const titleKind = classifyTitle(unit);
    if (titleKind) {
      const { title, next } = readTitle(units, i, cleaned);
      if (current && canContinue(current, titleKind)) {
        current.kind = titleKind;
        if (!current.title) {
          const previous = current.units[current.units.length - 1];
          const prefixed = previous && isGenericTitle(title.value) && isNameLine(previous);
          current.title = prefixed ? joinTitle(previous, title, cleaned) : title;
        }
        current.units.push(...units.slice(i, next));
      } else {
        const carried: Unit[] = current ? takeCarriedUnits(current, title) : [];
        if (current && current.units.length === 0) drafts.pop();
        const prefix = carried.length > 0 && isGenericTitle(title.value) ? titlePrefix(carried) : null;
        current = {
          units: [...carried, ...units.slice(i, next)],
          kind: titleKind,
          title: prefix ? joinTitle(prefix, title, cleaned) : title,
          narrativeStarted: false,
        };
        drafts.push(current);
      }
      i = next - 1;
      continue;
    }
    if (!current) {
      current = { units: [], kind: null, title: null, narrativeStarted: false };
      drafts.push(current);
    }
    current.units.push(unit);
    if (unit.row === null && NARRATIVE_HEADING.test(unit.text.trim())) current.narrativeStarted = true;
  }
  return drafts.filter((d) => d.units.length > 0).map((d) => finish(d, cleaned));
}

function toUnits(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      units.push({ block, row: null, text: block.text, span: block.span });
    } else {
      for (const row of block.rows) {
        const filled = row.cells.filter((c) => c.text !== '');
        units.push({ block, row, text: filled.length === 1 ? filled[0]!.text : '', span: row.span });
      }
    }
  }
  return units;
}

function classifyTitle(unit: Unit): TitleKind | null {
  const t = compact(unit.text);
  if (t === '' || t.length > MAX_TITLE_LENGTH) return null;
  if (FORM_TITLE.test(t)) return 'self_evaluation_form';
  if (REPORT_TITLE.test(t)) return 'self_evaluation_report';
  if (THIRD_PARTY_TITLE.test(t)) return 'third_party';
  return null;
}

function isGenericTitle(title: string): boolean {
  return GENERIC_TITLE.test(title);
}

/** A title and the bracketed lines that continue it: `2023年专项预算项目绩效自评报告` + `（…经费专项资金）`. */
function readTitle(units: Unit[], i: number, cleaned: string): { title: Traced<string>; next: number } {
  let next = i + 1;
  let value = compact(units[i]!.text);
  const first = units[next];
  if (first && first.row === null && /^[（(]/.test(first.text.trim())) {
    let depth = 0;
    while (next < units.length && units[next]!.row === null && next - i <= 4) {
      const piece = compact(units[next]!.text);
      value += piece;
      depth += (piece.match(/[（(]/g)?.length ?? 0) - (piece.match(/[）)]/g)?.length ?? 0);
      next++;
      if (depth <= 0) break;
    }
  }
  const span = { start: units[i]!.span.start, end: units[next - 1]!.span.end };
  return { title: { value, text: cleaned.slice(span.start, span.end), span }, next };
}

/** A report title continues the current document while that is an untitled cover or a cover without prose. */
function canContinue(current: Draft, titleKind: TitleKind): boolean {
  if (titleKind !== 'self_evaluation_report') return false;
  if (current.kind === 'self_evaluation_form' || current.kind === 'third_party') return false;
  return !current.narrativeStarted;
}

/** Removes and returns the units at the end of `current` that belong to the next document's title. */
function takeCarriedUnits(current: Draft, title: Traced<string>): Unit[] {
  const carried: Unit[] = [];
  while (current.units.length > 0) {
    const last = current.units[current.units.length - 1]!;
    const t = compact(last.text);
    const isLabel = ATTACHMENT.test(t);
    const isName = carried.length === 0 && isGenericTitle(title.value) && isNameLine(last);
    if (!isLabel && !isName) break;
    carried.unshift(current.units.pop()!);
  }
  return carried;
}

/** A short paragraph that can name the project above a generic title (公众评议调查经费 / 项目支出绩效自评报告). */
function isNameLine(unit: Unit): boolean {
  const t = compact(unit.text);
  return unit.row === null && t.length >= 2 && t.length <= 30 && !NARRATIVE_HEADING.test(t) && !ATTACHMENT.test(t);
}

function titlePrefix(carried: Unit[]): Unit | null {
  const last = carried[carried.length - 1]!;
  return ATTACHMENT.test(compact(last.text)) ? null : last;
}

function joinTitle(prefix: Unit, title: Traced<string>, cleaned: string): Traced<string> {
  const span = { start: prefix.span.start, end: title.span.end };
  return { value: compact(prefix.text) + title.value, text: cleaned.slice(span.start, span.end), span };
}

function finish(draft: Draft, cleaned: string): Segment {
  const blocks = rebuildBlocks(draft.units);
  const span = { start: draft.units[0]!.span.start, end: draft.units[draft.units.length - 1]!.span.end };
  let kind: DocumentKind;
  let family: string | null = null;
  const text = cleaned.slice(span.start, span.end);
  if (draft.kind === 'third_party' || THIRD_PARTY.test(text)) {
    kind = 'unknown';
    family = 'third_party_evaluation';
  } else if (draft.kind) {
    kind = draft.kind;
  } else {
    kind = inferKind(draft, text);
  }
  return { kind, family, title: draft.title, blocks, span };
}

/** Untitled documents: prose with numbered headings about 绩效 is a report; bare scored tables are a form. */
function inferKind(draft: Draft, text: string): DocumentKind {
  if (draft.narrativeStarted && /绩效/.test(text)) return 'self_evaluation_report';
  const hasIndicatorTable = draft.units.some((u) => u.row?.cells.some((c) => compact(c.text) === '三级指标'));
  return hasIndicatorTable ? 'self_evaluation_form' : 'unknown';
}

/** Groups consecutive rows of the same table back into tables. */
function rebuildBlocks(units: Unit[]): Block[] {
  const blocks: Block[] = [];
  let table: Table | null = null;
  let source: Block | null = null;
  for (const unit of units) {
    if (unit.row === null) {
      blocks.push(unit.block);
      table = null;
      source = null;
      continue;
    }
    if (!table || source !== unit.block) {
      table = { kind: 'table', rows: [], span: { ...unit.row.span } };
      source = unit.block;
      blocks.push(table);
    }
    table.rows.push(unit.row);
    table.span.end = unit.row.span.end;
  }
  return blocks;
}
