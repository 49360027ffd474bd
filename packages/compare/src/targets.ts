/**
 * Targets of two registries: which set a figure on the same metric, and how the figures compare.
 */
import type { Comparator, Target } from '@policyc/model';
import { bigrams } from './grams.js';
import type { DeadlineVerdict, TargetRef, TargetVerdict } from './types.js';

/** Metrics at least this alike (bigram Dice) are the same metric. */
export const METRIC_THRESHOLD = 0.5;

export function targetRef(t: Target): TargetRef {
  return { id: t.id, path: t.path, text: t.text, metric: t.metric, comparator: t.comparator, value: t.value, min: t.min, max: t.max, unit: t.unit, deadline: t.deadline };
}

/** Plain (unweighted) bigram Dice of two metrics: they are short, and rare words matter little there. */
export function metricSimilarity(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size + gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

const unitOf = (t: Target) => (t.unit === null ? '' : t.unit.normalize('NFKC'));
const classOf = (t: Target) => `${t.kind}\u0000${unitOf(t)}`;

export interface TargetPair {
  a: Target;
  b: Target;
  score: number;
  pairedBy: 'metric' | 'kind-and-unit';
}

/**
 * Pairs targets one to one: first by metric (Dice ≥ METRIC_THRESHOLD, same unit, best first);
 * then, among those left, a kind and unit that only one target of each side has ("the" growth
 * rate in %) pairs them, since a policy rarely sets two such figures and the metric a clause
 * gives is often short ("年均增长12%").
 */
export function pairTargets(a: readonly Target[], b: readonly Target[], options: { byKind: boolean }): TargetPair[] {
  const candidates: TargetPair[] = [];
  // Targets are few (tens per policy) and metrics short, so every pair of one unit is scored.
  const byUnit = new Map<string, Target[]>();
  for (const t of b) byUnit.set(unitOf(t), [...(byUnit.get(unitOf(t)) ?? []), t]);
  for (const ta of a) {
    for (const tb of byUnit.get(unitOf(ta)) ?? []) {
      const score = metricSimilarity(ta.metric, tb.metric);
      if (score >= METRIC_THRESHOLD) candidates.push({ a: ta, b: tb, score, pairedBy: 'metric' });
    }
  }
  candidates.sort((x, y) => y.score - x.score || order(x, y));
  const usedA = new Set<Target>();
  const usedB = new Set<Target>();
  const out: TargetPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    out.push(c);
  }
  if (options.byKind) {
    const single = (ts: readonly Target[]) => {
      const counts = new Map<string, number>();
      for (const t of ts) counts.set(classOf(t), (counts.get(classOf(t)) ?? 0) + 1);
      return counts;
    };
    const countsA = single(a);
    const countsB = single(b);
    const onlyB = new Map(b.filter((t) => countsB.get(classOf(t)) === 1).map((t) => [classOf(t), t]));
    for (const ta of a) {
      const tb = onlyB.get(classOf(ta));
      if (countsA.get(classOf(ta)) !== 1 || tb === undefined || usedA.has(ta) || usedB.has(tb) || ta.unit === null) continue;
      usedA.add(ta);
      usedB.add(tb);
      out.push({ a: ta, b: tb, score: metricSimilarity(ta.metric, tb.metric), pairedBy: 'kind-and-unit' });
    }
  }
  return out.sort(order);
}

function order(x: { a: Target; b: Target }, y: { a: Target; b: Target }): number {
  return x.a.position.start.offset - y.a.position.start.offset || x.b.position.start.offset - y.b.position.start.offset;
}

/** The figures a target allows, as an interval; null when the target has no figure. */
interface Bounds {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  /** Which way the target pushes: a floor (up), a ceiling (down), or none (a figure or range). */
  direction: 'up' | 'down' | null;
}

function boundsOf(t: Pick<Target, 'comparator' | 'value' | 'min' | 'max'>): Bounds | null {
  if (t.comparator === 'range') {
    if (t.min === null || t.max === null) return null;
    return { lo: t.min, hi: t.max, loOpen: false, hiOpen: false, direction: null };
  }
  const v = t.value;
  if (v === null) return null;
  const table: Record<Exclude<Comparator, 'range'>, Bounds> = {
    eq: { lo: v, hi: v, loOpen: false, hiOpen: false, direction: null },
    approx: { lo: v, hi: v, loOpen: false, hiOpen: false, direction: null },
    gte: { lo: v, hi: Infinity, loOpen: false, hiOpen: true, direction: 'up' },
    gt: { lo: v, hi: Infinity, loOpen: true, hiOpen: true, direction: 'up' },
    lte: { lo: -Infinity, hi: v, loOpen: true, hiOpen: false, direction: 'down' },
    lt: { lo: -Infinity, hi: v, loOpen: true, hiOpen: true, direction: 'down' },
  };
  return table[t.comparator];
}

const WORDS: Record<Comparator, string> = { eq: '', approx: 'about ', gte: 'at least ', gt: 'more than ', lte: 'at most ', lt: 'less than ', range: '' };

/** A target's figure in words: "more than 10%", "2–3个". */
export function figure(t: Pick<Target, 'comparator' | 'value' | 'min' | 'max' | 'unit'>): string {
  const unit = t.unit ?? '';
  if (t.comparator === 'range') return `${t.min ?? '?'}–${t.max ?? '?'}${unit}`;
  return `${WORDS[t.comparator]}${t.value ?? '?'}${unit}`;
}

/**
 * How `b` (the provincial or new figure) stands to `a` (the national or old one). A floor on
 * either side ("高于10%") says higher is stricter, a ceiling lower; a figure against a figure
 * with no bound on either side can only be equal or not comparable.
 */
export function compareFigures(a: Target, b: Target): { verdict: TargetVerdict; reason: string } {
  const fa = figure(a);
  const fb = figure(b);
  if (unitOf(a) !== unitOf(b)) return { verdict: 'not-comparable', reason: `${fb} against ${fa}, in different units` };
  const ba = boundsOf(a);
  const bb = boundsOf(b);
  if (ba === null || bb === null) return { verdict: 'not-comparable', reason: `${fb} against ${fa}, one without a figure` };
  const same = ba.lo === bb.lo && ba.hi === bb.hi && ba.loOpen === bb.loOpen && ba.hiOpen === bb.hiOpen;
  if (same) return { verdict: 'equal', reason: `${fb} against ${fa}` };
  const directions = new Set([ba.direction, bb.direction].filter((d) => d !== null));
  if (directions.size !== 1) {
    return { verdict: 'not-comparable', reason: directions.size === 0 ? `${fb} against ${fa}, neither a floor nor a ceiling` : `${fb} against ${fa}, a floor against a ceiling` };
  }
  const up = directions.has('up');
  // The bound that matters: the lower one under a floor, the upper one under a ceiling.
  const [va, vb, openA, openB] = up ? [ba.lo, bb.lo, ba.loOpen, bb.loOpen] : [ba.hi, bb.hi, ba.hiOpen, bb.hiOpen];
  let sign = up ? Math.sign(vb - va) : Math.sign(va - vb);
  // At the same figure an open bound (高于, 低于) excludes it and so asks more.
  if (sign === 0) sign = openB === openA ? 0 : openB ? 1 : -1;
  if (sign === 0) return { verdict: 'equal', reason: `${fb} against ${fa}` };
  return { verdict: sign > 0 ? 'stricter' : 'looser', reason: `${fb} against ${fa}` };
}

/** How deadline `b` stands to deadline `a` (years as strings). */
export function compareDeadlines(a: string | null, b: string | null): DeadlineVerdict {
  const ya = a === null ? NaN : Number.parseInt(a, 10);
  const yb = b === null ? NaN : Number.parseInt(b, 10);
  if (Number.isNaN(ya) || Number.isNaN(yb)) return 'unknown';
  return yb < ya ? 'earlier' : yb > ya ? 'later' : 'same';
}
