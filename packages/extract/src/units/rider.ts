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
 *   rider := 以下 (各项|所有)? (工作|任务|事项|措施)? (均|都) (需|须|要) UNITS (负责)? 落实
 *            ([，,] a clause of its own)? [，,]? 不再 (一一|逐项|另行)? 列出
 */
import { splitUnits } from './split.js';
import type { UnitMention } from './types.js';

const RIDER_RE = /以下(?:各项|所有)?(?:工作|任务|事项|措施)?(?:均|都)(?:需|须|要)([^，,。；;：:]{2,60}?)(?:负责)?落实[，,]?(?:[^。；;（）()]{0,40}?[，,])?不再(?:一一|逐项|另行)?列出/dgu;

export interface Rider {
  /** Offsets of the whole note in the text it was found in. */
  start: number;
  end: number;
  /** The units it adds, with their offsets in that text. */
  units: UnitMention[];
}

/** The riders stated in `text`, in order; those whose unit list reads as no units are passed over. Never throws. */
export function findRiders(text: string): Rider[] {
  if (typeof text !== 'string' || !text.includes('列出')) return [];
  const out: Rider[] = [];
  for (const m of text.matchAll(RIDER_RE)) {
    const [listStart, listEnd] = m.indices![1]!;
    const names = splitUnits(text, listStart, listEnd);
    if (names === null || names.length === 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      units: names.map((n) => ({ name: (n.name ?? text.slice(n.start, n.end)).replace(/\s+/gu, ''), start: n.start, end: n.end })),
    });
  }
  return out;
}
