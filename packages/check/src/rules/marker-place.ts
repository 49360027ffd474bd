import type { Section } from '@policyc/model';
import { hasSpan } from '../coerce.js';
import type { Place } from '../types.js';

/** The span of a section's marker in the policy text (a marker never wraps a line). */
export function markerPlace(section: Section): Place | undefined {
  if (!hasSpan(section.position)) return undefined;
  const { start } = section.position;
  const length = section.marker.length;
  return { start, end: { line: start.line, column: start.column + length, offset: start.offset + length } };
}
