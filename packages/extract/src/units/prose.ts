/**
 * Duties written in running text: sentences whose subject is one or more units and whose verb
 * assigns them work (the gold format's `prose` form).
 *
 *   sentence := clause (("，"|"：") clause)*          a sentence ends at 。；！？ or a line end
 *   clause   := actor? predicate
 *   actor    := units                                  "市民政部门应当…"  (a subject)
 *             | "由" units                             "…由幼儿园另行通知" (由 names the actor of any verb)
 *   predicate contains role verbs:
 *     负责 · 承担(担负, 肩负)…职责/责任 · 责任主体 · 第一责任人 · 负总责 · 负全责  → the actor is responsible
 *     牵头 · "会同" units                               → the actor leads; 会同's units assist
 *     配合 · 协助 · 参与 · 参加 ("配合" units)          → the actor assists (the units it assists lead)
 *     指导 (any form whose actor guides; "在" units "指导下") → the actor guides
 *
 * Pivot (兼语式): "A委托/组织/要求/督促/指导/责成/安排/动员/指派/指定 B 做…": B, the pivot verb's object, is
 * the actor of the verbs after it, in its clause and in the actor-less clauses that follow
 * ("A可以委托B受理申请，协助开展调查" → B assists); A gets a role only from its own verbs before
 * the pivot (指导 itself is one: A guides).
 *
 * A clause with no actor continues the last actor of its line ("市人社部门负责…；会同…制定…"),
 * or, failing that, the unit the section's heading names ("1.监督组。负责…"); "成立X，负责…"
 * makes X the actor of what follows. Roles are settled per sentence: a guide assists a unit that
 * carries the work out ("A指导，B负责落实"); a lead makes the other actors assist; otherwise one
 * actor leads and several share the duty.
 *
 * Not duties: a clause with no role verb and no 由 ("各地区要高度重视"), a body's make-up ("由A、B
 * 组成"), units that are only objects ("报送国务院办公厅"): only the actor position is read.
 * Linear in the text: every line is scanned once; name lists are tried only at clause starts and
 * after 由 / 会同 / 配合 / 牵头, each over a bounded stretch (a list of names is at most a few
 * hundred characters), though a long run of such lists costs a large constant per character.
 */
import { ASSIST_WORDS, LEAD_WORDS, runsOn, UNIT_KIND_WORDS } from '@policyc/parse';
import { actorListAt, opensWithStartWord, SETS_UP_WORDS, SHORT_FORM_OPENING, WORK_OPENING_WITH_REN, type ActorList } from './actors.js';
import { assignRoles, roleOfUnitColumn, tagOfLabel, type Tag, type TaggedSpan } from './clause.js';
import { nextInClass } from '../search.js';
import { charClass } from './codes.js';
import { nameOf, splitUnits, type NameSpan } from './split.js';
import { isHanCode } from '../script.js';
import type { Range } from './spans.js';
import type { ResponsibilityClause } from './types.js';
import { isSpace, mentions, type View } from './view.js';

export interface ProseContext {
  /** Source offsets already read as clauses or table rows (sorted, disjoint): skipped here. */
  taken?: readonly Range[];
  /** Source offset where the section's text after its heading marker starts. */
  bodyStart?: number;
  /** Source offset where the heading ends: its title is no part of the sentence after it. */
  headingEnd?: number;
  /** The unit the section's heading names, actor of subject-less duties ("1.监督组。负责…"). */
  headingUnit?: { name: string; start: number; end: number; inherited?: boolean } | null;
  /** The section is an item under a lead-in that assigns work to each item's unit. */
  underLeadIn?: boolean;
  /**
   * The width the document was hard-wrapped at (a PDF's lines, see @policyc/parse's wrap.ts), or
   * null: a line that runs to it goes on in the next ("…涉及事项由" / "社区居委会组织讨论").
   */
  wrap?: number | null;
}

const SENTENCE_END = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);
const CLAUSE_END = new Set(['，', ',', '：', ':']);
// By char code: lines and sentences are read character by character.
const SENTENCE_END_CODES = charClass(SENTENCE_END);
const CLAUSE_END_CODES = charClass(CLAUSE_END);
const FULL_STOP = 0x3002; // 。
/** Characters that part paragraphs: line feed, tab, pipes, ideographic and no-break spaces. */
const isParagraphBreak = (code: number): boolean => code === 10 || code === 9 || code === 0x7c || code === 0xff5c || code === 0x3000 || code === 0xa0;
/**
 * What ends a run of plain characters on a line read, as a class the regex engine seeks: a space
 * of any kind (`isSpace`: what `\s` matches and U+200B) or a paragraph break (the pipes besides).
 */
const ANY_SPACE_OR_BREAK = /[\s\u200b|｜]/g;
/** Connectives that may open a clause before its actor. */
const OPENER_RE = /^(?:同时|此外|另外|并且|其中|必要时|为此|对此|并|再)/u;
/**
 * The responsibilities "负…责任" names as a duty ("负主体责任", "负监管责任"), a closed class; the
 * main ones make the actor lead, as 负总责 does. Not the words of liability a penalty clause uses
 * ("…造成事故的，X负相应责任", 直接责任, 领导责任).
 */
const MAIN_RESPONSIBILITIES = '主体|主要|首要|全面|第一';
const RESPONSIBILITIES = `${MAIN_RESPONSIBILITIES}|监管|属地|管理|监督|安全`;
/**
 * The role verbs a predicate is scanned for (adverbs and modals between an actor and its verb need
 * no rule: the scan finds the verb wherever it stands). Literal alternatives: linear.
 */
const ROLE_VERBS = `会同|牵头|负责|负总责|负全责|负有|负(?:${RESPONSIBILITIES})责任|指导|承担|担负|肩负|责任主体|第一责任人|配合|协助|参与|参加|协办`;
const ROLE_VERB_RE = new RegExp(ROLE_VERBS, 'gu');
/** A role verb anywhere in a sentence, once its role nouns are taken out. */
const ROLE_VERB_AT_ALL_RE = new RegExp(ROLE_VERBS, 'u');
/** Role nouns ("牵头部门", "配合单位"): their role word is no verb. */
const ROLE_NOUN_GLOBAL_RE = /(?:牵头|配合|负责|协办|协助|参与)(?:部门|单位|科室|处室|机构)/gu;
/** What a line stating a duty holds somewhere: a role verb, 由, or a role noun a unit may be designated by ("A为责任单位"). */
// The role nouns over every kind word of UNIT_KIND_WORDS, written out: the ReDoS audit folds only
// literal lists into the patterns built from this one.
const DUTY_WORDS = [
  // 负 is in 负责, 负总责, 负全责, 负有, every 负…责任, 担负 and 肩负: a line without it holds none of them.
  '会同', '牵头', '负', '指导', '承担', '责任主体', '第一责任人', '配合', '协助', '参与', '参加', '协办', '由', '为主',
  '责任单位', '责任部门', '责任处室', '责任科室', '责任股室', '责任机构', '主责单位', '主责部门', '主责处室', '主责科室', '主责股室', '主责机构',
];
const MAY_STATE_DUTY_RE = new RegExp(DUTY_WORDS.join('|'), 'u');
/** The same words in the source, where a lone space (dropped from the line read) may split them. */
const MAY_STATE_DUTY_WRITTEN_RE = new RegExp(DUTY_WORDS.map((w) => [...w].join('[\\s\\u200b]?')).join('|'), 'u');
/** 由 that does not name an actor: 由于, 由此, 自由, 理由, 经由 … (names.ts's BY_NAMING_ACTOR, by character). */
const NOT_BY_BEFORE = new Set(['自', '理', '经', '缘', '事', '来', '不']);
const NOT_BY_AFTER = new Set(['于', '此', '衷', '来', '头']);
const BY = 0x7531; // 由
const DE = 0x7684; // 的
/**
 * "由A、B组成", "由A、B选派人员参加", "主席由A分管工作的副秘书长担任": the make-up or staffing of a
 * body, not a duty.
 */
const MAKE_UP_RE = /^.{0,30}?(?:组成|构成|选派|派员|抽调|推举|推荐|担任|兼任)/u;
/** "由A…向B转变": a change from one state to another, not an actor. */
const FROM_TO_RE = /^[^，,。；;]{0,24}?向[^，,。；;]{1,30}?(?:转变|转型|过渡|转移|延伸|拓展)/u;
/** 指导 as a noun: 指导思想, 指导意见, 以…为指导 … */
const GUIDE_NOUN_AFTER_RE = /^(?:思想|原则|意见|目录|价|性|方针|委员会|中心|下|手册|文件|标准)/u;
/** "密切配合", "相互配合": mutual help with no unit to assist is no assist role. */
const MUTUAL_BEFORE_RE = /(?:密切|相互|紧密|协同|互相|积极主动|协调)$/u;
/**
 * A sentence that hands its units every task that follows: "以下各项均由A负责落实，不再一一列出",
 * "各项任务由A牵头，B、C配合". Fixed words around short gaps: linear.
 */
const BLANKET_RE = /(?:以下|下列|下述|本(?:方案|意见|计划|通知)所列)(?:各项)?(?:任务|工作|措施|举措|事项)?(?:均|都|统一|一律)由|各项(?:任务|工作|措施|举措)(?:均|都|统一|一律)?由|不再一一列出|不再逐项列出/u;

/** A role verb phrase that ends in "的《" describes how a document came about. */
const DOCUMENT_OF_RE = /的[《“"]/u;
/** What follows such a 的 when it closes a noun phrase: the noun, up to the clause's end. */
const NOUN_AFTER_DE_RE = /^[^，,。；;、的]{1,8}$/u;
/** "由A拨付…的<unit>": a 由-phrase closed by 的 and a unit before any role verb or comma is a modifier. */
const MODIFIER_AFTER_BY_RE = /^(?:(?!负责|牵头|会同|指导|承担)[^，,。；;、]){1,16}的/u;

/**
 * Verbs that hand work to their object, which then acts (兼语式 pivot): "委托B受理", "组织B开展",
 * "督促B落实". Literal alternatives: linear.
 */
/** Verbs that set a body up: their object is a pivot only where a role verb follows it ("设立办公室专项负责…"). */
const SETS_UP_PIVOTS: ReadonlySet<string> = new Set(SETS_UP_WORDS);
const PIVOT_VERB_RE = new RegExp(`委托|组织|要求|督促|指导|责成|安排|动员|指派|指定|${SETS_UP_WORDS.join('|')}`, 'gu');
/** A role verb right after the body set up, perhaps after an adverb of how. */
const DUTY_AFTER_SET_UP_RE = /^(?:专门|专项|具体|全面|统一|主要|专职)?(?:负责|牵头|承担)/u;
/** "相应的", "相关的" before a body set up: which one, not part of its name. */
const CORRESPONDING_RE = /^(?:相应|相關|相关|相應)的/u;
/** 组织 as a noun ("党组织", "社会组织", "自治组织", "经济组织"): the character before it. */
const NOT_PIVOT_ORGANISE_BEFORE = new Set(['党', '团', '会', '治', '济', '作', '层', '织', '工', '民', '群']);
/** 组织 / 安排 opening a noun ("组织体系", "组织机构", "组织领导", "安排部署"): no pivot verb. */
const NOT_PIVOT_NOUN_AFTER_RE = /^(?:体系|机构|架构|领导|保障|建设|形式|方式|管理|实施|协调|部署|化)/u;

/** A pivot actor (see pivotAt) → the actor its sentence had: sentences after it continue that one. */
const PIVOT_OUTER = new WeakMap<Actor, Actor | null>();
/**
 * A clause that is a unit list and nothing else, a comma after it ("…牵头，市水利局、市农牧局，武警
 * 某支队参加"): the list, mapped to the actor the clauses before it carried. The next clause's
 * subject list takes it in; a clause with no subject of its own goes on with that earlier actor.
 */
const BARE_LIST = new WeakMap<Actor, Actor | null>();
/** Two characters and a kind word: a class a label names ("办理机构", "牵头单位", "实施主体"), no body. */
const GENERIC_LABEL_RE = /^[\u4e00-\u9fff]{2}(?:单位|部门|机构|机关|主体|对象)$/u;
/** Words that negate the verb after them ("不负全责"). */
const NEGATION = new Set(['不', '无', '未']);
/** A conditional clause before the actor ("…造成重大损失的，"): what follows is a liability. */
const CONDITION_BEFORE_RE = /的[，,]/u;
/** How far back in its sentence a condition is sought. */
const CONDITION_REACH = 80;

/** Whether the sentence that `at` stands in opens with a condition ("…的，") before `at`. */
function underCondition(s: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < CONDITION_REACH && !'。；;！!？?\n'.includes(s[from - 1]!)) from--;
  return CONDITION_BEFORE_RE.test(s.slice(from, at));
}

/**
 * The units before a colon that a heading's title runs into, where the page lost the break
 * between them ("（二）职责分工县教育局：负责…"): the list opens at a level ("县", "市", "各") after a
 * few words with no mark between; the first such place whose rest is a list of units. Null when none is.
 */
function afterGluedTitle(s: string, a: number, b: number): NameSpan[] | null {
  if (b - a > MAX_GLUED_TITLE + MAX_GLUED_LIST) return null;
  for (let k = a + MIN_GLUED_TITLE; k < b - 1 && k - a <= MAX_GLUED_TITLE; k++) {
    if (!isHanCode(s.charCodeAt(k - 1))) return null;
    if (!LIST_OPENERS.has(s[k]!)) continue;
    const names = splitUnits(s, k, b);
    if (names !== null && names.length > 0) return names;
  }
  return null;
}
/** Characters a unit list opens with: a level, or 各 before a plural. */
const LIST_OPENERS = new Set([...'省市县区州盟旗镇乡街各']);
/** The fewest and most characters of a title run into the list ("职责分工", "部门职责及分工"). */
const MIN_GLUED_TITLE = 2;
const MAX_GLUED_TITLE = 10;
/** Longest list of units before the colon, after the title. */
const MAX_GLUED_LIST = 40;

/** Two lists of one view read as one: the names of both, ending where the second ends. */
function joinLists(first: ActorList, second: ActorList): ActorList {
  return { end: second.end, names: [...first.names, ...second.names] };
}
/**
 * "组织/动员B参与/参加…": taking part in what the subject organises is no assist role (as in
 * "鼓励企业参与…"); such a clause is read as before, with no pivot.
 */
const TAKES_PART_AFTER_RE = /^[^，,。；;]{0,10}?(?:参与|参加)/u;

/** How long "在<units>指导下" can be: a list of names is never longer. */
const MAX_GUIDE_SPAN = 162;

/** Persons a role verb may be said of, designated by the clause's subject or merely there: "专职人员", "专人". */
const PERSON_BEFORE_VERB_RE = /(?:人员|专人)$/u;

/** How far into a clause that continues an earlier actor its role verb may stand. */
const MAX_CARRIED_GAP = 6;
/** The code of 负, which opens the verbs that answer for something ("负责", "负总责", "负主体责任"). */
const FU = 0x8d1f;
/** A clause that opens with the 对-phrase of what its actor answers for, nothing else before the verb: "并对…". */
const ANSWERS_FOR_RE = /^(?:并|同时|还|要|应|应当|须|必须)?对[^，,。；;：:]+$/u;
/**
 * Prepositions that open an object, which a verb right after them describes ("对参与…的单位"). Not 向,
 * which ends adverbs as often ("横向配合", "双向协助").
 */
const OBJECT_PREPOSITIONS = new Set(['对', '给', '把', '让', '为', '被']);
/** Words that end in such a character but are no preposition ("应对", "针对", "作为", "认为"). */
const NOT_PREPOSITION_BEFORE = /(?:[应面针相绝反核比校]对|[作成认行因以称视]为)$/u;

/** Whether a preposition opening an object stands right before `at` in `p` ("对参与…", not "应对负有…"). */
function afterObjectPreposition(p: string, at: number): boolean {
  return OBJECT_PREPOSITIONS.has(p[at - 1] ?? '') && !NOT_PREPOSITION_BEFORE.test(p.slice(Math.max(0, at - 2), at));
}
/**
 * Whether `at` lies in the object phrase a preposition opens a few words before it, in its clause
 * ("对参建各方责任主体…": the role noun is what 对 governs, not the clause's subject).
 */
function inObjectPhrase(p: string, at: number): boolean {
  for (let k = at; k > 0 && k >= at - OBJECT_PHRASE_MAX; k--) {
    if (/[，,。；;：:]/u.test(p[k - 1]!)) return false;
    // (为 a few words back is the copula: "建设单位为工程质量第一责任人" names the unit the role's holder.)
    if (p[k - 1] !== '为' && afterObjectPreposition(p, k)) return true;
  }
  return false;
}
/** Longest object phrase between its preposition and a role noun ("参建各方"). */
const OBJECT_PHRASE_MAX = 8;
/**
 * Whether the role verb at `at` qualifies a noun that a copula opening its clause predicates of the
 * actor: "教研室是指导学生学习的重要载体", "…也是承担课程建设任务的重要阵地" say what the actor is, not a
 * duty given it; the verb stands between 是 and a 的 in one clause, and the noun names no body. (A
 * role noun after 是 designates, "A是…的责任主体", read apart.) Looked for within a clause's reach of
 * the verb: linear.
 */
function inCopulaNounPhrase(p: string, at: number): boolean {
  let open = at;
  while (open > 0 && at - open <= COPULA_CLAUSE_MAX && !CLAUSE_BREAK_RE.test(p[open - 1]!)) open--;
  if (!COPULA_OPEN_RE.test(p.slice(open, open + 3))) return false;
  let de = -1;
  let close = at;
  for (; close < p.length && close - at <= COPULA_CLAUSE_MAX && !CLAUSE_BREAK_RE.test(p[close]!); close++) {
    if (de < 0 && p.charCodeAt(close) === DE) de = close;
  }
  // The noun a body is ("县应急管理局是负责…的职能部门", "…是牵头开展…的单位") designates it, as a role
  // noun after 是 does: the verb says what the body answers for.
  return de >= 0 && !BODY_NOUN_END_RE.test(p.slice(de + 1, close));
}
/**
 * What says a role noun of the clause's subject: "A是…的责任主体", "A为第一责任人", "A作为责任主体",
 * "A担任…第一责任人" (为 not of 行为, 认为, 以为, 因为, 成为 aside, which is one).
 */
const COPULA_RE = /是|作为|作為|担任|擔任|成为|成為|(?<![行认認以因作成])[为為]/u;
/** How far before a role noun its copula may stand ("是本行政区域…保护管理的责任主体"). */
const COPULA_REACH = 30;
/** Whether the clause `p` ends at offset `end`: its end, or a mark that closes a clause or a list's item. */
function endsClauseAt(p: string, end: number): boolean {
  return end >= p.length || CLAUSE_END_MARK_RE.test(p[end]!);
}
const CLAUSE_END_MARK_RE = /[\s。，,、；;：:！!？?）)]/u;
/** Role words that are nouns (see the switch below): after 是 they designate, as "A是…的责任主体". */
const ROLE_NOUNS = new Set(['责任主体', '第一责任人']);
/** A clause the copula opens, its actor said before it or in the clause before ("…，是…的载体"); not 是否. */
const COPULA_OPEN_RE = /^(?:也|还|都|更|就|仍)?是(?!否)/u;
/** A noun naming a body: a kind word ("职能部门", "主管单位", "管理机构") or 主体 closes it. */
const BODY_NOUN_END_RE = new RegExp(`(?:${UNIT_KIND_WORDS}|主体|机关)$`, 'u');
const CLAUSE_BREAK_RE = /[，,。；;：:]/u;
/** How far a copula's clause reaches on either side of a role verb it holds. */
const COPULA_CLAUSE_MAX = 40;
/**
 * Adverbs and modals that may stand between a clause's opening and its verb when the clause goes
 * on with an earlier clause's actor ("…，并积极配合…", "…，要主动参与…"), and 负责 ("…：负责配合…"):
 * a closed class, longest first.
 */
const ADVERBS = ['进一步', '同时', '应当', '必须', '需要', '可以', '积极', '主动', '全力', '密切', '认真', '切实', '共同', '及时', '全面', '大力', '努力', '广泛', '深度', '深入', '充分', '全程', '依法', '具体', '分别', '各自', '负责', '并', '且', '还', '也', '都', '均', '要', '应', '须', '需', '将', '可'];

/**
 * Adverbials of a phrase's worth: how ("按要求", "按照职责分工"), when or where ("在活动期间", "在各自
 *职责范围内"), and 做好 before a nominal 配合 ("做好配合工作"). Sticky: tried where a word would stand.
 */
const ADVERBIAL_RE = /按照?(?:要求|规定|职责(?:分工)?|部署)|在[^，,。；;]{1,10}?(?:期间|过程中|中|时|内)|做好/uy;

/** Whether `gap` is made of ADVERBS and ADVERBIAL_RE's phrases alone (the empty gap is), read from its start. */
function adverbsOnly(gap: string): boolean {
  let i = 0;
  while (i < gap.length) {
    const word = ADVERBS.find((w) => gap.startsWith(w, i));
    if (word !== undefined) {
      i += word.length;
      continue;
    }
    ADVERBIAL_RE.lastIndex = i;
    if (ADVERBIAL_RE.exec(gap) === null) return false;
    i = ADVERBIAL_RE.lastIndex;
  }
  return true;
}
/** How far after its actor an assisting verb may stand. */
const MAX_ASSIST_GAP = 8;
/**
 * "承担…职责/职能/责任/工作": the unit takes the duty on. The duty may be a long list of what it
 * covers ("承担着按照…推动经济社会发展、管理社会事务、服务人民群众的重大职责"): a clause's worth;
 * or the list that follows ("区政府要…，主要承担以下工作：").
 */
const TAKES_ON_RE = /^[^，,。；;]{0,64}?(?:职责|职能|责任|日常工作|(?:以下|下列|如下)(?:工作|任务))/u;
/** "承担…主体责任", "负有…主要责任": the main responsibility (the words of MAIN_RESPONSIBILITIES). */
const MAIN_RESPONSIBILITY_RE = new RegExp(`^[^，,。；;]{0,30}?(?:${MAIN_RESPONSIBILITIES})责任`, 'u');
const MAIN_RESPONSIBILITY_VERB_RE = new RegExp(`^负(?:${MAIN_RESPONSIBILITIES})责任$`, 'u');
/**
 * What may stand before a role noun that is the clause's subject ("各责任主体", "上述第一责任人"):
 * nothing, or a determiner. Anything else ("…是…的责任主体") makes the noun a predicate.
 */
const REFERS_BACK_BEFORE_RE = /^(?:各|各级|该|其|上述|以上|前述|这些|相关|有关|其他|本级)?$/u;
/**
 * "成立/组建/设立 X", "指挥部下设X", "县林草局增设X", a body made anew ("重组X", "调整完善X"): X is the
 * actor of the duties that follow. (Not 调整 alone: "调整县应急指挥部成员单位" changes who sits on
 * a body.) The words are SETS_UP_WORDS (actors.ts), one list for every reader of them.
 */
const SETS_UP_RE = new RegExp(`(?:${SETS_UP_WORDS.join('|')})$`, 'u');
/**
 * The same, and 建立 before a body's make-up ("建立由教育、公安等部门组成的领导小组"): 建立 alone
 * builds systems and mechanisms far more often than bodies.
 */
const SETS_UP_MODIFIED_RE = new RegExp(`(?:${SETS_UP_WORDS.join('|')}|建立)$`, 'u');
/** The last characters of those words: only where one ends is a regex tried. */
const SETS_UP_LAST = charClass([...SETS_UP_WORDS, '建立'].map((w) => w.at(-1)!).join(''));
/** Longest of those words. */
const MAX_SETS_UP_WORD = Math.max(...SETS_UP_WORDS.map((w) => w.length));
/** What opens the modifier between a setting-up word and the body ("成立以县长为组长的…", "成立由…组成的…"). */
const SET_UP_MODIFIER_OPENS = new Set(['以', '由']);
/**
 * What may follow the body set up to the clause's end: where it sits ("下设办公室在县林草局"; "…，
 * 办公室设在…"), or its short form ("成立县防汛抗旱指挥部（以下简称县防指）").
 */
const AFTER_SET_UP_RE = new RegExp(`^(?:设?[在于][^，,。；;]{1,20}|${SHORT_FORM_OPENING}[^（）()]{1,20}[）)])$`, 'u');
/**
 * How far before the body's name its setting-up word may stand, across the modifier that says who
 * heads it ("成立以县长为组长、分管副县长为副组长的领导小组", "成立由县长任主任，相关部门负责人参加的委员会")
 * or lists the units it is made of, a dozen departments perhaps ("成立由县水利局、发展改革局、财政局、…
 * 等部门组成的…领导小组").
 */
const MAX_SET_UP_MODIFIER = 120;
/** A modifier that names who leads ("由兵役机关牵头、…参与的", "由A会同B…的"): see modifiedSetUpAt. */
const LEADS_IN_MODIFIER_RE = /牵头|会同/u;

interface Actor {
  list: ActorList;
  /** The sentence's view the list's spans refer to. */
  view: View;
}

interface Entry {
  actor: Actor;
  tag: Tag;
  guide: boolean;
  /** Recorded only if the sentence names a lead ("牵头部门…，相关部门要密切配合"). */
  mutual?: boolean;
  /**
   * The role comes from the actor's name alone ("牵头部门要加大协调力度"): a role noun is no
   * role verb, so it counts only in a sentence that assigns work by a verb somewhere.
   */
  byName?: boolean;
  /** The actor whose 配合/协助 this entry's units are the object of ("A配合B…": B, helped by A). */
  helpedBy?: Actor;
}

/**
 * Finds the prose duties in `text` (a section's own text); offsets are `base + index in text`.
 * One result per sentence that assigns work to a unit. Never throws.
 */
export function findDuties(text: string, base = 0, context: ProseContext = {}): ResponsibilityClause[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc: DutyDoc = { text, base, context, out: [], firstLine: true, lineHasBy: false };
  const taken = context.taken ?? [];
  const skipBefore = context.bodyStart === undefined ? 0 : Math.max(0, context.bodyStart - base);
  const headingEnd = context.headingEnd;
  let t = 0; // index into taken
  const line = new LineBuffer(text);
  const wrap = context.wrap ?? null;
  /** Where the source line being read starts, and whether the line before it ran on into it. */
  let lineStart = skipBefore;
  let runOn = false;
  for (let i = skipBefore; i < text.length; i++) {
    if (i === skipBefore || text.charCodeAt(i - 1) === 10) {
      lineStart = i;
      // A source line with no duty word gives only lines that are not read (see flushLine):
      // it is passed over whole, unless it may be the first line of an item under a lead-in, or
      // it goes on a line wrapped into it, or is wrapped into the next ("…市发展改革委、" / "市财政局…负责").
      const lineEnd = text.indexOf('\n', i);
      const end = lineEnd < 0 ? text.length : lineEnd;
      if (!runOn && !(doc.firstLine && context.underLeadIn === true) && !MAY_STATE_DUTY_WRITTEN_RE.test(text.slice(i, end)) && !(wrap !== null && runsOn(text, i, end, wrap))) {
        i = end;
        flushLine(doc, line);
        continue;
      }
      runOn = false;
    }
    // A hard-wrapped line that runs to the width goes on in the next: its line feed parts nothing.
    if (wrap !== null && text.charCodeAt(i) === 10 && runsOn(text, lineStart, i, wrap)) {
      runOn = true;
      continue;
    }
    const src = base + i;
    while (t < taken.length && (taken[t] as Range).end <= src) t++;
    const inTaken = t < taken.length && (taken[t] as Range).start <= src;
    const code = text.charCodeAt(i);
    // The heading's title ends a sentence ("1.2 适用范围 本预案适用于…" on one line).
    if (src === context.headingEnd && line.last !== 0 && SENTENCE_END_CODES[line.last] !== 1) line.pushStop(i);
    // A line end, a tab or a pipe (between table cells), an ideographic or no-break space, or two blanks
    // in a row part paragraphs (a document extracted onto one line keeps only those).
    if (isParagraphBreak(code) || (isSpace(code) && isSpace(text.charCodeAt(i + 1)))) {
      flushLine(doc, line);
      continue;
    }
    if (inTaken) {
      // A clause read elsewhere ends the sentence it stands in.
      if (line.last !== 0 && line.last !== FULL_STOP) line.pushStop(i);
      continue;
    }
    if (isSpace(code)) continue;
    // A run of plain characters, taken whole: up to the next space or break, the next clause
    // read elsewhere, or the heading's end, each of which the loop above must see.
    let stop = nextInClass(ANY_SPACE_OR_BREAK, text, i + 1);
    if (t < taken.length) stop = Math.min(stop, (taken[t] as Range).start - base);
    if (headingEnd !== undefined && headingEnd - base > i) stop = Math.min(stop, headingEnd - base);
    line.pushRun(i, stop);
    i = stop - 1;
  }
  flushLine(doc, line);
  return doc.out;
}

/**
 * What the readers below share about the text being read. They are functions of the module, not
 * closures made per call: findDuties runs once per section, and making a dozen closures each time
 * cost more than the reading of most sections (under tsx every closure is also named at run time).
 */
interface DutyDoc {
  text: string;
  base: number;
  context: ProseContext;
  out: ResponsibilityClause[];
  /** No line has been flushed yet: the next one is the section's first. */
  firstLine: boolean;
  /**
   * The line being read holds a 由: most lines hold none, and then no clause of theirs is
   * scanned for one (byAt goes character by character, and readClause runs per clause).
   */
  lineHasBy: boolean;
}

/**
 * The source index of each character of the line being read, shared by every line (findDuties
 * reads one line at a time) and grown as needed: each line's view gets a copy of just its own
 * part, instead of an array grown a character at a time for every line.
 */
let offsets = new Int32Array(1024);

/**
 * The line being read: its text (runs of source characters copied whole, and the 。 put in where
 * a sentence is cut), and the source index of each of its characters.
 */
class LineBuffer {
  parts: string[] = [];
  /** How many characters the line holds (its offsets are `offsets[0, length)`). */
  length = 0;
  runStart = 0;
  runEnd = 0;
  /** Char code of the line's last character, 0 when it is empty. */
  last = 0;

  constructor(readonly text: string) {}

  closeRun(): void {
    if (this.runEnd > this.runStart) this.parts.push(this.text.slice(this.runStart, this.runEnd));
    this.runStart = this.runEnd;
  }

  /** Adds the characters `[from, to)` of the source (`to > from`) to the line, one run of text. */
  pushRun(from: number, to: number): void {
    if (from !== this.runEnd) {
      this.closeRun();
      this.runStart = from;
    }
    this.runEnd = to;
    for (let i = from; i < to; i++) this.pushOffset(i);
    this.last = this.text.charCodeAt(to - 1);
  }

  private pushOffset(i: number): void {
    if (this.length === offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[this.length++] = i;
  }

  pushStop(i: number): void {
    this.closeRun();
    this.parts.push('。');
    this.pushOffset(i);
    this.last = FULL_STOP;
  }

  /** The line read so far (null when empty); the buffer starts a new line. */
  take(): View | null {
    this.closeRun();
    const view = this.length > 0 ? { s: this.parts.join(''), map: offsets.slice(0, this.length) } : null;
    this.parts = [];
    this.length = 0;
    this.last = 0;
    return view;
  }
}

function flushLine(doc: DutyDoc, line: LineBuffer): void {
  const view = line.take();
  if (view === null) return;
  // Most lines state no duty: a line with no role verb and no 由 gives no clause an actor or a
  // role (and an actor carried over ends with the line), so it is not read clause by clause.
  // Only the first line of an item under a duty lead-in is read without a verb.
  if (MAY_STATE_DUTY_RE.test(view.s) || (doc.firstLine && doc.context.underLeadIn === true)) readLine(doc, view, doc.firstLine);
  doc.firstLine = false;
}

function readLine(doc: DutyDoc, view: View, isFirst: boolean): void {
  const s = view.s;
  // A unit column's header on a line of its own, a table's cell ("责任单位（牵头）"), names a column.
  if (s.length <= MAX_HEADER_LINE && roleOfUnitColumn(s) !== null) return;
  doc.lineHasBy = s.includes('由');
  let carried: Actor | null = null;
  const heading = doc.context.headingUnit;
  let depth = 0;
  let from = 0;
  // From bracket or sentence end to the next (the characters between change nothing), then once
  // at the line's end.
  for (let i = nextInClass(SENTENCE_MARKS, s, 0); i <= s.length; i = i < s.length ? nextInClass(SENTENCE_MARKS, s, i + 1) : i + 1) {
    const code = s.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++; // （ (
    else if (code === 0xff09 || code === 0x29) depth = Math.max(0, depth - 1); // ） )
    if (i < s.length && (depth > 0 || SENTENCE_END_CODES[code] !== 1)) continue;
    if (i > from) carried = readSentence(doc, view, from, i, carried, heading ?? null, isFirst && from === 0);
    from = i + 1;
  }
}

/** Longest line asked whether it is a unit column's header (its note included). */
const MAX_HEADER_LINE = 30;

/**
 * A class of bodies or persons opening a sentence as its subject ("相关单位和个人，", "广大群众要",
 * "各类社会组织应"): the class's noun, then the clause's end or a modal verb.
 */
const CLASS_SUBJECT_RE = /^[^，,。；;]{0,30}?(?:单位|單位|个人|個人|人员|人員|企业|企業|群众|群眾|居民|市民|农户|農戶|家庭|家长|家長|学生|學生|师生|師生|经营者|經營者|从业者|從業者|社会组织|社會組織)(?:$|要|应|應|须|須|必须|必須)/u;
/** Longest stretch read for such a subject: its pattern reads no further. */
const CLASS_SUBJECT_MAX = 40;

/** Brackets and the sentence ends of SENTENCE_END: where readLine has something to do. */
const SENTENCE_MARKS = /[（()）。；;！!？?\n]/g;

function readSentence(doc: DutyDoc, view: View, a: number, b: number, carriedIn: Actor | null, heading: ProseContext['headingUnit'] | null, isLeadItem: boolean): Actor | null {
  const s = view.s;
  // "是否明确专人负责…；是否建立…": a checklist's question asks whether a duty is met, it assigns none.
  if (s.startsWith('是否', a)) return carriedIn;
  const entries: Entry[] = [];
  let carried = carriedIn;
  let depth = 0;
  // A comma inside quotation marks parts the items of a slogan or a principle the sentence cites
  // ("坚持“属地管理、分类指导，政策引导”原则"), not clauses: none of them opens with an actor.
  let quoted = false;
  let from = a;
  for (let i = a; i <= b; i++) {
    const code = s.charCodeAt(i);
    if (i < b && (code === 0xff08 || code === 0x28)) depth++; // （ (
    else if (i < b && (code === 0xff09 || code === 0x29)) depth = Math.max(0, depth - 1); // ） )
    // A second “ while quoted closes the quote: a closing mark typed as an opening one ("“政府主导、
    // 部门协同“的原则") must not hold the rest of the sentence in quotes.
    else if (code === 0x201c) quoted = !quoted; // “
    else if (code === 0x201d) quoted = false; // ”
    if (i < b && (depth > 0 || quoted || CLAUSE_END_CODES[code] !== 1)) continue;
    if (i > from) {
      // "省内使用文物的单位和个人，要…配合普查机构…", "广大群众要配合…": a sentence opened by a class
      // of bodies or persons no unit names is that class's; the actor of the sentence before does
      // not go on into it. (Not a class after a verb or a preposition, "对违法违规的企业，要配合…":
      // the clause's object.)
      const ownSubject = from === a && carried !== null && CLASS_SUBJECT_RE.test(s.slice(from, Math.min(i, from + CLASS_SUBJECT_MAX))) && !opensWithStartWord(s, from);
      carried = readClause(doc, view, from, i, ownSubject ? null : carried, entries, isLeadItem && from === a);
    }
    from = i + 1;
  }
  // A subject-less duty under a heading that names its unit: no actor before its role verb (one
  // named after it, "负责现场警戒，维护周围地区秩序", is an object, and took no role of its own).
  if (entries.length === 0 && heading && carriedIn === null && (carried === null || carried.view !== view || roleVerbBefore(view.s, a, b, carried.list.names[0]?.start ?? b))) {
    readHeadingDuty(doc, view, a, b, heading);
  } else if (entries.length > 0) {
    const before = doc.out.length;
    emit(doc, view, a, b, entries);
    // "负责伤员救治，县卫生健康局配合": the heading's unit leads the work the units named after its
    // role verb only assist.
    const record = doc.out.length > before ? doc.out[doc.out.length - 1] : undefined;
    if (record !== undefined && heading && carriedIn === null && record.lead.length === 0 && record.responsible.length === 0
      && roleVerbBefore(view.s, a, b, Math.min(...entries.map((e) => (e.actor.view === view ? e.actor.list.names[0]?.start ?? b : b))))) {
      record.lead.push({ name: heading.name, start: heading.start, end: heading.end });
    }
  }
  for (let k = 0; carried !== null && k < 64 && PIVOT_OUTER.has(carried); k++) carried = PIVOT_OUTER.get(carried) ?? null;
  return carried;
}

/** Whether a role verb stands in `s[a, b)` before `at`. */
function roleVerbBefore(s: string, a: number, b: number, at: number): boolean {
  const verbs = roleVerbs(s, a, b, null);
  return verbs.tag !== null && a + verbs.at < at;
}

function readHeadingDuty(doc: DutyDoc, view: View, a: number, b: number, heading: NonNullable<ProseContext['headingUnit']>): void {
  const verbs = roleVerbs(view.s, a, b, view);
  if (verbs.tag === null) return;
  // A unit a heading above names acts in items that open with their verb ("1、负责…"); an item that
  // names its own subject first ("1、学生处负责…") is that subject's, named or not.
  if (heading.inherited === true && verbs.at > MAX_BEFORE_INHERITED_VERB) return;
  const own = [{ name: heading.name, start: heading.start, end: heading.end }];
  const named = (actors: readonly Actor[]) => mentions(view, actors.filter((x) => x.view === view).flatMap((x) => x.list.names), doc.base);
  // "配合县财政局做好…": the heading's unit assists the units it helps, who lead; "会同…": it leads them.
  const helped = named(verbs.helped);
  const assists = verbs.tag === 'assist';
  doc.out.push({
    ...sentenceAt(doc, view, a, b), form: 'prose',
    lead: assists ? helped : own, assist: assists ? own : named(verbs.helpers), responsible: [],
  });
}
/** Most characters before the verb of an item a heading above gives its unit ("归口负责", "主要负责"). */
const MAX_BEFORE_INHERITED_VERB = 2;

/** The sentence `view.s[a, b)` with its source offsets and text as written. */
function sentenceAt(doc: DutyDoc, view: View, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.base + (view.map[a] ?? 0);
  const end = doc.base + (view.map[b - 1] ?? 0) + 1;
  return { start, end, text: doc.text.slice(start - doc.base, end - doc.base) };
}

/** Reads one clause; returns the actor that later clauses of the line continue. */
function readClause(doc: DutyDoc, view: View, a: number, b: number, carriedIn: Actor | null, entries: Entry[], isLeadItem: boolean): Actor | null {
  const s = view.s;
  // A list that was a clause of its own waits for this clause's predicate (see BARE_LIST); the
  // actor before it goes on as the carried one.
  const bare = carriedIn !== null && BARE_LIST.has(carriedIn) ? carriedIn : null;
  const carried = bare === null ? carriedIn : BARE_LIST.get(bare) ?? null;
  const opener = OPENER_RE.exec(s.slice(a, Math.min(b, a + 4)));
  if (opener !== null) a += opener[0].length;
  let actor: Actor | null = null;
  let pos = a;
  let byActor = false;
  const by = doc.lineHasBy ? byAt(s, a, b) : -1;
  // The clause's own subject, if it opens with one ("联合采购办公室由…组成，…负责…").
  const subjectList = by === a ? null : actorListAt(s, a, b);
  // "由A牵头，B、C，D、E参加": after an actor, a list set apart by a comma is a clause of nothing
  // but units; it shares the predicate of the list after it. (Opening a sentence, such a list is
  // more likely an object: "通报表扬A、B，C负责兑现奖励".)
  if (subjectList !== null && subjectList.end === b && by < 0 && opener === null && carried !== null && (s[b] === '，' || s[b] === ',')) {
    const list = { list: subjectList, view };
    BARE_LIST.set(list, carried);
    return list;
  }
  // "水务局：负责…；协助…": a unit list that is the whole clause before a colon heads the duties
  // that follow it. The colon marks the list out, so it is read as a labelled one is, by the name
  // test of lists ("社会综合治理办应急股：", whose 股 running text does not take for a name's end).
  if (by < 0 && (s[b] === '：' || s[b] === ':')) {
    const listed = subjectList !== null && subjectList.end === b ? subjectList.names : splitUnits(s, a, b) ?? afterGluedTitle(s, a, b);
    // A kind word after a word of doing or a role names a class, no body ("办理机构：", "牵头单位：").
    const whole = listed !== null && listed.some((n) => GENERIC_LABEL_RE.test(nameOf(s, n))) ? null : listed;
    if (whole !== null && whole.length > 0) return { list: { end: b, names: whole }, view };
  }
  const subject = subjectList !== null && subjectList.end < b ? { list: bare !== null && bare.view === view ? joinLists(bare.list, subjectList) : subjectList, view } : null;
  if (by >= 0) {
    const list = actorListAt(s, by + 1 + determinerAt(s, by + 1), b);
    if (list !== null) {
      // "建立由A、B组成的领导小组，负责…": the body the make-up is of is set up, and acts after it.
      if (MAKE_UP_RE.test(s.slice(list.end, b))) return setUpAt(s, a, b, view) ?? subject ?? carried;
      // "由政府举办为主向…转变": 由 is "from" in a change from one state to another.
      if (FROM_TO_RE.test(s.slice(list.end, b))) return subject ?? carried;
      actor = { list, view };
      pos = list.end;
      byActor = true;
    }
  }
  if (actor === null && subject !== null) {
    actor = subject;
    pos = subject.list.end;
  }
  // "涉及多部门工作的，…": a clause closed by 的 is a condition or topic, whose subject is the
  // reader at large; the actor of an earlier sentence does not go on past it.
  if (actor === null && by < 0 && s.charCodeAt(b - 1) === DE) return null;
  // "…承包地由村集体经济组织集中后托管经营的，可视为…": a 由-actor inside such a condition does
  // nothing the sentence asks of it.
  if (byActor && s.charCodeAt(b - 1) === DE && s[by - 1] !== '是') return subject;
  // "A会同B拟定的《…》已经…": a verb inside a phrase that names a document is no duty now.
  if (DOCUMENT_OF_RE.test(s.slice(pos, b))) return carried;
  // "由财政部门拨付经费的事业单位…": 由 inside a modifier names no actor of the clause.
  // So does one a verb before it makes part of its object, closed by 的 and the noun the clause
  // ends with: "取消由所在地服务机构在协议书上签章的环节" (not "由A按照所制定的指标体系，…", which
  // opens its clause: 由 names its actor).
  const modifier = byActor ? MODIFIER_AFTER_BY_RE.exec(s.slice(pos, b)) : null;
  const embedded = modifier !== null && by > a && NOUN_AFTER_DE_RE.test(s.slice(pos + modifier[0].length, b));
  if (modifier !== null && (embedded || actorListAt(s, pos + modifier[0].length, b) !== null)) {
    actor = subject;
    pos = subject === null ? a : subject.list.end;
    byActor = false;
  }
  // "A委托B受理…": the verbs after the pivot's object are the object's (read as a clause of
  // its own, which the clauses after it continue); A's predicate ends at the pivot verb (指导 is
  // A's role verb: kept).
  const pivot = pivotAt(s, pos, b);
  const pe = pivot === null ? b : pivot.verb === '指导' ? pivot.end : pivot.at;
  const own = actor ?? carried;
  const verbs = roleVerbs(s, pos, pe, view);
  for (const g of verbs.guidedBy) entries.push({ actor: g, tag: 'plain', guide: true });
  // The guides a clause's subject accepts: theirs is the role verb; the subject is not recorded.
  for (const g of verbs.acceptedGuides) entries.push({ actor: g, tag: 'plain', guide: true });
  if (own === null) {
    // "建立A牵头、B参与的…机制": a clause with no actor of its own may still name who leads.
    for (const h of verbs.ownLeads) entries.push({ actor: h, tag: 'lead', guide: false });
    for (const d of verbs.designated) entries.push({ actor: d.actor, tag: d.tag, guide: false });
    if (verbs.ownLeads.length > 0 || verbs.partners) for (const h of verbs.helpers) entries.push({ actor: h, tag: 'assist', guide: false });
  } else {
    const named = actor === null ? null : roleByName(s, actor.list);
    if (verbs.tag === null && named === null && verbs.mutual && actor !== null) {
      entries.push({ actor, tag: 'assist', guide: false, mutual: true });
    }
    // A verb said of the actor counts only near the start of a clause that continues an actor
    // of an earlier clause ("…，负责…", "…，并会同…"); further on it has a subject of its own
    // ("…，明确机构或人员负责…").
    // "B在A指导下组织实施": B carries out what A guides.
    // "…，有专职人员负责…", "居委会应当指定人员负责…": the verb is said of the persons named
    // right before it, whom the actor (if any) only designates.
    const ofPerson = verbs.tag !== null && PERSON_BEFORE_VERB_RE.test(s.slice(Math.max(pos, pos + verbs.at - 6), pos + verbs.at));
    // "…，并对婴幼儿的人身安全、饮食安全负主体责任": "对…负责" and "对…负…责任" answer for what the
    // 对-phrase names, however long, and are said of the actor the clause continues.
    // (Not "对…负直接责任的项目单位": a verb phrase closed by 的 describes the noun after it.)
    const verbAt = pos + verbs.at;
    const answersFor = verbs.tag !== null && s.charCodeAt(verbAt) === FU && ANSWERS_FOR_RE.test(s.slice(pos, verbAt)) && !s.slice(verbAt, b).includes('的');
    // "…，吸引社会资本参与…", "…，带动群众参与…": an assisting verb is the carried actor's only
    // where adverbs and adverbials alone stand before it ("…，积极配合…", "…，在活动期间配合…"); a
    // noun there is the verb's own subject, or the object of the verb before it (a pivot).
    const carriedAssist = actor === null && verbs.tag === 'assist' && !adverbsOnly(s.slice(pos, verbAt));
    const ownVerb = (verbs.tag !== null && !ofPerson && !carriedAssist && (actor !== null || verbs.at <= MAX_CARRIED_GAP || answersFor)) || (verbs.guidedBy.length > 0 && actor !== null);
    const leadItem = isLeadItem && doc.context.underLeadIn === true && actor !== null;
    if (ownVerb || byActor || named !== null || leadItem) {
      const byName = !ownVerb && !byActor && !leadItem;
      entries.push({ actor: own, tag: named ?? verbs.tag ?? 'plain', guide: verbs.guide, ...(byName ? { byName } : {}) });
      for (const h of verbs.helped) entries.push({ actor: h, tag: 'lead', guide: false, helpedBy: own });
    }
    for (const h of verbs.ownLeads) entries.push({ actor: h, tag: 'lead', guide: false });
    for (const d of verbs.designated) entries.push({ actor: d.actor, tag: d.tag, guide: false });
    if (ownVerb || verbs.ownLeads.length > 0 || verbs.partners) for (const h of verbs.helpers) entries.push({ actor: h, tag: 'assist', guide: false });
  }
  if (pivot !== null) {
    // The pivot acts for the rest of its sentence only; the next sentence goes on with the
    // actor the sentence had ("…；指导各区部门开展工作；会同…" is the subject's 会同).
    const outer = byActor && carried !== null ? carried : own;
    const inner = readClause(doc, view, pivot.end, b, null, entries, false);
    if (inner === null) return outer;
    PIVOT_OUTER.set(inner, outer);
    return inner;
  }
  // "成立国务院工作组，负责…": what a clause sets up acts in the clauses after it.
  const setUp = setUpAt(s, a, b, view);
  if (setUp !== null) return setUp;
  // The subject of a sentence goes on acting in its later clauses; a 由-actor of a clause
  // in between ("主任人选由试点地区推举确定") does not take its place.
  if (byActor && carried !== null) return carried;
  return actor ?? carried;
}

function emit(doc: DutyDoc, view: View, a: number, b: number, all: Entry[]): void {
  if (all.every((e) => e.byName === true) && !ROLE_VERB_AT_ALL_RE.test(view.s.slice(a, b).replace(ROLE_NOUN_GLOBAL_RE, ''))) return;
  const hasLead = all.some((e) => e.tag === 'lead' && e.mutual !== true);
  // "公安部门负责…，配合有关部门开展…": an actor that does work of its own in the sentence helps
  // the others in a further task; they do not lead its work.
  const doing = new Set(all.filter((e) => e.tag !== 'assist' && !e.guide && e.helpedBy === undefined).map((e) => e.actor.list));
  const entries = all.filter((e) => (e.mutual !== true || hasLead) && !(e.helpedBy !== undefined && doing.has(e.helpedBy.list)));
  if (entries.length === 0) return;
  // Each entry's names, read once: they are asked for per entry and per name below.
  const named = leadThenShares(entries).map((e) => ({ e, names: e.actor.list.names.map((n) => nameOf(e.actor.view.s, n)) }));
  const guides = named.filter(({ e }) => e.guide);
  const doers = named.filter(({ e }) => !e.guide && e.tag !== 'assist');
  const doerNames = new Set(doers.flatMap((d) => d.names));
  // "A指导，B负责落实", "由B在A指导下…": a guide assists the units that carry the work out,
  // and those lead it.
  const guideAssists = guides.length > 0 && doers.length > 0 && guides.some((g) => g.names.some((n) => !doerNames.has(n)));
  const rank: Record<Tag, number> = { lead: 3, plain: 2, assist: 1 };
  const best = new Map<string, { span: TaggedSpan; order: number }>();
  named.forEach(({ e, names }, order) => {
    let tag: Tag = e.tag;
    if (guideAssists && e.guide) tag = 'assist';
    else if (guideAssists && !e.guide && tag === 'plain') tag = 'lead';
    e.actor.list.names.forEach((n, k) => {
      const name = names[k] as string;
      const prev = best.get(name);
      if (prev === undefined) best.set(name, { span: { ...n, tag }, order });
      else if (rank[tag] > rank[prev.span.tag]) best.set(name, { span: { ...n, tag }, order: prev.order });
    });
  });
  const units = [...best.values()].sort((x, y) => x.order - y.order).map((b) => b.span);
  if (units.length === 0) return;
  const roles = assignRoles(units, null);
  doc.out.push({
    ...sentenceAt(doc, view, a, b),
    form: 'prose',
    ...(BLANKET_RE.test(view.s.slice(a, b)) ? { blanket: true } : {}),
    lead: mentions(view, roles.lead, doc.base),
    assist: mentions(view, roles.assist, doc.base),
    responsible: mentions(view, roles.responsible, doc.base),
  });
}

/**
 * "牵头部门要加强协调，相关部门要密切配合": a unit named by its role ("牵头部门", "配合单位") plays
 * that role whatever its verb.
 */
function roleByName(s: string, list: ActorList): Tag | null {
  if (list.names.length !== 1) return null;
  const n = list.names[0] as { start: number; end: number; name?: string };
  const name = nameOf(s, n);
  if (/牵头(?:部门|单位)$/u.test(name)) return 'lead';
  if (/(?:配合|协办|参与)(?:部门|单位)$/u.test(name)) return 'assist';
  return null;
}

/**
 * "A负责统筹协调，A、B和C分别负责…": a unit that takes the work alone and then again among others
 * leads it; the others assist.
 */
function leadThenShares(entries: Entry[]): Entry[] {
  const alone = entries.find((e) => e.tag === 'plain' && !e.guide && e.actor.list.names.length === 1);
  if (alone === undefined) return entries;
  const lead = nameOf(alone.actor.view.s, alone.actor.list.names[0] as NameSpan);
  const group = entries.find((e, i) => i > entries.indexOf(alone) && e.tag === 'plain' && e.actor.list.names.length > 1 && e.actor.list.names.some((n) => nameOf(e.actor.view.s, n) === lead));
  if (group === undefined) return entries;
  return entries.map((e) => (e === alone ? { ...e, tag: 'lead' as Tag } : e === group ? { ...e, tag: 'assist' as Tag } : e));
}

/** "由一家牵头部门统一受理", "由其所属的…部门": the length of what determines the name after 由 (a count, a pronoun's phrase), or 0. */
function determinerAt(s: string, i: number): number {
  const m = DETERMINER_RE.exec(s.slice(i, i + 8));
  return m === null ? 0 : m[0].length;
}
/**
 * A count ("由一家机构…") or a pronoun's phrase ("由其共同的上一级…部门", "由其所在地…"; not 其他,
 * 其余 …, words of their own) before the name after 由: no part of the name.
 */
const DETERMINER_RE = /^(?:[一两二三四五六七八九十]{1,2}[家个所支]|其[^，,。；;、的]{0,4}的|其(?![他余中间实次]))/u;

/** Where 由 names an actor in `s[a, b)` (outside brackets), or -1. */
function byAt(s: string, a: number, b: number): number {
  let depth = 0;
  for (let i = a; i < b; i++) {
    const code = s.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) depth++; // （ (
    else if (code === 0xff09 || code === 0x29) depth = Math.max(0, depth - 1); // ） )
    else if (depth === 0 && code === BY && !NOT_BY_BEFORE.has(s[i - 1] as string) && !NOT_BY_AFTER.has(s[i + 1] as string)) return i;
  }
  return -1;
}

/** The longest list of names in `s[floor, end)` that ends exactly at `end`, or null. */
function listEndingAt(s: string, floor: number, end: number): ActorList | null {
  for (let k = Math.max(floor, end - 30); k < end - 1; k++) {
    if (k > floor && !LIST_OPENS_AFTER_RE.test(s.slice(Math.max(floor, k - 2), k))) continue;
    const list = actorListAt(s, k, end);
    if (list !== null && list.end === end) return list;
  }
  return null;
}

/** What may stand right before a list named inside a predicate: punctuation, or a verb that builds a mechanism. */
const LIST_OPENS_AFTER_RE = /(?:[，,、：:；;（(]|建立|形成|构建|完善|健全|实行|推行|建设|由|以|明确|确定)$/u;

/**
 * The first pivot verb in `s[a, b)` that a list of units follows directly, with more of the
 * clause after the list ("委托社区居委会、村委会受理…"): where the verb stands and ends (where
 * the list starts). A verb with no units after it ("受市政府委托", "组织实施") is none; nor is
 * 组织 ending a noun ("基层党组织"). One regex pass, one bounded list read per verb found.
 */
function pivotAt(s: string, a: number, b: number): { verb: string; at: number; end: number } | null {
  const p = s.slice(a, b);
  const inQuote = quoteTracker(p);
  const inNote = noteTracker(p);
  PIVOT_VERB_RE.lastIndex = 0;
  for (let m = PIVOT_VERB_RE.exec(p); m !== null; m = PIVOT_VERB_RE.exec(p)) {
    const at = a + m.index;
    const end = at + m[0].length;
    if (end >= b) break;
    // A pivot in brackets is the note's ("（…可委托村委会代签）"): its object acts in the note only.
    if (inQuote(m.index) || inNote(m.index)) continue;
    if (m[0] === '组织' && NOT_PIVOT_ORGANISE_BEFORE.has(s[at - 1] as string)) continue;
    if ((m[0] === '组织' || m[0] === '安排') && NOT_PIVOT_NOUN_AFTER_RE.test(s.slice(end, end + 2))) continue;
    if (m[0] === '指导' && (GUIDE_NOUN_AFTER_RE.test(s.slice(end, end + 3)) || s[at - 1] === '为')) continue;
    if (SETS_UP_PIVOTS.has(m[0])) {
      // "成立相应的应急指挥部负责…": the body set up is named after what says it answers to its place.
      const named = end + (CORRESPONDING_RE.exec(s.slice(end, end + 3))?.[0].length ?? 0);
      const body = actorListAt(s, named, b);
      if (body !== null && DUTY_AFTER_SET_UP_RE.test(s.slice(body.end, b))) return { verb: m[0], at, end: named };
      continue;
    }
    const list = actorListAt(s, end, b);
    if (list !== null && list.end < b && !TAKES_PART_AFTER_RE.test(s.slice(list.end, Math.min(b, list.end + 12)))) return { verb: m[0], at, end };
    // "督促种粮大户担负起…主体责任": a verb that makes its object act hands the role verb after the
    // object to it, though the object is no unit (people, firms of a kind); the subject only urges.
    if (MAKES_OBJECT_ACT.has(m[0]) && OBJECT_THEN_ROLE_RE.test(s.slice(end, Math.min(b, end + PIVOT_OBJECT_REACH)))) return { verb: m[0], at, end };
  }
  return null;
}
/** Pivot verbs whose object always does what follows (not 组织 or 安排, which also open nouns). */
const MAKES_OBJECT_ACT = new Set(['督促', '要求', '责成', '动员']);
/** Longest object of such a verb before the role verb it does. */
const MAX_PIVOT_OBJECT = 10;
/**
 * An object of two to ten characters (no punctuation), then a verb of taking a duty on. Not every
 * role verb: what a subject mobilises others to take part in is no role of theirs ("动员民营企业等
 * 社会力量参与消费扶贫", see TAKES_PART_AFTER_RE), and the clause's own role stays the subject's.
 */
const OBJECT_THEN_ROLE_RE = new RegExp(`^[^，,。；;：:、]{2,${MAX_PIVOT_OBJECT}}?(?:担负|肩负|承担|负责|牵头|负有)`, 'u');
/** How far past the verb the object and its verb are looked for (the verb two characters). */
const PIVOT_OBJECT_REACH = MAX_PIVOT_OBJECT + 2;

/**
 * Whether an offset of `p` lies inside quotation marks, asked of increasing offsets (one pass over
 * `p` in all: linear). A verb quoted belongs to a slogan or a name the clause cites ("实行“政府
 * 组织、地方负责”的方针"): it gives no one work.
 */
function quoteTracker(p: string): (at: number) => boolean {
  let scanned = 0;
  let quoted = false;
  return (at) => {
    for (; scanned < at; scanned++) {
      const code = p.charCodeAt(scanned);
      // A second “ closes, as in readSentence (a closing mark typed as an opening one).
      if (code === 0x201c) quoted = !quoted; // “
      else if (code === 0x201d) quoted = false; // ”
    }
    return quoted;
  };
}

/** Whether an offset of `p` lies inside brackets, asked of increasing offsets (one pass in all, as `quoteTracker`). */
function noteTracker(p: string): (at: number) => boolean {
  let scanned = 0;
  let depth = 0;
  return (at) => {
    for (; scanned < at; scanned++) {
      const code = p.charCodeAt(scanned);
      if (code === 0xff08 || code === 0x28) depth++; // （ (
      else if ((code === 0xff09 || code === 0x29) && depth > 0) depth--; // ） )
    }
    return depth > 0;
  };
}

/** "…成立X" closing a clause (perhaps with where X sits): X. */
function setUpAt(s: string, a: number, b: number, view: View): Actor | null {
  // From a + 1: a word ending at `a` would lie outside the clause, and the code before the line's
  // start (NaN) would make the table lookup take V8's slow path for every clause (≈ 3× the loop).
  for (let i = Math.max(a + 1, b - 40); i < b; i++) {
    // Every clause is asked: only where a setting-up word can end is the regex tried.
    if (SETS_UP_LAST[s.charCodeAt(i - 1)] !== 1 || !SETS_UP_RE.test(s.slice(Math.max(a, i - MAX_SETS_UP_WORD), i))) continue;
    // "鼓励企业设立研发中心，参与…": what a measure encourages is not yet set up to act.
    if (encouragedAt(s, i)) return null;
    const list = actorListAt(s, i, b);
    if (list !== null && closesSetUp(s, list, b)) return { list, view };
  }
  return modifiedSetUpAt(s, a, b, view);
}

/** Whether the body `list` names closes the clause that sets it up, or only where it sits or its short form follows. */
function closesSetUp(s: string, list: ActorList, b: number): boolean {
  return list.end === b || AFTER_SET_UP_RE.test(s.slice(list.end, b));
}

/**
 * "成立以县长为组长的县禁烧领导小组", "成立由县长任主任，…参加的县旅游委员会": the body set up is
 * named after the 的 of a modifier that 以 or 由 opens right after the setting-up word; the modifier
 * may run over clauses, in the same sentence. (Not a body named after another clause's 的: "县政府
 * 成立工作专班，配合省里的督查组，负责…" sets up the 专班, not the 督查组.)
 */
function modifiedSetUpAt(s: string, a: number, b: number, view: View): Actor | null {
  // The 的 is sought within the clause, the setting-up word a bounded stretch before it: a search
  // back past the clause's start for every clause would be quadratic.
  let de = b - 1;
  while (de >= a && s.charCodeAt(de) !== DE) de--;
  if (de < a) return null;
  const list = actorListAt(s, de + 1, b);
  if (list === null || !closesSetUp(s, list, b)) return null;
  for (let i = de; i > Math.max(0, de - MAX_SET_UP_MODIFIER); i--) {
    const code = s.charCodeAt(i - 1);
    // A modifier holds no 的 of its own: one further back closes another phrase ("建立由…参加的联席会议
    // 制度，…，形成的工作专班": the 制度, not the 专班, is what 建立 made).
    if (SENTENCE_END_CODES[code] === 1 || code === DE) return null;
    if (SETS_UP_LAST[code] !== 1 || !SET_UP_MODIFIER_OPENS.has(s[i] ?? '') || !SETS_UP_MODIFIED_RE.test(s.slice(Math.max(0, i - MAX_SETS_UP_WORD), i))) continue;
    // "鼓励龙头企业组建由高校参加…的联盟，负责…": what a measure encourages is not yet set up to act.
    if (encouragedAt(s, i)) return null;
    // "成立由兵役机关牵头、…等部门参与的领导机构，负责…": a modifier that gives roles itself is read
    // as a mechanism is ("建立A牵头、B参与的…机制"); the body it makes up takes none besides.
    return LEADS_IN_MODIFIER_RE.test(s.slice(i, de).replace(ROLE_NOUN_GLOBAL_RE, '')) ? null : { list, view };
  }
  return null;
}
/** How far before a setting-up word the word that encourages it may stand ("鼓励龙头企业组建…"). */
const MAX_ENCOURAGED_SPAN = 16;

/** Whether a word that encourages or allows stands before `at` in its clause ("鼓励企业设立…"). */
function encouragedAt(s: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < MAX_ENCOURAGED_SPAN && SENTENCE_END_CODES[s.charCodeAt(from - 1)] !== 1 && CLAUSE_END_CODES[s.charCodeAt(from - 1)] !== 1) from--;
  return ENCOURAGES_RE.test(s.slice(from, at));
}

interface Verbs {
  /** The role the clause's verbs give its actor; null when it has no role verb. */
  tag: Tag | null;
  guide: boolean;
  /** Units after 会同: they assist. */
  helpers: readonly Actor[];
  /** Units after 配合/协助: the actor assists them, they lead. */
  helped: readonly Actor[];
  /** Where the first role verb stands in the predicate (Infinity when none). */
  at: number;
  /** "…牵头、B参与": B assists, whoever the sentence says leads. */
  partners: boolean;
  /** Only mutual help ("密切配合"): an assist role where the sentence names a lead. */
  mutual: boolean;
  /** Units named right before 牵头 inside the predicate ("建立A牵头、B参与的机制"): they lead. */
  ownLeads: readonly Actor[];
  /** Units the predicate designates to a role by its noun ("确定A为牵头单位"): they play it. */
  designated: readonly { actor: Actor; tag: Tag }[];
  /** Units in "在A指导下": they guide. */
  guidedBy: readonly Actor[];
  /** Units in "接受<units>的…指导": they guide; the subject accepts. */
  acceptedGuides: readonly Actor[];
}

/**
 * The lists of a predicate's units start as this one shared empty list, and get one of their
 * own only when a unit is added: most clauses name none, and roleVerbs runs per clause.
 */
const NO_ACTORS: readonly Actor[] = Object.freeze([]);
const NO_DESIGNATIONS: Verbs['designated'] = Object.freeze([]);

/** How far "接受…的" may stand before the 指导 it takes as its object ("接受A、B的有关业务统筹指导"). */
const MAX_ACCEPTED_SPAN = 60;

/**
 * Where the units stand in "接受<units>的…指导" before `at` (the 指导), as [from, to) in `p`; null
 * when the 指导 is no object of 接受.
 */
function acceptedFrom(p: string, at: number): { from: number; to: number } | null {
  // Sought within its reach only: a search back to the text's start for every 指导 of a long
  // sentence was quadratic.
  const window = Math.max(0, at - MAX_ACCEPTED_SPAN);
  const found = p.slice(window, at + 1).lastIndexOf('接受');
  if (found < 0) return null;
  const k = window + found;
  const de = p.indexOf('的', k + 2);
  return de > k + 2 && de < at && !/[，,。；;]/u.test(p.slice(k, at)) ? { from: k + 2, to: de } : null;
}

/**
 * What makes 负责 a noun's part: 负责人 and 负责同志 (persons, unless work opening with 人 follows:
 * "负责人民调解"), 负责任, 负责制 (a system, not 负责制定).
 */
const PERSON_OR_SYSTEM_AFTER_FU_ZE_RE = new RegExp(`^(?:人(?!${WORK_OPENING_WITH_REN})|同志|任|制(?![定订作止造备发]))`, 'u');

/** A helping verb that a partner's units open after a 、 (see partnerAfter). */
const PARTNER_VERB_RE = /(?:共同)?(?:参与|参加|配合|协助)/uy;

/**
 * "A牵头、B参与", "由A负责、B配合": units set after the 、 that closes a role verb at `end`, with a
 * verb of helping, help whoever the clause makes do the work.
 */
function partnerAfter(s: string, end: number, b: number, view: View | null, verbs: Verbs): void {
  if (view === null || s[end] !== '、') return;
  const partner = actorListAt(s, end + 1, b);
  if (partner === null) return;
  PARTNER_VERB_RE.lastIndex = partner.end;
  if (!PARTNER_VERB_RE.test(s)) return;
  verbs.helpers = added(verbs.helpers, { list: partner, view });
  verbs.partners = true;
}

/**
 * A manner and a role verb in four characters, one item of a list of principles that a system is
 * built on ("建立统一管理、分级负责，分工配合、相互协调的…体制", "坚持统一领导、分级负责"): they
 * describe the system, and give no one a role. Only where the clause builds or keeps to a system:
 * a verb of doing so before the list, or the system's noun after it. ("由县林业局统一负责、各乡镇配合"
 * is a duty; so is "按职责分工负责", which makes the units before it share the work.)
 */
const PRINCIPLE_RE = /^(?:(?:分级|统一|相互|归口|分类|分块|层级)(?:负责|牵头|配合|协助|参与|指导)|分工配合)$/u;
/** What builds or keeps to a system before its principles, in their clause. */
const SYSTEM_BUILT_BEFORE_RE = /坚持|遵循|本着|按照|实行|建立|健全|形成|构建|完善/u;
/** The system a list of principles describes, after it in their clause ("…的公共机构节能管理体制"). */
const SYSTEM_AFTER_RE = /的[^的]{0,20}(?:体制|机制|格局|体系|原则|方针|模式|制度)/u;
/** What parts the clauses a principle's system is sought in. */
const CLAUSE_MARK_RE = /[，,；;]/u;
function inPrincipleList(p: string, at: number, end: number): boolean {
  if (at < 2 || !PRINCIPLE_RE.test(p.slice(at - 2, end)) || (p[at - 3] !== '、' && p[end] !== '、')) return false;
  const before = p.slice(Math.max(0, at - 2 - PRINCIPLE_REACH), at - 2).split(CLAUSE_MARK_RE).at(-1) ?? '';
  const after = p.slice(end, end + PRINCIPLE_REACH).split(CLAUSE_MARK_RE)[0] ?? '';
  return SYSTEM_BUILT_BEFORE_RE.test(before) || SYSTEM_AFTER_RE.test(after);
}
/** How far from a principle the system's verb or noun may stand. */
const PRINCIPLE_REACH = 40;

/** `list` with `actor` added (in place, unless it is the shared empty list). */
function added(list: readonly Actor[], actor: Actor): readonly Actor[] {
  if (list === NO_ACTORS) return [actor];
  (list as Actor[]).push(actor);
  return list;
}

/**
 * Whether a verb of helping opens `s` at `at`, right after 负责, taking whom it helps or the work as
 * its object ("负责配合市房产局…", "负责协助做好…"): the duty is to help another, and it, not 负责, says
 * the actor's role. (Not 配合 opening a noun, "负责配合饲料质量监管"; not 参与 or 参加: "负责参与…"
 * takes on a part of the work itself; nor 支持, no role verb: "负责支持企业…" is the actor's own work.)
 */
function helpsAfter(s: string, at: number, b: number): boolean {
  const verb = [...HELPS_OBJECT].find((w) => s.startsWith(w, at));
  if (verb === undefined) return false;
  const object = at + verb.length;
  return HELPED_WORK_RE.test(s.slice(object, object + 2)) || actorListAt(s, object, b) !== null;
}
/** A verb of the work helped with, right after the verb of helping ("配合做好", "协助开展"). */
const HELPED_WORK_RE = /^(?:做好|开展|推进|落实|实施|完成|制定|建立|抓好|推动|加强|办理|处理|查处|开发|提供)/u;
/** 所 that makes the 负责 after it qualify a noun: "对所负责指标", "其所负责", "各自所负责". */
const QUALIFYING_SUO_BEFORE_RE = /(?:对|其|各自)所$/u;

/**
 * Where the verb stands that 指导 at `at` is the object of ("加强…指导", "给予…指导", "进行…指导"):
 * the last such verb within the object's reach; null for none.
 */
function guidingVerbBefore(p: string, at: number): number | null {
  // Only the object's reach is searched: a long sentence may hold 指导 after 指导.
  const from = Math.max(0, at - MAX_GUIDANCE_OBJECT);
  const reach = p.slice(from, at);
  let found = -1;
  for (const verb of GUIDANCE_VERBS) found = Math.max(found, reach.lastIndexOf(verb));
  return found < 0 ? null : from + found;
}
/**
 * Verbs whose object guidance is ("加强指导", "给予指导"): the settled form "进行/加强/给予…指导". (Not
 * 开展 or 做好: "开展就业政策宣传、就业指导等服务" offers guidance as a service to the public.)
 */
const GUIDANCE_VERBS = ['加强', '强化', '进行', '给予'];
/** Longest object of such a verb before its 指导 ("试点工作的组织协调和督促"). */
const MAX_GUIDANCE_OBJECT = 30;

/** Assisting verbs whose object is the unit assisted (not 参与/参加: theirs is the work). */
const HELPS_OBJECT = new Set(['配合', '协助', '协办']);

/** A verb at `at` makes the actor lead. (Helpers at module level: roleVerbs runs per clause.) */
function setLead(verbs: Verbs, at: number): void {
  verbs.tag = 'lead';
  verbs.at = Math.min(verbs.at, at);
}

/** A verb at `at` makes the actor assist, unless a verb has given it a role already. */
function setAssist(verbs: Verbs, at: number): void {
  if (verbs.tag === null) verbs.tag = 'assist';
  verbs.at = Math.min(verbs.at, at);
}

/** A verb at `at` gives the actor the work, unless a verb has led already. */
function setPlain(verbs: Verbs, at: number): void {
  if (verbs.tag === null) verbs.tag = 'plain';
  verbs.at = Math.min(verbs.at, at);
}

/** The role verbs of a predicate `s[a, b)`. `view` is null when only the verb matters. */
function roleVerbs(s: string, a: number, b: number, view: View | null): Verbs {
  const verbs: Verbs = { tag: null, at: Infinity, guide: false, mutual: false, partners: false, helpers: NO_ACTORS, helped: NO_ACTORS, ownLeads: NO_ACTORS, designated: NO_DESIGNATIONS, guidedBy: NO_ACTORS, acceptedGuides: NO_ACTORS };
  const p = s.slice(a, b);
  const inQuote = quoteTracker(p);
  ROLE_VERB_RE.lastIndex = 0;
  for (let m = ROLE_VERB_RE.exec(p); m !== null; m = ROLE_VERB_RE.exec(p)) {
    const at = m.index;
    if (inQuote(at)) continue;
    if (!ROLE_NOUNS.has(m[0]) && inCopulaNounPhrase(p, at)) continue;
    const end = at + m[0].length;
    if (inPrincipleList(p, at, end)) continue;
    const next = p.slice(end, end + 3);
    switch (m[0]) {
      case '会同': {
        setLead(verbs, at);
        const list = view === null ? null : actorListAt(s, a + end, b);
        if (list !== null && view !== null) verbs.helpers = added(verbs.helpers, { list, view });
        break;
      }
      case '牵头': {
        // "牵头单位", "牵头依托单位": a noun, not the verb.
        if (/^[^，,。；;、]{0,4}?(?:单位|部门)/u.test(p.slice(end, end + 6))) break;
        // "建立省级政府办公厅牵头、省级有关部门参与的工作机制": 牵头 has its own actor here.
        const own = view === null || at === 0 ? null : listEndingAt(s, a, a + at);
        if (own === null) setLead(verbs, at);
        else verbs.ownLeads = added(verbs.ownLeads, { list: own, view: view as View });
        // "…牵头、B参与的机制": B assists whoever leads.
        partnerAfter(s, a + end, b, view, verbs);
        break;
      }
      case '负责':
        // "负责配合市房产局…": the duty is to help; the assisting verb after it gives the role.
        // "对所负责指标…进行评估": 所 after 对, 其 or 各自 makes 负责 a noun's qualifier (what the actor
        // answers for), the clause's verb being another (not the 所 of a unit's name, "村卫生所负责").
        // (负责制, a system of answering, is a noun: "实行…行政领导负责制"; not 负责制定.)
        if (!PERSON_OR_SYSTEM_AFTER_FU_ZE_RE.test(p.slice(end, end + 4)) && !helpsAfter(s, a + end, b) && !QUALIFYING_SUO_BEFORE_RE.test(p.slice(Math.max(0, at - 3), at))) {
          setPlain(verbs, at);
          // "由迁入乡镇负责、迁出乡镇配合": B helps whoever does the work.
          partnerAfter(s, a + end, b, view, verbs);
        }
        break;
      case '指导': {
        // "接受A、B的业务指导": A and B guide whoever accepts it, as in "在A指导下"; the clause's
        // subject is guided, not guiding.
        const accepted = acceptedFrom(p, at);
        if (accepted !== null) {
          const list = view === null ? null : actorListAt(s, a + accepted.from, a + accepted.to);
          if (list !== null && list.end === a + accepted.to) verbs.acceptedGuides = added(verbs.acceptedGuides, { list, view: view! });
          break;
        }
        if (GUIDE_NOUN_AFTER_RE.test(next) || p[at - 1] === '为') {
          // "在A指导下": A guides whoever the clause's actor is.
          if (next.startsWith('下') && view !== null) {
            const open = p.lastIndexOf('在', at);
            if (open < 0 || at - open > MAX_GUIDE_SPAN) break; // "在<units>指导下": a list's length at most
            const close = p[at - 1] === '的' ? at - 1 : at; // "在A的指导下"
            const list = open >= 0 ? actorListAt(s, a + open + 1, a + close) : null;
            if (list !== null && list.end === a + close) verbs.guidedBy = added(verbs.guidedBy, { list, view });
          }
          break;
        }
        // "加强试点工作的组织协调和督促指导": the guiding is said where the verb it is the object of
        // stands, however long the object, as with a subject carried from an earlier clause.
        setPlain(verbs, guidingVerbBefore(p, at) ?? at);
        verbs.guide = true;
        break;
      }
      case '负有':
      case '承担':
      case '担负':
      case '肩负':
        // "对负有领导责任的人员…": after a preposition, the verb describes its object.
        if (afterObjectPreposition(p, at)) break;
        // "承担…主体责任" names the unit(s) answerable for the work: they lead, however many.
        if (MAIN_RESPONSIBILITY_RE.test(p.slice(end, end + 40))) setLead(verbs, at);
        else if (TAKES_ON_RE.test(p.slice(end))) setPlain(verbs, at);
        break;
      case '负总责':
      case '负全责':
        // "A对…工作负总责", "A负总责", "…监管工作负全责": answerable for the whole of the work, the actor leads.
        // Before 的 it describes the noun after it ("对其他部门负总责的事项"); negated, it gives none
        // ("不负全责"); after a condition ("…造成重大损失的，X负全责") it is a liability, not a duty.
        if (p[end] === '的' || NEGATION.has(p[at - 1] ?? '')) break;
        if (m[0] === '负全责' && (afterObjectPreposition(p, at) || underCondition(s, a + at))) break;
        setLead(verbs, at);
        break;
      case '责任主体':
      case '第一责任人':
        // "各责任主体要细化责任…": the role noun opening the clause is its subject, a
        // back-reference to units named before, not a predicate ("A是…的责任主体"). Only a role
        // verb assigns, so a clause that merely refers back records no duty.
        if (REFERS_BACK_BEFORE_RE.test(p.slice(0, at))) break;
        // "对参建各方责任主体追究…责任": in the object a preposition opens, the noun is held to account.
        if (inObjectPhrase(p, at)) break;
        // "某陵园管理责任主体" (a heading, a field's name): a noun that closes its clause with no copula
        // in reach before it is named, not said of anyone; "A是…的责任主体", "A为责任主体", "A担任第一
        // 责任人" say it. (Followed by more, "履行…责任主体职责", "落实第一责任人责任", it is read as before.)
        if (endsClauseAt(p, end) && !COPULA_RE.test(p.slice(Math.max(0, at - COPULA_REACH), at))) break;
        setLead(verbs, at);
        break;
      default: {
        if (m[0].startsWith('负') && m[0].endsWith('责任')) {
          // "A对…负主体责任" leads as 负总责 does; "B负监管责任" shares the work, and assists where
          // the sentence names a lead ("地方政府负主要责任，各相关部门负监管责任").
          if (afterObjectPreposition(p, at)) break;
          if (MAIN_RESPONSIBILITY_VERB_RE.test(m[0])) setLead(verbs, at);
          else setPlain(verbs, at);
          break;
        }
        // 配合 · 协助 · 参与 · 参加 · 协办, said of the actor itself: only adverbs stand between
        // ("相关单位应当予以协助", "其他有关部门按各自职能配合"); further on, the verb belongs to
        // someone the clause names as its object ("鼓励企业参与…").
        if (at > MAX_ASSIST_GAP) break;
        // "对参与项目实施的服务组织进行评价": after a preposition, the verb describes its object.
        if (afterObjectPreposition(p, at)) break;
        if (MUTUAL_BEFORE_RE.test(p.slice(Math.max(0, at - 4), at))) {
          // Mutual help ("密切配合") assists only a lead the sentence names; see emit().
          verbs.mutual = true;
          break;
        }
        setAssist(verbs, at);
        // 配合 and 协助 take whom they help as object ("配合市财政局做好…"); 参与 and 参加 take the
        // work taken part in ("参与政府决策过程": 政府 only qualifies it).
        const list = view === null || !HELPS_OBJECT.has(m[0]) ? null : actorListAt(s, a + end, b);
        if (list !== null && view !== null) verbs.helped = added(verbs.helped, { list, view });
      }
    }
  }
  designation(s, a, p, inQuote, view, verbs);
  mainActors(s, a, p, inQuote, view, verbs);
  return verbs;
}

/**
 * A unit made a role's holder by that role's noun, the clause ending on it: "县应急管理局为联席会议
 * 牵头单位", "A作为本项工作的责任部门", "以A为牵头单位", "确定A为配合单位". Not a noun that goes on to
 * something else ("为各牵头单位重点工作"). The role words are the clauses' and columns' (clause.ts),
 * with 责任 and 负责 for units answerable; 为 sought back from the noun over one bounded gap, long
 * enough for the work the role is of ("是全市惠企政策“直达快享”工作的牵头部门").
 */
const ROLE_NOUN_AT_END_RE = new RegExp(`(${LEAD_WORDS}|${ASSIST_WORDS}|责任|负责)(?:${UNIT_KIND_WORDS})$`, 'u');
/** The longest gap between 为 (是, 作为) and the role's noun. */
const MAX_DESIGNATION_GAP = 30;
/** What no designation's gap holds: a clause's or a list's break. */
const DESIGNATION_GAP_BREAKS = new Set(['，', ',', '。', '；', ';', '、']);

/**
 * The designation closing `p`: where its 为 (是, 作为) stands, the first within the gap before the
 * role's noun, and the role word. Sought back from the noun, so every clause costs one bounded scan.
 */
function designationIn(p: string): { index: number; role: string } | null {
  const noun = ROLE_NOUN_AT_END_RE.exec(p);
  if (noun === null) return null;
  let index = -1;
  for (let i = noun.index - 1; i >= 0 && noun.index - i - 1 <= MAX_DESIGNATION_GAP; i--) {
    const ch = p[i]!;
    if (DESIGNATION_GAP_BREAKS.has(ch)) break;
    if (ch === '是' || ch === '为') index = ch === '为' && p[i - 1] === '作' ? i - 1 : i;
  }
  return index < 0 ? null : { index, role: noun[1]! };
}
/** "…整治以乡综治办、派出所为主": the predicate closing on 以<units>为主. */
const MAIN_ACTORS_RE = /[为為]主$/u;
/** The work whose main doers 以…为主 names, right before 以: a word of work done. */
const WORK_BEFORE_MAIN_RE = /(?:整治|治理|工作|监管|管理|执法|检查|排查|处置|宣传|保障|服务|建设|任务|救援|防控|防治)$/u;
/** Or the units that help them, in the clause after ("食品卫生以卫生院为主，工商等部门配合"). */
const HELPERS_AFTER_MAIN_RE = /^[，,][^，,。；;]{1,40}?(?:配合|协助|参与|协同)/u;
const MAX_HELPERS_AFTER_MAIN = 48;

/**
 * "周边秩序整治以乡综治办、派出所为主，国土部门配合": the units 以…为主 names do the work mainly,
 * and lead it. Only units: "以预防为主" names a way of working, and gives the clause's actor no role.
 */
function mainActors(s: string, a: number, p: string, inQuote: (at: number) => boolean, view: View | null, verbs: Verbs): void {
  if (view === null || !MAIN_ACTORS_RE.test(p) || inQuote(p.length - 2)) return;
  const list = listEndingAt(s, a, a + p.length - 2);
  const yi = (list?.names[0]?.start ?? a) - 1;
  // The work done stands before 以 ("…整治以A为主"); 以 opening the clause is a manner ("以行业龙头
  // 企业为主，联合…组建产业联盟": led by them in make-up, no duty), as is 以 after what is made up of
  // the units ("研发投入以企业为主", "参训人员以…为主").
  if (list === null || s[yi] !== '以' || yi <= a) return;
  if (!WORK_BEFORE_MAIN_RE.test(s.slice(Math.max(a, yi - 8), yi)) && !HELPERS_AFTER_MAIN_RE.test(s.slice(a + p.length, a + p.length + MAX_HELPERS_AFTER_MAIN))) return;
  verbs.designated = [...verbs.designated, { actor: { list, view }, tag: 'lead' }];
}

/** "鼓励以企业为牵头单位…": what a measure encourages or allows designates no one. */
const ENCOURAGES_RE = /鼓励|支持|引导|允许|提倡|倡导|可以|可/u;

/**
 * Reads a designation closing the predicate `p` (= `s[a, …)`): the units named right before its
 * 为 play the role ("以A为牵头单位"); with none there, the clause's actor does ("A为牵头单位"), as
 * when a role verb stands that near it.
 */
function designation(s: string, a: number, p: string, inQuote: (at: number) => boolean, view: View | null, verbs: Verbs): void {
  const m = designationIn(p);
  if (m === null || inQuote(m.index) || ENCOURAGES_RE.test(p.slice(0, m.index))) return;
  const tag = tagOfLabel(m.role);
  const list = view === null || m.index === 0 ? null : listEndingAt(s, a, a + m.index);
  if (list !== null) {
    verbs.designated = [...verbs.designated, { actor: { list, view: view! }, tag }];
    return;
  }
  if (m.index > MAX_ASSIST_GAP) return;
  if (tag === 'lead') setLead(verbs, m.index);
  else if (tag === 'plain') setPlain(verbs, m.index);
  else setAssist(verbs, m.index);
}

