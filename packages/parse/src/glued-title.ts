/**
 * Heading titles run into their paragraph. A page that lost its line breaks (a 范文 site, a
 * document viewer's text layer, a mirror flattening its HTML) sets "一、指导思想" and the paragraph
 * under it as one line: "一、指导思想以习近平新时代…为指导，…。". Read to its first 。, the title
 * would be the whole paragraph; a clerk writes "指导思想".
 *
 * The break is found by grammar, not by a list of titles: a section title is a short noun phrase
 * closed by a head noun (思想, 目标, 原则, 任务, 措施 …, "目标及步骤" closed by its second; not a
 * body's noun such as 机构, which opens sentences as their subject), and a paragraph opens with what
 * a sentence opens with (a preposition, a time, a subject such as 全县, 各…, 我市, a unit, a verb
 * of setting up, or an adverb), or with the first item of a list under the title ("保障措施（一）").
 * The title ends where the two meet, and only where the paragraph then runs on as a sentence:
 * "确保工作目标全面完成" is a title of its own. Whether a document's titles were run into their
 * paragraphs at all is the outline's to judge, scheme by scheme (tree.ts): a noun phrase and a verb
 * are as often a sentence's subject and predicate ("补助对象在本县居住满一年的农户…").
 */
import { isIdeographCode, SENTENCE_END } from './lines.js';

/**
 * Head nouns of section titles ("指导思想", "工作目标", "保障措施"), simplified and traditional
 * (the parser reads the text as written).
 */
const HEAD_NOUN_RE = new RegExp(
  `(?:${[
    '思想', '思路', '目标', '目標', '要求', '任务', '任務', '原则', '原則', '范围', '範圍', '机制', '機制', '措施', '分工', '职责', '職責',
    '内容', '內容', '领导', '領導', '安排', '步骤', '步驟', '标准', '標準', '依据', '依據', '目的', '体系', '體系', '重点', '重點',
    '时间', '時間', '时段', '時段', '对象', '對象', '方式', '方法', '意义', '意義', '背景', '保障', '程序', '条件', '條件',
    '事项', '事項', '计划', '計劃', '进度', '進度', '纪律', '紀律',
  ].join('|')})$`,
  'u',
);
/**
 * What a sentence opens with: a preposition or a verb of basis ("以…为指导", "按照…", "围绕…"), a
 * time ("到2025年", "9月底前", "今年", "到二〇二六年"), a subject ("全县", "各乡镇", "我市", "本预案",
 * "县政府"), a verb that sets up a body ("成立…领导小组"), or an adverb ("进一步", "全面"). A title's
 * own next word ("目标考核", "原则上", "范围内") is none of them, nor is a predicate of the noun
 * ("目的在于…", "标准以…为准", "目标在2025年底前完成").
 */
const SENTENCE_OPENER_RE = new RegExp(
  '^(?:' +
    [
      // 以 not as "以…为准" (the noun's measure), 在 not as 在于/在内 or before a date (the noun's place or time).
      '以(?![的之])(?![^，,。；;]{0,20}?[为為](?:准|準|限|上限|依据|依據|主))',
      '在(?![的之于於内內0-9０-９])',
      // 为 of purpose ("为确保…", "为了…"), not the copula ("派位程序为…").
      '(?:为|為)(?:了|确保|確保|保障|切实|切實|进一步|進一步|加强|加強|推进|推進|全面|深入|贯彻|貫徹|落实|落實|做好|促进|促進|有效|扎实|紮實|更好|加快|规范|規範)',
      '(?:按照|根据|根據|依据|依據|依照|遵照|遵循|围绕|圍繞|坚持|堅持|结合|結合|通过|通過|针对|針對|紧扣|緊扣|聚焦|立足|贯彻|貫徹)',
      '(?:自|从|從|到|至)?\\s{0,2}(?:[0-9０-９]{1,4}|[xX×*＊]{2,4}|[〇○零一二三四五六七八九]{4})\\s{0,2}[年月]',
      '(?:自|从|從|到|至)(?:今年|本年|明年|即日)',
      '(?:今年|明年|年内|年內|近年来|近年來|当前|當前|目前|近期)',
      '全[省市县縣区區州乡鄉镇鎮村盟旗]',
      '各(?![项項种種类類个個])',
      '我[省市县縣区區州乡鄉镇鎮]',
      '本(?:方案|预案|預案|办法|辦法|意见|意見|规划|規劃|计划|計劃|细则|細則|规定|規定|通知)',
      '[省市县縣区區州乡鄉镇鎮][\u4e00-\u9fff]{0,8}?(?:政府|委员会|委員會|委|局|办|辦|厅|廳)',
      '(?:成立|组建|組建|设立|設立)',
      '(?:进一步|進一步|切实|切實|认真|認真|全面|深入|大力|积极|積極|着力|著力|紧紧|緊緊|牢固|扎实|紮實)',
    ].join('|') +
    ')',
  'u',
);
/** The first item of a list under the title: "1." "1、" "（一）" "(1)" "⑴" "㈠" (OCR's "(-)" for "(一)"), then a word. */
const FIRST_ITEM_RE = /^(?:[1１][.．、]|[(（][一1１-][)）]|[⑴㈠])\s*[\u4e00-\u9fff]/u;
/** Longest noun-phrase title ("组织领导及职责分工"). */
const LONGEST_HEAD = 12;
/** Fewest characters a title runs on for after its head when the rest is a sentence: a title that ends short is whole. */
const MIN_SENTENCE_AFTER = 12;
/** Spaces a page may leave where it lost the break ("指导思想 以…", "指导思想　以…"). */
const MAX_SPACES_AT_BREAK = 2;
/** Longest title before a first item of its list ("深化文明城市创建，打造整洁有序的环境秩序1.开展…"). */
const LONGEST_TITLE_BEFORE_ITEM = 30;

/**
 * Where the title of a heading whose text runs from `from` to `end` (up to its first 。 or its line
 * end) ends when its paragraph is run into it: a noun-phrase title followed by a sentence
 * ("指导思想|以…"); -1 when none. Not at a colon: "主要职责：…" is a label the line was written
 * with, no break a page lost.
 */
export function gluedTitleEnd(text: string, from: number, end: number): number {
  // A title that opens as a sentence does ("以目标为导向", "坚持目标导向") is no noun phrase.
  if (SENTENCE_OPENER_RE.test(text.slice(from, from + 4))) return -1;
  for (let k = from + 2; k < end && k - from <= LONGEST_HEAD; k++) {
    if (!isIdeographCode(text.charCodeAt(k - 1))) return -1;
    if (!HEAD_NOUN_RE.test(text.slice(from, k))) continue;
    let rest = k;
    while (rest < end && rest - k < MAX_SPACES_AT_BREAK && (text[rest] === ' ' || text[rest] === '\u3000')) rest++;
    if (end - rest < MIN_SENTENCE_AFTER) return -1;
    if (SENTENCE_OPENER_RE.test(text.slice(rest, rest + 16)) || FIRST_ITEM_RE.test(text.slice(rest, rest + 6))) return k;
  }
  return -1;
}

/**
 * Whether `title` (a heading's text up to a first item run into it, "保障措施" before "（一）组织保障…")
 * can be a title of its own: short, free of sentence marks, closed by a word. The outline then
 * places the item (depth.ts), and the title ends where it stands.
 */
export function isTitleBeforeItem(title: string): boolean {
  if (title.length < 2 || title.length > LONGEST_TITLE_BEFORE_ITEM || !isIdeographCode(title.charCodeAt(title.length - 1))) return false;
  // A title before its first item holds no sentence end.
  for (let i = 0; i < title.length; i++) if (SENTENCE_END.has(title.charCodeAt(i))) return false;
  return true;
}
