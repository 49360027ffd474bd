/**
 * policyc's targets beside Microsoft Recognizers-Text (Chinese number, percentage, currency and
 * dimension models) on the shared corpus: how many gold targets' figures each finds, how many
 * quantities each reports, and how fast each reads.
 *
 * The comparison is on figures only, since Recognizers has no notion of a target: a gold target
 * counts as found when a tool reports a quantity of the same value, in the written unit ("175亿元"
 * → 175) or scaled out ("175亿" → 17500000000); a range needs both bounds. Each reported quantity
 * is used once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { compile } from 'policyc';
import { mbPerSecond, table, time } from './measure.js';

interface GoldTarget {
  value?: number | null;
  min?: number | null;
  max?: number | null;
  unit?: string | null;
  comparator: string;
}

interface Doc {
  id: string;
  path: string;
  text: string;
  targets: GoldTarget[];
}

function readCorpus(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const id = f.slice(0, -'.gold.json'.length);
      const path = ['.txt', '.md'].map((e) => join(dir, id + e)).find(existsSync);
      if (!path) return [];
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { targets?: GoldTarget[] };
      return [{ id, path, text: readFileSync(path, 'utf8'), targets: gold.targets ?? [] }];
    });
}

/** 万/亿 at the head of a unit scale the written figure. */
function scaleOf(unit: string | null | undefined): number {
  const u = (unit ?? '').normalize('NFKC');
  if (u.startsWith('万亿')) return 1e12;
  if (u.startsWith('亿')) return 1e8;
  if (u.startsWith('万')) return 1e4;
  return 1;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Takes one reported value equal to `v` written in `unit` (as written or scaled); false if none is left. */
function take(pool: number[], v: number, unit: string | null | undefined): boolean {
  const wanted = [v, v * scaleOf(unit)];
  const k = pool.findIndex((x) => wanted.some((w) => same(x, w)));
  if (k < 0) return false;
  pool.splice(k, 1);
  return true;
}

/** How many gold figures the reported values cover. */
function found(gold: GoldTarget[], reported: number[]): number {
  const pool = [...reported];
  let n = 0;
  for (const t of gold) {
    if (t.comparator === 'range') {
      if (t.min != null && t.max != null && take(pool, t.min, t.unit) && take(pool, t.max, t.unit)) n++;
    } else if (t.value != null && take(pool, t.value, t.unit)) n++;
  }
  return n;
}

/** Every value Recognizers resolves in a text, over its Chinese number-like models. */
function recognize(text: string): number[] {
  const culture = Recognizers.Culture.Chinese;
  const results = [
    ...Recognizers.recognizeNumber(text, culture),
    ...Recognizers.recognizePercentage(text, culture),
    ...Recognizers.recognizeCurrency(text, culture),
    ...Recognizers.recognizeDimension(text, culture),
  ];
  const values: number[] = [];
  for (const r of results) {
    const raw = (r.resolution as { value?: unknown } | undefined)?.value;
    const v = typeof raw === 'string' ? Number.parseFloat(raw.replace(/[,%]/gu, '')) : typeof raw === 'number' ? raw : Number.NaN;
    if (Number.isFinite(v)) values.push(v);
  }
  return values;
}

/** policyc's targets in a document: how many, and their figures as written (both bounds of a range). */
function policycTargets(doc: Doc): { count: number; figures: number[] } {
  const { registry } = compile({ path: doc.path, value: doc.text }, { markdown: doc.path.endsWith('.md') });
  const figures = registry.targets.flatMap((t) => (t.comparator === 'range' ? [t.min, t.max] : [t.value]));
  return { count: registry.targets.length, figures: figures.filter((v): v is number => v !== null) };
}

/** Compares the two tools on a corpus directory and returns the printed table. */
export async function compareWithRecognizers(corpusDir: string): Promise<string> {
  const docs = readCorpus(corpusDir);
  const withTargets = docs.filter((d) => d.targets.length > 0);
  const goldCount = withTargets.reduce((n, d) => n + d.targets.length, 0);
  const allText = docs.map((d) => d.text).join('\n');

  let policycFound = 0;
  let policycReported = 0;
  for (const d of docs) {
    const { count, figures } = policycTargets(d);
    policycReported += count;
    policycFound += found(d.targets, figures);
  }
  const policycTime = time(() => docs.forEach((d) => policycTargets(d)), { minRuns: 3, minMs: 0 });

  // Recognizers is slow (seconds per ten thousand characters): one timed pass over the corpus.
  let recFound = 0;
  let recReported = 0;
  recognize('预热'); // load its models before timing
  const started = performance.now();
  for (const d of docs) {
    const values = recognize(d.text);
    recReported += values.length;
    recFound += found(d.targets, values);
  }
  const recMs = performance.now() - started;

  // Recognizers reports every number it reads; policyc only the targets (a range is one quantity).
  const pct = (n: number): string => `${n}/${goldCount} (${((100 * n) / Math.max(1, goldCount)).toFixed(1)}%)`;
  const rows: (string | number)[][] = [
    ['tool', 'gold target figures found', 'quantities reported', 'corpus ms', 'MB/s'],
    ['policyc (parse + extract)', pct(policycFound), policycReported, policycTime.ms.toFixed(0), mbPerSecond(allText, policycTime.ms).toFixed(2)],
    ['Recognizers-Text (zh number+percentage+currency+dimension)', pct(recFound), recReported, recMs.toFixed(0), mbPerSecond(allText, recMs).toFixed(3)],
  ];
  return `Targets vs Microsoft Recognizers-Text on ${docs.length} documents (${goldCount} gold targets)\n${table(rows)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus');
  console.log(await compareWithRecognizers(dir));
}
