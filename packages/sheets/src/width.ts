/**
 * How wide text is in a spreadsheet cell. Excel measures a column in widths of the digit "0";
 * a CJK character (and, in a CJK font, a punctuation mark of ambiguous width such as "“" or "…")
 * takes two.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/** Display width of one line of text, CJK characters counting 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += eastAsianWidth(char.codePointAt(0)!, { ambiguousAsWide: true });
  return width;
}

/** Display width of the widest line of a cell. */
export function cellWidth(value: unknown): number {
  const text = value === null || value === undefined ? '' : String(value);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, textWidth(line));
  return widest;
}

/** The lines a wrapped cell takes in a column `width` wide. */
export function wrappedLines(value: unknown, width: number): number {
  const text = value === null || value === undefined ? '' : String(value);
  // Excel keeps a little padding inside the cell; a CJK character does not split across lines.
  const room = Math.max(2, width - 1);
  let lines = 0;
  for (const line of text.split('\n')) lines += Math.max(1, Math.ceil(textWidth(line) / room));
  return lines;
}

export interface WidthLimits {
  min: number;
  max: number;
}

/** A column's width: its widest cell plus padding, kept between `min` and `max`. */
export function fitWidth(values: readonly unknown[], limits: WidthLimits): number {
  let widest = 0;
  for (const value of values) widest = Math.max(widest, cellWidth(value));
  return Math.min(limits.max, Math.max(limits.min, widest + 2));
}
