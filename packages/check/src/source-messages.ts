import { lineIndex, placeOf } from './files/lines.js';
import { asPlace } from './places.js';
import type { Place, PolicySource, SourceMessage } from './types.js';

/** Where a parser message points in the policy text: its place, or its offsets. */
function sourceMessagePlace(message: SourceMessage, source: PolicySource): Place | undefined {
  const place = message.place && ('start' in message.place ? asPlace(message.place) : asPlace({ start: message.place }));
  if (place) return place;
  if (typeof message.start === 'number') return placeOf(lineIndex(source.text), message.start, message.end ?? message.start);
  return undefined;
}

/** Messages of one rule id from the parser, each with its place. */
export function parserFindings(messages: readonly SourceMessage[], ruleId: string, source: PolicySource | undefined): { reason: string; place: Place }[] {
  if (!source) return [];
  return messages.flatMap((m) => {
    const place = m.ruleId === ruleId ? sourceMessagePlace(m, source) : undefined;
    return place ? [{ reason: m.reason, place }] : [];
  });
}
