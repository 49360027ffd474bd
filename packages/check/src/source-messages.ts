import { lineIndex, placeOf } from './files/lines.js';
import { ownCopy } from './own-copy.js';
import { asPlace } from './places.js';
import type { Point } from '@policyc/model';
import type { Place, PolicySource, SourceMessage } from './types.js';

/**
 * Where a parser message points in the policy text: its place, or its offsets (turned into lines
 * and columns by `pointAt`, the text's line index, built once for all the messages).
 */
function sourceMessagePlace(message: SourceMessage, pointAt: () => (offset: number) => Point): Place | undefined {
  const place = message.place && ('start' in message.place ? asPlace(message.place) : asPlace({ start: message.place }));
  if (place) return place;
  if (typeof message.start === 'number') return placeOf(pointAt(), message.start, message.end ?? message.start);
  return undefined;
}

/** Messages of one rule id from the parser, each with its place. */
export function parserFindings(messages: readonly SourceMessage[], ruleId: string, source: PolicySource | undefined): { reason: string; place: Place }[] {
  if (!source) return [];
  // One index of the text's lines for every message: built per message, a 20 MB policy's
  // 2,000 messages took half a minute.
  let index: ((offset: number) => Point) | undefined;
  const pointAt = () => (index ??= lineIndex(source.text));
  return messages.flatMap((m) => {
    const place = m.ruleId === ruleId ? sourceMessagePlace(m, pointAt) : undefined;
    return place ? [{ reason: m.reason, place }] : [];
  });
}

/**
 * The parser's messages with only what the rules read: a parser's message may hold the syntax
 * tree (its ancestors) and views into the policy text, which the checker keeps no longer than the
 * parse (a 20 MB policy's 2,000 messages held 50 MB).
 */
export function plainSourceMessages(messages: readonly SourceMessage[]): SourceMessage[] {
  return messages.map((m) => {
    const plain: SourceMessage = { ruleId: m.ruleId ?? null, reason: ownCopy(String(m.reason)) };
    if (m.place) plain.place = 'start' in m.place ? { start: { ...m.place.start }, end: { ...m.place.end } } : { ...m.place };
    if (typeof m.start === 'number') plain.start = m.start;
    if (typeof m.end === 'number') plain.end = m.end;
    return plain;
  });
}
