/**
 * Document meta from the header fields the parser found.
 */
import type { DocumentMeta, SourceFile } from '@policyc/model';
import { isCompleteTitle, isoDate, RELEASE_LEAD, splitAddressees, toText, type HeaderField, type PolicyNode, type Root } from '@policyc/parse';

export function readMeta(tree: Root, source: SourceFile | null): DocumentMeta {
  const fields: HeaderField[] = [];
  let planTitle: string | null = null;
  const collect = (nodes: Root['children']) => {
    for (const node of nodes) {
      if (node.type === 'header') fields.push(...node.children.filter((c): c is HeaderField => c.type !== 'whitespace' && c.type !== 'markup'));
      else if (node.type === 'plan') planTitle = node.title;
      else if (node.type !== 'section' && node.type !== 'paragraph' && node.type !== 'whitespace') fields.push(node);
    }
  };
  collect(tree.children);
  const first = (type: HeaderField['type']) => fields.find((f) => f.type === type)?.value ?? null;
  const notice = noticeTitle(fields);
  planTitle ??= attachedPlanTitle(tree, notice);
  const addressees = first('addressees');
  const closing = first('date') ? { issuer: first('signature'), date: first('date') } : readClosing(tree);
  return {
    // A notice whose own title the text lacks is titled by the plan it issues, or, on a page that
    // holds only the texts it attaches (its second page: the list, the signature, 附件1), by the first.
    // Without any of these, a page that reports the document's release in a lead paragraph over
    // the text ("2023年12月，某省委办公厅、省政府办公厅发布《某省某某实施细则》，自发布之日起施行。").
    // A header's "title" that is a news page's headline figures ("地区生产总值增长5%左右固定资产投资
    // 增长5%以上…") gives way to the document such a lead names.
    title: (notice !== null && isHeadlineFigures(notice) ? releasedName(tree) : null) ?? notice ?? planTitle ?? firstAttachmentTitle(tree) ?? releasedName(tree),
    docNumber: first('docNumber'),
    addressees: addressees ? splitAddressees(addressees) : [],
    issuer: closing.issuer,
    date: closing.date,
    planTitle,
    source,
    convention: null,
  };
}

/**
 * The document's title among the header's title fields. A page that republishes a notice may set
 * a page title over it (often the name of the plan the notice issues), then chrome (发布时间,
 * 来源), then the notice's own title and its 发文字号: a title that quotes an earlier one in 《》,
 * or that follows it across chrome (and any line read as a title that was not taken) and is
 * followed by the 发文字号 or 主送机关, is the document's. A title closed by its genre word
 * (…的通知, …实施办法) outranks a line of the page's chrome read as one ("点击查看政策解读：…的
 * 解读"), wherever either stands; a line that is no such title never outranks one that is.
 */
function noticeTitle(fields: readonly HeaderField[]): string | null {
  let title: HeaderField | null = null;
  let complete = false;
  let chromeSince = false;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.type === 'masthead') chromeSince = true;
    if (f.type !== 'title') continue;
    const next = fields[i + 1]?.type;
    const numbered = next === 'docNumber' || next === 'addressees';
    const isComplete = isCompleteTitle(f.value);
    const placedAsTheNotice = title === null || (chromeSince && numbered) || f.value.includes(`《${title.value}》`);
    const outranks = complete ? isComplete && placedAsTheNotice : isComplete || placedAsTheNotice;
    if (outranks) {
      title = f;
      complete = isComplete;
      chromeSince = false;
    }
  }
  return title?.value ?? null;
}

/**
 * A plan a notice attaches under "附件" is read as an attachment section, its title line the
 * heading's title: it is the plan the notice issues when the notice's title names it
 * ("关于印发《某某实施方案》的通知" over an attachment titled 某某实施方案).
 */
function attachedPlanTitle(tree: Root, title: string | null): string | null {
  if (title === null) return null;
  const named = title.replace(/[《》\s]/gu, '');
  for (const node of tree.children) {
    if (node.type !== 'section' || node.style !== 'attachment') continue;
    const own = node.title.replace(/[《》\s]/gu, '');
    return own !== '' && named.includes(own) ? node.title : null;
  }
  return null;
}

/**
 * The first attachment's title, when every section at the top is an attachment and that title
 * reads as one (an attached text run on from its label, "附件1某某职责当发生…时，成立…", is titled
 * by its first sentence: no document's title); else null.
 */
function firstAttachmentTitle(tree: Root): string | null {
  let first: string | undefined;
  for (const node of tree.children) {
    if (node.type !== 'section') continue;
    if (node.style !== 'attachment') return null;
    first ??= node.title;
  }
  return first === undefined || first === '' || first.length > ATTACHMENT_TITLE_MAX || /[，,；;]/u.test(first) ? null : first;
}

/**
 * Whether a header's title is a news page's headline figures rather than a title: no genre word
 * closes it and it holds two figures or more with their measure. (A title may hold one, "某区
 * 2025年10项重点工作任务".)
 */
function isHeadlineFigures(title: string): boolean {
  if (isCompleteTitle(title)) return false;
  // One pass over the runs of digits (a pattern with a global flag would retry inside each run).
  let figures = 0;
  for (let k = 0; k < title.length; k++) {
    if (!DIGIT.test(title[k]!)) continue;
    while (k < title.length && (DIGIT.test(title[k]!) || title[k] === '.' || title[k] === '．')) k++;
    if (MEASURE.test(title[k] ?? '') && ++figures >= 2) return true;
  }
  return false;
}
const DIGIT = /[0-9０-９]/u;
/** What closes a headline's figure: a percentage, or a measure word ("增长5%", "300万", "10个"). */
const MEASURE = /[%％‰万亿个家项人]/u;

/**
 * What makes a lead a report of this text's release, not a reason it gives ("为贯彻落实国务院印发
 * 《…规划》精神，…制定本方案"): it opens with the date, "近日" or "今天" (perhaps after a news item's
 * byline and colon, "某某的最新消息：今天，…发布了《…》"), or says when the text takes effect.
 */
const REPORTS_RELEASE = /^(?:[^，,。；;：:]{1,16}[：:])?(?:[0-9０-９]{4}年|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前|今天|今日|昨天|昨日)|(?:之日起|起)(?:施行|实施|執行|實施|执行)/u;
/** How many paragraphs at the top, before the first heading, a release's lead may be. */
const LEAD_PARAGRAPHS = 3;

/**
 * The name of the document a lead paragraph at the top reports released, when the text has no
 * title of its own and the lead names one complete as a title; else null.
 */
function releasedName(tree: Root): string | null {
  let seen = 0;
  for (const node of tree.children) {
    if (node.type === 'section' || seen >= LEAD_PARAGRAPHS) return null;
    if (node.type !== 'paragraph') continue;
    seen++;
    const lead = toText(node).trim();
    const name = REPORTS_RELEASE.test(lead) ? RELEASE_LEAD.exec(lead)?.[1] : undefined;
    if (name !== undefined && isCompleteTitle(name)) return name;
  }
  return null;
}

/** Longest attachment title read as the document's. */
const ATTACHMENT_TITLE_MAX = 80;

/** How many paragraphs from the end a signature and date may stand ("（此件公开发布）" may follow). */
const CLOSING_WINDOW = 4;
const DATE_PARAGRAPH = /^([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日$/u;

/** The signature (落款) and date a policy closes with: a date line, the organ on the line before. */
function readClosing(tree: Root): { issuer: string | null; date: string | null } {
  const last = lastParagraphs(tree, CLOSING_WINDOW);
  for (let i = last.length - 1; i >= 0; i--) {
    const text = last[i]!.trim();
    if (!DATE_PARAGRAPH.test(text)) continue;
    // Joint documents sign with one organ a line ("国家发展改革委办公厅" / "税务总局办公厅").
    const organs: string[] = [];
    for (let j = i - 1; j >= 0 && isOrganLine(last[j]!.trim()); j--) organs.unshift(last[j]!.trim().replace(/\s+/gu, ''));
    return { issuer: organs.length > 0 ? organs.join('、') : null, date: isoDate(text) };
  }
  return { issuer: null, date: null };
}

function isOrganLine(text: string): boolean {
  return text.length > 0 && text.length <= 30 && !/[。，；：:,、（）()]/u.test(text);
}

/** The last `count` paragraphs in document order, found walking back from the end. */
function lastParagraphs(tree: Root, count: number): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly PolicyNode[]) => {
    for (let i = nodes.length - 1; i >= 0 && out.length < count; i--) {
      const node = nodes[i]!;
      if (node.type === 'paragraph') out.unshift(toText(node));
      else if ('children' in node && node.type !== 'heading' && node.type !== 'header') walk(node.children as PolicyNode[]);
    }
  };
  walk(tree.children as PolicyNode[]);
  return out;
}
