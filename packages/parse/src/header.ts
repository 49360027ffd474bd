/**
 * The document header (GB/T 9704 版头 and 主送机关): masthead, title, 发文字号, addressees;
 * and, after a notice's body and signature, the title of a plan the notice wraps.
 *
 * Works on lines, before any heading is decided: a header ends where the body begins.
 */
import { COLLECTION_PIECE, contentEnd, contentStart, type Line, type MarkupMask } from './lines.js';
import { PINYIN_GLOSS, PINYIN_GLOSS_AFTER_HAN } from './markers.js';
import { isColumnHeaderCell, isSpacedColumnHeader } from './tables.js';
import { UNIT_KIND_WORDS } from './cells.js';
import { parseChineseNumeral } from './numerals.js';

export type HeaderFieldType = 'title' | 'docNumber' | 'addressees' | 'masthead' | 'signature' | 'date';

export interface FieldRange {
  type: HeaderFieldType;
  start: number;
  end: number;
  value: string;
}

export interface HeaderReading {
  fields: FieldRange[];
  /** Offset where the body begins (the header's fields all lie before it). */
  bodyStart: number;
  /** The attached plan's title line, when the document is a notice wrapping a plan. */
  plan: FieldRange | null;
  /** Signature and date lines found between the notice body and the plan. */
  closing: FieldRange[];
}

/** 发文字号: an issuer abbreviation, the year in 〔〕 (or look-alikes), a serial and 号. */
// One run of blanks between two parts, never two runs back to back around an optional part:
// "〔2024〕" followed by a long run of spaces would otherwise be tried split every way.
// 【】 brackets the year too, and traditional script writes 號 ("川委辦【2017】4號").
// A page that glosses characters with their pinyin in brackets (ruby text copied inline:
// "贛府發(fā)〔2022〕12號") keeps the gloss after a character of the issuer. Written so that
// recheck's automaton checker proves it linear (the first character apart, the gloss's letters
// unbounded); other spellings of the same language left it to the clock-timed fuzzer, which on
// a busy machine can call a linear pattern polynomial.
const DOC_NUMBER = /[\u4e00-\u9fff](?:[(（][a-z\u00e0-\u00fc\u0101-\u01dc]+[)）])?(?:[\u4e00-\u9fff](?:[(（][a-z\u00e0-\u00fc\u0101-\u01dc]+[)）])?){0,11}\s*[〔［\[(（【]\s*[0-9]{4}\s*[〕］\])）】]\s*(?:第\s*)?[0-9]{1,5}\s*[号號]/u;
/** A gloss a page set after a 发文字号's 号 ("1號(hào)"): read with the number, no part of its value. */
const NUMBER_GLOSS = `(?:${PINYIN_GLOSS})?`;
/**
 * A 发文字号 damaged in copying, alone on its line: the issuer, the year's opening 〔 and the year,
 * then what is left of the serial, the closing bracket or 号 lost ("某政〔2012478", "某办发〔2020〕15").
 * Only the brackets reserved for the year (〔 【 ［) open one: a title wrapped at "（2021" is none.
 */
const DAMAGED_DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{2,12}\s{0,2}[〔［【]\s{0,2}[0-9]{4}[〕］】]?\s{0,2}[0-9]{0,5}\s{0,2}[号號]?$/u;
/**
 * A 发文字号 whose brackets were lost in copying, alone on its line: the issuer's abbreviation
 * ending in its kind (发, 函, 字), the year and the serial run together ("某政办发201652").
 */
const BARE_DOC_NUMBER_LINE = /^[\u4e00-\u9fff]{1,10}[发發函字](?:19|20)[0-9]{2}[0-9]{1,4}[号號]?$/u;
/** A 发文字号 alone on its line, bare or in brackets ("（梧政发〔2012〕3号）"), damaged, or without its brackets. */
const DOC_NUMBER_LINE = new RegExp(`^(?:${DOC_NUMBER.source}${NUMBER_GLOSS}|[（(]\\s*${DOC_NUMBER.source}\\s*[）)])$|${DAMAGED_DOC_NUMBER_LINE.source}|${BARE_DOC_NUMBER_LINE.source}`, 'u');
/**
 * A decree's number (令号), the 发文字号 of a 令: its issuer's name, 令 and a serial, on a line of
 * its own ("某市人民政府令第129号", "某省人民政府令（第253号）"); decrees are numbered in one series, not
 * by year, so no year stands in it.
 */
const DECREE_NUMBER_LINE = /^[\u4e00-\u9fff]{0,24}令[ \u3000]{0,2}[（(]?[ \u3000]{0,2}第[ \u3000]{0,2}[0-9０-９]{1,5}[ \u3000]{0,2}[号號][）)]?$/u;
/** The serial of a decree set under its issuer's "某市人民政府令" line ("第129号"). */
const DECREE_SERIAL_LINE = /^[（(]?第[ \u3000]{0,2}[0-9０-９]{1,5}[ \u3000]{0,2}[号號][）)]?$/u;
/** The line a decree's serial stands under: the issuer's name and 令. */
const DECREE_HEAD = /^[\u4e00-\u9fff]{2,24}令$/u;
/** How a title joins on to the organ's name set over it (GB/T 9704: 发文机关 + 关于 + 事由 + 文种). */
const JOINS_ISSUER = /^(?:关于|關於|印发|印發|转发|轉發|批转|批轉|对|對|的|和|及|与|與|、)/u;
/**
 * The genres a title ends with (GB/T 9704 文种), optionally followed by a period "（2021-2023年）";
 * in traditional script too (意見, 辦法, 要點 …).
 */
const GENRE = '(?:通知|意见|意見|决定|決定|方案|办法|辦法|规定|規定|细则|細則|计划|計劃|計畫|规划|規劃|措施|举措|舉措|分工|分解|纲要|綱要|要点|要點|批复|批覆|通报|通報|公告|通告|决议|決議|指引|指南|清单|清單|报告|報告|预案|預案|条例|條例|规则|規則|章程|纪要|紀要|公报|公報|政策|函|令)';
// Spaces inside it are PDF extraction's ("（2021 年-2035 年）").
const PERIOD = '[（(][0-9０-９—\\-－~～至年 ]{4,20}[）)]';
/**
 * A status note in brackets may close a title after its genre word and its period ("…实施意见（试行）",
 * "…方案（2024—2026年）（征求意见稿）"): a few words, no figures, so no period.
 */
const STATUS_NOTE = '[（(][\\u4e00-\\u9fff]{1,6}[）)]';
/** How a title closes: its genre word, then perhaps its period and a status note. */
const TITLE_CLOSE = `${GENRE}(?:${PERIOD})?(?:${STATUS_NOTE})?`;
const TITLE_END = new RegExp(`${TITLE_CLOSE}$`, 'u');
const PERIOD_LINE = new RegExp(`^${PERIOD}$`, 'u');
/** The same with a status note after it ("（2018—2020年）（试行）"). */
const PERIOD_NOTE_LINE = new RegExp(`^${PERIOD}(?:${STATUS_NOTE})?$`, 'u');
/** The dashes a period is written with ("2018—2020", "2018–2020", "2018－2020", "2018~2020"). */
const DASHES = /[—–－~～]/gu;
// The day may be left blank for the hand that dates the signed copy ("2020年4月  日").
// A year written out may have its zeros typed as the letter O ("二OO八年").
const DATE_LINE = /^([0-9０-９]{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s{0,4}(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s{0,4})?日$/u;
/** The date of writing in brackets under a title, as gazettes print it ("（2008年2月26日）"). */
const BRACKETED_DATE_LINE = new RegExp(`^[（(]\\s{0,2}(${DATE_LINE.source.slice(1, -1)})\\s{0,2}[）)]$`, 'u');
/** A notice's closing formula ("特此通知", "此复"): it ends a text, and titles nothing. */
const CLOSING_FORMULA = /^(?:特此|此)(?:通知|通告|公告|批复|函复|函告|报告|复|函)[。.]?$/u;
/** A 发文字号 with the date of writing after it on one line ("川办发〔2009〕59号 二○○九年十二月八日"). */
const DOC_NUMBER_DATED = new RegExp(`^(${DOC_NUMBER.source})\\s+(${DATE_LINE.source.slice(1, -1)})$`, 'u');
/** A note in brackets under the title ("（征求意见稿）", "（此文件已于…宣布失效）"): no field. */
const NOTE_LINE = /^[（(][^（）()：:]{1,60}[）)]$/u;
const DATE_AT_END = /([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$/u;
/**
 * The label of a field in a web page's metadata block: the nouns such labels end in (索引号 and
 * 文件编号 end in 号/编号, 发文日期 and 发布时间 in a date or time, 信息来源 in 来源, 主题分类 in
 * 分类, 有效性 in 性, 公开方式 in 方式 …), after a short qualifier. A label names a kind of value,
 * never an organ, so 机关/机构/单位/部门 (which end 主送机关 such as "各直属机构：") count only after
 * the verb of issuing ("发文机关", "发布机构", "发布部门"). Structural, so that a page's labels not seen before
 * are read past too.
 */
const FIELD_LABEL =
  '[\u4e00-\u9fff]{0,6}(?:号|號|日期|时间|時間|时限|時限|来源|來源|分类|分類|类别|類別|种类|種類|主题|主題|主题词|主題詞|性|次数|次數|概述|方式|范围|範圍|名称|名稱|标题|標題|状态|狀態)|(?:发文|發文|发布|發布|成文|制发|制發)(?:机关|機關|机构|機構|单位|單位|部门|部門)' +
  // The fields of a government's disclosure record ("公开目录", "公开形式", "公开责任部门"): labels
  // though their words end no other field's label ("市政府各部门" stays an addressee).
  '|(?:政府信息|政務信息|政务|政務|信息)?(?:公开|公開)(?:责任|責任)?(?:目录|目錄|形式|部门|部門|单位|單位|机构|機構)';
/**
 * A line of a web page's metadata block around the document ("• 索引号:", "- 文 号: 某办〔2019〕7号",
 * "发文字号：某政发〔2024〕7号", "发表时间:2020-05-15 信息来源:某政府"): a bulleted label (its
 * characters perhaps spaced apart), or a field label, then a colon. Its value
 * stands after the colon or on the next line. Several "label: value" pairs may share the line.
 */
// A bulleted label runs to ten characters ("规范性文件统一编号").
// A Markdown page may set the label in bold, the colon after it ("**文号**: …").
const METADATA_LINE = new RegExp(`^(?:(?:[•·▪■●◆]|[-*](?=[ \\u3000]))\\s{0,3}[\\u4e00-\\u9fff](?:[ \\u3000]{0,4}[\\u4e00-\\u9fff]){1,9}|(?:${FIELD_LABEL}))(?:\\*\\*|__)?\\s{0,2}[:：]`, 'u');
/**
 * A row of "label: value" pairs whatever its labels ("文件编号: 某政办发〔2023〕7号 发布机构: 某县政府办公室"):
 * two short labels, each opening a pair, and between them a value with no sentence punctuation.
 * Addressees ("各区人民政府：") hold one colon, and a sentence a 。 or ，, so neither is one.
 */
const PAIR_ROW = /^(?!各)[\u4e00-\u9fff]{2,8}\s{0,2}[:：][^:：。，,；;\n]{1,60}\s[\u4e00-\u9fff]{2,8}\s{0,2}[:：]/u;
/**
 * A label letter-spaced to align a page's metadata block ("索 引 号:", "标  题：", "时  效:"): a few
 * characters, each after spaces, then a colon. A title or an addressee line never spaces out the
 * characters of a word before a colon, so the spacing alone says the line is the page's, whatever
 * the label names.
 */
const SPACED_LABEL = /^[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,4}[ \u3000]{0,2}[:：]/u;
/** The first label of a row of pairs. */
const PAIR_LABEL = /^[\u4e00-\u9fff]{2,8}\s{0,2}[:：]/u;
/**
 * Every label on a metadata line, wherever it stands (a row may set several pairs), letter-spaced
 * or not ("发布机构: 某委 文  号: 某发〔2023〕10号").
 */
const ANY_LABEL = /[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,7}(?:\*\*|__)?\s{0,2}[:：]/gu;
/** A subtitle under a title: a speech's occasion, a note, opened by a dash ("——在全市…会议上的讲话"). */
const SUBTITLE_OPENS = /^[—–－-]/u;
/** A site's greeting ("欢迎来到某某网!www.…", "您好,欢迎访问某某文档"): the page's, never a title. */
/** The name of a government site's column, a line of its own: "政府信息公开", "政策文件", "通知公告". */
const SITE_COLUMN_LINE = /^(?:(?:政府|政务)?(?:信息)?(?:公开|公開)|(?:政策|政府|规范性|規範性)(?:文件|法规|法規)|通知公告|政策法规|政策法規|(?:工作|政务|政務)动态|(?:工作|政务|政務)動態|政策解读|政策解讀)$/u;
const SITE_GREETING = /^(?:您好[,，!！]?\s*)?(?:欢迎|歡迎)(?:来到|來到|访问|訪問|光临|光臨|登录|登錄|登陆|登陸|进入|進入|使用)/u;
/**
 * The words of a web page's own controls and section labels, set on a line of their own around
 * the document ("全文", "正文", "打印本页", "关闭窗口", "分享到:", "朗读", a search box's "精确检索" /
 * "开始检索"): never the document's title. A closed class; a control may keep the colon its
 * buttons follow.
 */
const PAGE_LABEL_LINE = /^[【\[]?(?:全文|正文|原文|文本|内容全文|內容全文|发布信息|發布信息|全文下载|附件下载|打印|打印本页|关闭|关闭窗口|收藏|分享|分享到|返回|返回顶部|返回首页|下载|相关链接|相关文件|朗读|朗讀|(?:精确|精確|高级|高級|开始|開始|站内|站內)?(?:检索|檢索|搜索))[】\]]?[:：]?$/u;
/**
 * A page's time stamp on a line of its own, bulleted perhaps ("• 2022-06-12 10:53", "2019/03/05"):
 * when the page was posted, written as a site writes it, never as a document dates itself (年月日).
 */
const PAGE_TIME_LINE = /^(?:[•·▪■●◆]\s{0,3})?[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:\s{1,3}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$/u;
/** A page's counter line: a short label ending in 量, 数 or 次数, a colon and a count ("浏览量:1 | |"). */
const PAGE_COUNTER_LINE = /^[\u4e00-\u9fff]{1,4}(?:量|数|次数|次數)\s{0,2}[:：]\s{0,2}[0-9]+(?=[\s|｜]|$)/u;
/** A database record's field line: a short label in 【】 and its value ("【法宝引证码】CLI.1.304262"). */
const RECORD_FIELD_LINE = /^【[^】\n]{1,12}】/u;
/** A row of a page's metadata table set with pipes ("索引号 | 1137… | 公开方式 | 主动公开 |"). */
const PIPE_ROW = /^\|?[^|\n]{1,40}\|[^|\n]{0,80}\|/u;
/** A label cell alone on its line, its value on the next ("发布单位 |"). */
const LABEL_CELL_LINE = /^[^|\n]{1,20}\|\s*$/u;
/** A line of a table's borders and empty cells only. */
const BORDER_LINE = /^[|｜][|｜\s]*$/u;
/** A cell that holds a field label of a page's metadata ("发布文号", "生效日期："). */
const FIELD_LABEL_CELL = new RegExp(`^(?:${FIELD_LABEL})[:：]?$`, 'u');
/** A field label alone on its line, its value on the next ("索引号", "发布机构", "信息名称"). */
const LABEL_ALONE = new RegExp(`^(?:${FIELD_LABEL})$`, 'u');

/**
 * A line as a label alone: white space out, and the brackets a page may set it in ("[ 发文字号 ]",
 * "【索引号】", "\\[ 索引号 \\]" as Markdown escapes them).
 */
function labelAlone(line: string): string {
  const t = unspaced(line);
  const m = /^\\?[\[【［]([^\]】］]{1,12}?)\\?[\]】］]$/u.exec(t);
  return m ? m[1]! : t;
}
/** A label in brackets opening a line, its value after it: "[发文字号] …", "【主题分类】…", "\\[ 索引号 \\] …". */
const BRACKETED_LABEL = /^\\?[\[【［][ \u3000]{0,2}([^\]】］\n]{1,12}?)[ \u3000]{0,2}\\?[\]】］][ \u3000]{0,4}/u;
/** A label whose value is the document's own 发文字号 or title ("文号", "信息名称", "标题"); not 索引号. */
const NUMBER_OR_TITLE_LABEL = /(?:文号|文號|字号|字號|编号|編號|名称|名稱|标题|標題)$/u;
/** A metadata label that names the 发文字号 ("发文字号", "文号", "文件编号"). */
const NUMBER_LABEL = /(?:文号|文號|字号|字號|编号|編號)\s{0,2}[:：]$/u;
/** A title line that is the file's name ("某某预案.pdf"): the title is the name without its extension. */
const FILE_EXTENSION = /\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|ofd|OFD|txt|html?)$/u;
/** A page's metadata label that names a body ("发布机构", "发文单位"): no table's unit column. */
const isUnitLabel = (cell: string): boolean => LABEL_ALONE.test(cell) && UNIT_KIND_END.test(cell);
const UNIT_KIND_END = new RegExp(`(?:${UNIT_KIND_WORDS})$`, 'u');
/**
 * A document-sharing site's framing line, the file's name in 《》, perhaps with its extension (see
 * FILE_EXTENSION) and its length ("(19页珍藏版)"), before the site's words ("由会员分享").
 */
const SHARED_FILE_LINE = /^《([^《》\n]{2,80}?)(?:\.(?:pdf|PDF|docx?|DOCX?|wps|WPS))?(?:[(（][0-9０-９]{1,4}页[^()（）]{0,6}[)）])?》由会员(?:分享|上传)/u;
/** What continues a title already complete with its genre word onto the next line ("…方案" / "的通知"). */
const TITLE_CONTINUES = /^(?:的|之|和|及|与|與|暨|、|》|[（(])/u;
/** Lines looked ahead past a blank run for the next header field. */
const PEEK_LINES = 8;
/** Shortest issuer abbreviation in a 发文字号 ("国发"). */
const MIN_ISSUER = 2;
/** Longest line a title is set on; longer lines are body text. */
const TITLE_MAX = 80;
/**
 * The words a preamble opens with ("为贯彻落实…", "为深入…", "根据…", "按照…", "近年来…"): 为 with the
 * purpose it opens, not 为 as a verb ("…实施方案为我县开展工作提供了遵循").
 */
const PREAMBLE_OPENING = '(?:[为為]了?(?:深入|认真|認真|全面|进一步|進一步|切实|切實|加快|推动|推動|推进|推進|贯彻|貫徹|落实|落實|做好|加强|加強|促进|促進|规范|規範|保障|巩固|鞏固|提升|提高|有效|更好|确保|確保|积极|積極|大力|持续|持續|着力|著力|扎实|紮實)|根据|根據|按照|依据|依據|依照|近年来|近年來|当前|當前|随着|隨著)';
/**
 * A title that runs on into a preamble on its line, or into the rule's first division ("某区某某管理
 * 办法第一条为…"): a few words to a genre word, no sentence's punctuation.
 */
/** A rule's first article or chapter ("第一条", "第1章"). */
const FIRST_DIVISION = '第[一1][条條章]';
const TITLE_RUN_INTO_TEXT = new RegExp(`^[^。；;，,：:！？!?\\s]{4,${TITLE_MAX}}?${TITLE_CLOSE}(?=${PREAMBLE_OPENING}|${FIRST_DIVISION})`, 'u');
/** A rule's first division inside a line ("…办法第一条…"), not opening it. */
const RULE_DIVISION_IN_LINE = new RegExp(`.${FIRST_DIVISION}`, 'u');
/** Longest line without words that may stand before the title (an index number). */
const INDEX_MAX = 40;
/** 主送机关 are short; a longer run before the first colon is body text. */
const ADDRESSEES_MAX = 200;

interface LineView {
  start: number;
  end: number;
  text: string;
}

export function readHeader(text: string, lines: Line[], mask: MarkupMask, isMarkerLine: (start: number) => boolean, from = 0): HeaderReading {
  const views: LineView[] = lines.map((l) => {
    const start = contentStart(text, l.start, l.end, mask);
    const end = contentEnd(text, start, l.end, mask);
    return { start, end, text: text.slice(start, end) };
  });
  const fields: FieldRange[] = [];
  let bodyStart = 0;
  let titleLines: LineView[] = [];
  let afterDocNumber = false;
  let masthead = false;
  /** A metadata label without its value ("• 来源:"): the next line is that value, no field of the document. */
  let valueFollows = false;
  /** The last line read was a label alone of the page's metadata ("索引号"): the next is its value, the page's. */
  let pageValueNext = false;
  /** Lines of such labels have been read: a block of them, not one line that looks like a label. */
  let inLabelBlock = false;
  /** Whether, after the line at `at` and the value under it, another label alone follows: a block's first label. */
  const labelAfterValue = (at: number): boolean => {
    let seen = 0;
    for (let k = at + 1; k < views.length && k <= at + PEEK_LINES; k++) {
      const t = views[k]!.text;
      if (t === '') continue;
      if (++seen === 2) return LABEL_ALONE.test(labelAlone(t));
    }
    return false;
  };
  /** The last line read was a row of a page's metadata table set with pipes. */
  let inPageTable = false;
  /** The field read for a title over a page's trail, set aside as the page's (-1: none). */
  let overTrail = -1;
  // A page's lead closing "全文如下：" over the document it quotes ("4月21日，某市人民政府发布…的通
  // 知，…。" / "全文如下：" / "某市人民政府" / "关于印发…的通知" / "某政〔2022〕17号"): the document's own
  // header is read from the line after it, the lead's lines (running text, nothing of a header)
  // being the page's.
  if (from === 0) {
    const close = quotedDocumentAfter(views, isMarkerLine);
    const own = close < 0 ? null : readHeader(text, lines, mask, isMarkerLine, close + 1);
    if (own && own.fields.some((f) => f.type === 'title' || f.type === 'docNumber')) {
      const page = views.slice(0, close + 1).filter((v) => v.text !== '').map((v) => field('masthead', v.start, v.end, text));
      return { ...own, fields: [...page, ...own.fields] };
    }
  }
  let i = from;
  for (; i < views.length; i++) {
    let v = views[i]!;
    if (v.text === '') continue;
    if (isMarkerLine(v.start)) break;
    // A page's trail under what was read for a title ("国内政策【切换】 国际政策" / "您现在的位置: 首页 >
    // 政策前沿"): a site sets its trail over the document, so what stands above it is the page's
    // menus; the title is read below the trail (or, when none is, is what stood above it).
    if (!hasField('docNumber') && !hasField('addressees') && isTrail(v.text)) {
      const chrome = fields.findIndex((f) => f.type === 'title');
      if (chrome >= 0 ? titleLines.length === 0 : titleLines.length > 0) {
        if (chrome >= 0) {
          fields[chrome] = { ...fields[chrome]!, type: 'masthead' };
          overTrail = chrome;
        } else {
          const before = fields.length;
          flushTitle();
          overTrail = fields.findIndex((f, k) => k >= before && f.type === 'title');
          if (overTrail >= 0) fields[overTrail] = { ...fields[overTrail]!, type: 'masthead' };
        }
        // The trail opens a run of its own, read as any run is: its last step may title the
        // document, and the page's lines under it (a date, "[字号: ]") are chrome.
        titleLines = [v];
        continue;
      }
    }
    if (pageValueNext) {
      pageValueNext = false;
      // A value that is a notice's title ("主题" / "某县人民政府关于…的通知") is read as one.
      if (!isNoticeTitle(v.text)) continue;
    }
    // A document-sharing site's framing ("《某方案.docx》由会员分享，可在线阅读，更多相关《…》请在某网上
    // 搜索。"): the page's; the file it shares is the document, whose name titles it when nothing
    // above has (a line of the file's name may have, "某方案.docx").
    // (Lines read for a title above it stay the flow's to settle: it is read only with none pending.)
    const shared = titleLines.length === 0 ? SHARED_FILE_LINE.exec(v.text) : null;
    if (shared !== null) {
      if (!hasTitle()) {
        const name = v.start + shared[0].indexOf(shared[1]!);
        fields.push(field('masthead', v.start, name, text), field('title', name, name + shared[1]!.length, text), field('masthead', name + shared[1]!.length, v.end, text));
      } else fields.push(field('masthead', v.start, v.end, text));
      continue;
    }
    // A page's metadata label in brackets with its value on the line ("[发文字号] 京政发〔2023〕14号",
    // "【主题分类】科技"): the page's, but for the 发文字号 a numbering label gives.
    const bracketed = BRACKETED_LABEL.exec(v.text);
    if (!hasTitle() && bracketed !== null && LABEL_ALONE.test(unspaced(bracketed[1]!))) {
      const value = trimmedView(text, v.start + bracketed[0].length, v.end, mask);
      if (value.text !== '') {
        // Lines before the block (a trail, "政务公开 > 政策文件") are the page's too.
        for (const line of titleLines) fields.push(field('masthead', line.start, line.end, text));
        titleLines = [];
        const label = unspaced(bracketed[1]!);
        const docNumber = NUMBER_LABEL.test(`${label}：`) && !hasField('docNumber') ? DOC_NUMBER.exec(value.text) : null;
        if (docNumber && docNumber.index === 0) fields.push(field('docNumber', value.start, value.start + docNumber[0].length, text));
        // "【标题】某市关于…的通知": the value a title label gives is the document's title.
        if (TITLE_LABEL.test(label) && looksLikeTitleLine(value.text)) fields.push(field('title', value.start, value.end, text));
        inLabelBlock = true;
        continue;
      }
    }
    // A page's metadata set a cell a line, each label alone over its value ("索引号" / "0000…/2023-00763"
    // / … / "文号" / "某政办发〔2023〕11号" / "信息名称" / "某某关于…的通知"): the value of a label that
    // names the document's number or title is read as a line of its own, any other is the page's.
    // (So is one under a page's headline, "某市“十三五”平安建设规划" over "索引号" / …: the headline is set
    // down as what was read for a title, the block's first label as a label, and the lines under it are
    // read as under any title, the notice's own header found below the block.)
    if (!hasTitle() && LABEL_ALONE.test(labelAlone(v.text)) && ((inLabelBlock && titleLines.length === 0) || labelAfterValue(i))) {
      flushTitle();
      inLabelBlock = true;
      pageValueNext = !NUMBER_OR_TITLE_LABEL.test(labelAlone(v.text));
      continue;
    }
    // A page that opens on a notice's list of attachments ("附件1：某某制度" over the signature: its
    // second page) has no header: the list, the signature and the attached text follow.
    if (fields.length === 0 && titleLines.length === 0 && ATTACHMENT_LABEL.test(v.text) && !ATTACHMENT_LABEL_ALONE.test(v.text)) break;
    // A page that opens on an attachment's label, alone ("附件2" over its title) or with its title
    // glued on ("附件1某市…职责"): the attached text itself, whose first heading the label is; it
    // has no header.
    if (fields.length === 0 && titleLines.length === 0 && ATTACHMENT_OPENING.test(v.text)) break;
    // …and one whose page heading repeats the attached text's title over its label ("某某分解表" /
    // "附件" / "某某分解表"): the heading is the page's, and the attached text opens at the label.
    if (fields.length === 0 && titleLines.length === 1 && ATTACHMENT_OPENING.test(v.text) && squeeze(views.slice(i + 1).find((w) => w.text !== '')?.text ?? '') === squeeze(titleLines[0]!.text)) {
      fields.push(field('masthead', titleLines[0]!.start, titleLines[0]!.end, text));
      titleLines = [];
      break;
    }
    // A date, bracketed or not, is a field of its own, never a line of the title it may stand under.
    const dateText = BRACKETED_DATE_LINE.exec(v.text)?.[1] ?? (DATE_LINE.test(v.text) ? v.text : null);
    if (dateText !== null) {
      if (titleLines.length > 0 && !masthead) flushTitle();
      fields.push({ type: 'date', start: v.start, end: v.end, value: isoDate(dateText) ?? dateText });
      continue;
    }
    // "某市人民政府令" over "第129号": the two lines are the decree's number, no title.
    const decreeHead = DECREE_SERIAL_LINE.test(v.text) ? titleLines.at(-1) : undefined;
    if (decreeHead && DECREE_HEAD.test(decreeHead.text)) {
      titleLines.pop();
      flushTitle();
      if (!hasField('docNumber')) fields.push(field('docNumber', decreeHead.start, v.end, text));
      afterDocNumber = true;
      continue;
    }
    if (DOC_NUMBER_LINE.test(v.text) || DECREE_NUMBER_LINE.test(v.text)) {
      if (titleLines.length > 0 && !masthead) flushTitle();
      // (Its label fused on in a record's block, "发文字号某政办〔2023〕11号", is no part of the number.)
      fields.push(field('docNumber', v.start + fusedNumberLabel(views, i), v.end, text));
      afterDocNumber = true;
      masthead = false;
      valueFollows = false;
      continue;
    }
    // A database's or a page's own field lines ("【时效性】现行有效", "索引号 | … | 有效性 | 有效 |")
    // describe the record, not the document: no part of its title. A pipe row is one when it is
    // no table's header row, and stands above the title, or is labelled as a page's field
    // ("发布文号 | 某府〔2021〕22号 |", "发布单位 |"; between a title and its 主送机关 a document sets
    // nothing in cells), or continues such a table whatever its label ("备注 |"). A row broken over
    // lines leaves its borders on lines of their own ("|").
    if (BORDER_LINE.test(v.text)) continue;
    const pipeRow = PIPE_ROW.test(v.text) || LABEL_CELL_LINE.test(v.text);
    const pageRow: boolean = pipeRow && !/序\s*[号號]/u.test(v.text)
      && ((!hasTitle() && titleLines.length === 0) || inPageTable || FIELD_LABEL_CELL.test(unspaced(v.text.slice(0, v.text.indexOf('|')))));
    inPageTable = pageRow || (valueFollows && inPageTable);
    if (RECORD_FIELD_LINE.test(v.text) || pageRow) {
      flushTitle();
      masthead = false;
      // "发布单位 |" alone: its value stands on the next line.
      valueFollows = LABEL_CELL_LINE.test(v.text);
      // The row's cells may still give the document's own fields ("文 号: | 某府办发〔2022〕10号 |",
      // "名 称: | 某某关于…的通知 |"): read them by their labels, never the row as a title.
      for (const f of pipeRowFields(v, text, mask)) if (!hasField(f.type)) fields.push(f);
      continue;
    }
    // A law database's record set label and value with nothing between ("发文机关某市人民政府" /
    // "发文字号某政办〔2023〕11号" / "时效性现行有效"), a block of such lines: read as its labelled lines.
    const fused = fusedFieldLabel(views, i);
    const spacedPair = fused === null ? spacedPairLabel(views, i) : null;
    const metadata = METADATA_LINE.exec(v.text) ?? SPACED_LABEL.exec(v.text) ?? (PAIR_ROW.test(v.text) ? PAIR_LABEL.exec(v.text) : null) ?? fused ?? spacedPair;
    if (metadata) {
      flushTitle();
      masthead = false;
      const value = trimmedView(text, v.start + metadata[0].length, v.end, mask);
      // "发文字号：某政发〔2024〕7号" on one line, as the row's first pair or a later one; set on
      // the next line, the value is read as a line of its own.
      if (metadata === spacedPair) {
        // A grid's row: its fields by their labels ("文    号 某政办〔2023〕1号", "标  题 某市关于…的通知").
        for (const f of labelledFields(gridPairs(v, text, mask), text, mask)) if (!hasField(f.type)) fields.push(f);
        valueFollows = false;
        continue;
      }
      const docNumber = hasField('docNumber') ? null : metadata === fused ? fusedDocNumber(views, i, value) : labelledDocNumber(v, text, mask);
      if (docNumber) fields.push(field('docNumber', docNumber.start, docNumber.end, text));
      valueFollows = value.text === '' && !NUMBER_LABEL.test(unspaced(metadata[0]));
      continue;
    }
    // A label of the page around the document on a line of its own ("全文", "打印本页"): chrome.
    if (PAGE_LABEL_LINE.test(v.text) || SITE_GREETING.test(v.text)) continue;
    // The page's time stamp ends any title read above it, and is no line of one.
    if (PAGE_TIME_LINE.test(v.text)) {
      flushTitle();
      continue;
    }
    // A table's header set a cell a line under the title ("某某目标责任分解书" / "领域" / "主要目标" /
    // "责任单位"): the title ends over its first cell, and the body (the table) begins there.
    if (titleLines.length > 0 && isColumnHeaderCell(squeeze(v.text))) {
      const next = views.slice(i + 1, i + 1 + PEEK_LINES).find((w) => w.text !== '');
      if (next !== undefined && (isColumnHeaderCell(squeeze(next.text)) || /^序\s*[号號]$/u.test(next.text))) {
        flushTitle();
        break;
      }
    }
    // …or a row a line with spaces between its cells ("项目名称 服务对象 … 牵头负责单位"), under what
    // was read for a title: not a title spaced out ("某市 安全生产 责任单位 考核办法"), nor a page's
    // metadata labels and values ("发布机构 某市人民政府办公厅 主题 城乡建设").
    if ((hasTitle() || titleLines.length > 0) && isSpacedColumnHeader(v.text) && !isCompleteTitle(squeeze(v.text)) && !v.text.trim().split(/\s+/u).some(isUnitLabel)) {
      flushTitle();
      break;
    }
    // A page's counter ("浏览量:1", "阅读次数：1208"): the page's, ending any title above it.
    if (PAGE_COUNTER_LINE.test(v.text)) {
      flushTitle();
      masthead = false;
      continue;
    }
    if (valueFollows) {
      valueFollows = false;
      // A label left empty ("备注 |", "• 政策解读:") is followed by the document's own next field,
      // its addressees or its title ("某区人民政府办公室关于印发…的通知").
      if (!readAddressees(v, text) && !isNoticeTitle(v.text)) continue;
    }
    // An index number or page mark ("HHCR-2023-01005") before the title is no field of it.
    if (fields.length === 0 && titleLines.length === 0 && v.text.length <= INDEX_MAX && !/[\u4e00-\u9fff]/u.test(v.text)) continue;
    const dated = DOC_NUMBER_DATED.exec(v.text);
    if (dated) {
      if (titleLines.length > 0 && !masthead) flushTitle();
      const numberEnd = v.start + dated[1]!.length;
      const dateStart = v.end - dated[2]!.length;
      fields.push(field('docNumber', v.start, numberEnd, text));
      fields.push({ type: 'date', start: dateStart, end: v.end, value: isoDate(dated[2]!) ?? dated[2]! });
      afterDocNumber = true;
      masthead = false;
      continue;
    }
    // A 发文字号 opening a line before more text ("某政发〔2023〕2号某政府关于…的通知", a page's
    // heading line): the number ends any title before it, and the rest is read as a line of its own.
    const leading = DOC_NUMBER.exec(v.text);
    if (leading && leading.index === 0 && !masthead && looksLikeTitleLine(v.text.slice(leading[0].length))) {
      flushTitle();
      if (!hasField('docNumber')) fields.push(field('docNumber', v.start, v.start + leading[0].length, text));
      afterDocNumber = true;
      v = trimmedView(text, v.start + leading[0].length, v.end, mask);
      if (repeatsTitle(v.text)) continue;
    }
    if (NOTE_LINE.test(v.text) && !PERIOD_LINE.test(v.text) && (titleLines.length > 0 || fields.some((f) => f.type === 'title' || f.type === 'docNumber'))) {
      flushTitle();
      continue;
    }
    // The red-letter masthead ("某市人民政府文件"): an organ's name and 文件, nothing else (not a
    // page's trail that ends in a menu named 政策文件, "政务公开 > 政策服务 > 政策文件").
    if (MASTHEAD_LINE.test(v.text) && fields.length === 0 && titleLines.length === 0) {
      masthead = true;
      fields.push(field('masthead', v.start, v.end, text));
      continue;
    }
    if (masthead) {
      fields.push(field('masthead', v.start, v.end, text));
      continue;
    }
    // A site's column named alone over the title ("政府信息公开", "政策文件", "通知公告"), or the
    // page's byline, its publisher and when or whence ("某区人民政府 2019-12-13 16:36 来源: …"): the page's.
    if (titleLines.length === 0 && (SITE_COLUMN_LINE.test(v.text) || isPageByline(v.text))) {
      fields.push(field('masthead', v.start, v.end, text));
      continue;
    }
    // A page whose lines a PDF's copy ran into one, a space for each break ("某政发〔2023〕2 号 某市人民
    // 政府 关于…的 实 施 意 见 各镇人民政府，市政府各部门: 为贯彻…"): its 发文字号 opens the line, and
    // its title, in pieces, runs on to the 主送机关.
    // (Under a page heading read as a title, the name of the plan the notice issues, such a line
    // is the document's header: the heading was the page's.)
    const runTogether = titleLines.length === 0 && (v.text.length > TITLE_MAX || /^[^《]{4,30}《[^》]+》$/u.test(v.text) || LEADING_DOC_NUMBER.test(v.text));
    if (runTogether && hasTitle() && !hasField('docNumber') && !hasField('addressees')) {
      const number = LEADING_DOC_NUMBER.exec(v.text);
      if (number !== null && TITLE_BEFORE_ADDRESSEES.test(v.text.slice(number[0].length))) {
        const heading = fields.findIndex((f) => f.type === 'title');
        fields[heading] = { ...fields[heading]!, type: 'masthead' };
      }
    }
    if (!hasTitle() && runTogether) {
      const number = hasField('docNumber') ? null : LEADING_DOC_NUMBER.exec(v.text);
      if (number !== null) {
        fields.push(field('docNumber', v.start, v.start + number[1]!.length, text));
        afterDocNumber = true;
        v = trimmedView(text, v.start + number[0].length, v.end, mask);
      }
      const run = TITLE_BEFORE_ADDRESSEES.exec(v.text);
      if (run !== null) {
        // Each piece a line of the title: the spaces between them are the page's line breaks.
        for (const piece of run[1]!.matchAll(/\S+/gu)) titleLines.push({ start: v.start + piece.index, end: v.start + piece.index + piece[0].length, text: piece[0] });
        flushTitle();
        v = trimmedView(text, v.start + run[0].length, v.end, mask);
      }
    }
    // One line may carry several fields: "…的批复 国函〔1999〕134号 北京市人民政府：你们报送…".
    // (So may a line a copy ran the header into, the 主送机关's colon after the number: "…的意见（某政发
    // 〔2014〕37号）各市人民政府：为…"; a title holds no colon. Under a title, such a line is read only
    // where it sets that title again.)
    const titled = looksLikeTitleLine(v.text.slice(0, 2 * TITLE_MAX)) || /[。；]/u.test(v.text);
    const summary = titled ? null : titleGluedToNumber(v);
    const glued = titled ? gluedDocNumber(v)
      : summary !== null && (titleLines.length === 0 || squeeze(pendingTitle()) === squeeze(text.slice(v.start, summary.titleEnd))) ? summary : null;
    if (glued) {
      const own = trimmedView(text, v.start, glued.titleEnd, mask);
      // The title set again on the line that carries its number: one title.
      if (squeeze(pendingTitle()) === squeeze(own.text)) titleLines = [];
      titleLines.push(own);
      flushTitle();
      fields.push(field('docNumber', glued.start, glued.end, text));
      afterDocNumber = true;
      v = trimmedView(text, glued.after, v.end, mask);
      if (v.text === '') continue;
    }
    let addressees = readAddressees(v, text);
    if (addressees) {
      // The 主送机关 wrapped over two lines ("各县、区人民政府，某某开发区、苏州" / "某某工业园区，市各
      // 委、办、局："): its first line, taken for a line of the title, opens with 各, lists (、，) and
      // holds no sentence, nor ends as a title does ("各项安全生产工作的通知" is the title's).
      const before = titleLines.at(-1);
      if (before && (titleLines.length > 1 || fields.some((f) => f.type === 'title' || f.type === 'docNumber')) && /^各/u.test(before.text) && /[、，,]/u.test(before.text)
        && !/[。；：:]/u.test(before.text) && !TITLE_END.test(before.text) && before.text.length <= ADDRESSEES_MAX) {
        titleLines.pop();
        addressees = { ...addressees, start: before.start, value: `${before.text}${addressees.value}` };
      }
      flushTitle();
      fields.push(addressees);
      bodyStart = addressees.end;
      i++;
      break;
    }
    if (glued) {
      bodyStart = v.start;
      i++;
      break;
    }
    // A title wrapped inside its 《》 may go on with the period in brackets: "（2024—2026年）》的通知".
    if (titleLines.length > 0 && /^[（(]/u.test(v.text) && !isCompleteTitle(pendingTitle()) && v.text.length <= TITLE_MAX && !/[。；]/u.test(v.text) && v.text.includes('》')) {
      titleLines.push(v);
      continue;
    }
    if (PERIOD_LINE.test(v.text) && titleLines.length > 0) {
      titleLines.push({ ...v, text: v.text.replace(/ +/gu, '') });
      continue;
    }
    // A title run into the text after it, as pages that lose their line breaks set a document
    // ("某县…实施方案（2024—2026年）为贯彻落实…"): it ends where a preamble or the rule's first
    // division opens after a genre word.
    // (A line of a title's length is a title, or no title of this kind, unless a rule's division opens in it.)
    const runIn = titleLines.length === 0 && !hasTitle() && (v.text.length > TITLE_MAX || RULE_DIVISION_IN_LINE.test(v.text)) ? TITLE_RUN_INTO_TEXT.exec(v.text) : null;
    if (runIn !== null && isCompleteTitle(runIn[0]) && /关于|關於|[市县縣区區省州镇鎮乡鄉]/u.test(runIn[0])) {
      titleLines.push(trimmedView(text, v.start, v.start + runIn[0].length, mask));
      flushTitle();
      bodyStart = v.start + runIn[0].length;
      i++;
      break;
    }
    if (looksLikeTitleLine(v.text)) {
      // (Not an organ's name over the title it opens, "某市财政局" over "关于印发…的通知": a notice's
      // title set under a page's chrome taken for titles.)
      const issuerOver = JOINS_ISSUER.test(v.text) && isCompleteTitle(v.text) && isByline(pendingTitle());
      if (afterDocNumber && titleLines.length > 0 && hasTitle() && !issuerOver) break;
      // The title set again under itself (a page heading over the document's own title line).
      if (titleLines.length > 0 && squeeze(v.text) === squeeze(pendingTitle())) {
        flushTitle();
        continue;
      }
      // The document's own title under a page heading that names it and more ("…责任分解第一季度
      // 进展情况" over "…责任分解"): the lines above were the page's, the title starts again here.
      if (titleLines.length > 0 && squeeze(v.text).length >= MIN_RESTATED_TITLE && squeeze(pendingTitle()).startsWith(squeeze(v.text))) {
        titleLines = [v];
        continue;
      }
      if (titleLines.length === 0 && repeatsTitle(v.text)) continue;
      // A title complete with its genre word may have the issuing organ set under it as a byline.
      if (titleLines.length > 0 && TITLE_END.test(titleLines.at(-1)!.text) && isByline(v.text)) {
        flushTitle();
        continue;
      }
      // A title complete with its genre word (and every 《 closed) is not continued by a line
      // that does not join on ("的通知", "（2021—2025年）》…"): that line is the next part of the
      // page, such as the plan a notice issues set under the notice's title, and the body begins.
      // Chrome between the title and the header's other fields ("全文" over the 发文字号) is skipped.
      // (A trail whose last menu reads as one, "首页 > 规划、计划", gives no title: the line starts it,
      // unless the page's metadata follows it, over the document's own header.)
      if (titleLines.length > 0 && isCompleteTitle(pendingTitle()) && !TITLE_CONTINUES.test(v.text)) {
        flushTitle();
        // The notice that issues it, quoting it in 《》: its title is the document's (see flushTitle).
        if (isCompleteTitle(v.text) && v.text.length <= TITLE_MAX && issues(v.text, fields.find((f) => f.type === 'title')?.value ?? '')) {
          titleLines.push(v);
          continue;
        }
        const next = views.slice(i + 1, i + 1 + PEEK_LINES).find((w) => w.text !== '');
        const pageFollows = next !== undefined && METADATA_LINE.test(next.text);
        if (hasTitle() || pageFollows) {
          if (next && (DOC_NUMBER_LINE.test(next.text) || pageFollows || readAddressees(next, text))) continue;
          break;
        }
      }
      // An organ's name set alone over a title complete without it ("某市人民政府" over "某市某某管理
      // 办法", as decrees and rules are published): the issuer, not the title's first line; a
      // title takes its organ in through 关于, 印发, 转发 … ("某市人民政府" over "关于…的通知").
      // So is a site's name over it ("法搜网--中国法律信息搜索网" over "某市…的通知"): the page's.
      // So is a line the title opens by repeating ("某市" over "某市小微企业扶持政策清单"): a site's
      // short name, or a heading the title restates whole.
      const above = pendingTitle();
      const restated = titleLines.length > 0 && squeeze(v.text).startsWith(squeeze(above));
      if (titleLines.length > 0 && isCompleteTitle(v.text) && ((isByline(above) && !JOINS_ISSUER.test(v.text)) || (isSiteName(above) && !TITLE_CONTINUES.test(v.text)) || restated)) {
        for (const line of titleLines) fields.push(field('masthead', line.start, line.end, text));
        titleLines = [];
      }
      const file = FILE_EXTENSION.exec(v.text);
      titleLines.push(withoutCellSeparator(file ? trimmedView(text, v.start, v.start + file.index, mask) : v));
      continue;
    }
    break;
  }
  flushTitle();
  if (overTrail >= 0) {
    // What stood over the trail is the title after all when nothing under it is, or when it is a
    // title complete with its genre word and what is read under the trail is less of one: no title
    // (an organ's name, "某市人民政府办公室"), a subtitle ("——在…会议上的讲话"), or its own end
    // again, without the organ that opens it ("关于…的实施意见" under "某市人民政府关于…的实施意见";
    // not under a page's heading that runs the site's name and menu into it, "某县人民政府 政策文件
    // 关于…的通知").
    // (A trail's steps set on the line under its label, "当前位置:" / "首页-政务公开-政策文件", read
    // for a title before the document's own: the menus' names, when a complete title follows.)
    const read = fields.flatMap((f, k) => (f.type === 'title' ? [k] : []));
    if (read.length > 1 && !isCompleteTitle(bare(fields[read[0]!]!.value)) && read.slice(1).some((k) => isCompleteTitle(bare(fields[k]!.value)))) {
      fields[read[0]!] = { ...fields[read[0]!]!, type: 'masthead' };
    }
    const below = fields.findIndex((f) => f.type === 'title');
    const above = bare(fields[overTrail]!.value);
    const under = below < 0 ? '' : bare(fields[below]!.value);
    const organOver = under !== '' && above.endsWith(under) && isByline(above.slice(0, above.length - under.length));
    if (below < 0 || (isCompleteTitle(above) && (!isCompleteTitle(under) || SUBTITLE_OPENS.test(under) || organOver))) {
      if (below >= 0) fields[below] = { ...fields[below]!, type: 'masthead' };
      fields[overTrail] = { ...fields[overTrail]!, type: 'title' };
    }
  }
  // A page's chrome or heading read for a title ("我的常州 / 智能问答 / … / 繁 |"; "印发《…》的通知") and
  // nothing else of a header: the document's own header is further down, past the page's metadata,
  // at its 发文字号 or its title over its 主送机关. It is read from there; the lines above are the page's.
  // So is a page that gave nothing of a header but its masthead and metadata ("某省人民政府办公厅文件"
  // over "时间：…" / "简介：…" of a document-sharing site, "文章来源：…" / "原文链接：…"): the document's
  // header below, at its 发文字号 or its title over its 主送机关, is read from there.
  const chrome = fields.find((f) => f.type === 'title');
  if (from === 0 && !hasField('docNumber') && !hasField('addressees') && (chrome !== undefined || i > from)) {
    const start = documentHeaderBelow(views, i, isMarkerLine);
    const own = start < 0 ? null : readHeader(text, lines, mask, isMarkerLine, start);
    const ownTitle = own?.fields.find((f) => f.type === 'title');
    // (A page heading complete as a title gives way only to the document's own title spelling it,
    // the issuing organs perhaps before it: "印发《…》的通知" under "某县人民政府办公室"; or quoting
    // it, the notice that issues it: "某某实施细则" over "关于印发《某某实施细则》的通知".)
    // (Nor is a page heading kept over a document's whole header, its title, 发文字号 and 主送机关: a
    // page of a notice headed by the name of the plan it issues.)
    const whole = own !== null && own.fields.some((f) => f.type === 'docNumber') && own.fields.some((f) => f.type === 'addressees');
    if (own && chrome !== undefined && ownTitle && (whole || !isCompleteTitle(chrome.value) || bare(ownTitle.value).endsWith(bare(chrome.value)) || issues(ownTitle.value, chrome.value))) {
      return { ...own, fields: [...fields.filter((f) => f !== chrome), { ...chrome, type: 'masthead' }, ...own.fields] };
    }
    if (own && chrome === undefined && own.fields.some((f) => f.type === 'docNumber' || f.type === 'addressees')) {
      return { ...own, fields: [...fields, ...views.slice(i, start).filter((v) => v.text !== '').map((v) => field('masthead', v.start, v.end, text)), ...own.fields] };
    }
  }
  // A page's headline or metadata block that gave the document's 发文字号 ("某府办发〔2017〕138号《…的通知》",
  // "• 发文字号:某办函〔2016〕1004号" / "• 标 题:关于…的通知") over the document's own header, which
  // sets the same number or title again over its 主送机关: the header is the document's, read from
  // there; what stood above is the page's. (Only where the two agree: a number of a document the
  // page cites, or a different notice below, changes nothing.)
  if (from === 0 && hasField('docNumber') && !hasField('addressees')) {
    let start = documentHeaderBelow(views, i, isMarkerLine);
    // (Its organ's line over it, read here for a title of its own: "某市人民政府办公厅" / "关于印发…的通知".)
    const organ = start < 0 ? -1 : views.findLastIndex((v, k) => k < start && v.text !== '');
    if (organ >= from && organOpensTitle(views[organ]!.text, views[start]!.text)) start = organ;
    const own = start < 0 ? null : readHeader(text, lines, mask, isMarkerLine, start);
    if (own !== null && own.fields.some((f) => f.type === 'addressees') && repeatsReading(own.fields)) {
      // (Lines read above that the document's header takes back, its organ's line, are its own.)
      // (The page's 发文字号 stays the document's where its own header sets none.)
      const ownNumber = own.fields.some((f) => f.type === 'docNumber');
      const page = fields.filter((f) => f.end <= views[start]!.start).map((f) => (f.type === 'masthead' || f.type === 'date' || (f.type === 'docNumber' && !ownNumber) ? f : { ...f, type: 'masthead' as const }));
      return { ...own, fields: [...page, ...views.slice(i, start).filter((v) => v.text !== '').map((v) => field('masthead', v.start, v.end, text)), ...own.fields] };
    }
  }
  if (bodyStart === 0) {
    const last = fields.at(-1);
    bodyStart = last ? lineAfter(lines, last.end) : 0;
  }
  // A page's preface over the document ("为便于宣传…，详情如下。" over "某省…政策清单"): the title
  // line under it, read when the header found none above.
  // (Not under a notice's addressees: a title there is the plan's the notice issues.)
  const underPreface = hasTitle() || hasField('addressees') ? null : titleUnderPreface(views, i, isMarkerLine);
  if (underPreface !== null) fields.push(field('title', underPreface.start, underPreface.end, text));
  const released = releasedTitle(views, i, fields, isMarkerLine);
  if (released !== null) {
    // The news item's headline is the page's: the document's own title is the line under it.
    const headline = fields.findIndex((f) => f.type === 'title');
    fields[headline] = { ...fields[headline]!, type: 'masthead' };
    // (Over two lines, its period on the second, the title is the two joined.)
    fields.push({ ...field('title', released.start, released.end, text), value: released.text.replace(/\s+/gu, ' ').trim() });
  }
  const { plan, closing } = readPlan(views, i, isMarkerLine, text, fields);
  return { fields, bodyStart, plan, closing };

  /** The lines read so far for the title, joined. */
  function pendingTitle(): string {
    return titleLines.map((l) => l.text).join('');
  }
  function hasTitle(): boolean {
    return fields.some((f) => f.type === 'title');
  }
  function hasField(type: HeaderFieldType): boolean {
    return fields.some((f) => f.type === type);
  }
  /** Whether a reading below sets the 发文字号 or the title read here again (spaces and 《》 aside). */
  function repeatsReading(below: readonly FieldRange[]): boolean {
    return below.some((f) => (f.type === 'docNumber' || f.type === 'title') && fields.some((g) => g.type === f.type && bare(g.value) === bare(f.value)));
  }
  /** The title read already, set again (its 《》 and spaces aside). */
  function repeatsTitle(line: string): boolean {
    const title = fields.find((f) => f.type === 'title');
    return title !== undefined && bare(line) === bare(title.value);
  }
  function flushTitle(): void {
    if (titleLines.length === 0) return;
    // More lines than a title wraps over: a page's chrome ran into the title above it (menus,
    // "搜索热词：…", "您当前所在的位置：首页 > …"). The title is what follows the last line of chrome
    // a label's colon or a trail's arrow marks; the lines above it are chrome.
    // A page's trail ("当前位置： 首页 > 信息公开 > … > 县政府文件") is chrome over a title of any length.
    const trail = titleLines.length > TITLE_LINES ? lastChromeLine(titleLines.map((l) => l.text)) : titleLines.findLastIndex((l) => isTrail(l.text));
    if (trail >= 0 && (trail < titleLines.length - 1 || isTrail(titleLines[trail]!.text))) {
      // A trail whose last step is the document's title ("首页 > 政务公开 > 某县…的通知"): that step titles it.
      const last = titleLines[trail]!;
      const step = trail === titleLines.length - 1 ? trailArrows(last.text).at(-1) : undefined;
      const crumb = step === undefined ? null : trimmedView(text, last.start + step + 1, last.end, mask);
      for (const line of titleLines.slice(0, trail + 1)) fields.push(field('masthead', line.start, line.end, text));
      titleLines = titleLines.slice(trail + 1);
      // (Not a menu's name closing with a genre word, "文件通知": a title runs longer.)
      if (crumb !== null && crumb.text.length >= CRUMB_TITLE_MIN && isCompleteTitle(crumb.text)) titleLines = [crumb];
      // A run that ends in the trail is the page's menus and trail alone: no title.
      if (titleLines.length === 0) return;
    }
    // A 范文 site's number of the piece in its collection ("第一篇：某镇…方案"): the page's, before the title.
    const collection = COLLECTION_LABEL.exec(titleLines[0]!.text);
    if (collection !== null && collection[0].length < titleLines[0]!.text.length) {
      titleLines[0] = trimmedView(text, titleLines[0]!.start + collection[0].length, titleLines[0]!.end, mask);
    }
    const first = titleLines[0]!;
    const last = titleLines.at(-1)!;
    // A line of the title set letter-spaced, a space after each character ("通    知"): the spaces
    // are typesetting; a space between words (two issuers, two phrases) is kept.
    const joined = titleLines.map((l) => {
      const line = l.text.replace(/^#+\s*/u, '');
      return LETTER_SPACED.test(line) ? line.replace(/[ \t\u3000]+/gu, '') : line;
    }).join('');
    // A page heading naming the plan, over the notice that issues it ("某某实施细则" over "关于印发
    // 《某某实施细则》的通知"): the heading is the page's, the notice's title the document's.
    const heading = fields.findIndex((f) => f.type === 'title');
    if (heading >= 0 && issues(joined, fields[heading]!.value)) fields[heading] = { ...fields[heading]!, type: 'masthead' };
    // "2021年县政府重点工作任务（某政发〔2021〕2号）": a page's title line closing with the 发文字号 in
    // brackets gives both fields.
    const numbered = hasField('docNumber') ? null : TITLE_DOC_NUMBER.exec(last.text);
    if (numbered !== null && numbered.index > 0) {
      const at = last.start + numbered.index;
      fields.push({ type: 'title', start: first.start, end: at, value: unwrapTitle(joined.slice(0, joined.length - numbered[0].length)) });
      const inner = at + numbered[0].indexOf(numbered[1]!);
      fields.push(field('docNumber', inner, inner + numbered[1]!.length, text));
      afterDocNumber = true;
    } else {
      // What a page set after the title on its line or lines ("…实施方案范文", "…方案 發布時間:…",
      // "…方案【945字】" over the site's name), or the title set twice: the title ends before it.
      // (Only where the lines are read as written.)
      const cut = titleEndBeforeChrome(joined);
      const end = cut > 0 ? sourceOffsetOf(titleLines, joined, cut) : -1;
      if (end >= 0) fields.push({ type: 'title', start: first.start, end, value: unwrapTitle(joined.slice(0, cut)) });
      else fields.push({ type: 'title', start: first.start, end: last.end, value: unwrapTitle(joined) });
    }
    titleLines = [];
  }
}

/**
 * A news agency's release of a document, as a government site republishes it: a headline saying
 * that organs issued it ("中共中央办公厅 国务院办公厅印发《某某考核办法》", no 关于, and no 主送机关 under
 * it), a lead paragraph naming the document ("新华社北京4月23日电 …印发《某某考核办法》…"), then the
 * document itself under its own title ("**某某考核办法**"). The document's title line, found among the
 * first lines of the body before any heading; null when the headline is no such release or the text
 * does not set the title it names.
 */
function releasedTitle(views: readonly LineView[], from: number, fields: readonly FieldRange[], isMarkerLine: (start: number) => boolean): LineView | null {
  const headline = fields.find((f) => f.type === 'title');
  const headlineName = headline === undefined ? null : headlineDocument(headline.value);
  // (A notice headed "某县人民政府办公室印发《…》" has 主送机关: it is no release.)
  if (headlineName === null || headline!.value.includes('关于') || fields.some((f) => f.type === 'addressees')) return null;
  let name: string = headlineName;
  let lead = false;
  let previous: LineView | null = null;
  for (const [, v] of linesBeforeHeading(views, from, RELEASE_LINES, isMarkerLine)) {
    // The release's lead paragraph names the document it reports ("…印发《Y》…"); the title may
    // set its period on a line of its own ("某某作战方案" / "（2018—2020年）").
    if (lead && bare(v.text) === name) return v;
    if (lead && previous !== null && PERIOD_LINE.test(squeeze(v.text)) && `${bare(previous.text)}${squeeze(v.text)}` === name) {
      return { start: previous.start, end: v.end, text: `${squeeze(previous.text)}${squeeze(v.text)}` };
    }
    // (A headline naming it bare may leave its region out, said as the issuer: "广西发布某某方案"
    // over a lead naming 《广西某某方案》.)
    const named: RegExpExecArray | null = lead ? null : RELEASE_LEAD.exec(squeeze(v.text));
    if (named !== null && named[1]!.endsWith(name) && named[1]!.length - name.length <= MAX_ISSUER_PREFIX) [lead, name] = [true, named[1]!];
    lead ||= v.text.length > name.length && v.text.includes(`《${name}》`);
    previous = v;
  }
  return null;
}

/**
 * The document a release's headline names: "<organs>印发《Y》", or Y without its 《》 when complete
 * as a title ("广西发布水污染防治攻坚三年作战方案（2018—2020年）"), a site's tag before it ("【政策法规】")
 * aside. Null for any other headline.
 */
function headlineDocument(headline: string): string | null {
  const line = squeeze(headline).replace(HEADLINE_TAG, '');
  const quoted = RELEASE_HEADLINE.exec(line);
  if (quoted !== null) return quoted[1]!;
  const bareName = RELEASE_HEADLINE_BARE.exec(line)?.[1];
  return bareName !== undefined && isCompleteTitle(bareName) ? bareName : null;
}
/** The verbs by which a release or its lead says a document was issued: one list for the headline, the lead and meta.ts. */
const RELEASE_VERBS = '印[发發]|[发發]布|公布|[颁頒]布';
/** The document a lead names in 《》 after a verb of issuing ("…印发了《Y》"). */
export const RELEASE_LEAD = new RegExp(`(?:${RELEASE_VERBS})(?:了)?《([^《》]{4,60})》`, 'u');
/** Longest issuer a headline may say before a name the document's title opens with ("广西", "某某省"). */
const MAX_ISSUER_PREFIX = 8;
/** A site's tag opening a headline: "【政策法规】". */
const HEADLINE_TAG = /^【[^】]{1,8}】/u;

/**
 * The lines with text from line `from` on, with their indices, before the first that a heading
 * marker opens, `limit` of them at most: where a page's chrome, a preface or a release's lead stand
 * over the document.
 */
function* linesBeforeHeading(views: readonly LineView[], from: number, limit: number, isMarkerLine: (start: number) => boolean): Generator<[number, LineView]> {
  for (let k = from, seen = 0; k < views.length && seen < limit; k++) {
    const v = views[k]!;
    if (v.text === '') continue;
    if (isMarkerLine(v.start)) return;
    seen++;
    yield [k, v];
  }
}
/**
 * Where a document's own header starts below a page's chrome and metadata: at the first 发文字号 or
 * 主送机关 line (before any heading, within a page's worth of lines) — at the 发文字号 itself, whose
 * title follows it (GB/T 9704), unless a title complete with its genre word stands right over it
 * (a gazette's "某某规定" over "（某政规〔2014〕4号）"); over the 主送机关, at the title's first line,
 * the lines over it joined as far as they close a title. -1 when there is none.
 */
function documentHeaderBelow(views: readonly LineView[], from: number, isMarkerLine: (start: number) => boolean): number {
  const seen: number[] = [];
  /** The line a title opens at whose first line is `first`: the organ's line over it, where it opens the title. */
  const titleOpening = (first: number): number => {
    const organ = seen[seen.indexOf(first) - 1];
    return organ !== undefined && organOpensTitle(views[organ]!.text, views[first]!.text) ? organ : first;
  };
  for (const [k, v] of linesBeforeHeading(views, from, CHROME_LINES, isMarkerLine)) {
    const isNumber = DOC_NUMBER_LINE.test(v.text);
    // A line a copy ran the header into, opening with it: the 发文字号 before the title ("某政发
    // 〔2021〕3号 关于印发…的通知 各乡镇：…"), or a title with its number glued on ("某省人民政府关于…的
    // 意见（某政发〔2014〕37号）各市人民政府：…"); or a title line closing with its number.
    if (!isNumber && (LEADING_DOC_NUMBER.test(v.text) || titleGluedToNumber(v) !== null || closesWithDocNumber(v.text))) return k;
    if (!isNumber && readAddressees(v, '') === null) {
      // Running text (a preface, the paragraphs of a collection, tasks) makes the page no chrome over a header.
      if (SENTENCE_MARK.test(v.text) && !LABEL_OPENS.test(v.text)) return -1;
      seen.push(k);
      continue;
    }
    let joined = '';
    /**
     * The top line of the longest complete title read upwards so far in which no 关于 or 印发 stands
     * (-1: none). (A menu line holding 关于 over it, "关于我们", would be taken in: sentence marks and the
     * title's length are the only other stops.)
     */
    let headless = -1;
    for (const above of seen.slice(-TITLE_LINES).reverse()) {
      joined = `${squeeze(views[above]!.text)}${joined}`;
      if (/[。；;：:]/u.test(joined) || joined.length > TITLE_MAX) break;
      if (isCompleteTitle(joined)) {
        // A title's last lines are one too ("旅游业发展规划…的通知" under "关于印发某市贯彻落实…"): read on
        // upwards for the lines that hold its 关于 or 印发.
        if (!NAMES_A_DOCUMENT.test(joined)) {
          headless = above;
          continue;
        }
        return titleOpening(above);
      }
      // A gazette's title stands right over its number; a notice's, wrapped, only inside its 《》.
      if (isNumber && !/[《》]/u.test(joined) && headless < 0) break;
    }
    if (headless >= 0) return titleOpening(headless);
    return isNumber ? k : -1;
  }
  return -1;
}
/**
 * Whether an organ's line opens the title whose first line follows it: the title breaks after 关于
 * ("某省人民政府关于" / "落实…的意见"), or before it ("某省人民政府办公厅" / "关于印发…的通知").
 */
function organOpensTitle(organ: string, first: string): boolean {
  return TITLE_HEAD_OPEN.test(organ) || (isByline(organ) && JOINS_ISSUER.test(first));
}

/**
 * A site's name: a line ending in 网站 or 门户网, or in 网 after a separator its page set
 * ("法搜网--中国法律信息搜索网"), and naming no document (关于, 印发 …: "某市人民政府关于加快工业互联网"
 * is a title's first line). Three tests, each linear, rather than one pattern that backtracks.
 */
function isSiteName(line: string): boolean {
  if (NAMES_A_DOCUMENT.test(line)) return false;
  return SITE_ENDING.test(line) || (NET_ENDING.test(line) && SITE_SEPARATOR.test(line));
}
/** The words through which a title takes in its organ and names the document: 关于, 印发, 转发. */
const TITLE_JOINS = '关于|關於|印发|印發|转发|轉發';
const NAMES_A_DOCUMENT = new RegExp(TITLE_JOINS, 'u');
const SITE_ENDING = /(?:网站|網站|门户网|門戶網)$/u;
const NET_ENDING = /[网網]$/u;
const SITE_SEPARATOR = /--|—|-|\||｜/u;
/** A title's first line that its next line completes: the organ and 关于 (or 印发, 转发) it breaks after. */
const TITLE_HEAD_OPEN = new RegExp(`(?:${TITLE_JOINS})$`, 'u');
/** How many lines of a page's chrome and metadata may stand over the document's own header. */
const CHROME_LINES = 80;
/** What a sentence of running text holds, and a page's menu or metadata row does not. */
const SENTENCE_MARK = /[。，,；;]/u;
/** A metadata row opens with its label ("内容概述：…", "发布时间：…"): a sentence after it is the page's. */
const LABEL_OPENS = /^[\u4e00-\u9fff ]{2,8}[：:]/u;

/**
 * The title line under a page's preface: within the first lines of the body, before any heading,
 * a line complete with its genre word and no sentence in it, after a paragraph that ends as a
 * sentence does. Null when there is none.
 */
function titleUnderPreface(views: readonly LineView[], from: number, isMarkerLine: (start: number) => boolean): LineView | null {
  let previous: LineView | null = null;
  for (const [, v] of linesBeforeHeading(views, from, RELEASE_LINES, isMarkerLine)) {
    if (previous !== null && previous.text.endsWith('。') && v.text.length <= TITLE_MAX && !/[。；;，,：:]/u.test(v.text) && !CLOSING_FORMULA.test(v.text) && isCompleteTitle(squeeze(v.text))) return v;
    previous = v;
  }
  return null;
}

/**
 * A page's line that introduces the document it quotes whole: "全文如下：", "…的通知，原文如下:",
 * "现将全文转发如下：", "以下为文件全文：".
 */
const QUOTES_DOCUMENT_LINE = /(?:(?:全文|原文|正文|详情|具体内容|文件内容)(?:转发)?如下|以下为(?:文件)?(?:全文|原文))\s*[：:。]?$/u;

/**
 * The line that introduces the document a page's lead quotes, within the lead's first lines, every
 * line up to it running text (a sentence mark in it) or the line alone; -1 when there is none. A
 * document's own header (a title, a 发文字号, 主送机关 over the body) is no such lead.
 */
function quotedDocumentAfter(views: readonly LineView[], isMarkerLine: (start: number) => boolean): number {
  for (const [k, v] of linesBeforeHeading(views, 0, RELEASE_LINES, isMarkerLine)) {
    if (QUOTES_DOCUMENT_LINE.test(v.text)) return k;
    if (!SENTENCE_MARK.test(v.text)) return -1;
  }
  return -1;
}

/** "<organs>印发《<title>》": a release's headline, the document named in 《》 closing it. */
const RELEASE_HEADLINE = new RegExp(`^[^《》]{2,40}?(?:${RELEASE_VERBS})《([^《》]{4,60})》$`, 'u');
/** The same with the document named bare after the verb: "<organs>发布<title>". */
const RELEASE_HEADLINE_BARE = new RegExp(`^[^《》]{2,20}?(?:${RELEASE_VERBS})([^《》]{4,60})$`, 'u');
/** How many lines of the body, a release's lead paragraph or a page's preface among them, may stand before the title. */
const RELEASE_LINES = 6;

/**
 * The 发文字号 a metadata line gives under a label that names it ("文号：", "文件编号："), as the
 * line's first pair or a later one; null when it gives none.
 */
function labelledDocNumber(v: LineView, text: string, mask: MarkupMask): { start: number; end: number } | null {
  const spaced = SPACED_LABEL.exec(v.text);
  if (spaced && NUMBER_LABEL.test(unspaced(spaced[0]))) {
    const value = trimmedView(text, v.start + spaced[0].length, v.end, mask);
    const docNumber = DOC_NUMBER.exec(value.text);
    if (docNumber && docNumber.index === 0) return { start: value.start, end: value.start + docNumber[0].length };
  }
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(v.text); m !== null; m = ANY_LABEL.exec(v.text)) {
    if (!NUMBER_LABEL.test(unspaced(m[0]))) continue;
    const value = trimmedView(text, v.start + m.index + m[0].length, v.end, mask);
    const docNumber = DOC_NUMBER.exec(value.text);
    if (docNumber && docNumber.index === 0) return { start: value.start, end: value.start + docNumber[0].length };
  }
  return null;
}

/** A label cell of a pipe row: a short label, its characters maybe spaced out ("文 号:", "名 称："). */
const CELL_LABEL = /^[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,7}[ \u3000]{0,2}[:：]?$/u;
/** A label that names the document's title ("名称", "文件名称", "标题"). */
const TITLE_LABEL = /(?:名称|名稱|标题|標題)[:：]?$/u;

/**
 * The fields a page's metadata row set with pipes gives ("文 号: | 某府办发〔2022〕10号 | 是否有效: | |"):
 * per label cell, the cell after it is its value. A label naming a number gives the 发文字号 when the
 * value is one; a label naming the title gives the title when the value reads as one. Labels are
 * compared with their spaces squeezed out, as pages space short labels to align them.
 */
function pipeRowFields(v: LineView, text: string, mask: MarkupMask): FieldRange[] {
  const cells: LineView[] = [];
  let from = 0;
  for (let bar = v.text.indexOf('|'); from <= v.text.length; bar = v.text.indexOf('|', from)) {
    const to = bar < 0 ? v.text.length : bar;
    cells.push(trimmedView(text, v.start + from, v.start + to, mask));
    if (bar < 0) break;
    from = bar + 1;
  }
  const pairs: { label: string; value: LineView }[] = [];
  for (let k = 0; k + 1 < cells.length; k++) if (CELL_LABEL.test(cells[k]!.text)) pairs.push({ label: unspaced(cells[k]!.text), value: cells[k + 1]! });
  return labelledFields(pairs, text, mask);
}

/**
 * The document's own fields a page's record gives by their labels: the 发文字号 a number label's
 * value opens with, and the title a document-title label gives ("名称", "文件名称", "标题"; not
 * 主题名称 or 栏目名称, the page's) when it reads as a title — a 发文字号 the page set before it in
 * the one value ("某发〔2015〕7号 某某的通知") is the number, no part of the title.
 */
function labelledFields(pairs: readonly { label: string; value: LineView }[], text: string, mask: MarkupMask): FieldRange[] {
  const out: FieldRange[] = [];
  for (const { label, value } of pairs) {
    const name = label.replace(/[:：]$/u, '');
    if (NUMBER_LABEL.test(`${name}：`) && name.length <= NUMBER_LABEL_MAX) {
      const docNumber = DOC_NUMBER.exec(value.text);
      if (docNumber && docNumber.index === 0) out.push(field('docNumber', value.start, value.start + docNumber[0].length, text));
    } else if (DOCUMENT_TITLE_LABEL.test(name) && looksLikeTitleLine(value.text) && TITLE_END.test(value.text)) {
      const docNumber = DOC_NUMBER.exec(value.text);
      const numbered = docNumber !== null && docNumber.index === 0;
      if (numbered) out.push(field('docNumber', value.start, value.start + docNumber[0].length, text));
      out.push(field('title', numbered ? trimmedView(text, value.start + docNumber[0].length, value.end, mask).start : value.start, value.end, text));
    }
  }
  return out;
}
/** A label that names the document's title. */
const DOCUMENT_TITLE_LABEL = /^(?:文件|信息|公文|政策|文章|文档|文檔)?(?:名称|名稱|标题|標題)$/u;
/** Longest number label ("发文字号", "文件编号"): a longer run ending in 号 ("替代原文号") is a value's words. */
const NUMBER_LABEL_MAX = 4;

/**
 * A grid line's labels and their values ("名称 某某的通知 发布日期 2023-05-06": 名称 → 某某的通知, 发布日期 →
 * 2023-05-06): a value runs to the next word that opens with a label.
 */
function gridPairs(v: LineView, text: string, mask: MarkupMask): { label: string; value: LineView }[] {
  const pairs: { label: string; value: LineView }[] = [];
  let label: string | null = null;
  let valueStart = 0;
  let taken = 0;
  const close = (end: number) => {
    if (label !== null) pairs.push({ label, value: trimmedView(text, v.start + valueStart, v.start + end, mask) });
  };
  for (const word of v.text.matchAll(/[^ \t\u3000]+/gu)) {
    if (word.index < taken) continue;
    const opening = openingLabel(v.text.slice(word.index));
    if (opening === null) continue;
    close(word.index);
    label = unspaced(opening[0]);
    taken = valueStart = word.index + opening[0].length;
  }
  close(v.text.length);
  return pairs;
}

/** A label with the spaces that align it taken out ("文  号：" → "文号："). */
function unspaced(label: string): string {
  return label.replace(/[ \t\u3000*_]+/gu, '');
}

/** A title line compared without its Markdown heading mark and white space. */
function squeeze(line: string): string {
  return line.replace(/^#+/u, '').replace(/\s+/gu, '');
}

/** A title compared without white space and book-title marks: "关于印发《某方案》的通知" repeats as "关于印发某方案的通知". */
function bare(line: string): string {
  return squeeze(line).replace(/[《》〈〉]/gu, '');
}

/** A title that ends in its genre word (a period after it) with every 《 closed. */
export function isCompleteTitle(title: string): boolean {
  return TITLE_END.test(title) && title.split('《').length === title.split('》').length;
}

function field(type: HeaderFieldType, start: number, end: number, text: string): FieldRange {
  const raw = text.slice(start, end);
  // A 发文字号 has no spaces of its own ("国发 〔2011〕 35 号" is "国发〔2011〕35号"), nor the
  // brackets it may be set in on its line.
  // A gloss a page set after its 号 ("1號(hào)") is no part of the number either.
  const value = type === 'docNumber' ? raw.replace(/\s+/gu, '').replace(/^[（(](.*)[）)]$/u, '$1').replace(NUMBER_GLOSS_AT_END, '') : raw.replace(/\s+/gu, ' ').trim();
  return { type, start, end, value };
}

/** A line of characters each set apart by spaces: "通    知", "实 施 方 案". */
const LETTER_SPACED = /^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff])+$/u;
/** A 发文字号 in brackets closing a title line: "…重点工作任务（某政发〔2021〕2号）", "…任务[某政发〔2021〕2号]". */
const TITLE_DOC_NUMBER = new RegExp(`[(（\\[［【]\\s*(${DOC_NUMBER.source})\\s*[)）\\]］】]\\s*$`, 'u');
/** A 发文字号 opening a line that goes on after a space ("某政发〔2023〕2 号 某市人民政府 …") or a quoted title ("…1号《…的通知》"). */
const LEADING_DOC_NUMBER = new RegExp(`^(${DOC_NUMBER.source}${NUMBER_GLOSS})(?:\\s+|(?=《))`, 'u');
const NUMBER_GLOSS_AT_END = new RegExp(`(?<=[号號])${PINYIN_GLOSS}$`, 'u');
/** The genre words with a space allowed between their characters, as a PDF sets them ("意 见"). */
const SPACED_GENRE = GENRE.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/gu, '$1 ?');
/** What opens a sentence about a document, not a title's issuer ("认真贯彻…关于…", "根据…关于…"). */
const NOT_AN_ISSUER = '[^关關]{0,30}?(?:贯彻|貫徹|落实|落實|根据|根據|按照|依据|依據|执行|執行|认真|認真|学习|學習)';
/**
 * A title (关于 … a genre word, perhaps letter-spaced) run on into the 主送机关 after it on one line:
 * the title ends at the genre word where, after a space, the addressees open (各… to a colon, or a
 * short run to one), and opens with no verb of a sentence about a document.
 */
const TITLE_BEFORE_ADDRESSEES = new RegExp(`^((?!${NOT_AN_ISSUER})[^。；;：:，,]{0,30}?(?:关于|關於)[^。；;：:]{2,${TITLE_MAX}}?${SPACED_GENRE})\\s+(?=各[^。；;]{0,60}?[：:]|[^\\s。；;，,：:]{2,20}[：:])`, 'u');

/** A piece's number in a 范文 site's collection, with its colon ("第一篇：", "篇二:"). */
const COLLECTION_LABEL = new RegExp(`^${COLLECTION_PIECE}[：:][ \u3000]*`, 'u');

/**
 * The source offset of the character at `at` in `joined`, the texts of `lines` joined as read; -1
 * when the join changed them (a letter-spaced line closed up). At a line's start, the end of the
 * line before ("《X》" over "X": the title is the lines above).
 */
function sourceOffsetOf(lines: readonly LineView[], joined: string, at: number): number {
  let read = 0;
  for (const [k, line] of lines.entries()) {
    if (joined.slice(read, read + line.text.length) !== line.text) return -1;
    if (at === read && k > 0) return lines[k - 1]!.end;
    if (at < read + line.text.length) return line.start + (at - read);
    read += line.text.length;
  }
  return -1;
}

/**
 * Where a title line's title ends when the page set more after it: the same title again ("X X",
 * "《X》X", a space or none between: a page heading run into the document's own title line), or
 * the page's own words after the genre word that closes it ("…方案范文", "…方案【945字】…",
 * "…方案 發布時間:2022-10-10", "…方案,精选2篇", "…方案（精选5篇）"). -1 when neither: a period, a
 * status note, a version or anything else after the genre word is the title's ("…行动计划 （2024—2026年）",
 * "…办法【试行】", "…行动计划2.0", "…政策措施30条").
 */
function titleEndBeforeChrome(title: string): number {
  for (const space of title.matchAll(SPACE_RUN)) {
    if (space.index >= MIN_RESTATED_TITLE && title.slice(0, space.index) === title.slice(space.index + space[0].length)) return space.index;
  }
  const half = title.length / 2;
  if (Number.isInteger(half) && half >= MIN_RESTATED_TITLE && title.slice(0, half) === title.slice(half)) return half;
  const quoted = /^《([^《》]{4,})》/u.exec(title);
  if (quoted !== null && title.slice(quoted[0].length).trimStart() === quoted[1]) return quoted[0].length;
  let close: RegExpExecArray | null = null;
  for (const m of title.matchAll(TITLE_CLOSE_GLOBAL)) close = m;
  if (close === null || close.index < MIN_TITLE_BEFORE_CHROME) return -1;
  const end = close.index + close[0].length;
  return end < title.length && CHROME_AFTER_TITLE.test(title.slice(end)) ? end : -1;
}
const SPACE_RUN = /[ \u3000]{1,3}/gu;
const TITLE_CLOSE_GLOBAL = new RegExp(TITLE_CLOSE, 'gu');
/** Fewest characters before a title's genre word: "通知" alone or "工作方案" is no title to cut chrome from. */
const MIN_TITLE_BEFORE_CHROME = 4;
/**
 * What a page sets after a title's genre word and is none of the title: perhaps a mark, a space or
 * a bracket, then a word of the page's ("范文", "发布时间", "来源", "浏览", "字号", "打印", "下载",
 * "阅读", "精选2篇", "实用18篇") or its count of words ("【945字】"), or the rest of a tag it cut ('">').
 */
const CHROME_AFTER_TITLE = /^[\s,，、|｜\-—_:：;；!！>＞"'“”（(【\[]{0,3}(?:范文|範文|精选|精選|菁选|发布时间|發布時間|发布日期|發布日期|来源|來源|浏览|瀏覽|字号|字號|文号|文號|打印|点击|點擊|阅读|閱讀|下载|下載|[\u4e00-\u9fff]{0,2}[0-9０-９]{1,4}篇|[0-9０-９]{1,6}字】)|^">/u;

/** A title set in book-title marks ("《…的通知》") is the title inside them. */
function unwrapTitle(title: string): string {
  if (!title.startsWith('《') || !title.endsWith('》')) return title;
  const inner = title.slice(1, -1);
  return inner.includes('《') || inner.includes('》') ? title : inner;
}

function lineAfter(lines: Line[], offset: number): number {
  const line = lines.find((l) => l.end >= offset);
  return line ? line.next : offset;
}

/** A line that is a document's title by its words: a title line with 关于 and a genre word closing it. */
function isNoticeTitle(line: string): boolean {
  return /关于|關於/u.test(line) && TITLE_END.test(line) && looksLikeTitleLine(line);
}

/**
 * A title line: short, no sentence end, not bracketed, and written in words (not an index number).
 * Pinyin glosses copied inline from a page's ruby text ("關(guān)于") add nothing to its length.
 */
function looksLikeTitleLine(line: string): boolean {
  return (line.length <= TITLE_MAX || line.replace(PINYIN_GLOSS_GLOBAL, '').length <= TITLE_MAX) && !/[。；]/u.test(line) && !/^[（(〔]/u.test(line) && /[\u4e00-\u9fff]/u.test(line)
    && !WEB_ADDRESS.test(line) && !PREAMBLE_CLAUSE.test(line);
}
/** A preamble's opening clause ("根据有关要求，现将…如下："): the body's first words, no line of a title. */
const PREAMBLE_CLAUSE = /^(?:根据|根據|为了|為了|按照|依据|依據|依照)[^，,、]{1,40}[，,]/u;
/**
 * A page's link, alone or after its label ("原文链接:https://…"): never a line of a title. (A title
 * may name a site's address, "关于启用某某网（www.….gov.cn）的通知".)
 */
const WEB_ADDRESS = /^(?:[\u4e00-\u9fff]{1,8}\s{0,2}[：:]\s{0,2})?(?:https?:\/\/|www\.)[^\s\u4e00-\u9fff]+$/iu;
const PINYIN_GLOSS_GLOBAL = new RegExp(PINYIN_GLOSS_AFTER_HAN, 'gu');

/** Organ names, one or several ("某市发展改革委", "国家发展改革委 财政部", three bureaux issuing jointly): a byline under a title. */
const BYLINE = /^[\u4e00-\u9fff（）()、\s]{2,64}(?:委员会|委|局|厅|办公室|办公厅|政府|部|院|署|中心)$/u;

function isByline(line: string): boolean {
  return BYLINE.test(line) && !TITLE_END.test(line) && !/^(?:的|和|及|与|关于)|关于|印发/u.test(line);
}

/**
 * A page's byline: an organ, then after a space the date it was posted or a field of the page's
 * ("某区人民政府 2019-12-13 16:36 来源: 区河湖管理中心", "某区人民政府   发布时间:2020-05-11   信息来源:…").
 */
function isPageByline(line: string): boolean {
  const m = PAGE_BYLINE.exec(line);
  return m !== null && isByline(m[1]!);
}
const PAGE_BYLINE = /^([^\s　]{2,24})[\s　]+(?:[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}|(?:发布|發布)(?:时间|時間|日期)\s{0,2}[:：]|(?:信息)?(?:来源|來源)\s{0,2}[:：])/u;

/** A line that can title a plan: a title line ending in a genre word ("…实施方案", "…管理办法"). */
export function isPlanTitleLine(line: string): boolean {
  return looksLikeTitleLine(line) && TITLE_END.test(line);
}

/**
 * The labels a law database's record sets before each value, closed words (the structural
 * FIELD_LABEL would take a title's first words for one when no colon follows): the issuer, the
 * number, the dates, the status.
 */
const FUSED_LABEL = /^(?:发文机关|發文機關|发布机关|發布機關|制定机关|制定機關|发文字号|發文字號|文号|文號|发文日期|發文日期|成文日期|发布日期|發布日期|施行日期|实施日期|實施日期|生效日期|时效性|時效性|效力级别|效力級別|效力等级|效力等級|法规类别|法規類別|索引号|索引號|主题分类|主題分類)(?![：:\s])/u;

/**
 * The fused label opening line `i` ("发文字号某政办〔2023〕11号"), as a match whose text is the
 * label, when the line next to it (above or below) opens with one too: a block of the record's
 * fields, not a title that happens to start with such a word. Null otherwise.
 */
function fusedFieldLabel(views: readonly LineView[], i: number): RegExpExecArray | null {
  const own = FUSED_LABEL.exec(views[i]!.text);
  if (own === null) return null;
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < views.length; k += step) if (views[k]!.text !== '') return views[k]!.text;
    return '';
  };
  return FUSED_LABEL.test(near(-1)) || FUSED_LABEL.test(near(1)) ? own : null;
}

/**
 * A page's record set as a grid, each label before its value with only spaces between ("索引号
 * 000014349/2023-719951 成文日期 2023-04-03" / "文号 发布时间 2023-04-03" / "名称 某某关于…的通知",
 * "标  题 …" letter-spaced): the label opening line `i` with the spaces after it, when the line
 * next to it (above or below) opens with a label so too. One such line is a title or a sentence
 * that happens to open with a noun like 时间 or 方式; two together are the page's block.
 */
function spacedPairLabel(views: readonly LineView[], i: number): RegExpExecArray | null {
  const own = openingLabel(views[i]!.text);
  if (own === null) return null;
  const near = (step: number) => {
    for (let k = i + step; k >= 0 && k < views.length; k += step) if (views[k]!.text !== '') return views[k]!.text;
    return '';
  };
  return openingLabel(near(-1)) !== null || openingLabel(near(1)) !== null ? own : null;
}

/**
 * The field label opening `line`, with the spaces after it, before a value or the line's end: a
 * word ("文号 发布时间 2023-04-03" opens with 文号), or characters set apart one by one to align a
 * block ("索 引 号 成文日期", "标  题 …"), the fewest that make a label. Words are never joined:
 * "主动公开 文号" is a value and the next label.
 */
function openingLabel(line: string): RegExpExecArray | null {
  const run = LABEL_RUN.exec(line);
  if (run === null) return null;
  const pieces = [...run[0].matchAll(/[^ \t\u3000]+/gu)];
  const letterSpaced = pieces[0]![0].length === 1;
  for (const [n, piece] of pieces.entries()) {
    // A word is a label alone; letters spaced apart join up to the first that is not one letter.
    if (n > 0 && (!letterSpaced || piece[0].length > 1)) break;
    const end = piece.index + piece[0].length;
    if (!LABEL_ALONE.test(unspaced(run[0].slice(0, end)))) continue;
    const spaces = /^[ \t\u3000]*/u.exec(line.slice(end))![0];
    // After the label: spaces and a value, or nothing.
    if (spaces === '' && end < line.length) return null;
    return /^.*$/su.exec(line.slice(0, end + spaces.length));
  }
  return null;
}
/** The characters a label opening a line may hold, spaces between them (a label runs to ten characters). */
const LABEL_RUN = /^[\u4e00-\u9fff](?:[ \t\u3000]{0,4}[\u4e00-\u9fff]){1,9}/u;

/** The length of the fused number label opening line `i` in a record's block ("发文字号"), 0 for none. */
function fusedNumberLabel(views: readonly LineView[], i: number): number {
  const label = fusedFieldLabel(views, i);
  return label !== null && NUMBER_LABEL.test(`${label[0]}：`) ? label[0].length : 0;
}

/** The 发文字号 a fused number label gives ("发文字号某政办〔2023〕11号（已废止）"): its value, when it opens with one. */
function fusedDocNumber(views: readonly LineView[], i: number, value: LineView): { start: number; end: number } | null {
  if (fusedNumberLabel(views, i) === 0) return null;
  const docNumber = DOC_NUMBER.exec(value.text);
  return docNumber !== null && docNumber.index === 0 ? { start: value.start, end: value.start + docNumber[0].length } : null;
}

/**
 * Whether a notice's title issues the document `named` ("关于印发《某某实施细则》的通知" of "某某实施
 * 细则"): 印发 or 转发 right before its name in 《》; not a title that only mentions it ("关于《某某
 * 实施细则》的解读").
 */
function issues(title: string, named: string): boolean {
  const name = squeeze(named);
  if (name === '') return false;
  const at = squeeze(title).indexOf(`《${name}》`);
  return at >= 2 && ISSUES_BEFORE.test(squeeze(title).slice(Math.max(0, at - 3), at));
}
const ISSUES_BEFORE = /(?:印[发發]|[转轉][发發])(?:了)?$/u;

/** A title line closing with its 发文字号 in brackets ("某市人民政府关于…的实施意见（某政〔2017〕101号）"). */
function closesWithDocNumber(line: string): boolean {
  const numbered = TITLE_DOC_NUMBER.exec(line);
  return numbered !== null && numbered.index > 0 && isCompleteTitle(squeeze(line.slice(0, numbered.index)));
}

/**
 * `gluedDocNumber` of a line whose part before the number is a complete title with no colon or comma
 * in it (a preamble citing a document, "为深入贯彻落实…的意见（国发〔2015〕23号）…：", gluedDocNumber
 * already refuses).
 */
function titleGluedToNumber(v: LineView): ReturnType<typeof gluedDocNumber> {
  if (!/[：:]/u.test(v.text)) return null;
  const glued = gluedDocNumber(v);
  const title = glued === null ? '' : v.text.slice(0, glued.titleEnd - v.start);
  return glued !== null && !/[：:，,、]/u.test(title) && isCompleteTitle(squeeze(title)) ? glued : null;
}
const PREAMBLE_START = new RegExp(`^${PREAMBLE_OPENING}`, 'u');

/**
 * A 发文字号 on a title line, glued on ("…的通知国办发〔2020〕43号"), after a space
 * ("…的意见 国发 〔2011〕 35 号") or in brackets ("…的通知（某府〔2019〕31号）"). `after` is where
 * the line goes on past it (and past its closing bracket).
 */
function gluedDocNumber(v: LineView): { titleEnd: number; start: number; end: number; after: number } | null {
  const m = DOC_NUMBER.exec(v.text);
  if (!m || m.index === 0) return null;
  // The year's bracket, not a pinyin gloss's inside the issuer.
  const bracket = v.text.slice(m.index).search(/[〔［\[(（【]\s*[0-9]/u) + m.index;
  // The issuer run ends at the bracket; with a space before it, the title ends at that space.
  let issuer = bracket;
  while (issuer > 0 && /\s/u.test(v.text[issuer - 1]!)) issuer--;
  const issuerEnd = issuer;
  while (issuer > 0 && /[\u4e00-\u9fff]/u.test(v.text[issuer - 1]!)) issuer--;
  let cut = -1;
  if (issuer > 0 && /\s/u.test(v.text[issuer - 1]!)) cut = issuer;
  else {
    // Glued on: the issuer abbreviation begins after the title's last genre word.
    const genre = new RegExp(`${GENRE}(?:${PERIOD})?`, 'gu');
    // An issuer abbreviation has two characters at least, so "国办函" keeps its "函".
    for (let g = genre.exec(v.text); g && g.index + g[0].length <= issuerEnd - MIN_ISSUER; g = genre.exec(v.text)) cut = g.index + g[0].length;
  }
  // A title may quote another ("关于印发2021年省《政府工作报告》重点任务分工方案的通知"); the cut
  // only must not fall inside the quotation.
  const title = v.text.slice(0, cut);
  if (cut <= 0 || bracket - cut > 14 || /[。；]/u.test(title) || title.split('《').length !== title.split('》').length) return null;
  // A preamble citing a document by its number ("为深入贯彻落实…的意见（国发〔2015〕23号）…") has no title.
  if (PREAMBLE_START.test(title)) return null;
  let start = cut;
  while (start < bracket && /\s/u.test(v.text[start]!)) start++;
  let end = m.index + m[0].length;
  // Set in brackets after the title ("…的通知（某府〔2019〕31号）"): the brackets enclose the number
  // and are no part of it; the line is read on after the closing one, so that nothing is left of
  // it to end the header before the 主送机关.
  let after = end;
  if (/[（(]/u.test(v.text[start] ?? '') && start + 1 < bracket) {
    const close = /^\s*[）)]/u.exec(v.text.slice(end));
    if (close) {
      start++;
      while (start < bracket && /\s/u.test(v.text[start]!)) start++;
      after = end + close[0].length;
    }
  }
  return { titleEnd: v.start + cut, start: v.start + start, end: v.start + end, after: v.start + after };
}

/**
 * A title line a flattened page table closed with its column separators ("某县…的通知 |", see
 * decoration.ts; the header reads without that mask, for the pipes of metadata rows): the line
 * without them. A line that parts cells with pipes keeps them.
 */
function withoutCellSeparator(v: LineView): LineView {
  // Back over the closing pipes and the spaces among them, then over the spaces before them.
  let i = v.text.length;
  let pipes = 0;
  const isPipe = (ch: string | undefined) => ch === '|' || ch === '｜';
  for (; i > 0 && (isPipe(v.text[i - 1]) || /\s/u.test(v.text[i - 1]!)); i--) if (isPipe(v.text[i - 1])) pipes++;
  if (pipes === 0 || i === 0 || /[|｜]/u.test(v.text.slice(0, i))) return v;
  return { start: v.start, end: v.start + i, text: v.text.slice(0, i) };
}

function trimmedView(text: string, from: number, to: number, mask: MarkupMask): LineView {
  const start = contentStart(text, from, to, mask);
  const end = contentEnd(text, start, to, mask);
  return { start, end, text: text.slice(start, end) };
}

/**
 * 主送机关: a run before the first "：" with no sentence end, naming organs ("各…", "…政府",
 * "…部门"). The body may be glued on after the colon; the field stops at the colon.
 */
function readAddressees(v: LineView, text: string): FieldRange | null {
  const colon = v.text.search(/[：:]/u);
  if (colon <= 0 || colon > ADDRESSEES_MAX) return null;
  const head = v.text.slice(0, colon);
  // (Nor a page's line that holds an address, a date or a control: "…门户网站 www.… 发布时间: 2019-02-20 【字体:".)
  if (/[。；《【]|www\.|https?:|[0-9]{4}[-/.年][0-9]{1,2}/u.test(head)) return null;
  if (!/^各|政府|部门|部門|单位|單位|机构|機構|委员会|委員會|[委办辦厅廳局室处處科]$|[委办辦厅廳局]，|管委会|管委會/u.test(head)) return null;
  // "县财政局：负责…；…": one body's duties listed under its name (a page opening mid-list), not the
  // bodies a notice is sent to ("各乡镇人民政府，县直有关部门：牵头单位要…" is).
  if (!/^各|[、，,；;]/u.test(head) && DUTY_AFTER_COLON.test(v.text.slice(colon + 1))) return null;
  return { type: 'addressees', start: v.start, end: v.start + colon + 1, value: head };
}

/** A role verb opening what follows a body's name and colon: its duties. */
const DUTY_AFTER_COLON = /^\s*(?:负责|負責|牵头|牽頭|承担|承擔|配合|协助|協助)(?!单位|單位|部门|部門|同志|人)/u;

/** Splits 主送机关 at the top-level "，" (not inside brackets). */
export function splitAddressees(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if ('（(〔['.includes(ch)) depth++;
    if ('）)〕]'.includes(ch)) depth = Math.max(0, depth - 1);
    // A semicolon parts them as a comma does ("…太仓港口管委会;市各委办局,…"): a page's stand-in for "，".
    if ((ch === '，' || ch === ',' || ch === '；' || ch === ';') && depth === 0) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/**
 * After a notice's body: its signature and date, then the plan it issues, set as a title line
 * of its own ("国家职业教育改革实施方案") before the plan's first heading.
 */
function readPlan(
  views: LineView[],
  from: number,
  isMarkerLine: (start: number) => boolean,
  text: string,
  fields: FieldRange[],
): { plan: FieldRange | null; closing: FieldRange[] } {
  const closing: FieldRange[] = [];
  const title = fields.find((f) => f.type === 'title')?.value ?? null;
  // Without a title of its own (a page that shows it only in its chrome), the notice's body
  // says that it issues something ("现将《…》印发给你们").
  let issues = title !== null && /印[发發]|[发發]布|[转轉][发發]/u.test(title);
  // The plan the notice names in 《》, by its title or in the sentence that issues it: lines that
  // spell that name are the plan's title, whatever word it ends in ("…2023年重点工作任务").
  let named = title !== null && issues ? quotedName(title) : null;
  /** The names of the attachments a "附件：…" line lists. */
  const listed: string[] = [];
  for (let i = from; i < views.length; i++) {
    const v = views[i]!;
    if (v.text === '') continue;
    if (isMarkerLine(v.start)) break;
    if (title === null && ISSUING.test(v.text)) {
      issues = true;
      named ??= quotedName(v.text);
    }
    const spelt = closing.length > 0 ? spellingAny(views, i, [named, ...listed], isMarkerLine) : -1;
    if (spelt >= 0) {
      const parts = views.slice(i, spelt + 1).filter((w) => w.text !== '');
      return { plan: { type: 'title', start: v.start, end: views[spelt]!.end, value: parts.map((w) => w.text).join('') }, closing };
    }
    if (DATE_LINE.test(v.text)) {
      closing.push({ type: 'date', start: v.start, end: v.end, value: isoDate(v.text) ?? v.text });
      const prev = previousNonEmpty(views, i);
      if (prev && prev.text.length <= 30 && !/[。，；：]/u.test(prev.text)) {
        closing.unshift({ type: 'signature', start: prev.start, end: prev.end, value: prev.text });
      }
      continue;
    }
    // "附件：某方案" lists what the notice issues; the plan itself follows under its own title,
    // the name listed (a page may have dropped the label over it).
    const label = ATTACHMENT_LABEL.exec(v.text);
    if (label) {
      // "附件：1.某方案": the list's own number is no part of the name.
      const name = v.text.slice(label[0].length).replace(/\s/gu, '').replace(/^[0-9０-９]{1,2}[.．、]/u, '');
      if (name.length >= 4) listed.push(name);
      continue;
    }
    if (TITLE_END.test(v.text) && looksLikeTitleLine(v.text) && issues && !CLOSING_FORMULA.test(v.text)) {
      // A long plan title is wrapped over lines, as the notice's own title is.
      let first = i;
      const floor = Math.max(from, closing.at(-1) ? views.findIndex((w) => w.start === closing.at(-1)!.start) + 1 : from);
      for (let j = i - 1; j >= floor; j--) {
        const w = views[j]!;
        if (w.text === '') continue;
        if (!looksLikeTitleLine(w.text) || TITLE_END.test(w.text) || DATE_LINE.test(w.text) || ATTACHMENT_LABEL.test(w.text) || /^附件/u.test(w.text)) break;
        first = j;
      }
      const parts = views.slice(first, i + 1).filter((w) => w.text !== '');
      return { plan: { type: 'title', start: views[first]!.start, end: v.end, value: parts.map((w) => w.text).join('') }, closing };
    }
  }
  return { plan: null, closing };
}

/**
 * A notice's sentence that issues or forwards what follows ("现将《某方案》印发给你们", "…现予转发"),
 * not a citation of one (nor "转发给你们的《…》", which cites what was sent before).
 */
const ISSUING = /(?:印|[转轉])[发發][给給]?你[们們](?!的)|[现現]予(?:印|[转轉])[发發]|予以(?:印|[转轉])[发發]|[现現](?:印|[转轉])[发發]/u;

/** The first name quoted in 《》 in a notice's title or issuing sentence. */
function quotedName(text: string): string | null {
  const m = /《([^《》]{4,80})》/u.exec(text);
  return m ? m[1]!.replace(/\s/gu, '') : null;
}

/** `linesSpelling` of the first of `names` that the lines from `first` on spell; -1 when none. */
function spellingAny(views: readonly LineView[], first: number, names: readonly (string | null)[], isMarkerLine: (start: number) => boolean): number {
  for (const name of names) {
    const spelt = name === null ? -1 : linesSpelling(views, first, name, isMarkerLine);
    if (spelt >= 0) return spelt;
  }
  return -1;
}

/** Shortest title a page heading over it may begin with ("某市2023年工作要点"), so that no word or two of one is taken for one. */
const MIN_RESTATED_TITLE = 8;

/** A red-letter masthead line: organs' names (spaced apart when several) and 文件. */
const MASTHEAD_LINE = /^[\u4e00-\u9fff（）()、·・ \u3000\u00a0]{2,60}文件$/u;

/** Lines a title is wrapped over at most. */
const TITLE_LINES = 4;
/**
 * The last of a run of lines that holds a label's colon or a trail's arrow outside book-title marks
 * and quotes ("搜索热词：…", "您当前所在的位置：首页 > 政务公开"), or -1: the marks are counted across
 * the lines, as a title wrapped inside 《…》 or “…” over several lines keeps its own colon
 * ("关于印发《某市推进“数字+”" / "行动：以数据要素赋能…》的通知").
 */
function lastChromeLine(lines: readonly string[]): number {
  let depth = 0;
  let last = -1;
  lines.forEach((line, k) => {
    depth = outsideQuotes(line, depth, (ch) => {
      if (CHROME_MARKS.has(ch)) last = k;
    });
  });
  return last;
}
/** A label's colon, a trail's arrow. */
const CHROME_MARKS = new Set(['：', ':', '>', '＞']);

/** A page's trail: labelled as where the reader is ("当前位置："), or two arrows or more outside 《》 and quotes. */
function isTrail(line: string): boolean {
  return TRAIL_LABEL.test(line) || TRAIL_FROM_HOME.test(line) || trailArrows(line).length >= 2;
}
/** A trail that opens at the site's home page: "首页 > 规划、计划", one step after it. */
const TRAIL_FROM_HOME = /^(?:网站|網站|本站)?(?:首页|首頁|主页|主頁)\s*[>＞»›→]/u;
/** Where the trail's arrows stand in `line`, outside 《》 and quotes ("数据>应用>服务" in “” is a title's). */
function trailArrows(line: string): number[] {
  const at: number[] = [];
  outsideQuotes(line, 0, (ch, i) => {
    if (TRAIL_ARROWS.has(ch)) at.push(i);
  });
  return at;
}

/**
 * Walks `line`, calling `visit` with each character outside 《》, “” and "…" (a title's, a quote's
 * words are no chrome's). `depth` is how many 《 and “ are open before the line (a title may wrap);
 * returns how many are open after it.
 */
function outsideQuotes(line: string, depth: number, visit: (ch: string, at: number) => void): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '《' || ch === '“') depth++;
    else if ((ch === '》' || ch === '”') && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    else if (depth === 0 && !quoted) visit(ch, i);
  }
  return depth;
}
const TRAIL_LABEL = /^(?:您?(?:当前|當前|现在|現在)(?:所在的?)?(?:的)?位置|您的位置|所在位置|现在位置|現在位置)[：:]/u;
/** Shortest last step of a trail read as the document's title (a menu's name, "政策文件", "文件通知", is shorter). */
const CRUMB_TITLE_MIN = 10;
/** The marks a trail parts its steps with: ">", "＞", "»", "›", "→". */
const TRAIL_ARROWS = new Set(['>', '＞', '»', '›', '→']);

/**
 * The index of the last of the title lines from `first` on that together spell `name` (spaces
 * aside); -1 when they do not.
 */
function linesSpelling(views: readonly LineView[], first: number, written: string, isMarkerLine: (start: number) => boolean): number {
  // Compared in one width and one dash: a name quoted with full-width brackets may be set with
  // half-width ones, its period's "2018—2020" as "2018-2020".
  const oneForm = (t: string) => t.normalize('NFKC').replace(DASHES, '-');
  const name = oneForm(written);
  let spelt = '';
  let lines = 0;
  for (let j = first; j < views.length && lines < TITLE_LINES; j++) {
    const w = views[j]!;
    if (w.text === '') continue;
    // (The title's period may stand on a line of its own under it: "某某行动计划" / "（2018—2020年）".)
    if (isMarkerLine(w.start) || !(looksLikeTitleLine(w.text) || (lines > 0 && PERIOD_NOTE_LINE.test(squeeze(w.text))))) return -1;
    spelt += oneForm(w.text.replace(/\s/gu, ''));
    lines += 1;
    if (spelt === name) return j;
    if (!name.startsWith(spelt)) return -1;
  }
  return -1;
}

/** "附件：…" / "附件1：…": the attachment note of a notice (附件说明). */
const ATTACHMENT_LABEL = /^附件\s*(?:[0-9０-９]+\s*)?[：:]/u;
/** What follows an attachment's number in a sentence about it ("附件1所列…", "附件2中的…"), not in its title. */
const MENTION_WORDS = '(?:[所中的是为已内列]|规定|明确|要求)';
/**
 * An attachment's label alone on its line, no colon ("附件", "附件2"), or numbered and its title
 * glued on ("附件1某市…"): the line an attached text opens with. Not a sentence about an attachment
 * ("附件1所列项目由…", "附件2中的…").
 */
const ATTACHMENT_OPENING = new RegExp(`^附件\\s*(?:[0-9０-９]{0,2}$|[0-9０-９]{1,2}(?!${MENTION_WORDS})[\\u4e00-\\u9fff])`, 'u');
/** A sentence about a numbered attachment: the words after its number are a clause's, no title's. */
const ATTACHMENT_MENTION = new RegExp(`^附件\\s*[0-9０-９]{1,2}${MENTION_WORDS}`, 'u');

/** Whether a line (its content, from its start) opens an attached text: see ATTACHMENT_OPENING. */
export function opensAttachedText(line: string): boolean {
  return ATTACHMENT_OPENING.test(line);
}

/** Whether a line opens with a sentence about a numbered attachment ("附件1所列项目由…"). */
export function mentionsAttachment(line: string): boolean {
  return ATTACHMENT_MENTION.test(line);
}
/** The label alone ("附件2："), over the attached text: no note listing a name. */
const ATTACHMENT_LABEL_ALONE = /^附件\s*(?:[0-9０-９]+\s*)?[：:]\s*$/u;

function previousNonEmpty(views: LineView[], i: number): LineView | undefined {
  for (let j = i - 1; j >= 0; j--) if (views[j]!.text !== '') return views[j];
  return undefined;
}

/** "2019年1月24日", "二〇一九年一月二十四日" → "2019-01-24"; null when unreadable. */
/** A line that is a date and nothing else ("2025年1月23日", "二〇二五年一月二十三日"): a signature's date. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

export function isoDate(text: string): string | null {
  const ascii = toArabicDate(text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, ''));
  const m = DATE_AT_END.exec(ascii);
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

export { DOC_NUMBER };

const CN_DIGIT: Record<string, string> = { '〇': '0', '○': '0', '零': '0', 'O': '0', 'Ｏ': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** "二〇一九年一月二十四日" → "2019年1月24日": a year digit by digit, month and day as numbers. */
function toArabicDate(text: string): string {
  return text.replace(/[〇○零OＯ一二三四五六七八九十]+/gu, (run) => {
    if (!run.includes('十')) return [...run].map((c) => CN_DIGIT[c] ?? c).join('');
    const n = parseChineseNumeral(run);
    return n === null ? run : String(n);
  });
}
