/**
 * Splitting a written list of units into names.
 *
 * 、，, always separate (outside brackets: "各县（市、区）" is one name). The joiners 及 / 以及 /
 * 和 / 与 / 并 separate only where both sides are complete names, so "国务院相关部门及各地区"
 * splits while "工业和信息化部", "中央和国家机关工委" and "各有关部门和单位" do not ("工业",
 * "中央" and "单位" are not names by themselves).
 *
 * "等" closes a list: "A、B等国务院相关部门及各地区" names A, B and 各地区; the phrase right after
 * 等 ("国务院相关部门", "有关部门和单位", "相关单位") is the class A and B belong to, not another unit.
 */
import { charClass } from './codes.js';
import { isClassPhrase, isUnitName, NESTED_CLOSERS, NESTED_OPENERS } from './names.js';
import { expandShortened, extendsClass, extendsKind, isBareLevel, mayBeFragment, shareLevel } from './shortened.js';
import type { Span } from './view.js';

/** A name found in a list; `name` is set when the list wrote it shortened ("市、区财政部门"). */
export interface NameSpan extends Span {
  name?: string;
}

/** The name a span stands for: completed from its list, or as written in `s`. */
export function nameOf(s: string, span: NameSpan): string {
  return span.name ?? s.slice(span.start, span.end);
}

/** Tells whether a piece of a list is one complete name. */
export type NameTest = (raw: string) => boolean;

/** Levels of government as a list names them after 各 (the longer words first: "县级市" is no "县"). */
// Compound levels name two or three at once ("市州": cities and prefectures, "县市区").
const LEVEL = '(?:县级市|地级市|自治州|自治区|直辖市|计划单列市|县市区|县市|市州|市县|区县|县区|乡镇|镇街|街镇|省|市|县|区|州|旗|盟|乡|镇|街道)';
/** A level, perhaps with the levels that rank with it in brackets ("县（市）", "县（市、区）"). */
const LEVEL_ITEM = `${LEVEL}(?:[（(]${LEVEL}(?:、${LEVEL})*[）)])?`;
// A level followed by 直 opens another word ("市直有关部门": the city's own departments).
const LEVELS_RE = new RegExp(`各(?:有关|相关)?${LEVEL_ITEM}(?:[、和及]${LEVEL_ITEM}(?!直))*[、和及]${LEVEL_ITEM}(?!直)`, 'uy');
// The kind may open with 级 ("各市、县级政府": every city-level and county-level government), as no
// other level word does ("各区、县级市" ends at its levels).
const CATCH_ALL_KIND_RE = /^(?![直等]|级市)[^各（(]*(?:政府|党委|部门|单位|机关|机构|局|委|厅|办|院)(?:[（(][^（()）]{1,8}[）)])?$/u;
/** How long the kind word after the levels can be ("人民政府", "税务局"). */
const MAX_CATCH_ALL_KIND = 12;

/**
 * Where a catch-all over levels that starts at `s[i]` ends (within `b`: `end`, a closing "等…" of
 * the list's included) and where its name does (`nameEnd`), or null.
 */
function catchAllEnd(s: string, i: number, b: number, isName: NameTest): { end: number; nameEnd: number } | null {
  LEVELS_RE.lastIndex = i;
  const m = LEVELS_RE.exec(s);
  if (m === null) return null;
  const levels = i + m[0].length;
  // The levels alone are the catch-all where the piece ends with them: "各区、县级市" is every
  // district's and county-level city's government, as "各区、县人民政府" is; no level is a unit apart.
  if (levels === b || /[，,；;]/u.test(s[levels] as string)) return { end: levels, nameEnd: levels };
  // …and where a joiner follows them ("各区、县级市和市直有关部门"), or a 等 that closes the list
  // ("…、各区、县级市等": the 等 is the list's, part of no name).
  if (/[和及]/u.test(s[levels] as string)) return { end: levels, nameEnd: levels };
  if (s[levels] === '等' && (levels + 1 === b || isClassPhrase(s.slice(levels + 1, b)))) return { end: b, nameEnd: levels };
  for (let end = levels + 1; end <= Math.min(b, levels + MAX_CATCH_ALL_KIND); end++) {
    const ch = s[end - 1] as string;
    if (ch === '、' || ch === '，' || ch === ',' || ch === '和' || ch === '及') return null;
    // The name ends the list's item: a separator, or a joiner to the next name, follows it.
    if (end < b && !/[、，,和及]/u.test(s[end] as string)) continue;
    // The kind shared by every level is an organisation's ("政府", "税务局"), not "级市".
    if (CATCH_ALL_KIND_RE.test(s.slice(levels, end)) && isName(s.slice(i, end).replace(/[、和及]/gu, ''))) return { end, nameEnd: end };
  }
  return null;
}

const JOINERS = ['以及', '或者', '尤其是', '特别是', '及', '和', '与', '并', '或'] as const;
/** The joiners before a catch-all over levels ("及各区、县政府"), longest first. */
const CATCH_ALL_JOINERS = ['以及', '及', '和', '与'] as const;
/** Their first characters: only there are they tried (every character of every list tried is asked). */
const CATCH_ALL_JOINER_FIRST: ReadonlySet<number> = new Set(CATCH_ALL_JOINERS.map((w) => w.charCodeAt(0)));
/** A list piece longer than this is prose, not a name (also bounds the work per piece). */
const MAX_PIECE = 80;
/** More joiners than this in one piece is prose; real lists join a few names at a time. */
const MAX_JOINERS = 6;
/** How many 等 in one piece are tried as the list's end before giving up. */
const MAX_DENG_TRIES = 3;

// The scans below go character by character over every list tried (a list is tried at each of
// its possible ends): they compare char codes, making no string per character.
// Angle and tortoise-shell brackets stand for parentheses nested in parentheses ("（…各县〈市、区〉
// 人民政府）", "（责任单位：相关市、县〔市、区〕政府）", typed "<市、区>" on some pages): a list is not
// parted inside them either.
const OPENERS = charClass(`（(${NESTED_OPENERS}`);
const CLOSERS = charClass(`）)${NESTED_CLOSERS}`);
const isOpenCode = (code: number): boolean => OPENERS[code] === 1;
const isCloseCode = (code: number): boolean => CLOSERS[code] === 1;
/** The first characters of the joiners: only there is the list of joiners tried. */
const JOINER_FIRST = charClass(JOINERS.map((w) => w[0] as string));
const DENG = 0x7b49; // 等
const GE = 0x5404; // 各
/** What makes "A及…" or "A和…" one phrase over levels: "县级及以上", "市和区两级", "省及以下". */
const LEVELS_GO_ON_RE = /^(?:以上|以下|[^，,、]?[两三四各]级)/u;
const HE = 0x548c; // 和
const JI = 0x53ca; // 及
export const isSeparatorCode = (code: number): boolean => code === 0x3001 || code === 0xff0c || code === 0x2c; // 、，,

/** The length of the joiner at `s[i]` (the first of JOINERS, so 以及 before 及), or 0. */
function joinerAt(s: string, i: number): number {
  for (const w of JOINERS) if (s.startsWith(w, i)) return w.length;
  return 0;
}

/**
 * Scratch for the joiners of a piece and the cuts between them. A list is tried at each of its
 * possible ends and each try cuts its pieces anew: arrays made per piece were most of what list
 * splitting allocated. Neither partition nor afterDeng runs inside another call of itself (the
 * name tests split nothing), and each has its own joiners, so one set of each serves every call.
 */
const joinStarts = new Int32Array(MAX_JOINERS);
const joinEnds = new Int32Array(MAX_JOINERS);
const dengJoinStarts = new Int32Array(MAX_JOINERS);
const dengJoinEnds = new Int32Array(MAX_JOINERS);
/** partition's table, per cut point (at most MAX_JOINERS + 1 pieces). */
const cutFrom = new Int32Array(MAX_JOINERS + 1);
const cutTo = new Int32Array(MAX_JOINERS + 1);
const bestCount = new Int32Array(MAX_JOINERS + 1);
const bestFrom = new Int32Array(MAX_JOINERS + 1);

/**
 * Joiners at bracket depth 0 inside `[a, b)`: their starts and ends are written to `starts` and
 * `ends`; returns how many, or MAX_JOINERS + 1 as soon as there are more than MAX_JOINERS.
 */
function joinersIn(s: string, a: number, b: number, starts: Int32Array, ends: Int32Array): number {
  let n = 0;
  let depth = 0;
  for (let i = a; i < b; i++) {
    const code = s.charCodeAt(i);
    if (isOpenCode(code)) depth++;
    else if (isCloseCode(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && JOINER_FIRST[code] === 1) {
      const length = joinerAt(s, i);
      if (length > 0) {
        if (n === MAX_JOINERS) return MAX_JOINERS + 1;
        starts[n] = i;
        ends[n] = i + length;
        n++;
        i += length - 1;
      }
    }
  }
  return n;
}

/**
 * Cuts `[a, b)` at joiners into the largest number of pieces that are all names;
 * null when no such cut exists (the piece is not a list of names).
 */
function partition(s: string, a: number, b: number, isName: NameTest): Span[] | null {
  if (b - a > MAX_PIECE || b <= a) return null;
  const joins = joinersIn(s, a, b, joinStarts, joinEnds);
  if (joins > MAX_JOINERS) return null;
  // Most pieces hold no joiner: one name test, and no table.
  if (joins === 0) return isName(s.slice(a, b)) ? [{ start: a, end: b }] : null;
  // Cut points: piece k runs from cutFrom[k] (the piece start, or the end of joiner k-1) to
  // cutTo[k] (the start of joiner k, or the piece end).
  const n = joins + 1;
  cutFrom[0] = a;
  for (let k = 0; k < joins; k++) {
    cutFrom[k + 1] = joinEnds[k] as number;
    cutTo[k] = joinStarts[k] as number;
  }
  cutTo[joins] = b;
  // bestCount[q]: most names covering [a, cutTo[q]) with a cut right after it (or the end);
  // bestFrom[q]: the cut point the last of those names starts at.
  bestCount.fill(-1, 0, n);
  bestFrom.fill(-1, 0, n);
  for (let q = 0; q < n; q++) {
    for (let p = 0; p <= q; p++) {
      const before = p === 0 ? 0 : (bestCount[p - 1] as number);
      if (before < 0) continue;
      if (p > 0 && isJointBody(s, cutFrom[p] as number, cutTo[q] as number, cutTo[p - 1] as number)) continue;
      if (!isName(s.slice(cutFrom[p] as number, cutTo[q] as number))) continue;
      if (before + 1 > (bestCount[q] as number)) {
        bestCount[q] = before + 1;
        bestFrom[q] = p;
      }
    }
  }
  if ((bestCount[n - 1] as number) < 0) return null;
  const out: Span[] = [];
  for (let q = n - 1; q >= 0; ) {
    const p = bestFrom[q] as number;
    out.push({ start: cutFrom[p] as number, end: cutTo[q] as number });
    q = p - 1;
  }
  return out.reverse();
}

/**
 * Pairs of words a joiner makes one body, not two units: 政府 right after a party committee (党委)
 * is the government of the same level ("各区党委和政府", "各县（市、区）党委和人民政府": 党政), as a
 * park's administrative committee is after its party working committee ("高新区党工委和管委会").
 */
const JOINT_BODIES: ReadonlyArray<readonly [before: string, after: string]> = [['党委', '政府'], ['党委', '人民政府'], ['党工委', '管委会']];

/** Whether `s[from, to)`, after a joiner that follows `s[…, previousEnd)`, is the second word of a joint body: no unit of its own. */
function isJointBody(s: string, from: number, to: number, previousEnd: number): boolean {
  return JOINT_BODIES.some(([before, after]) => to - from === after.length && s.startsWith(after, from)
    && previousEnd >= before.length && s.startsWith(before, previousEnd - before.length));
}

/**
 * The names after a list's 等: the class phrase right after it is dropped ("等有关部门和单位",
 * "等国务院相关部门"), names joined after that are kept ("…及各地区", "等和各省级人民政府").
 */
function afterDeng(s: string, r: number, b: number, isName: NameTest): Span[] | null {
  if (r >= b) return [];
  const joiner = joinerAt(s, r);
  if (joiner > 0) return partition(s, r + joiner, b, isName);
  const joins = joinersIn(s, r, b, dengJoinStarts, dengJoinEnds);
  if (joins > MAX_JOINERS) return null;
  for (let k = 0; k < joins; k++) {
    if (!isClassPhrase(s.slice(r, dengJoinStarts[k] as number))) continue;
    const rest = partition(s, dengJoinEnds[k] as number, b, isName);
    if (rest !== null) return rest;
  }
  return isClassPhrase(s.slice(r, b)) ? [] : null;
}

/** One piece between separators, with a possible "等 <class>" tail. */
function splitPiece(s: string, a: number, b: number, isName: NameTest): Span[] | null {
  if (b - a > MAX_PIECE) return null;
  let depth = 0;
  let tries = 0;
  for (let i = a; i < b; i++) {
    const code = s.charCodeAt(i);
    if (isOpenCode(code)) depth++;
    else if (isCloseCode(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && code === DENG && tries++ < MAX_DENG_TRIES) {
      // A piece opened by 等 closes the list before it, its separator a slip ("A、B、等有关部门").
      const left = i === a ? [] : partition(s, a, i, isName);
      if (left === null) continue; // 等 inside a name ("高等院校")
      let r = i + 1;
      while (r < b && s[r] === '等') r++;
      const rest = afterDeng(s, r, b, isName);
      return rest === null ? null : [...left, ...rest];
    }
  }
  return partition(s, a, b, isName);
}

/**
 * Splits the list written in `s[a, b)` into unit names. Leading "由" and separators around the
 * list are dropped. Returns null when any piece is not a name, so prose is never taken for a list.
 * A list written shortened ("市、区财政部门", "市人力资源和社会保障、民政部门") names each unit in
 * full (`name`), at the place of its piece. `isName` is the name test (strict by default).
 */
export function splitUnits(s: string, a: number, b: number, isName: NameTest = isUnitName): NameSpan[] | null {
  while (a < b && isSeparatorCode(s.charCodeAt(a))) a++;
  while (b > a && isSeparatorCode(s.charCodeAt(b - 1))) b--;
  if (s[a] === '由') a++;
  if (b <= a) return null;
  const pieces: { span: Span; names: Span[] | null }[] = [];
  let depth = 0;
  let from = a;
  for (let i = a; i <= b; i++) {
    const code = s.charCodeAt(i);
    if (i === from && code === GE) {
      // "各县、市、区政府", "各省、自治区、直辖市和计划单列市税务局": a catch-all over levels is one
      // unit, though its levels are parted by 、.
      const found = catchAllEnd(s, i, b, isName);
      if (found !== null) {
        const { end } = found;
        pieces.push({ span: { start: i, end }, names: [{ start: i, end: found.nameEnd }] });
        from = end + 1;
        i = end;
        continue;
      }
    }
    // "市自然资源局及各区、县（市）政府", "…以及各区、县（市）政府": a catch-all over levels after a
    // joiner is one unit too, the name before the joiner a piece of its own.
    const joiner = depth === 0 && i > from && CATCH_ALL_JOINER_FIRST.has(code) ? CATCH_ALL_JOINERS.find((w) => s.startsWith(w, i)) : undefined;
    if (joiner !== undefined && s.charCodeAt(i + joiner.length) === GE) {
      const at = i + joiner.length;
      const found = catchAllEnd(s, at, b, isName);
      const before = found === null ? null : splitPiece(s, from, i, isName);
      if (found !== null && before !== null) {
        pieces.push({ span: { start: from, end: i }, names: before });
        pieces.push({ span: { start: at, end: found.end }, names: [{ start: at, end: found.nameEnd }] });
        from = found.end + 1;
        i = found.end;
        continue;
      }
    }
    if (i < b && isOpenCode(code)) depth++;
    else if (i < b && isCloseCode(code)) depth = Math.max(0, depth - 1);
    // "本市及各县（市、区）人民政府": a level alone before a joiner is a piece of a shortened list,
    // as it is before 、 (not one a range or a count of levels goes on: "县级及以上", "市和区两级").
    else if (i === b || (depth === 0 && (isSeparatorCode(code) || ((code === HE || code === JI) && isBareLevel(s, from, i) && !LEVELS_GO_ON_RE.test(s.slice(i + 1, i + 4)))))) {
      if (i === from) return null; // an empty piece: "A、、B"
      // "有关部门、单位": a kind word alone widens the catch-all before it to a name of both kinds.
      const last = pieces[pieces.length - 1]?.names?.at(-1);
      if (last !== undefined && extendsKind(s, last, from, i)) {
        last.end = i;
        from = i + 1;
        continue;
      }
      // "…等部门、单位": the kind word alone belongs to the class phrase before it.
      if (pieces.length > 0 && extendsClass(s, from, i)) {
        from = i + 1;
        continue;
      }
      // "街道办事处和乡、镇人民政府": a name, a joiner and a level written alone before more of the
      // list are two pieces, the name whole and the level a fragment the list completes.
      const joined = i < b ? joinedBareLevel(s, from, i, isName) : null;
      if (joined !== null) {
        pieces.push({ span: { start: from, end: joined.joiner }, names: joined.names });
        pieces.push({ span: { start: joined.joiner + 1, end: i }, names: null });
        from = i + 1;
        continue;
      }
      // A level written alone before more of the list ("相关市、县政府") is a fragment the list
      // completes, even where it could pass for a name ("相关市").
      const names = i < b && isBareLevel(s, from, i) ? null : splitPiece(s, from, i, isName);
      // Only a short piece of Chinese characters can be a fragment of a shortened list.
      if (names === null && !mayBeFragment(s, from, i)) return null;
      pieces.push({ span: { start: from, end: i }, names });
      from = i + 1;
    }
  }
  const names = pieces.every((p) => p.names !== null) ? concatNames(pieces) : expandShortened(s, pieces, isName);
  return names === null ? null : shareLevel(s, names);
}

/** Longest level written alone after a joiner ("和乡", "及县（市）"). */
const MAX_JOINED_LEVEL = 8;

/**
 * A piece "<name>和<level>" (or 及) before more of the list: where the joiner stands and the name's
 * names; null for any other piece.
 */
function joinedBareLevel(s: string, from: number, to: number, isName: NameTest): { joiner: number; names: Span[] } | null {
  for (let j = to - 1; j > from && to - j <= MAX_JOINED_LEVEL; j--) {
    const code = s.charCodeAt(j);
    if (code !== HE && code !== JI) continue;
    if (!isBareLevel(s, j + 1, to)) return null;
    const names = splitPiece(s, from, j, isName);
    return names === null ? null : { joiner: j, names };
  }
  return null;
}

/**
 * The units of a list a unit label introduces ("责任单位：A、B、C"): the document says its items
 * are units, so an item between separators that the name test rejects is still one when it has
 * a name's form (`isListed`: "新材料产业园"), and an item that has not (a note, a stray phrase) is
 * passed over rather than losing the others. Joiners (和, 及) still part only complete names, so
 * "县发展和改革局" stays whole. Null when no item is a name.
 */
export function splitLabelledUnits(s: string, a: number, b: number, isListed: NameTest): NameSpan[] | null {
  const whole = splitUnits(s, a, b);
  if (whole !== null) return whole;
  const out: NameSpan[] = [];
  for (const [from, to] of listItems(s, a, b)) {
    if (from === to) continue;
    const names = splitUnits(s, from, to);
    const last = out.at(-1);
    if (names !== null) for (const n of names) out.push(n);
    else if (last !== undefined && last.name === undefined && extendsKind(s, last, from, to)) last.end = to;
    else if (extendsClass(s, from, to)) continue;
    else {
      const end = withoutClass(s, from, to);
      if (end > from && isListed(s.slice(from, end))) out.push({ start: from, end });
    }
  }
  return out.length > 0 ? out : null;
}

/**
 * The units of a list no label introduces whose items are unit names but one, which has a name's
 * form (`isListed`: "市发改委、市农委、中储粮某直属库"): the names around it say what the list is,
 * as a label would. At least two items must be names by the name test, and no item may be
 * anything but a name's form. Null otherwise.
 */
export function splitMostlyUnits(s: string, a: number, b: number, isListed: NameTest): NameSpan[] | null {
  const out: NameSpan[] = [];
  let named = 0;
  let listed = 0;
  for (const [from, to] of listItems(s, a, b)) {
    if (from === to) return null;
    const names = splitUnits(s, from, to);
    if (names !== null) {
      for (const n of names) out.push(n);
      named += names.length;
    } else if (listed === 0 && isListed(s.slice(from, to))) {
      out.push({ start: from, end: to });
      listed += 1;
    } else return null;
  }
  return named >= 2 && listed === 1 ? out : null;
}

/**
 * The items of the list in `s[a, b)`: the spans between its separators outside brackets (empty
 * ones too). A catch-all over levels ("各区、县（市）政府") is one item, its 、 no separator.
 */
function listItems(s: string, a: number, b: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let depth = 0;
  let from = a;
  for (let i = a; i <= b; i++) {
    const code = s.charCodeAt(i);
    if (i === from && code === GE) {
      const found = catchAllEnd(s, i, b, isUnitName);
      if (found !== null && found.end > i) i = found.end - 1;
      continue;
    }
    if (i < b && isOpenCode(code)) depth++;
    else if (i < b && isCloseCode(code)) depth = Math.max(0, depth - 1);
    else if (i === b || (depth === 0 && isSeparatorCode(code))) {
      items.push([from, i]);
      from = i + 1;
    }
  }
  return items;
}

/** `b`, or where a closing "等" or "等<class>" ("等单位", "等有关部门") begins in `[a, b)`. */
function withoutClass(s: string, a: number, b: number): number {
  const deng = s.lastIndexOf('等', b - 1);
  if (deng <= a) return b;
  return deng + 1 === b || isClassPhrase(s.slice(deng + 1, b)) ? deng : b;
}

/** The pieces' names in order (a loop: lists are tried at every possible end, and flatMap is slow). */
function concatNames(pieces: readonly { names: Span[] | null }[]): Span[] {
  const out: Span[] = [];
  for (const p of pieces) for (const n of p.names as Span[]) out.push(n);
  return out;
}
