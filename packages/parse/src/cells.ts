/**
 * The cells of a table row set one cell a line, put in their columns. Extraction drops empty cells
 * and breaks a merged cell over lines (two units of one 责任部门 cell, a long task in three
 * paragraphs), so a row's lines and the header's columns rarely pair up one to one. Each column
 * has a kind, read from its header (a unit column "责任部门", a measure column "单位", a figure
 * column "年度目标", a deadline column "完成时限", a text column "考核内容"), and each line looks
 * like some kinds more than others ("县农业农村局", "万亩", "≥2%", "2025年底前"). The lines are
 * aligned to the columns in order, every column taking none, one or several consecutive lines,
 * at the least cost (a dynamic programme over lines × columns: linear in the row's lines, the
 * columns being few).
 */

/** `helpers`: a column of units that help (配合单位, 协同单位), listing as many as the work has. */
export type ColumnKind = 'text' | 'unit' | 'helpers' | 'measure' | 'figure' | 'deadline' | 'group' | 'person' | 'note';

/*
 * The words of figure columns' headers. The extractor reads goals from the goal columns of an
 * indicator table with the patterns below: one vocabulary for what a column of figures is.
 */
/** Words that make a column one of goals wherever they stand in its header ("2025年目标", "预期值"). */
const GOAL_WORDS = '目标|预期';
/** Further words that close a figure column's header with a goal value ("目标值", "指标值"). */
const GOAL_VALUE_WORDS = '目标值|指标值';
/** Words of columns of present or past values, which set no goal ("现状值", "2020年（基期）"). */
const PRESENT_WORDS = '现状|基期|基数|基准|完成情况|实际|现值';
/** A year closing a header: the column of that year's figures ("2025年", "2025"). */
const YEAR_AT_END = '(?:19|20)\\d{2}年?$';
/** A year opening a header of that year's tasks ("2024年推进任务", "2025年度重点任务"): what they set is due then. */
const YEAR_TASKS = '^(?:19|20)\\d{2}年度?(?:推进|重点|主要)?(?:工作)?任务$';

/** The column that gives an indicator's measure ("单位", "计量单位"). */
export const MEASURE_COLUMN = /^(?:计量)?单位$/u;
/** A column of goals (its header white space removed): "目标值", "2025年", "2025年目标", "预期值", "2024年推进任务". */
export const GOAL_COLUMN = new RegExp(`${GOAL_WORDS}|${YEAR_AT_END}|${YEAR_TASKS}`, 'u');
/** A column of present or past values ("现状值", "2020年（基期）", "完成情况"). */
export const PRESENT_COLUMN = new RegExp(PRESENT_WORDS, 'u');
const FIGURE_COLUMN = new RegExp(`(?:${GOAL_WORDS}|${GOAL_VALUE_WORDS}|${PRESENT_WORDS}|分值)$|${YEAR_AT_END}`, 'u');
/**
 * What a column (or label) of units is called by, after its role word: 牵头单位, 责任部门, 责任处室,
 * 责任科室 (a bureau's internal offices), 实施机构. One list for the parser's columns and the
 * extractor's labels and column roles.
 */
export const UNIT_KIND_WORDS = '单位|部门|处室|科室|股室|机构';
/**
 * The words that make a unit lead or assist, wherever a document says them: in a clause ("A牵头"),
 * a label ("配合单位：") or a table column's header. One list for the parser's columns and the
 * extractor's clauses, labels and column roles, so they agree.
 */
export const LEAD_WORDS = '牵头|主办|主责|主要负责';
export const ASSIST_WORDS = '配合|协助|协办|协作|参与|参加|支持|协同';
const UNIT_COLUMN = new RegExp(`(?:${UNIT_KIND_WORDS}|主体)$`, 'u');
const HELPERS_COLUMN = new RegExp(`^(?:${ASSIST_WORDS})`, 'u');
/**
 * A column of the places or bodies a table divides its figures among ("县（市）", "县（市、区）",
 * "市（州）", "各乡镇", "地区"): a target-division table's rows are theirs, as a task table's rows are
 * its unit column's.
 */
export const SUBJECT_COLUMN = /^各?(?:省|市|县|縣|区|區|州|盟|旗|乡|鄉|镇|鎮)(?:[（(][^（）()]{1,6}[）)])+$|^(?:地区|地區|区县|區縣|县区|縣區|县市区|縣市區|乡镇|鄉鎮|乡镇（街道）|乡镇\(街道\)|市州|各地)$/u;
const DEADLINE_COLUMN = /时限|时间|期限|进度/u;
/** A column of the persons answerable for a row ("责任领导", "责任人", "分管领导", "联系人"): their names. */
const PERSON_COLUMN = /(?:领导|領導|责任人|責任人|负责人|負責人|联系人|聯繫人)$/u;
/**
 * A column's header without the note in brackets after its name ("责任股室(单位)", "目标值(%)",
 * "责任单位（牵头）", "责任单位（列第一位的为牵头单位）"): the column is the name's kind, its note no part
 * of it. (A header that is a note alone stays.)
 */
export function withoutColumnNote(header: string): string {
  // (Not the levels a column of places names in brackets, "各县（市、区）", "各市（州）": they are
  // the name.)
  const note = TRAILING_NOTE.exec(header);
  if (note === null || LEVELS_NOTE.test(note[0])) return header;
  const bare = header.slice(0, note.index);
  return bare.length >= 2 ? bare : header;
}
/** A note in brackets closing a header: a word or two, or a sentence of the table's convention. */
const TRAILING_NOTE = /[（(][^（）()]{1,16}[）)]$/u;
/** A note that lists levels: a column of places ("县（市、区）", "市（州）"). */
const LEVELS_NOTE = /^[（(](?:(?:省|市|县|縣|區|区|州|盟|旗|乡|镇|街道)[、，,]?)+[）)]$/u;

/**
 * The role a column's note gives its units, when the note is a role word alone ("责任单位（牵头）",
 * "责任部门(配合单位)"), as a header's name gives it ("牵头单位"). Null for any other note: a kind
 * ("(单位)"), a measure, or the table's convention ("（列第一位的为牵头单位）"), which leaves each
 * row's units to the convention.
 */
export function columnNoteRole(header: string): 'lead' | 'assist' | null {
  const note = ROLE_NOTE.exec(header);
  if (note === null) return null;
  return LEAD_OPENING.test(note[1]!) ? 'lead' : 'assist';
}
const LEAD_OPENING = new RegExp(`^(?:${LEAD_WORDS})`, 'u');
const ROLE_NOTE = new RegExp(`[（(]((?:${LEAD_WORDS}|${ASSIST_WORDS})(?:${UNIT_KIND_WORDS})?)[）)]$`, 'u');
/** A column of remarks ("备注"): most rows leave it empty. */
const NOTE_COLUMN = /^(?:备注|備註|说明|說明)$/u;

/**
 * A column that sorts the rows into kinds ("事项分类", "项目分类"): its cell is merged down the rows
 * of a kind, so most rows set none, as a group's column before 序号 does. (Not 领域 or 类别, which
 * as often fill every row or name the task.)
 */
export const CATEGORY_COLUMN = /(?:分类|分類)$/u;

/** Whether a column of the kind holds units. */
export const holdsUnits = (kind: ColumnKind): boolean => kind === 'unit' || kind === 'helpers';

/** A column's kind from its header text (white space removed). */
export function columnKind(written: string): ColumnKind {
  const header = withoutColumnNote(written);
  if (CATEGORY_COLUMN.test(header)) return 'group';
  if (MEASURE_COLUMN.test(header)) return 'measure';
  if (DEADLINE_COLUMN.test(header)) return 'deadline';
  if (PERSON_COLUMN.test(header)) return 'person';
  if (NOTE_COLUMN.test(header)) return 'note';
  if (UNIT_COLUMN.test(header)) return HELPERS_COLUMN.test(header) || columnNoteRole(written) === 'assist' ? 'helpers' : 'unit';
  if (SUBJECT_COLUMN.test(header)) return 'unit';
  if (FIGURE_COLUMN.test(header)) return 'figure';
  return 'text';
}

/** The last character of a unit's name ("局", "委员会", "中心", "街道"), or 各 opening a plural. */
const UNIT_LINE = /^各|(?:局|委|办|会|府|院|所|部|厅|处|室|站|队|中心|公司|集团|园|镇|乡|街道|社|馆|校|署|司|科|股|组|门|联|位|行|团)$/u;
/**
 * A unit's name cut short, as a table's narrow unit column writes it: the level and the office's
 * first words ("县农业", "市发改", "区城管"), or a name the page's cell cut off ("县行政"). Three or
 * four characters, opened by a level and no word a level opens that is no office (市场, 市民, 县级,
 * 区域, 省内, 市政, 县乡 …), and holding no joiner ("县乡两级", "省市县联动" are no names). A unit
 * only in a unit column (the extractor's rows read it there): elsewhere it may be any word.
 */
export const ABBREVIATED_UNIT = /^(?:省|市|县|区|州|旗|盟)(?!场|民|级|域|内|外|属|直|情|容|值|政|区|县|乡|镇|市|省|两|三|各)(?:(?![及和与等])[\u4e00-\u9fff]){2,3}$/u;
const DIGIT = /[0-9０-９]/u;
/** The signs an indicator table writes before a goal ("≥85", "<1"): one list for the parser and the extractor. */
export const COMPARATOR_SIGNS = '≥≤＞＜><≧≦';
const COMPARATOR = new RegExp(`^[${COMPARATOR_SIGNS}]`, 'u');
/**
 * A unit of measure alone: symbols, or only the characters units of measure are made of; digits
 * only as the base of a rate ("/10万": per so many).
 */
const MEASURE_LINE = /^(?:[-—－/%‰‱℃]{1,3}|(?:[万亿千百十元亩吨斤头只个人户家项座所张台辆套处条名次件篇公里米平方立瓦克时天日年月岁%‰/·]|\/[0-9]+){1,6})$/u;
const DEADLINE_LINE = /年|月|底|前|长期|持续|常态|每/u;
/** The longest a deadline's cell runs that does not open with its date ("长期坚持，持续推进"). */
const DEADLINE_CELL_MAX = 20;
/** A deadline's opening: a year, a month, a season, "年底", "长期", "每…". */
const DEADLINE_OPENING = /^(?:[0-9０-９]{4}年|[0-9０-９]{1,2}月|年底|年内|年中|上半年|下半年|[一二三四]季度|长期|持续|每)/u;
const PUNCTUATION = /[。；;，,：:]/u;

interface LineLook {
  unit: boolean;
  measure: boolean;
  figure: boolean;
  short: boolean;
  deadline: boolean;
  clause: boolean;
  /** Words of a person's post ("副县长", "书记"). */
  post: boolean;
  length: number;
}

function look(line: string): LineLook {
  const measure = MEASURE_LINE.test(line);
  return {
    unit: !measure && line.length <= 40 && (UNIT_LINE.test(line) || ABBREVIATED_UNIT.test(line)),
    measure,
    figure: !measure && (DIGIT.test(line) || COMPARATOR.test(line)),
    short: line.length <= 8,
    // A deadline's cell is short ("12月底前", "2023年6月", "长期坚持") or opens with its date ("2023年
    // 6月底前完成方案，12月底前完成验收"): a task that names a year inside it is a task.
    deadline: DEADLINE_LINE.test(line) && (line.length <= DEADLINE_CELL_MAX || DEADLINE_OPENING.test(line)),
    clause: PUNCTUATION.test(line),
    post: POST_WORDS.test(line),
    length: line.length,
  };
}

/** What a line costs in a column of a kind (lower fits better). */
function fit(kind: ColumnKind, l: LineLook): number {
  switch (kind) {
    case 'text': return l.measure || (l.figure && l.short) ? 2.5 : 1;
    case 'unit':
    case 'helpers': return l.unit ? 0 : 3;
    case 'measure': return l.measure ? 0 : l.short && !l.figure && !l.unit ? 1.5 : 4;
    case 'figure': return l.figure ? 0 : l.unit ? 4 : l.short && !l.measure ? 0.5 : 2.5;
    // (Never a clause: a deadline's cell is a few words.)
    case 'deadline': return l.deadline ? 0 : l.clause ? 4 : 2;
    // A group cell of the next row (a column before 序号, merged down its rows): a short name.
    // (A short name fits it better than a task's column, whose cells are clauses.)
    case 'group': return l.short || (!l.clause && l.length <= 12) ? GROUP_NAME_FIT : 4;
    case 'note': return 1;
    // A person's name (a few characters), or a post ("县委常委、常务副县长", "副县长王某某"): no office's,
    // figure's or clause's.
    case 'person': return !l.clause && !l.unit && !l.figure && (l.length <= PERSON_NAME_MAX || (l.length <= PERSON_POST_MAX && l.post)) ? 0 : 3;
  }
}

/** What a further line costs in a column that has one already (a cell broken over lines). */
const EXTEND: Record<ColumnKind, number> = { text: 0.3, unit: 0.5, helpers: 0.5, measure: 3, figure: 3, deadline: 1, group: 3, person: 1, note: 0.3 };
/**
 * What a further line costs a unit column that a column of helpers follows, beyond a unit cell's
 * premium: the lead cell (牵头单位) names few units, the helpers (配合单位, 协同单位) as many as the
 * work has, so a run of units a cell a line goes on in the later column (with no other evidence,
 * the lead keeps one).
 */
const LEAD_CELL_EXTEND = 0.3;
/** What a further line costs the name cell beyond a text cell's premium. */
const NAME_EXTEND = 0.5;
/** What leaving the name cell empty costs. */
const NAME_EMPTY = 4;
/** What a column left empty costs (a group column is merged, so usually empty). */
// A group's cell and a person's are merged down the rows they share, and remarks are mostly left
// out, so most rows set none.
const EMPTY: Record<ColumnKind, number> = { text: 2, unit: 2, helpers: 2, measure: 2, figure: 2, deadline: 2, group: 0, person: 0, note: 0 };
/** What a short name costs in a group's column. */
const GROUP_NAME_FIT = 0.8;
/** The longest a person's name runs on a line of its cell ("欧阳某某"). */
const PERSON_NAME_MAX = 4;
/** The longest a person's post runs ("县委常委、常务副县长王某某"). */
const PERSON_POST_MAX = 16;
/** The words of a post. */
const POST_WORDS = /长|书记|主任|常委|同志|领导|主席|委员/u;

/**
 * The column index of each line (lines in order, columns in order, each column taking a run of
 * lines or none). On a tie an earlier column takes the further line: a cell broken over lines is
 * read as the one before a column whose cell is missing. The row's name cell (column `name`) is
 * short: the lines after it go to the text column after it first.
 */
export function alignCells(lines: readonly string[], kinds: readonly ColumnKind[], name = -1): number[] {
  const m = lines.length;
  const n = kinds.length;
  if (m === 0 || n === 0) return lines.map(() => 0);
  const looks = lines.map(look);
  const extend = kinds.map((k, j) => EXTEND[k] + (j === name ? NAME_EXTEND : 0) + (k === 'unit' && kinds[j + 1] === 'helpers' ? LEAD_CELL_EXTEND : 0));
  const cost = (j: number, i: number) => fit(kinds[j]!, looks[i]!);
  // emptyBefore[j]: the cost of leaving columns 0..j-1 empty.
  const emptyBefore: number[] = [0];
  // A row always has its name: its column is left empty only at a high cost.
  for (let j = 0; j < n; j++) emptyBefore.push(emptyBefore[j]! + (j === name ? NAME_EMPTY : EMPTY[kinds[j]!]));
  const skipped = (from: number, to: number) => emptyBefore[to]! - emptyBefore[from]!;
  let dp = kinds.map((_, j) => skipped(0, j) + cost(j, 0));
  const back: Int8Array[] = [new Int8Array(n).fill(-1)];
  for (let i = 1; i < m; i++) {
    const next = new Array<number>(n).fill(Infinity);
    const from = new Int8Array(n).fill(-1);
    for (let j = 0; j < n; j++) {
      const c = cost(j, i);
      // The same column goes on (a small premium for later columns breaks ties towards earlier ones).
      let best = dp[j]! + extend[j]! + j * 0.001 + c;
      let arg = j;
      for (let p = 0; p < j; p++) {
        const v = dp[p]! + skipped(p + 1, j) + c;
        if (v < best) {
          best = v;
          arg = p;
        }
      }
      next[j] = best;
      from[j] = arg;
    }
    dp = next;
    back.push(from);
  }
  let end = 0;
  let best = Infinity;
  for (let j = 0; j < n; j++) {
    const v = dp[j]! + skipped(j + 1, n);
    if (v < best) {
      best = v;
      end = j;
    }
  }
  const out = new Array<number>(m);
  for (let i = m - 1, j = end; i >= 0; i--) {
    out[i] = j;
    j = i > 0 ? back[i]![j]! : j;
  }
  return out;
}
