/**
 * Tables of contents: they repeat the structure, and are not it.
 */
import { contentStart, type Candidate, type Line, type MarkupMask } from './lines.js';

/**
 * A table of contents is not the structure, though it repeats it. Three layouts are read:
 * entries set with dot leaders and page numbers ("第一节  指导思想 ....... 1"), wherever they
 * stand; a contents label ("目　　录", "II 目    录" after a page number, "某某应急预案目录") over
 * entries, up to the heading that repeats the first entry; and an unlabelled run of bare entries
 * (marker and short title, no text between them) whose first entry is repeated later, where the
 * body begins.
 */
export function withoutContents(candidates: Candidate[], text: string, lines: Line[], mask: MarkupMask): Candidate[] {
  const lineText = (l: Line) => text.slice(contentStart(text, l.start, l.end, mask), l.end).trimEnd();
  // An entry is its marker and its title, up to the next entry on the same line or the line end.
  const entryKey = (cs: Candidate[], k: number) => {
    const c = cs[k]!;
    const next = cs[k + 1];
    const end = next && next.line === c.line ? next.start : lines[c.line]!.end;
    return `${c.value}|${withoutPageNumber(text.slice(c.end, end)).replace(/\s+/gu, '')}`;
  };
  const labelled = withoutLabelledContents(candidates);
  // Asked once per line, not per candidate: a body set on one line holds hundreds of them.
  const leaderLines = new Map<number, boolean>();
  const isLeaderLine = (line: number): boolean => {
    let answer = leaderLines.get(line);
    if (answer === undefined) leaderLines.set(line, (answer = isLeaderEntry(lineText(lines[line]!))));
    return answer;
  };
  return withoutUnlabelledContents(labelled.filter((c) => !isLeaderLine(c.line)));

  function withoutLabelledContents(cs: Candidate[]): Candidate[] {
    const bare = lines.findIndex((l) => CONTENTS_LABEL.test(lineText(l)));
    const at = bare >= 0 ? bare : lines.findIndex((l) => NAMED_CONTENTS.test(lineText(l)));
    if (at < 0) return cs;
    const first = cs.findIndex((c) => c.line > at);
    if (first < 0) return cs;
    const key = entryKey(cs, first);
    // Entries set on one line are not candidates of their own: then the first one's marker alone.
    const byKey = cs.findIndex((c, k) => k > first && c.atLineStart && entryKey(cs, k) === key);
    const body = byKey >= 0 ? byKey : cs.findIndex((c, k) => k > first && c.atLineStart && c.value === cs[first]!.value);
    if (body < 0) return bare >= 0 && onlyEntries([], at, cs[first]!.line) ? withoutUnrepeatedEntries(cs, first) : cs;
    if (bare < 0 && !onlyEntries(cs.slice(first, body), at, cs[body]!.line)) return cs;
    return [...cs.slice(0, first), ...cs.slice(body)];
  }

  /**
   * Under "目录", entries that the body never repeats (a page that gives the contents of a plan
   * without the plan, or a body numbered afresh): the run of bare entries, one a line with
   * nothing between them, is the contents all the same.
   */
  function withoutUnrepeatedEntries(cs: Candidate[], first: number): Candidate[] {
    let end = first;
    while (end < cs.length && cs[end]!.atLineStart && isBareEntryAt(text, cs[end]!.end, lines[cs[end]!.line]!.end) && (end === first || onlyEntries(cs.slice(end, end + 1), cs[end - 1]!.line, cs[end]!.line))) end++;
    return end - first >= CONTENTS_MIN ? [...cs.slice(0, first), ...cs.slice(end)] : cs;
  }

  /** Every non-empty line between the contents line and the body opens with an entry. */
  function onlyEntries(entries: Candidate[], from: number, to: number): boolean {
    const entryLines = new Set(entries.filter((c) => c.atLineStart).map((c) => c.line));
    for (let k = from + 1; k < to; k++) if (lineText(lines[k]!) !== '' && !entryLines.has(k)) return false;
    return true;
  }

  function withoutUnlabelledContents(cs: Candidate[]): Candidate[] {
    const isEntry = (c: Candidate) => c.atLineStart && isBareEntryAt(text, c.end, lines[c.line]!.end);
    // Where each entry occurs, so that its repeat is found without a scan per entry. Only
    // candidates whose key can be as short as an entry's are keyed: keying every paragraph
    // would cost a pass of regexes over the whole body.
    const occurrences = new Map<string, number[]>();
    cs.forEach((c, j) => {
      if (!c.atLineStart) return;
      const next = cs[j + 1];
      if (!mayKeyAnEntry(text, c.end, next && next.line === c.line ? next.start : lines[c.line]!.end)) return;
      const key = entryKey(cs, j);
      const list = occurrences.get(key);
      if (list) list.push(j);
      else occurrences.set(key, [j]);
    });
    for (let k = 0; k < cs.length; k++) {
      if (!isEntry(cs[k]!)) continue;
      // The run of bare entries from k, on consecutive lines with nothing else between them.
      let end = k + 1;
      while (end < cs.length && isEntry(cs[end]!) && onlyEntries(cs.slice(end, end + 1), cs[end - 1]!.line, cs[end]!.line)) end++;
      const repeat = occurrences.get(entryKey(cs, k))!.find((j) => j > k) ?? -1;
      if (repeat >= 0 && Math.min(repeat, end) - k >= CONTENTS_MIN) return [...cs.slice(0, k), ...cs.slice(repeat)];
      k = end - 1;
    }
    return cs;
  }
}

/**
 * The text after a contents entry's marker, `text[from, to)`: a short title, no sentence in it.
 * Read in place and only as far as a title can reach: it is asked of every line that opens with
 * a marker, and most of those are long paragraphs.
 */
function isBareEntryAt(text: string, from: number, to: number): boolean {
  let length = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isRegexSpace(code)) continue;
    if (SENTENCE_MARKS.includes(text[i]!) || ++length > ENTRY_TITLE_MAX) return false;
  }
  return length > 0;
}

/** Longest title of a contents entry. */
const ENTRY_TITLE_MAX = 30;
const SENTENCE_MARKS = '。；;，,：:';
/** Most characters other than leaders and white space that `withoutPageNumber` drops: the page number. */
const PAGE_NUMBER_MAX = 13;

/**
 * Whether the key of the entry written in `text[from, to)` can equal a bare entry's: its title,
 * page number and white space dropped, is no longer than an entry's title.
 */
function mayKeyAnEntry(text: string, from: number, to: number): boolean {
  let length = 0;
  for (let i = from; i < to; i++) {
    if (isRegexSpace(text.charCodeAt(i)) || LEADERS.includes(text[i]!)) continue;
    if (++length > ENTRY_TITLE_MAX + PAGE_NUMBER_MAX) return false;
  }
  return true;
}

/** What `\s` matches in a regex, by char code. */
function isRegexSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Fewest entries an unlabelled table of contents has. */
const CONTENTS_MIN = 4;

/** A contents entry: a title, dot leaders, then a page number. */
function isLeaderEntry(line: string): boolean {
  const rest = withoutPageNumber(line);
  if (rest.length === line.length) return false;
  let leaders = 0;
  for (let i = rest.length - 1; i >= 0 && (LEADERS.includes(rest[i]!) || rest[i] === ' '); i--) if (rest[i] !== ' ') leaders++;
  return leaders >= 4;
}

/** The text before a trailing page number (Arabic or Roman, letter-spaced in PDF text: "1 0") and its leaders. */
function withoutPageNumber(line: string): string {
  const m = PAGE_NUMBER_END.exec(line);
  if (!m) return line;
  let end = m.index;
  while (end > 0 && (LEADERS.includes(line[end - 1]!) || /\s/u.test(line[end - 1]!))) end--;
  return line.slice(0, end);
}

const LEADERS = '.．·…';
const PAGE_NUMBER_END = /[.．·…]\s{0,3}[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx][0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVXivx ]{0,8}$/u;

/** A contents label, alone or after the page number of the page before ("II 目    录"). */
const CONTENTS_LABEL = /^(?:[0-9IVXivxⅠ-Ⅻ]{1,4}\s{0,4}){0,3}目\s*[录錄][：:]?$/u;

/** A short line naming a table of contents: "某某应急预案目录". */
const NAMED_CONTENTS = /^[^\s。；，：:,]{0,40}目\s{0,8}[录錄]$/u;
