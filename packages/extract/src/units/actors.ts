/**
 * Unit names in running text, where no bracket or label bounds them ("由市民政部门会同市财政部门
 * 制定", "幼儿园负责通知…"). A name is structural: an optional level or place ("市", "国务院",
 * "各", "同级"), a body, and a word for a kind of organisation at its end ("部门", "委", "园",
 * "班子"); or one of the catch-all classes that documents use as subjects ("政府", "企业",
 * "地方"). A modifier joined by 的 is part of the name when what follows 的 is a name
 * ("幼儿园的举办部门", "启动响应的人民政府").
 *
 * The same list grammar as clauses (split.ts) reads lists of such names, so clauses, tables and
 * prose share one notion of a unit; the running-text test only admits more kind words and the
 * 的-modifier, since here the subject position (not a bracket) bounds the name.
 */
import { codeClass, wordAt, wordClass } from './codes.js';
import { BY_NAMING_ACTOR, compactName, hasNameShape, isUnitName, UNIT_SUFFIXES } from './names.js';
import { GENERIC_KINDS } from './shortened.js';
import { isSeparatorCode, nameOf, splitUnits, type NameSpan } from './split.js';

/**
 * Single characters that end names in lists but also end everyday words in running text (社会,
 * 有关, 另行, 组织): there, only the whole words listed in RUNNING_WORDS end a name.
 */
const AMBIGUOUS_ENDS = new Set(['会', '关', '行', '联', '协', '社', '团', '科', '处', '所', '站', '队', '司', '办', '庭']);
/** Kind words that end names in running text. */
const RUNNING_WORDS: readonly string[] = [
  '园', '班子', '组织', '队伍', '窗口', '方面', '省份', '科室', '法院', '银行', '派出所', '指挥部', '指挥所', '工作组', '小组',
  // 居委会 / 村委会: the short names of residents' and villagers' committees (委员会).
  '委员会', '管委会', '居委会', '村委会', '常委会', '协会', '学会', '商会', '联合会', '基金会', '红十字会', '工会', '工商联', '妇联', '残联', '文联', '侨联', '科协',
  '合作社', '海关', '机关', '总行', '分行', '支行', '公司', '集团', '研究所', '事务所', '管理所', '管理处',
  '办事处', '工作站', '服务站', '总队', '支队', '大队', '部队', '团委', '司法所', '法庭',
  // A township's stations and offices of a department ("村卫生所", "乡镇财政所", "镇农技站").
  '卫生所', '财政所', '供电所', '税务所', '国土所', '林业站', '农技站', '兽医站', '水利站', '文化站',
];
const RUNNING_SUFFIXES: readonly string[] = [...UNIT_SUFFIXES.filter((s) => !AMBIGUOUS_ENDS.has(s)), ...RUNNING_WORDS];

/**
 * Words that set a body up ("成立工作专班", "下设办公室"), and make one anew ("重组", "调整完善"):
 * prose.ts reads the body after them as the actor of the duties that follow, and the subject of a
 * clause never opens with one.
 */
export const SETS_UP_WORDS: readonly string[] = ['成立', '组建', '设立', '设置', '下设', '增设', '内设', '新设', '单设', '重组', '改组', '调整完善', '调整充实'];

/**
 * A subject does not open with a verb, a preposition or an adverb: "鼓励企业参与", "支持农机
 * 生产企业", "对伤病员进行" have their organisation as an object. The words are a closed class.
 */
const BAD_START_WORDS =
  `已|选择|接入|覆盖|纳入|履行|行使|担任|代行|统筹|研究|夯实|压实|做实|落细|认真|严格|抓紧|尽快|全力|务必|尤其|特别|哪|什么|何|多少|谁|批准|聘任|聘用|制定|制订|调整|审核|审批|审查|核定|确定|认定|评估|考核|检查|受理|办理|指定|选取|择优|贯彻|部署|执行|实行|出具|提出|提交|报送|报告|公布|发布|修订|拟定|迅速|立即|及时|主动|突出|明确|符合|未|每|改善|推行|推广|挖掘|深入|厚植|助力|带动|听取|便利|简化|清理|编制|督促|重点|持续|总结|定期|引进|培养|招收|吸纳|扩大|降低|减少|取消|下放|放宽|拓展|拓宽|加大|增加|搭建|${SETS_UP_WORDS.join('|')}|开办|兴办|创办|采取|采用|允许|委托|授权|整合|整治|指导|会同|配合|参与|参加|负责|牵头|承担|担负|肩负|鼓励|支持|引导|推动|动员|组织|帮助|推进|坚持|加强|强化|完善|建立|形成|营造|着力|促进|责令|协调|确保|做好|开展|实施|落实|提高|提升|加快|深化|规范|健全|优化|创新|探索|积极|充分|切实|进一步|不断|全面|大力|努力|依法|按照|根据|围绕|结合|通过|发挥|构建|打造|培育|扶持|吸引|依托|利用|为|对|向|在|从|以|按|依|经|是|要|应|需|可|将|给|让|使|把|被|跨|与|和|及|或`;
/**
 * Words that open names although a start word opens them: 应 (the modal) in "应急管理局", 经 (by way
 * of) in "经济和信息化部门", "经信局", "经开区管委会", "经贸委".
 */
const NAME_OPENERS = '应急|经济|经信|经开|经贸|经管|经合';
const RUNNING_BAD_START_RE = new RegExp(`^(?!${NAME_OPENERS})(?:${BAD_START_WORDS})`, 'u');
/** Verbs that make a noun right before a generic kind word: "依托单位", "组织部门", "监督机构". */
const NOUN_MAKING_VERBS = '依托|组织|监督|监管|执法|审批|登记|管理|执行|实施|承办|建设|运营|检测|评估|认证|考核|指导|协调';
const VERB_NOUN_RE = new RegExp(`^(?:${NOUN_MAKING_VERBS})(?:单位|部门|机构|机关)$`, 'u');
/** The same start words, matched in place (see `opensWithVerb`, asked per clause and per list tried). */
const BAD_START_AT = wordClass(BAD_START_WORDS.split('|'));
/**
 * Words that open a name although a start word above opens them too: a verb that makes a noun
 * ("组织部门"), and a role word that a kind word makes a noun ("负责科室", see ROLE_NOUN_RE).
 */
const START_EXEMPT_AT = wordClass(`${NOUN_MAKING_VERBS}|负责|牵头|配合|协办|${NAME_OPENERS}`.split('|'));
/**
 * Inside a subject, these words show a clause or a person ("市水务局局长任组长") ("有关省级人民政府向国务院").
 * Not 在 in 所在, a word of place ("由所在区人民政府负责"); not 由 in 自由, 理由 …, words of their own
 * ("自由贸易试验区管委会"); not 以 in 以上, 以下 ("县级以上地方人民政府"): "原则上以设区市" is a clause.
 */
// 委托, 督促, 责成, 要求, 动员, 指派, 邀请, 指定 hand work to an object ("A委托B负责…", see prose.ts): no name holds them,
// but a class may open with 指定 ("各指定医疗机构": the designated ones); nor do 约谈 and 抄送, which
// summon or copy in an object ("会同有关部门约谈该省党委和政府", "抄送国家发展改革委等负责部门"), nor a
// time or a scope ("应急响应期间各成员单位", "试点范围覆盖居民社区").
const RUNNING_INNER_RE = new RegExp(`履行|行使|担任|代行|委托|督促|责成|要求|动员|指派|邀请|约谈|抄送|抄报|期间|范围|应当|坚持|(?<!^|各)指定|按照|依照|根据|部署|决策|局长|主任|书记|部长|厅长|市长|区长|县长|镇长|秘书长|处长|科长|院长|组长|向|对|给|把|被|从|${BY_NAMING_ACTOR}|(?<!所)在|并|到|是|以(?![上下内外])|通过|进行|开展|做好|提供|列入|纳入|组成|转移|选定|打印|建立|成立|设立|组建|(?<!^|各|其他|国务院|中央|国家|省|市|区|县|镇|级|府|委|厅|局|办|直|地方|本级|同级|上级)有关`, 'u');

/** How long an office's short name ("…办") can be. */
const MAX_OFFICE_NAME = 7;
/**
 * Verbs that end in 办 ("协会协办", "企业开办") beyond those no name ends in at all (兴办, 承办 …:
 * names.ts, which keeps "振兴办" an office). 督办 ends no actor either, though a 督办室 shortened is a name.
 */
const VERB_ENDING_IN_BAN_RE = /(?:协|督|开|合)办$/u;

/** Classes of organisations that are units on their own as a subject ("政府主要负责…"). */
const BARE_ACTORS = new Set(['政府', '企业', '学校', '高校', '院校', '地方', '各地', '各级', '医院', '受灾地', '事发地', '属地', '居委会', '村委会']);

/** A place alone is not an actor ("全市要…", "本区"). */
const PLACE_ONLY_RE = /^(?:全|本|我|该|此)(?:国|省|市|区|县|镇|乡|州)$/u;
/**
 * A level written with its sub-levels in brackets is a catch-all: "省（区、市）", "街道（镇）", and a
 * village's with its peers, "村（社区）", "村（居）".
 */
const LEVEL_WITH_GROUP_RE = /^(?:各)?(?:省|市|县|区|街道|镇|乡|村)[（(][^（）()]{1,8}[）)]$/u;
/** "负责科室", "牵头部门": a role word followed by a kind word is part of a name, not a verb. */
const ROLE_NOUN_RE = /(?:负责|牵头|配合|协办)(?=(?:科室|部门|单位|处室|机构)$)/u;
/** Words that give or turn something to someone: a modifier holding one is a clause ("给予…的政府"). */
const MODIFIER_CLAUSE_RE = /[给向把被]/u;
/** The shortest 的-modifier that sets a class apart by itself ("负有监管职责的部门"; not "所在的单位"). */
const MIN_CLASS_MODIFIER = 4;
/** What such a modifier may not hold: a pointing word, a figure or a date, a joiner of names. */
const CLASS_MODIFIER_NOT_RE = /^(?:这|那|上述|前述|下列|以上|其他|所在|该|此)|[0-9０-９]|[和及与或]/u;
/** What a 的-modifier may not hold: a role verb or modal makes it a clause, not a modifier. */
const MODIFIER_PROSE_RE = /负责|牵头|会同|配合|协助|要|应当|[，,。；;：:、“”"《》]/u;
const MAX_MODIFIER = 24;
/**
 * A modifier in which a body sets up another is a clause ("各乡镇、街道成立相应的应急指挥部负责…":
 * the 指挥部 set up acts, see prose.ts), as is one that says what a body is made up of ("县发改委、
 * 县财政局组成的工作领导小组"); a body that another set up, lawfully or lately, is a name ("县政府
 * 成立的工作专班", "依法设立的机构", "新成立的工作专班").
 */
const MODIFIER_SETS_UP_RE = /(?<!依法|新|已|批准|合法)(?:组成|构成|(?:成立|组建|设立)(?!$))/u;


/**
 * Names already judged: a list is tried at several ends, and each try judges its earlier pieces
 * again. The test is pure, so its answers are kept (a bounded cache, emptied when full).
 */
const judged = new Map<string, boolean>();
const MAX_JUDGED = 20_000;

/** True when `raw` reads as one unit name in running text. */
export function isActorName(raw: string): boolean {
  const known = judged.get(raw);
  if (known !== undefined) return known;
  const answer = judgeActorName(raw);
  if (judged.size >= MAX_JUDGED) judged.clear();
  judged.set(raw, answer);
  return answer;
}

function judgeActorName(raw: string): boolean {
  const name = compactName(raw);
  if (BARE_ACTORS.has(name) || LEVEL_WITH_GROUP_RE.test(name)) return true;
  // "牵头部门", "配合单位" name units by their role: the role word is no verb there.
  const plain = name.replace(ROLE_NOUN_RE, '主管');
  if (PLACE_ONLY_RE.test(name) || (RUNNING_BAD_START_RE.test(plain) && !VERB_NOUN_RE.test(plain))) return false;
  const de = name.lastIndexOf('的');
  if (de >= 0) {
    const modifier = name.slice(0, de);
    const head = name.slice(de + 1);
    // The modifier is a phrase, not a clause with an object and a recipient of its own ("对参加培训的
    // 人员给予一定比例的政府" is no name ending in 政府; "受委托的行政机关", "由政府举办的医疗机构" are).
    // The modifier may be all that sets the class apart: "负有监管职责的部门" names the departments
    // that have the duty, as "有关部门" does the concerned ones; a word that points ("上述的部门",
    // "所在的单位"), a date or a joined name ("…机关和依法设立的机构") does not.
    return modifier.length > 0 && modifier.length <= MAX_MODIFIER && !MODIFIER_PROSE_RE.test(modifier) && !MODIFIER_CLAUSE_RE.test(modifier) && !MODIFIER_SETS_UP_RE.test(modifier)
      && (judgeActorName(head) || (GENERIC_KINDS.has(head) && modifier.length >= MIN_CLASS_MODIFIER && !CLASS_MODIFIER_NOT_RE.test(modifier)));
  }
  if (RUNNING_INNER_RE.test(plain)) return false;
  // "扶贫办", "市政府办", "国务院新闻办": an office's short name is short; "兴办", "承办" are verbs.
  if (plain.endsWith('办')) return plain.length <= MAX_OFFICE_NAME && !VERB_ENDING_IN_BAN_RE.test(plain) && hasNameShape(plain, UNIT_SUFFIXES);
  // "发展改革委地区经济司", "财政部预算司": a ministry's department, named after its organ; 司 ends
  // such a name though running text does not take it alone (官司, 上司). (Not 处 or 科: 查处, 学科.)
  if (DIVISION_OF_ORGAN_RE.test(plain)) return hasNameShape(plain, UNIT_SUFFIXES);
  return hasNameShape(plain, RUNNING_SUFFIXES);
}
const DIVISION_OF_ORGAN_RE = /(?:部(?!门)|委|署)[\u4e00-\u9fff]{1,6}司$/u;

/** The characters a name can end in: where a list of names may stop. By char code: every character after a list's start is asked. */
// 办 too: an office's short name ends in it ("市网信办", "扶贫办"), which judgeActorName admits.
// 股 ends a section's name only after its office's ("县财政局预算股", see names.ts).
// 司 too: a ministry's department named after its organ (see DIVISION_OF_ORGAN_RE).
const NAME_END = codeClass([...RUNNING_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)), ...[...BARE_ACTORS].map((s) => s.charCodeAt(s.length - 1)), ...['办', '股', '司'].map((s) => s.charCodeAt(0)), 0xff09, 0x29]);

/**
 * Work whose word opens with 人, after 负责 ("司法所负责人民调解", "负责人口普查", "负责人才引进"): there
 * 负责 is the verb, not 负责人 a person.
 */
export const WORK_OPENING_WITH_REN = '民|口|才|力|事|员培训';

/**
 * The posts of a chief system (河长制, 林长制, 湖长制, 田长制, 路长制, 链长制): "各级河长负责…", "市、县两级总林长
 * …负总责", "国有林管理单位林长" name persons, though the level or body before the post is a name's.
 * (The system's offices stay bodies, "县河长办", "市林长制办公室": a longer name than the level is read.)
 */
const CHIEF_POST = '(?:总|副总|副)?[林河湖田路链]长';
/**
 * Words that continue a noun phrase after an organisation word: "区财政", "各区财政承担", "政府公共
 * 资金" and "单位负责人" name a budget or a person ("党委主要负责同志"), not the organisation; "企业所在区"
 * names a place by the organisation in it.
 */
const NOT_AN_ACTOR_AFTER_RE = new RegExp(`(?:财政|资金|公共(?:资金|财政|预算|经费)|经费|预算|基金|负责人(?!${WORK_OPENING_WITH_REN})|(?:主要|分管)?负责同志|主要领导|主要负责人|人员|局长|主任|组长|副组长|书记|部长|厅长|市长|区长|县长|镇长|处长|科长|院长|秘书长|${CHIEF_POST}|成员|分管|工作人员|职工|员工|干部|领导|群众|居民|家长|毕业生|学生|师生|教师|用工|家庭|所在|辖区|范围|区域|以外|以内|之间|名义|名单|代表|内|外|间|级)`, 'uy');

/**
 * The head of a unit is named by its kind word and 长 ("局长", "县长", "社长"): a person's post,
 * so "某某县长牵头…" (a name and 县长) or "某某副市长负责…" names a person, and a list must not end
 * at the kind word, cutting the post in two (…县|长). Persons are no units. Every kind word that
 * heads posts this way is here, whether a place (县, 市, 区 …) or an organisation (局, 社, 行 …).
 */
const HEAD_POSTS = ['局长', '厅长', '部长', '处长', '科长', '院长', '所长', '站长', '队长', '省长', '市长', '县长', '区长', '州长', '镇长', '乡长', '旗长', '盟长', '社长', '行长', '司长', '团长', '会长', '庭长', '组长', '署长'];
/**
 * Words whose first character is also a name's last: a list does not end inside them
 * ("…部门会同…" is 部门 + 会同, not a name ending in 会; "…单位协助…" not one ending in 协).
 */
const WORDS_ACROSS_END = new Set([...HEAD_POSTS, '委员', '会同', '组织', '会商', '组成', '组建', '办理', '处理', '处置', '协助', '协调', '协同', '协作', '所需', '所有', '所属', '所在', '区域', '市场',
  // Words of place after a place's level: "康居乡村" is no 康居乡, "全县域" no county; and the people
  // of a place: "引导市民参与" names no 市.
  '乡村', '县域', '市域', '镇域', '县城', '市民', '村民', '区民', '部署', '部分', '委托', '局面', '院内', '站在',
  // 企业家, 实业家: persons, not a 企业 followed by more of its sentence.
  '业家'].map(pairCode));

/**
 * Two characters as one number, for the words above: every possible end of a list is asked, and
 * a number spares a two-character string each time (a code past the string's end, NaN, is in no set).
 */
function pairCode(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}
/**
 * Words that make the 组织 after them a verb: adverbs ("共同组织", "定期组织") and the verbs of taking
 * the work on ("负责组织", "牵头组织"). No organisation's name ends so.
 */
const BEFORE_ORGANISE_AS_VERB = new Set(['共同', '统一', '联合', '分别', '具体', '认真', '精心', '协同', '定期', '集中', '及时', '积极', '负责', '牵头']);
/** "…单位组织实施": 组织 before a verb is the verb, not the end of a name ("培训评价组织"). */
const VERB_AFTER_ORGANISE_RE = /(?:实施|开展|协调|指导|编制|制定|落实|推进|做好|研究|评估|领导|动员|召开|专家)/uy;

/**
 * Words that open a predicate right after its actor: modals, adverbs, prepositions and the role
 * verbs. Where one follows a possible end of the list, the list ends there ("区民政部门组织实施",
 * "幼儿园根据本园…"), however far a longer name could reach. 主管 before what it is in charge of is the
 * verb ("省机关事务管理部门主管省直机关运行保障工作"), before a kind word the name's ("…主管部门"). 商 consults ("市财政局商市发展改革委",
 * "省财政厅商业务主管部门"), but 商务 and 商贸 are the nouns of commerce ("各级商务部门": no list
 * ends at 各级). 组织 organises, but is the noun where a role verb or a modal follows it
 * ("各级工会组织负责…").
 */
const PREDICATE_START_RE =
  /(?:要|应(?!急|用|届|征|收|付|聘|对|运|变)|须|必须|可|将|会同|会商|主管(?!主办|部门|单位|机关|机构|处|科|局|司|厅|委|办)|牵头|负责|配合|协助|参与|参加|指导|承担|组织(?!部|处|科|负责|牵头|配合|协助|参与|要|应|须|和|与|及|等)|在|根据|按|依|对|向|为|于|从|结合|统筹|统一|具体|自行|另行|分别|共同|各自|进行|通过|列入|纳入|制定|制订|确定|审核|办理|提出|做好|加强|开展|实施|落实|研究|及时|积极|切实|主要|全面|已|未|不|也|还|再|均|都|立即|迅速|现场|集体|自主|适时|定期|是|作为|商(?!务|贸)|和|与|等|以及|及)/uy;

/** What opens a name's short form in brackets: "（以下简称…）", "（简称…）", "（以下统称…）", "（下称…）". */
export const SHORT_FORM_OPENING = '[（(](?:(?:以下|下文|下)?(?:简称|统称)|(?:以下|下文|下)称)';
const ALIAS_RE = new RegExp(SHORT_FORM_OPENING, 'uy');
/** Joiners that continue a list past a possible end. */
const JOINER_AT_RE = /(?:和|与|等|以及|及)/uy;

/**
 * Whether the sticky `re` matches at `s[at]`. The patterns above are short words, matched in place
 * rather than on a slice made for every possible end of a list.
 */
function matchesAt(re: RegExp, s: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
}

/** How far a list of names reaches at most (a long list of ministries fits). */
const MAX_LIST = 160;
const BY = 0x7531; // 由

/**
 * Whether a word no subject opens with (a verb, a preposition, an adverb: "对…企业", "督促…企业",
 * "组织有关人员") opens `s` at `a`: what follows it is the clause's object, not its subject.
 */
export function opensWithStartWord(s: string, a: number): boolean {
  return wordAt(BAD_START_AT, s, a);
}

/**
 * Whether every list tried from `s[a]` opens with a word no name in running text opens with
 * ("加强…", "鼓励企业…"): then no end makes it a list of names, and none need be tried. Most
 * clauses open so, and each try splits the whole stretch before its end again.
 *
 * Sound because the list's first name starts where `splitUnits` starts it (past separators and
 * 由), and `judgeActorName` turns down a name opening with such a word before any other test,
 * except the names that open with an exempt word (tested here in place, so no name is lost); a
 * fragment of a shortened list is completed at its end and still opens with the word.
 */
function opensWithVerb(s: string, a: number, limit: number): boolean {
  let k = a;
  while (k < limit && isSeparatorCode(s.charCodeAt(k))) k++;
  if (s.charCodeAt(k) === BY) k++;
  return !wordAt(START_EXEMPT_AT, s, k) && wordAt(BAD_START_AT, s, k);
}

/**
 * What follows a list of units that is a role's subject ("A、B配合", "A、B等共同配合", "A牵头"): the
 * role verb, perhaps after 等 and an adverb. Not a noun the verb makes ("参与率", "负责人", "负责同志").
 */
const ROLE_AFTER_LIST_RE = new RegExp(`等?(?:共同|积极|全力|密切|主动|分别)?(?:牵头|负责|配合|协助|参与|参加|协办|承办|承担|会同)(?![率度同])(?!人(?!${WORK_OPENING_WITH_REN}))`, 'uy');
/** Places, not bodies, though their names end in a kind word ("公共场所", "车站"). */
const PLACE_END_RE = /(?:场所|车站|站点|场馆)$/u;

/**
 * A list of names right before a role verb ("乡畜牧站、卫生院、派出所、工商所配合"), when running
 * text reads only some of them: 所 and 站 end everyday words too (场所, 网站), so running text
 * takes them only in whole words it knows. Between separators and before the verb, a name's
 * bounds are set; one name of the list that running text reads vouches for the rest, each a
 * name by the test of labelled lists, and none a place or holding a clause's word ("街道成立应急
 * 指挥部"). Null for a list of one name, which nothing vouches for.
 */
function namedByItsList(s: string, a: number, j: number): NameSpan[] | null {
  const names = splitUnits(s, a, j, isUnitName);
  if (names === null || names.length < 2) return null;
  if (names.some((span) => PLACE_END_RE.test(nameOf(s, span)) || RUNNING_INNER_RE.test(nameOf(s, span)))) return null;
  return names.some((span) => isActorName(nameOf(s, span))) ? names : null;
}

export interface ActorList {
  /** Where the list ends in `s` (exclusive). */
  end: number;
  names: NameSpan[];
}

/**
 * The longest list of unit names that starts at `s[a]` and ends before `limit`, and is not
 * continued by a word that makes it something else ("区财政"); null when none starts there.
 * Only ends after a name's last character are tried, so the work is bounded by the list length.
 */
export function actorListAt(s: string, a: number, limit = s.length): ActorList | null {
  if (opensWithVerb(s, a, limit)) return null;
  const last = Math.min(limit, a + MAX_LIST);
  let longest: ActorList | null = null;
  let blocked = -1;
  for (let j = a + 2; j <= last; j++) {
    if (NAME_END[s.charCodeAt(j - 1)] !== 1) continue;
    if (WORDS_ACROSS_END.has(s.charCodeAt(j - 1) * 0x10000 + s.charCodeAt(j))) continue;
    if (matchesAt(NOT_AN_ACTOR_AFTER_RE, s, j)) {
      // "各区人民政府负责人", "各区财政": the phrase names a person or a budget of the unit, so
      // no shorter list starting here is the actor either (a longer one may be: "…和市财政局").
      if (splitUnits(s, a, j, isActorName) !== null) blocked = j;
      continue;
    }
    // "…单位组织实施": 组织 after a complete name is the verb ("居家社区养老服务组织做好…" is a name).
    if (s.startsWith('组织', j - 2) && matchesAt(VERB_AFTER_ORGANISE_RE, s, j) && splitUnits(s, a, j - 2, isActorName) !== null) continue;
    // "…服装城共同组织实施": 组织 after an adverb (or 负责, 牵头) is the verb too, whatever follows it.
    if (s.startsWith('组织', j - 2) && BEFORE_ORGANISE_AS_VERB.has(s.slice(j - 4, j - 2))) continue;
    const names = splitUnits(s, a, j, isActorName) ?? (matchesAt(ROLE_AFTER_LIST_RE, s, j) ? namedByItsList(s, a, j) : null);
    if (names === null || names.length === 0) continue;
    // The first end that a predicate follows wins; joiners (和, 及, 等) may continue the list.
    // "（以下简称…）" after a name gives its short form: the list ends before it.
    if (matchesAt(ALIAS_RE, s, j)) return { end: j, names };
    if (j === limit || (matchesAt(PREDICATE_START_RE, s, j) && !matchesAt(JOINER_AT_RE, s, j))) return { end: j, names };
    longest = { end: j, names };
  }
  return longest !== null && longest.end < blocked ? null : longest;
}
