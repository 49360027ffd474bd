/**
 * Scores task pairs between two registries: title and text by weighted bigram Dice (grams.ts),
 * units by their keys across levels (units.ts). Only pairs that share a bigram are scored, found
 * through an inverted index of one side, so the work grows with the shared grams, not with
 * every pair.
 */
import type { Registry, Task } from '@policyc/model';
import { bigrams, dice, GramIndex, gramCounts, sharedGrams, Weights } from './grams.js';
import { compareUnits, keyedUnits, type UnitPair } from './units.js';

/** How much each part counts; units count only when both tasks name a particular unit. */
export const WEIGHTS = { title: 0.5, text: 0.35, units: 0.15 } as const;

/** One scored pair: `a` indexes the first registry's tasks, `b` the second's. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  title: number;
  text: number;
  units: number | null;
}

interface TaskGrams {
  title: Set<string>;
  text: Set<string>;
  /** How often each bigram occurs in the text (for the evidence). */
  counts: Map<string, number>;
  units: Map<string, string>;
  titleTotal: number;
  textTotal: number;
}

/** Everything the scoring needs about both registries, built once. */
export class TaskMatcher {
  readonly weights = new Weights();
  private readonly a: TaskGrams[];
  private readonly b: TaskGrams[];

  constructor(readonly left: Registry, readonly right: Registry) {
    const read = (t: Task) => {
      const counts = gramCounts(t.text);
      return { title: bigrams(t.title), text: new Set(counts.keys()), counts, units: keyedUnits([...t.lead, ...t.assist, ...t.responsible]) };
    };
    const a = left.tasks.map(read);
    const b = right.tasks.map(read);
    for (const t of [...a, ...b]) this.weights.add([...t.title, ...t.text]);
    const total = (t: ReturnType<typeof read>): TaskGrams => ({ ...t, titleTotal: this.weights.total(t.title), textTotal: this.weights.total(t.text) });
    this.a = a.map(total);
    this.b = b.map(total);
  }

  /** Every pair sharing at least one bigram, scored. */
  pairs(): ScoredPair[] {
    const titleIndex = new GramIndex(this.b.map((t) => t.title), this.weights);
    const textIndex = new GramIndex(this.b.map((t) => t.text), this.weights);
    const out: ScoredPair[] = [];
    this.a.forEach((ta, i) => {
      const titles = titleIndex.shared(ta.title, this.weights);
      const texts = textIndex.shared(ta.text, this.weights);
      for (const j of new Set([...titles.keys(), ...texts.keys()])) {
        const tb = this.b[j] as TaskGrams;
        const title = dice(titles.get(j) ?? 0, ta.titleTotal, tb.titleTotal);
        const text = dice(texts.get(j) ?? 0, ta.textTotal, tb.textTotal);
        const units = compareUnits(ta.units, tb.units)?.score ?? null;
        out.push({ a: i, b: j, title, text, units, score: combine(title, text, units) });
      }
    });
    return out;
  }

  /**
   * The bigrams that best show why two tasks match: those of the titles, heaviest first, then
   * those of the texts by weight times how often both texts use them (a gram shared once is
   * often a chance meeting of two words, one both texts repeat is their subject).
   */
  evidence(i: number, j: number, limit = 8): { grams: string[]; units: UnitPair[] } {
    const ta = this.a[i] as TaskGrams;
    const tb = this.b[j] as TaskGrams;
    const inTitles = sharedGrams(ta.title, tb.title, this.weights, limit);
    const rank = (g: string) => this.weights.of(g) * Math.min(ta.counts.get(g) ?? 0, tb.counts.get(g) ?? 0);
    const inTexts = sharedGrams(ta.text, tb.text, this.weights, Infinity)
      .filter((g) => !inTitles.includes(g))
      .map((g) => ({ g, r: rank(g) }))
      .sort((x, y) => y.r - x.r || (x.g < y.g ? -1 : x.g > y.g ? 1 : 0))
      .map((x) => x.g);
    return { grams: [...inTitles, ...inTexts].slice(0, limit), units: compareUnits(ta.units, tb.units)?.pairs ?? [] };
  }
}

/** The weighted mean of the parts present. */
export function combine(title: number, text: number, units: number | null): number {
  if (units === null) return (WEIGHTS.title * title + WEIGHTS.text * text) / (WEIGHTS.title + WEIGHTS.text);
  return WEIGHTS.title * title + WEIGHTS.text * text + WEIGHTS.units * units;
}

/** Rounds a score for output (stable across platforms, readable in goldens). */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
