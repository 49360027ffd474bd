/**
 * A rider: a note that adds its units to every task after it, so that they need not be listed
 * again ("以下各项工作均需各县（市、区）政府落实，不再列出", "以下任务均需各区政府落实，不再一一列出").
 * Plans that hand each task to provincial or city departments state once that the governments
 * below them carry every task out too. Not "以下各项均由A负责落实，不再一一列出": that hands the
 * tasks below to A alone (a blanket sentence, see prose.ts).
 *
 * The rider is a small grammar of closed word sets around one unit list (bounded gaps, no nested
 * repetition, so the scan is linear):
 *
 *   rider := (以下 (各项|所有)? | 各项 | 所有) (工作|任务|事项|措施)? (均|都) (需|须|要) UNITS (负责)? 落实 [，,]
 *            (a clause of its own [，,]){0,2} 不再 (一一|逐项|另行)? 列出
 *
 * "各项任务均需市县政府落实，不再列出", set in the clause of a plan's first task, holds for every
 * task: that one too.
 */
import { splitUnits } from './split.js';
import type { UnitMention } from './types.js';

// The unit list runs to 落实 (no name holds 落), greedy, so nothing in the pattern can match one
// stretch two ways; a 负责 before 落实 is taken off the list after. Tried only at an opener before a
// 列出, within MAX_RIDER characters of it: the scan is a string search, the pattern runs rarely.
const RIDER_AT = /((?:以下(?:各项|所有)?|各项|所有)(?:工作|任务|事项|措施)?(?:均|都)(?:需|须|要))([^，,。；;：:落]{2,60})落实[，,](?:[^。；;（）()，,]{1,40}[，,]){0,2}不再(?:一一|逐项|另行)?列出/uy;
/** The words a rider opens with: 以下 (the tasks below it), or 各项 / 所有 (every task, the one it closes too). */
const RIDER_OPENERS = ['以下', '各项', '所有'];
/** What may stand right before a rider opened by 各项 or 所有: a clause's or a bracket's start. */
const CLAUSE_START_BEFORE = new Set(['（', '(', '，', ',', '；', ';', '：', ':', '。', '\n', ' ', '\u3000']);
/** Longest rider, from its opener to its 列出. */
const MAX_RIDER = 200;

export interface Rider {
  /** Offsets of the whole note in the text it was found in. */
  start: number;
  end: number;
  /** The units it adds, with their offsets in that text. */
  units: UnitMention[];
  /** It names every task (各项, 所有), the one whose clause holds it too; else only those below it (以下). */
  everyTask: boolean;
}

/** The riders stated in `text`, in order; those whose unit list reads as no units are passed over. Never throws. */
export function findRiders(text: string): Rider[] {
  if (typeof text !== 'string' || !text.includes('列出')) return [];
  const out: Rider[] = [];
  for (let at = text.indexOf('列出'); at >= 0; at = text.indexOf('列出', at + 2)) {
    const m = riderEndingAt(text, at);
    if (m === null) continue;
    const below = m[1]!.startsWith('以下') || (m.index >= 2 && text.startsWith('以下', m.index - 2));
    // 各项 / 所有 open a rider only at a clause's start: "上述各项…", "以上各项…", "本部分各项…" point
    // at tasks the rider does not name, and are none.
    if (!below && m.index > 0 && !CLAUSE_START_BEFORE.has(text[m.index - 1]!)) continue;
    const listStart = m.index + m[1]!.length;
    const list = m[2]!.endsWith('负责') ? m[2]!.slice(0, -2) : m[2]!;
    const names = splitUnits(text, listStart, listStart + list.length);
    if (names === null || names.length === 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      units: names.map((n) => ({ name: (n.name ?? text.slice(n.start, n.end)).replace(/\s+/gu, ''), start: n.start, end: n.end })),
      // (Found from its nearest opener, "以下各项…" is read from 各项: the 以下 before it still bounds it.)
      everyTask: !below,
    });
  }
  return out;
}

/**
 * The rider that ends with the 列出 at `at`, tried at each opener before it within MAX_RIDER
 * characters (the nearest first: "以下各项均需县级以下政府落实" holds two); null when none reads.
 */
function riderEndingAt(text: string, at: number): RegExpExecArray | null {
  // Sought back within the window only: a text with many 列出 and no opener is not read again each time.
  const window = text.slice(Math.max(0, at - MAX_RIDER), at);
  const opens: number[] = [];
  for (const word of RIDER_OPENERS) for (let k = window.indexOf(word); k >= 0; k = window.indexOf(word, k + word.length)) opens.push(k);
  opens.sort((a, b) => b - a);
  for (const back of opens) {
    RIDER_AT.lastIndex = at - window.length + back;
    const m = RIDER_AT.exec(text);
    if (m !== null && m.index + m[0].length === at + 2) return m;
  }
  return null;
}
