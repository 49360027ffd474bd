/**
 * The real policies tests run on: the shared corpus beside the checkout (`../shared/corpus`,
 * as on CI) and the examples the project ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = resolve(ROOT, '../shared/corpus');

export interface CorpusDoc {
  id: string;
  path: string;
  text: string;
  markdown: boolean;
}

/** Every policy text of the shared corpus (empty when the corpus is not beside the checkout). */
export function corpusDocs(): CorpusDoc[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.(txt|md)$/u, ''), path: join(CORPUS, f), text: readFileSync(join(CORPUS, f), 'utf8'), markdown: f.endsWith('.md') }));
}

/** The examples shipped in `examples/`: folder `<case>/` holds the policy `<case>.txt` (or .md). */
export function exampleDocs(): CorpusDoc[] {
  const dir = join(ROOT, 'examples');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f === `${d.name}.txt` || f === `${d.name}.md`).map((f) => ({ dir: d.name, f })))
    .map(({ dir: name, f }) => ({ id: name, path: join(dir, name, f), text: readFileSync(join(dir, name, f), 'utf8'), markdown: f.endsWith('.md') }));
}

/** The gold annotation of a corpus document, parsed from its JSON form. */
export function gold(id: string): { meta: { title: string | null; doc_number: string | null; addressees: string[] }; headings: { path: string; marker: string; title: string }[] } {
  return JSON.parse(readFileSync(join(CORPUS, `${id}.gold.json`), 'utf8'));
}
