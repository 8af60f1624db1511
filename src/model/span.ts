/** A half-open range `[start, end)` of character offsets into the cleaned text of one file. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/**
 * A value read from the document together with the exact text it was read from.
 * Every number jixiao reports is a `Traced` value, so a reviewer can highlight its source.
 */
export interface Traced<T> {
  /** The normalised value (fen for money, a number for scores, a string for names). */
  value: T;
  /** The cleaned text the value was read from; equals `cleaned.slice(span.start, span.end)`. */
  text: string;
  /** Where `text` stands in the cleaned text. */
  span: Span;
}

/** Builds a `Traced` value, deriving the span end from the text length. */
export function traced<T>(value: T, text: string, start: number): Traced<T> {
  return { value, text, span: { start, end: start + text.length } };
}

/** The smallest span covering all given spans (or `null` when there are none). */
export function cover(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = spans[0]!.start;
  let end = spans[0]!.end;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}
