/**
 * Every corpus document against its gold annotation: headings (path, marker, title) and meta
 * (title, 发文字号, addressees), as a ratchet.
 *
 * The differences the parser still has are listed, one line each, in
 * corpus-known-differences.json. The test fails on a difference that is not listed (a
 * regression) and on a listed difference that no longer occurs (the list must stay exact, so
 * that an improvement is locked in). `UPDATE=1 npx -y pnpm@10 exec vitest run packages/parse`
 * rewrites the list from the current output; the diff is reviewed like any other change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '@policyc/parse';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { corpusDocs, gold, type CorpusDoc } from '../../../test/support/corpus.js';
import { sections } from '../../../test/support/sections.js';

const LIST = join(dirname(fileURLToPath(import.meta.url)), 'corpus-known-differences.json');
const UPDATE_COMMAND = 'UPDATE=1 npx -y pnpm@10 exec vitest run packages/parse';
const update = process.env.UPDATE === '1';


/** Compared as the scorer compares: NFKC, white space removed, trailing 。：；， dropped from titles. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
const title = (s: string) => norm(s).replace(/[。：:；;，,.]+$/u, '');

/** The differences of one document, one readable line each, in document order. */
function differences(doc: CorpusDoc): string[] {
  const want = gold(doc.id);
  const got = sections(parsePolicy(doc.text, { markdown: doc.markdown }).tree).map((s) => `${s.path} ${norm(s.marker)} ${title(s.title)}`);
  const expected = want.headings.map((h) => `${h.path} ${norm(h.marker)} ${title(h.title)}`);
  const out = [
    ...minus(expected, got).map((h) => `heading missing: ${h}`),
    ...minus(got, expected).map((h) => `heading extra: ${h}`),
  ];
  const { title: docTitle, docNumber, addressees } = compile({ path: doc.path, value: doc.text }).registry.document;
  const meta: [string, unknown, unknown][] = [
    ['title', docTitle, want.meta.title],
    ['docNumber', docNumber, want.meta.doc_number],
    ['addressees', addressees, want.meta.addressees],
  ];
  for (const [field, value, gold] of meta) {
    if (JSON.stringify(value) !== JSON.stringify(gold)) out.push(`meta ${field}: ${JSON.stringify(value)}, gold ${JSON.stringify(gold)}`);
  }
  return out;
}

/** The items of `a` not matched one for one in `b`, in the order of `a`. */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

const docs = corpusDocs();
const found = new Map(docs.map((d) => [d.id, differences(d)] as const));
if (update && docs.length > 0) {
  const list = Object.fromEntries([...found].filter(([, d]) => d.length > 0));
  writeFileSync(LIST, JSON.stringify(list, null, 2) + '\n');
}
const known: Record<string, string[]> = existsSync(LIST) ? JSON.parse(readFileSync(LIST, 'utf8')) : {};

describe('every corpus document: headings and meta equal the gold, up to the known differences', () => {
  it('has corpus documents to compare', () => expect(docs.length).toBeGreaterThan(10));

  it('lists only documents of the corpus', () => {
    const stale = Object.keys(known).filter((id) => !found.has(id));
    expect(stale, `${LIST} names documents that are not in the corpus: run ${UPDATE_COMMAND}`).toEqual([]);
  });

  it.each(docs.map((d) => [d.id] as const))('%s', (id) => {
    const now = found.get(id)!;
    const listed = known[id] ?? [];
    const regressions = minus(now, listed);
    const fixed = minus(listed, now);
    expect(regressions, `new differences from the gold in ${id} (a regression, or a change to review: if intended, run ${UPDATE_COMMAND})`).toEqual([]);
    expect(fixed, `listed differences that no longer occur in ${id} (an improvement: run ${UPDATE_COMMAND} to lock it in)`).toEqual([]);
  });
});
