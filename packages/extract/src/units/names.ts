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
export const SUFFIXES: readonly string[] = [
  // 镇街 (towns and streets, as 街镇 is) closes a catch-all over both levels ("各镇街"); 镇场 over
  // towns and state farms ("各乡镇场", "各乡（镇、场）").
  '部门', '单位', '地区', '中心', '中央', '街道', '镇街', '镇场', '机构', '机关', '企业', '学校', '高校', '院校', '大学', '党校', '中学', '小学',
  // A 联席会议 is a standing body of several departments (a 会议 alone is an occasion, no body).
  '平台', '集团', '公司', '总部', '部队', '专班', '联席会议',
  '部', '委', '厅', '局', '办', '院', '会', '府', '行', '署', '室', '处', '科', '所', '站', '队',
  '社', '联', '协', '关', '组', '团', '司', '庭', '区', '县', '市', '州', '盟', '旗', '镇', '乡',
];

/**
 * The characters an organisation's name may end in, the last of each of SUFFIXES, for a character
 * class (written out: the ReDoS audit folds only constants; a test holds the two lists together).
 */
export const NAME_LAST_CHARS = '门位区心央道街场构关业校学台团司部班议委厅局办院会府行署室处科所站队社联协组庭县市州盟旗镇乡';

/**
 * Bodies a kind word names by itself, the one of the place the document governs: "派出所负责…",
 * "司法所、财政所配合" in a township's plan, "中学、小学密切配合", "妇联牵头". Words for classes or
 * parts ("公司", "小组", "窗口") are not here: alone they name no body.
 */
export const STANDING_BODIES: ReadonlySet<string> = new Set(['派出所', '司法所', '财政所', '卫生所', '供电所', '税务所', '国土所', '林业站', '农技站', '兽医站', '水利站', '文化站', '卫生院',
  '法院', '检察院', '海关', '工会', '妇联', '团委', '残联', '科协', '文联', '侨联', '工商联', '红十字会', '指挥部', '中学', '小学', '中小学']);

/** The organisation word a name ends in ("市财政部门" → "部门", "省科技厅" → "厅"), or null. */
export function kindSuffix(name: string): string | null {
  let best: string | null = null;
  for (const s of SUFFIXES) if (name.endsWith(s) && (best === null || s.length > best.length)) best = s;
  return best;
}

/**
 * Common words whose last character is a kind word but which name no organisation: 局 in 布局 and
 * 格局 is a layout, 办 in 举办 a verb, 行 in 进行 a verb, 部 in 内部 a part, 会 in 社会 society.
 * A name ending in one of them ("产业布局", "新发展格局", "全社会") is prose, whatever stands before:
 * the shape test below sees only the kind word. Closed: two-character words of the general
 * vocabulary that end no organisation's name, abbreviated ones included (left out: 政局 for
 * 财政局, 新局 for 文广新局, 发行 for 农发行, 督办 for a 督办室 shortened, 场所 for 交易场所).
 */
const NON_NAME_ENDINGS = new Set([
  '布局', '格局', '大局', '全局', '开局', '结局', '僵局', '变局', '时局',
  '举办', '创办', '兴办', '承办', '主办', '交办', '试办', '代办', '帮办', '包办',
  '进行', '执行', '运行', '实行', '推行', '施行', '履行', '可行', '先行', '试行', '同行', '流行', '并行', '旅行', '践行', '通行', '出行', '言行', '品行',
  '社会', '机会', '体会', '不会', '将会', '都会', '领会', '理会',
  '全部', '内部', '外部', '局部', '东部', '西部', '中部', '南部', '北部', '头部', '底部', '顶部', '腹部', '细部',
  // 干部 are persons ("党员干部", "村干部"), no organisation.
  '干部',
  '住所', '处所', '处处', '好处', '到处', '各处', '相处', '难处', '长处', '短处', '用处',
  '相关', '有关', '攻关', '把关', '难关', '开关', '通关',
  '重组', '改组', '编组', '机组',
  '学科', '本科', '专科', '工科', '理科', '文科', '外科', '内科',
  '城市', '上市', '超市', '股市',
  // The whole of a place ("督查全市…", "覆盖全省"), never a body.
  '全市', '全省', '全区', '全县', '全镇', '全乡', '全州', '全旗', '全国',
  '家庭', '城乡', '下乡', '家乡', '故乡', '返乡',
  '关联', '串联', '失联',
  '妥协',
  '网站',
  // Land planted or farmed (萄园: 葡萄园), and a campus: not a kindergarten (幼儿园, "各园"), a
  // park's body, or a care home named a 家园 ("阳光家园").
  '果园', '茶园', '菜园', '桑园', '梨园', '桃园', '萄园', '田园', '庄园', '校园',
]);

/** Offices named by a word that ends in one of the words above: "振兴办" (乡村振兴办, 振兴办公室 shortened), not 兴办. */
const NAME_ENDINGS_OVER = new Set(['振兴办']);

/** Characters that never occur in a unit name: sentence punctuation, quotes, digits, markup. */
const FOREIGN_RE = /[，,。；;：:、“”"‘’《》！!？?0-9０-９|｜*#<>/\\]/;
/**
 * 由 naming who acts ("由市财政局负责"), as a pattern's source: not in 自由, 理由, 经由, 由于, 由此 …,
 * words of their own. prose.ts reads 由 by the same characters (NOT_BY_BEFORE, NOT_BY_AFTER).
 */
export const BY_NAMING_ACTOR = '(?<![自理经缘事来不])由(?![于此衷来头])';

/** Verbs that join one body to another in the work; no role verbs (会同 is one). */
const JOINING_VERBS = '协同|联合';
/** What opens the next body's name after such a verb: a level, a catch-all. */
const NAME_OPENING_AFTER_JOIN = '省|市|县|區|区|州|盟|旗|镇|乡|各|有关|相关';
/**
 * A verb that joins one body to another in the work ("县退役军人事务局协同县财政局…", "…协同财政部门…"):
 * between a name's end and the next name — its level or class, or a few words closed by a kind
 * word. (Inside a name, 联合 and 协同 follow no name's end, or no name follows them: "妇女联合会",
 * "工商业联合会", "某大学协同创新中心".) Nor does a name open with one before a level.
 */
const JOINING_VERB_BETWEEN_NAMES = `[${NAME_LAST_CHARS}](?:${JOINING_VERBS})(?:${NAME_OPENING_AFTER_JOIN}|[\u4e00-\u9fff]{1,8}?(?:部门|单位|部|局|厅))`;

/**
 * Words that show running text rather than a name. The modals (要, 需, 须) say what someone must
 * do ("以下各项均需各区政府落实"): a name never holds one (应 is left out: 应急管理局); nor 接受,
 * whose object is the organisation ("接受宣传、网信部门的指导"); nor a verb of relation ("具有本市
 * 户籍", "涉及企业的检查": a subject read back from one would be a clause of prose); nor 由 naming
 * who acts ("该项目由市发展改革委", read back from "该项目由市发展改革委牵头"), though 自由 and 理由 may;
 * nor the scope a rule applies to ("本规定适用于某市…责任主体…的界定").
 */
const PROSE_RE = new RegExp(`的|要|需|须|负责|牵头|会同|按照|按职|分工|协助|配合|接受|具有|拥有|涉及|属于|适用于|${BY_NAMING_ACTOR}|${JOINING_VERB_BETWEEN_NAMES}`);
/** "牵头单位" closing a name is a noun ("各项目牵头单位"), not the verb 牵头. */
const LEAD_NOUN_RE = /(?:牵头|配合)(?:单位|部门)$/;
/**
 * A joiner before 各 opens a second name, a catch-all ("单位及各地区": "…部门和单位" and "各地区"):
 * 各 stands inside one name only after a level ("区直各部门").
 */
const JOINED_CATCH_ALL_RE = /(?:及|和|与|并)各/u;
/**
 * A name does not open with a function word or a list joiner, nor with the manner a duty is shared
 * in ("分级分部门负责", "分行业分领域负责": by level, by department, a principle and no body), nor
 * with a verb of getting work done ("完成市政府交办的…任务": 完成 is the item's verb, no body's word).
 */
const BAD_START_RE = new RegExp(`^(?:及|和|与|并|等|由|将|把|被|按|应当|可以|各项(?!目)|分(?:级|类|层|部门|区域|行业|领域)|完成|加强|开展|做好|确保|实现|抓好|加快|(?:${JOINING_VERBS})(?=${NAME_OPENING_AFTER_JOIN}))`);

const MAX_NAME = 40;
const MAX_CLASS = 16;

const EDGE_PUNCT = new Set(['、', '，', ',', '；', ';', '：', ':', '。']);

/** Combining marks: only a name holding one can change under a second NFKC. */
const COMBINING_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/u;

/**
 * Answers already given by the pure tests below: a document names the same units again and
 * again, and a list is tried at several ends, each try judging its pieces anew. Bounded (emptied
 * when full), as in actors.ts.
 */
const normalized = new Map<string, string>();
const shaped = new Map<string, boolean>();
const MAX_KEPT = 20_000;

function remember<T>(cache: Map<string, T>, key: string, answer: T): T {
  if (cache.size >= MAX_KEPT) cache.clear();
  cache.set(key, answer);
  return answer;
}

/** NFKC-normalises a unit name and strips what is not part of it (trailing 等, spaces). */
export function normalizeUnitName(name: string): string {
  const key = String(name);
  return normalized.get(key) ?? remember(normalized, key, normalizeUncached(key));
}

function normalizeUncached(name: string): string {
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
  return withoutScopeNote(out.slice(a, b));
}

/**
 * The name without a trailing note of its scope: "相关区人民政府（含开发区、风景区管委会，下同）",
 * "相关区人民政府〈含…〉" name the district governments; what the note takes in is no part of the
 * name. A bracketed group that is no such note ("各市（州）人民政府", "各县（市、区）") stays.
 */
export function withoutScopeNote(name: string): string {
  const trimmed = name.trimEnd();
  const open = openingOfLastGroup(trimmed);
  if (open < MIN_NAME_BEFORE_NOTE) return name;
  return SCOPE_NOTE_RE.test(trimmed.slice(open + 1, -1)) ? trimmed.slice(0, open) : name;
}

/** Where the bracket group that closes `name` opens ("相关区政府（含开发区（园区），下同）": the outer one); -1 when none closes it. */
function openingOfLastGroup(name: string): number {
  const last = name[name.length - 1];
  if (last !== ')' && last !== '）' && last !== '〉') return -1;
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const ch = name[i];
    if (ch === ')' || ch === '）' || ch === '〉') depth++;
    else if ((ch === '(' || ch === '（' || ch === '〈') && --depth === 0) return i;
  }
  return -1;
}
/** What a note of a name's scope says: what it includes or leaves out, or that it holds below too. */
const SCOPE_NOTE_RE = /^(?:含|包括|包含|不含)|下同$/u;
/** The shortest name a scope note may follow. */
const MIN_NAME_BEFORE_NOTE = 2;

/** The name with one trailing balanced bracket group removed: "各县（市、区）" → "各县". */
function withoutTrailingGroup(name: string): string {
  const last = name[name.length - 1];
  if (last !== '）' && last !== ')') return name;
  const open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  return open > 0 ? name.slice(0, open) : name;
}

/**
 * A name without what it may hold that is not its words: notes in brackets ("（市委财经办）") and a
 * programme's name in quotes after a place or at the start ("区“两旧”专班", "“一网通办”工作专班":
 * a short term, no punctuation). After a verb the quotes name what is made ("设立“一网通办”专区"),
 * and stay: such a phrase is no name.
 */
function withoutNotes(name: string): string {
  return name.replace(/[（(][^（）()]*[）)]/g, '').replace(/(^|[省市县区州镇乡街])“[^“”，,。；;、]{1,8}”/gu, '$1');
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
  const key = String(raw);
  return shaped.get(key) ?? remember(shaped, key, hasNameShape(compactName(key), SUFFIXES));
}

/**
 * A count of the bodies a name stands for, before it: "14个乡镇人民政府", "全市3个工作组". The
 * name after it is tested as any name is; the count stays part of what the document wrote.
 */
const COUNT_OF_BODIES_RE = /^(?:全[省市县区州旗盟])?(?:[0-9０-９]+|[一二两三四五六七八九十百]+)个(?=.)/u;

/** The shape test on a normalised name, with the kind words to accept at its end. */
export function hasNameShape(written: string, suffixes: readonly string[]): boolean {
  const name = written.replace(COUNT_OF_BODIES_RE, '');
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (BAD_START_RE.test(name) || PROSE_RE.test(name.replace(LEAD_NOUN_RE, '')) || !bracketsBalance(name)) return false;
  if (JOINED_CATCH_ALL_RE.test(name)) return false;
  const core = withoutTrailingGroup(name);
  if (FOREIGN_RE.test(withoutNotes(core))) return false;
  if (NON_NAME_ENDINGS.has(core.slice(-2)) && !NAME_ENDINGS_OVER.has(core.slice(-3))) return false;
  if (NOT_A_SCHOOL_RE.test(core)) return false;
  return suffixes.some((s) => core.endsWith(s) && core.length > s.length) || STANDING_BODIES.has(core) || SECTION_OF_OFFICE_RE.test(core);
}

/** 集中学习, 干中学, 做中学: a verb and its object, or learning by doing, not a school. */
const NOT_A_SCHOOL_RE = /(?:集|干|做|用|玩)中学$/u;

/**
 * A county bureau's section, named with its office ("县财政局预算股", "社会综合治理办应急股"): 股 ends
 * a name only so, as it is also a share ("以土地经营权入股").
 */
const SECTION_OF_OFFICE_RE = /(?:局|办|委|厅|中心|所)[\u4e00-\u9fff]{1,4}股$/u;

/** Words of a predicate: a list item holding one is a task, not a name ("推进园区建设"). */
const PREDICATE_RE = /加强|推进|推动|建立|健全|完善|实施|开展|落实|提高|提升|加快|促进|组织|做好|确保|强化|制定|深化|优化|培育|引导|鼓励|保障|抓好|加大|扩大|做到|实现|完成/u;
/** Longest item a unit label's list takes as a name without a kind word at its end. */
const MAX_LISTED_NAME = 20;

/**
 * True when `raw` has the form of a name, as an item of a list a unit label introduces
 * ("责任单位：新材料产业园、食品产业园"): the document says the items are units, so a name that
 * ends in no kind word ("产业园", "示范区管理服务中心" aside) is taken, if it is short and reads as
 * no predicate.
 */
export function isListedName(raw: string): boolean {
  if (isUnitName(raw)) return true;
  const name = compactName(raw);
  if (name.length < 2 || name.length > MAX_LISTED_NAME || PREDICATE_RE.test(name)) return false;
  if (BAD_START_RE.test(name) || PROSE_RE.test(name) || !bracketsBalance(name)) return false;
  return !FOREIGN_RE.test(withoutNotes(withoutTrailingGroup(name)));
}

/** The kind words unit names end in, longest first where one ends another. */
export const UNIT_SUFFIXES: readonly string[] = SUFFIXES;

/**
 * Normalises a name for the shape tests: NFKC, no whitespace, angle and tortoise-shell brackets
 * read as the parentheses they stand for inside a bracket ("各县〈市、区〉人民政府", "各县<市、区>人民
 * 政府", "相关市、县〔市、区〕政府").
 */
export function compactName(raw: string): string {
  return String(raw).normalize('NFKC').replace(SPACE_GLOBAL_RE, '').replace(ANGLE_OPEN_RE, '（').replace(ANGLE_CLOSE_RE, '）');
}
/**
 * The brackets a page sets for parentheses nested in a clause's brackets (angle, tortoise-shell, and
 * "<>" typed for them), openers and closers in the same order: one list for the names and the lists.
 */
export const NESTED_OPENERS = '〈<〔';
export const NESTED_CLOSERS = '〉>〕';
const ANGLE_OPEN_RE = new RegExp(`[${NESTED_OPENERS}]`, 'gu');
const ANGLE_CLOSE_RE = new RegExp(`[${NESTED_CLOSERS}]`, 'gu');

/**
 * A table row's name that sums the others ("合计", "全市合计", "全州", "总 计" squeezed): the whole,
 * no unit or place answering for its figures.
 */
export function isTotalName(name: string): boolean {
  return TOTAL_NAME_RE.test(name);
}
const TOTAL_NAME_RE = /^(?:全[省市县縣区區州盟旗镇鎮乡鄉])?(?:合计|合計|总计|總計|小计|小計|共计|共計)$|^全[省市县縣区區州盟旗镇鎮乡鄉]$/u;

/**
 * A cell of a table's column of places naming one place ("延吉市", "汪清县", "某某镇"; with a note
 * of what it takes in, "港区（含浮桥）", which `withoutScopeNote` drops from its name as from any
 * unit's): the body answering for the row's figures is that place's, named as the table names it.
 * Where the column's other cells name places by their level, a town may be named alone, two or
 * three characters ("城厢", "沙溪": `bare`). Not a total ("全州", "全县（含开发区）"), a plural
 * ("各乡镇"), a breakdown's "其中", a measure or a state ("平均", "增长率", "目标值", "尚未完成"), nor
 * words of a sentence ("要", "的" …).
 */
export function isPlaceName(cell: string, bare = false): boolean {
  const name = withoutScopeNote(cell);
  if (isTotalName(name) || NOT_A_PLACE_RE.test(name)) return false;
  return LEVELLED_PLACE_RE.test(name) || (bare && BARE_PLACE_RE.test(name));
}
const LEVELLED_PLACE_RE = /^[\u4e00-\u9fff]{1,8}(?:省|市|县|縣|区|區|州|盟|旗|乡|鄉|镇|鎮|街道)$/u;
const BARE_PLACE_RE = /^[\u4e00-\u9fff]{2,3}$/u;
const NOT_A_PLACE_RE = /^(?:各|其中)|[要的了是将把被应须请]|平均|其[他它]|备注|合计|小计|增长|目标|完成|推进|进展|[率值量额数]$/u;
