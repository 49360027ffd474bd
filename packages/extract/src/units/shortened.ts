/**
 * Lists that write shared parts of their names once. Documents shorten a list of units of the
 * same level or the same kind:
 *
 *   "市、区财政部门"                     → 市财政部门, 区财政部门        (a bare level before a full name)
 *   "区、镇人民政府和街道办事处"          → 区人民政府, 镇人民政府, 街道办事处
 *   "本市及各县（市、区）人民政府"        → 本市人民政府, 各县（市、区）人民政府
 *   "相关市、县政府"                      → 相关市政府, 相关县政府
 *   "市人力资源和社会保障、民政部门"      → 市人力资源和社会保障部门, 市民政部门 (the kind word once, at the end)
 *   "同级规划和自然资源、住房城乡建设等部门" → 同级规划和自然资源部门, 同级住房城乡建设部门
 *   "各县（市、区）发改、财政、住建等部门" → 各县（市、区）发改部门, …财政部门, …住建部门 (the level once, on the first)
 *   "城东、城西街道办事处"                 → 城东街道办事处, 城西街道办事处 (a place's own name before a body named after its place)
 *
 * A piece that is not a name on its own borrows from the next piece that is: a bare level takes
 * that name's body, a body without a kind word takes that name's kind word and lends it its level.
 */
import { kindSuffix } from './names.js';
import { nameOf, type NameSpan, type NameTest } from './split.js';
import type { Span } from './view.js';

/**
 * Levels written as one word over two ("区县人民政府", "乡镇人民政府"): a full name opening with one
 * has it whole as its level, so "市、区县人民政府" is 市人民政府 and 区县人民政府, not 市县人民政府.
 */
const COMPOUND_LEVELS = '县市区|区县|县区|市县|县市|市州|乡镇|镇乡|镇街|街镇';
/** A qualifier written once before a shortened list of levels, which every level takes: "相关市、县政府". */
const LEVELS_QUALIFIER = '相关|有关';
const LEVELS_QUALIFIER_RE = new RegExp(`^(?:${LEVELS_QUALIFIER})`, 'u');
/** A level of government written alone in a shortened list. */
const BARE_LEVEL_RE = new RegExp(`^(?:${LEVELS_QUALIFIER})?(?:${COMPOUND_LEVELS}|本?(?:省|市|区|县)(?:[（(][^（）()]{1,6}[）)])?|镇|乡|州|街道|省级|市级|区级|县级|镇级|乡级)$`, 'u');
/**
 * The level a full name opens with ("区财政部门" → "区", "同级规划…" → "同级", "区县人民政府" →
 * "区县", "各县（市、区）人民政府" → "各县（市、区）": every one of a level, its kinds in brackets).
 */
// (各 before a level written as one word over two, "各乡镇", takes the whole word, not "各乡"; 市场
// and 乡村 open words, no level: see levelOf.)
const LEVEL_PREFIX_RE = new RegExp(`^(?:同级|本级|上级|省级|市级|区级|县级|镇级|乡级|各?(?:${COMPOUND_LEVELS})|各?(?:省|市(?!场)|区|县|镇|乡(?!村))(?:[（(][^（）()]{1,8}[）)])?)`, 'u');
/**
 * "住房城乡建设等部门": a body, 等, then the kind word that the list shares; of two kinds joined
 * ("消防等部门和单位"), the first; after a word of which ones before a generic kind ("审计等相关部门",
 * "等有关单位"), the kind.
 */
const DENG_KIND_RE = /^(.+)等(?:(?:相关|有关|其他)(?=部门|单位|机构|机关))?([^等和及]{1,4})(?:[和及][^等和及]{1,4})?$/u;

/**
 * Words that open the kind part of a body named after its place ("城西|街道办事处", "荒湖|管理区",
 * "光明|村委会", "东湖|景区管委会"): the part a shortened list of such bodies writes once, at its end.
 * Closed and generic: the place's own name is what varies; these are what places' bodies are.
 */
// Not the words that open a department's body too (管理 in 城市管理局, 政府 in 人民政府办公室): a
// fragment before such a name is a department's body ("交通运输、城市管理部门"), no place.
const PLACE_KIND_HEADS = ['街道', '社区', '村', '居委会', '管理区', '管委会', '办事处', '经济开发区', '经济技术开发区', '开发区', '高新区', '工业园', '产业园', '新区', '景区', '片区', '农场', '林场', '市', '县', '区', '州', '旗', '镇', '乡'];
/** A place's own name written alone in a shortened list: two to six characters. */
const MAX_PLACE = 6;

/**
 * The kind part of `written` (a body named after its place) that a place's name written alone
 * before it (`fragment`) takes: from the first kind word after the place's own name, which has
 * two characters at least ("城东、城西街道办事处", "人民大垸、荒湖管理区", "北京、上海市人民政府").
 * Null when the fragment says a kind of its own or no kind word opens in `written`.
 */
export function placeKind(fragment: string, written: string): string | null {
  if (fragment.length < 2 || fragment.length > MAX_PLACE || kindSuffix(fragment) !== null) return null;
  for (let p = 2; p < written.length && p <= MAX_PLACE; p++) {
    if (!PLACE_KIND_HEADS.some((h) => written.startsWith(h, p))) continue;
    const kind = written.slice(p);
    return kindSuffix(kind) === null ? null : kind;
  }
  return null;
}

/** Kind words a list writes once for all its members. */
export const GENERIC_KINDS = new Set(['部门', '单位', '机构', '机关']);
/**
 * Whether `s[a, b)` is a generic kind word alone after a name of the same kind and a 、 ("有关部门、
 * 单位"): the list names one catch-all, its kind written twice ("单位" alone names no unit).
 */
export function extendsKind(s: string, prev: Span, a: number, b: number): boolean {
  return prev.end + 1 === a && prev.end >= 2 && s[prev.end] === '、' && GENERIC_KINDS.has(s.slice(a, b)) && GENERIC_KINDS.has(s.slice(prev.end - 2, prev.end));
}

/**
 * Whether `s[a, b)` is a generic kind word alone after a list's class phrase and a 、 ("A、B等部门、
 * 单位"): part of the class the units named belong to, no unit.
 */
export function extendsClass(s: string, a: number, b: number): boolean {
  return a >= 4 && s[a - 1] === '、' && GENERIC_KINDS.has(s.slice(a, b)) && GENERIC_KINDS.has(s.slice(a - 3, a - 1)) && s.slice(Math.max(0, a - 8), a - 3).includes('等');
}

/** A fragment is written in Chinese characters only: a level, or a body without its kind word. */
const FRAGMENT_RE = /^[\u4e00-\u9fff]+$/u;
/** A fragment is a short body ("市人力资源和社会保障"), not a clause. */
const MAX_FRAGMENT = 14;

interface Piece {
  span: Span;
  names: NameSpan[] | null;
}

/** Longest level written alone: "县（市、区）", "相关县（市）" (the levels that rank with it in brackets). */
const BARE_LEVEL_MAX = 8;
/** How many levels a name spans, after its level words ("市县两级财政部门"). */
const LEVEL_COUNT_RE = /^(?:两级|三级|四级|各级)/u;

/**
 * The level a body opens with, or null. A level's character followed by a single one is a word
 * of its own (市政, 市容, 县城, 区域, 省会), no level before a body; so are 市场 and 乡村 before
 * more (市场监管, 乡村振兴).
 */
function levelOf(body: string): string | null {
  const level = LEVEL_PREFIX_RE.exec(body)?.[0] ?? null;
  return level !== null && body.length - level.length >= 2 ? level : null;
}

/** Whether `s[a, b)` is a level written alone ("市", "本市", "区县", "县（市）"), which a shortened list completes. */
export function isBareLevel(s: string, a: number, b: number): boolean {
  return b - a <= BARE_LEVEL_MAX && BARE_LEVEL_RE.test(s.slice(a, b));
}

/** Whether `s[a, b)` can be a fragment that a shortened list completes. */
export function mayBeFragment(s: string, a: number, b: number): boolean {
  if (isBareLevel(s, a, b)) return true;
  // A level written with its kinds in brackets ("各县（市、区）发展改革") opens a body like any level.
  const level = levelOf(s.slice(a, b))?.length ?? 0;
  const body = s.slice(a + level, b);
  return b - a - level <= MAX_FRAGMENT && FRAGMENT_RE.test(body) && !ENDS_IN_ROLE_VERB_RE.test(body);
}
/**
 * A piece that closes with what its subject does ("政府领导、民政部门牵头…的机制": the government
 * leads) is a clause of a list of roles, not the body of a name the list shortens.
 */
const ENDS_IN_ROLE_VERB_RE = /(?:领导|主导|负责|牵头|配合|参与|协调|统筹|推动|监督|支持)$/u;

/** Expands the pieces of a list with fragments; null when a fragment cannot be completed. */
export function expandShortened(s: string, pieces: readonly Piece[], isName: NameTest): NameSpan[] | null {
  const out: NameSpan[] = [];
  pieces = pieces.map((p) => ({ ...p })); // names are completed in place below
  // The level a list of bodies without their kind word writes once, on its first ("市发改、财政、住建
  // 等部门": 市财政部门 too); a body that writes a level of its own sets it for those after it.
  let runLevel: string | null = null;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as Piece;
    if (piece.names !== null) {
      out.push(...piece.names);
      // A full name sets the level for the bodies after it, or none ("市发改、财政部门，县住建局、交通
      // 等部门": 县交通部门).
      const last = piece.names.at(-1);
      runLevel = last === undefined ? null : levelOf(nameOf(s, last));
      continue;
    }
    const fragment = s.slice(piece.span.start, piece.span.end);
    if (!mayBeFragment(s, piece.span.start, piece.span.end)) return null;
    const next = pieces.slice(k + 1).find((p) => p.names !== null && p.names.length > 0);
    const full = next?.names?.[0];
    if (full === undefined) return null;
    const written = s.slice(full.start, full.end);
    // "具备工作场所、仪器设备等方面条件的体检机构": a class its 的 qualifies completes no fragment
    // before it; the fragments are items of its qualifier.
    if (written.includes('的')) return null;
    if (BARE_LEVEL_RE.test(fragment)) {
      // "市、区财政部门": the full name's own level is replaced by the fragment's.
      const level = LEVEL_PREFIX_RE.exec(written);
      if (level === null) return null;
      // "省（区、市）、市县两级财政部门": the count of the full name's levels is its own, not the fragment's.
      const name = fragment + written.slice(level[0].length).replace(LEVEL_COUNT_RE, '');
      if (!isName(name)) return null;
      out.push({ ...piece.span, name });
      // "相关市、县政府": the full name takes the qualifier written before the first level.
      const qualifier = LEVELS_QUALIFIER_RE.exec(fragment);
      if (qualifier !== null && !LEVELS_QUALIFIER_RE.test(written) && isName(qualifier[0] + written)) {
        (next as Piece).names = [{ ...full, name: qualifier[0] + written }, ...((next as Piece).names as NameSpan[]).slice(1)];
      }
      continue;
    }
    // "市人力资源和社会保障、民政部门": the fragment lacks the kind word the list ends with.
    const deng = DENG_KIND_RE.exec(written);
    const kind = deng !== null && !isName(deng[1] as string) ? (deng[2] as string) : kindSuffix(written);
    // Only a generic kind word ("部门", "单位") is written once for a list; "各省、自治区" is no
    // fragment of "自治区" but a list the strict name test does not read.
    if (kind === null || !GENERIC_KINDS.has(kind) || !isName(fragment + kind)) {
      // "城东、城西街道办事处": a place's name alone takes the kind of body the next name is.
      const place = placeKind(fragment, written);
      if (place === null || !isName(fragment + place)) return null;
      out.push({ ...piece.span, name: fragment + place });
      continue;
    }
    const ownLevel = levelOf(fragment);
    const level: string | null = ownLevel ?? runLevel;
    runLevel = level;
    out.push({ ...piece.span, name: (ownLevel === null && level !== null && isName(level + fragment + kind) ? level : '') + fragment + kind });
    const body = deng !== null && !isName(deng[1] as string) ? (deng[1] as string) + kind : null;
    if (level !== null && !LEVEL_PREFIX_RE.test(written)) {
      // The full name borrows the fragment's level ("民政部门" → "市民政部门").
      (next as Piece).names = [{ ...full, name: level + (body ?? written) }, ...((next as Piece).names as NameSpan[]).slice(1)];
    } else if (body !== null) {
      (next as Piece).names = [{ ...full, name: body }, ...((next as Piece).names as NameSpan[]).slice(1)];
    }
  }
  return out;
}

/** A level written as a word of its own ("国务院教育行政部门"), which later names of a list share. */
const SHARED_LEVEL_RE = /^(?:国务院|国家|省级|市级|区级|县级|同级|本级)/u;
/** A name that says no level and ends in a generic kind word ("教育行政部门") takes the list's. */
const LEVELLESS_GENERIC_RE = /(?:部门|机构)$/u;

/**
 * "国务院人力资源社会保障行政部门、教育行政部门": the level written on the first name applies to
 * the generic names after it that write none ("国务院教育行政部门"); names of a kind of their
 * own ("财政部") are left as written.
 */
export function shareLevel(s: string, names: NameSpan[]): NameSpan[] {
  const first = names[0];
  if (first === undefined || names.length < 2) return names;
  const level = SHARED_LEVEL_RE.exec(nameOf(s, first));
  if (level === null) return names;
  return names.map((n, k) => {
    const written = nameOf(s, n);
    if (k === 0 || LEVEL_PREFIX_RE.test(written) || SHARED_LEVEL_RE.test(written) || /^(?:各|其他|有关|相关)/u.test(written) || !LEVELLESS_GENERIC_RE.test(written)) return n;
    return { ...n, name: level[0] + written };
  });
}
