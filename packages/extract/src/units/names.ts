/**
 * What a unit (organisation) name looks like. Decisions about where a list of units splits
 * rest on this one test, so it is deliberately structural: a name ends in a word that names a
 * kind of organisation and has something in front of that word.
 */

/** Whitespace of every kind that may sit inside a name in the source (page breaks, U+3000). */
const SPACE_GLOBAL_RE = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/**
 * Last words of organisation names. Single characters cover most (部, 委, 厅, 局 …);
 * the longer ones cover generic nouns whose last character is not a unit word (部门, 单位 …).
 */
const SUFFIXES: readonly string[] = [
  '部门', '单位', '地区', '中心', '中央', '街道', '机构', '机关', '企业', '学校', '高校', '院校', '大学',
  '平台', '集团', '公司', '总部', '部队', '专班',
  '部', '委', '厅', '局', '办', '院', '会', '府', '行', '署', '室', '处', '科', '所', '站', '队',
  '社', '联', '协', '关', '组', '团', '司', '庭', '区', '县', '市', '州', '盟', '旗', '镇', '乡',
];

/** The organisation word a name ends in ("市财政部门" → "部门", "省科技厅" → "厅"), or null. */
export function kindSuffix(name: string): string | null {
  let best: string | null = null;
  for (const s of SUFFIXES) if (name.endsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

/** Characters that never occur in a unit name: sentence punctuation, quotes, digits, markup. */
const FOREIGN_RE = /[，,。；;：:、“”"‘’《》！!？?0-9０-９|｜*#<>/\\]/;
/** Words that show running text rather than a name. */
const PROSE_RE = /的|要|负责|牵头|会同|按照|按职|分工|协助|配合/;
/** "牵头单位" closing a name is a noun ("各项目牵头单位"), not the verb 牵头. */
const LEAD_NOUN_RE = /(?:牵头|配合)(?:单位|部门)$/;
/** A name does not open with a function word or a list joiner. */
const BAD_START_RE = /^(?:及|和|与|并|等|由|将|把|被|按|应当|可以|各项(?!目))/;

const MAX_NAME = 40;
const MAX_CLASS = 16;

const EDGE_PUNCT = new Set(['、', '，', ',', '；', ';', '：', ':', '。']);

/** Combining marks: only a name holding one can change under a second NFKC. */
const COMBINING_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/u;

/** NFKC-normalises a unit name and strips what is not part of it (trailing 等, spaces). */
export function normalizeUnitName(name: string): string {
  // NFKC can leave a space before a combining mark ("Ὑ´"); once the space is gone a second NFKC
  // composes differently, so normalise until the text is stable (twice is enough in practice).
  let out = String(name).normalize('NFKC').replace(SPACE_GLOBAL_RE, '');
  for (let k = 0; k < 3 && COMBINING_RE.test(out); k++) {
    const next = out.normalize('NFKC').replace(SPACE_GLOBAL_RE, '');
    if (next === out) break;
    out = next;
  }
  // Trimmed by index, not by an end-anchored regex, which would be quadratic on long runs.
  let a = 0;
  let b = out.length;
  while (a < b && EDGE_PUNCT.has(out[a] as string)) a++;
  while (b > a && (EDGE_PUNCT.has(out[b - 1] as string) || out[b - 1] === '等')) b--;
  return out.slice(a, b);
}

/** The name with one trailing balanced bracket group removed: "各县（市、区）" → "各县". */
function withoutTrailingGroup(name: string): string {
  const last = name[name.length - 1];
  if (last !== '）' && last !== ')') return name;
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  return open > 0 ? name.slice(0, open) : name;
}

/** Brackets inside a name must balance ("各市（州）人民政府"). */
function bracketsBalance(name: string): boolean {
  let depth = 0;
  for (const ch of name) {
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      depth--;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/**
 * True for the class phrase after a list's 等: a short noun phrase ending in an organisation
 * word, bare ones included ("部门", "有关部门和单位", "国务院相关部门").
 */
export function isClassPhrase(raw: string): boolean {
  const p = String(raw).normalize('NFKC').replace(SPACE_GLOBAL_RE, '');
  if (p.length === 0 || p.length > MAX_CLASS || FOREIGN_RE.test(p) || PROSE_RE.test(p)) return false;
  // "有关单位和个人": a class of organisations may be listed with persons.
  return SUFFIXES.some((s) => p.endsWith(s)) || /(?:单位|部门)和个人$/u.test(p);
}

/**
 * True when `raw` (as written, whitespace allowed) reads as one complete unit name:
 * it ends in an organisation word with something before it, and holds no punctuation or prose.
 * Bare generic nouns ("单位", "部门", "中央") are not names on their own.
 */
export function isUnitName(raw: string): boolean {
  return hasNameShape(String(raw).normalize('NFKC').replace(SPACE_GLOBAL_RE, ''), SUFFIXES);
}

/** The shape test on a normalised name, with the kind words to accept at its end. */
export function hasNameShape(name: string, suffixes: readonly string[]): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (BAD_START_RE.test(name) || PROSE_RE.test(name.replace(LEAD_NOUN_RE, '')) || !bracketsBalance(name)) return false;
  const core = withoutTrailingGroup(name);
  if (FOREIGN_RE.test(core.replace(/[（(][^（）()]*[）)]/g, ''))) return false;
  return suffixes.some((s) => core.endsWith(s) && core.length > s.length);
}

/** The kind words unit names end in, longest first where one ends another. */
export const UNIT_SUFFIXES: readonly string[] = SUFFIXES;

/** Normalises a name for the shape tests: NFKC, no whitespace. */
export function compactName(raw: string): string {
  return String(raw).normalize('NFKC').replace(SPACE_GLOBAL_RE, '');
}
