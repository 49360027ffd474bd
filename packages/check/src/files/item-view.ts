/**
 * A `registry.json` or `registry.ts` on disk read by its region alone: the items that differ from
 * the printing of the primary's data (`printed-region.ts`), read as the file's reader reads them,
 * with every place they give put back where it is in the whole file. The rest of the file is that
 * printing, whose judgement is known (the primary's data was valid, its rules found no error), so
 * the per-file rules judge the region (`RegistryFile.view`) and report what reading the file whole
 * would (issue 8: a hand edit to one task no longer costs the file's text and data).
 */
import type { Point } from '@policyc/model';
import type { Place } from '../types.js';
import { fileBytes } from './hash.js';
import { readJsonFile } from './json-file.js';
import { jsonTopIndex } from './json-top.js';
import { lastAtOrBefore, lineIndex, FILE_START } from './lines.js';
import { parsePointer, toPointer } from './pointer.js';
import type { FramePart, PrintedRegion } from './printed-region.js';
import type { ItemView, RegistryFile } from './registry-file.js';
import { readTsFile, literalOf } from './ts-file.js';

/** A segment of the view's text, from offset `at`: the file's text from `offset`, after `breaks` line breaks. */
interface Segment {
  at: number;
  offset: number;
  breaks: number;
}

/**
 * The file at `absolutePath` read by its region; undefined when the region does not read as whole
 * items of its list (an edit that reaches into the text around them, a syntax error a whole read
 * would place outside it, a file changed since it was compared): the caller reads it whole.
 */
export function readItemView(path: string, absolutePath: string, kind: 'json' | 'ts', region: PrintedRegion): RegistryFile | undefined {
  const text = regionText(absolutePath, region);
  if (text === undefined) return undefined;
  return kind === 'json' ? jsonView(path, text, region) : tsView(path, text, region);
}

function regionText(absolutePath: string, region: PrintedRegion): string | undefined {
  // The region starts and ends at ASCII bytes (an item's braces): decoded alone, as in the whole text.
  return fileBytes(absolutePath, region.byteStart, region.byteEnd - region.byteStart, region.size)?.toString('utf8');
}

/**
 * The region as a JSON file of its own, `{"tasks": [0,` + the region + `]}` (the `0,` when items
 * come before it, so that the region is read as the whole file reads it: after a comma). Read, it
 * must hold one list whose items are the region's; or a syntax error inside the region, which a
 * whole read finds at the same place with the same words (it has read the same text to there).
 */
function jsonView(path: string, region: string, found: PrintedRegion): RegistryFile | undefined {
  const opening = `{${JSON.stringify(found.list)}: [${found.from > 0 ? '0,' : ''}\n    `;
  const text = `${opening}${region}\n]}`;
  const file = readJsonFile(path, text);
  const skip = found.from > 0 ? 1 : 0;
  let items: unknown[] = [];
  if (file.data === undefined) {
    const at = file.problems[0]?.place.start.offset;
    if (at === undefined || at < opening.length || at >= opening.length + region.length) return undefined;
  } else {
    const top = jsonTopIndex(text);
    const entry = top?.entries.get(found.list);
    const list = (file.data as Record<string, unknown>)[found.list];
    // The list closes where the text does: nothing in the region closed it early.
    if (top?.entries.size !== 1 || entry?.value?.[1] !== text.length - 1 || !Array.isArray(list) || list.length <= skip) return undefined;
    items = list.slice(skip);
  }
  const view = viewOf(text, found, items, [{ at: opening.length, offset: found.start, breaks: found.breaks }]);
  return view && withView(file, view, (pointer) => {
    const segments = parsePointer(pointer);
    const index = Number(segments[1]);
    return [found.list, index - found.from + skip, ...segments.slice(2)];
  });
}

/**
 * The region in the printing of `registry.ts` with the items of its lists left out (the frame
 * `printed-region.ts` kept): the declarations, the id unions and the values outside the lists are
 * the file's, so the file's reader, the type-check and the rules read it as they read the file.
 * It must read with the scanner (plain literals, no statement policyc does not write), the
 * region's items being the list's whole.
 */
function tsView(path: string, region: string, found: PrintedRegion): RegistryFile | undefined {
  const frame = found.frame;
  if (!frame) return undefined;
  const text = `${frame.before.text}${region}${frame.after.text}`;
  const file = readTsFile(path, text);
  const spans = literalOf(file)?.items.get(found.list);
  const start = frame.before.text.length;
  if (file.problems.length > 0 || !spans || spans.length === 0 || spans[0]![0] !== start || spans.at(-1)![1] !== start + region.length) return undefined;
  const items = (file.data as Record<string, unknown>)[found.list] as unknown[];
  // After the region, the file's text is the printing's, moved by what the region adds or takes away.
  const lineBreaks = region.split('\n').length - 1;
  const moved = (part: FramePart, at: number, offset: number, breaks: number): Segment[] =>
    part.segments.map((segment) => ({ at: at + segment.at, offset: segment.printed + offset, breaks: segment.breaks + breaks }));
  const segments = [
    ...moved(frame.before, 0, 0, 0),
    { at: start, offset: found.start, breaks: found.breaks },
    ...moved(frame.after, start + region.length, region.length - found.printedLength, lineBreaks - found.printedBreaks),
  ];
  const view = viewOf(text, found, items, segments);
  return view && withView(file, view, (pointer) => {
    const segments = parsePointer(pointer);
    return [found.list, Number(segments[1]) - found.from, ...segments.slice(2)];
  });
}

/**
 * The view of `text` whose `segments` start where the text says: each segment starts a line, or
 * goes on one the segment before it ends, at the column the file has there (the region at the
 * column its first item has in the file), so that a point of the text is the file's at the same
 * column, its line moved by the segment's line breaks.
 */
function viewOf(text: string, found: PrintedRegion, items: unknown[], segments: Segment[]): { view: ItemView; mapPoint(point: Point): Point } | undefined {
  const points = lineIndex(text);
  const starts = segments.map((segment) => segment.at);
  const region = segments.find((segment) => segment.offset === found.start && segment.breaks === found.breaks);
  if (!region || points(region.at).column !== found.column) return undefined;
  const lineShift = segments.map((segment) => segment.breaks + 1 - points(segment.at).line);
  const mapPoint = (point: Point): Point => {
    const offset = point.offset ?? 0;
    const i = lastAtOrBefore(starts, offset);
    const segment = segments[i]!;
    return { line: point.line + lineShift[i]!, column: point.column, offset: segment.offset + offset - segment.at };
  };
  return { view: { list: found.list, from: found.from, items, replaced: found.replaced, pointAt: (offset) => mapPoint(points(offset)) }, mapPoint };
}

/**
 * `file` (read from the view's text) made the view of the file: its problems and places moved to
 * the file's, its data the region's items at their indexes. `inText` gives a pointer of the file
 * as one of the view's text; a pointer outside the region (no rule asks for one of a view) gives
 * the file's start.
 */
function withView(file: RegistryFile, { view, mapPoint }: { view: ItemView; mapPoint(point: Point): Point }, inText: (pointer: string) => Array<string | number>): RegistryFile {
  // A place's own line and column moved (the reader's count of them kept, as a whole read gives it).
  const mapPlace = (place: Place): Place => ({ start: mapPoint(place.start), end: mapPoint(place.end) });
  const locate = file.locate;
  const held: Record<number, unknown> = {};
  view.items.forEach((item, i) => {
    held[view.from + i] = item;
  });
  // The same object: the readers keep what they know of a file (its literal, its declarations) by it.
  Object.assign(file, {
    data: file.data === undefined ? undefined : { [view.list]: held },
    problems: file.problems.map((problem) => ({ reason: problem.reason, place: mapPlace(problem.place) })),
    view,
    locate(pointer: string, key?: boolean): Place {
      const segments = parsePointer(pointer);
      const index = Number(segments[1]);
      const inRegion = segments[0] === view.list && Number.isInteger(index) && index >= view.from && index < view.from + view.items.length;
      return inRegion ? mapPlace(locate(toPointer(inText(pointer)), key)) : FILE_START;
    },
  });
  return file;
}
