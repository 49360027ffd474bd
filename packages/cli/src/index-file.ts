/**
 * The index a batch writes beside the registries (`<out>/index.json`, `<out>/index.xlsx`): every
 * unit with its tasks in every document, a unit's whole workload across the policies.
 *
 * Names are joined only on a document's own word. Within a document, a unit named by a short
 * name it declared ("省发展和改革委员会（以下简称省发展改革委）") is filed under the full name;
 * across documents the same name is the same unit, so two short names declared for one full name
 * meet there. A short name declared for different full names by different documents ("工作小组")
 * stays with each document's own full name. Every other name the unit went by is kept as an alias.
 *
 * Nothing in it depends on the run's timing or thread count: documents in input order, units by
 * workload then name.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role } from '@policyc/model';
import { fullName } from './aliases.js';
import type { DocumentEntry } from './worker.js';

export const INDEX_SCHEMA_VERSION = 1;

export interface PolicyIndex {
  schemaVersion: number;
  documents: IndexDocument[];
  units: IndexUnit[];
}

export interface IndexDocument {
  /** The input's path as given (or found, relative to the working folder). */
  path: string;
  /** The folder of its registry, from the index's folder ("." when it is the same). */
  registry: string;
  title: string | null;
  docNumber: string | null;
  tasks: number;
  units: number;
}

export interface IndexUnit {
  /** The unit's name across the documents: a declared full name where one was, else the name as the registries have it. */
  name: string;
  /** The other names it goes by: short names declared for it, and names its documents used. */
  aliases: string[];
  /** The declarations that joined the names, where they were read. */
  declarations: Array<{ document: string; name: string; alias: string }>;
  counts: { documents: number; tasks: number; lead: number; assist: number; responsible: number };
  documents: Array<{
    document: string;
    /** The names this document used for the unit (registry unit ids). */
    names: string[];
    tasks: Array<{ id: string; path: string; title: string; role: Role }>;
  }>;
}

export interface IndexedDocument {
  path: string;
  registry: string;
  entry: DocumentEntry;
}

export function buildIndex(documents: readonly IndexedDocument[]): PolicyIndex {
  const known = new Set(documents.flatMap((d) => d.entry.units.map((u) => u.name)));
  // Per document: short name → the full name it declared for it (the first declaration wins).
  const declared = documents.map((d) => {
    const map = new Map<string, string>();
    for (const declaration of d.entry.declarations) {
      const full = fullName(declaration, known);
      if (full !== null && !map.has(declaration.alias)) map.set(declaration.alias, full);
    }
    return map;
  });
  const fullsByAlias = new Map<string, Set<string>>();
  for (const map of declared) for (const [alias, full] of map) (fullsByAlias.get(alias) ?? fullsByAlias.set(alias, new Set()).get(alias)!).add(full);
  // A short name declared for one full name throughout the run is that unit in every document.
  const shared = new Map([...fullsByAlias].flatMap(([alias, fulls]) => (fulls.size === 1 ? [[alias, [...fulls][0]!] as const] : [])));
  /**
   * The name a document's unit is filed under: its own declarations first, then the run's; a
   * name that starts with a short name ("试点工作小组办公室") has it replaced by the full name.
   */
  const keyOf = (doc: number, name: string): { key: string; via?: { alias: string; full: string } } => {
    for (const map of [declared[doc]!, shared]) {
      const exact = map.get(name);
      if (exact !== undefined) return { key: exact, via: { alias: name, full: exact } };
      let longest = '';
      for (const alias of map.keys()) if (alias.length > longest.length && name.startsWith(alias) && name.length > alias.length) longest = alias;
      if (longest) return { key: map.get(longest)! + name.slice(longest.length), via: { alias: longest, full: map.get(longest)! } };
    }
    return { key: name };
  };

  interface Draft { names: Set<string>; used: Set<string>; byDocument: Map<number, { names: Set<string>; tasks: IndexUnit['documents'][number]['tasks'] }> }
  const drafts = new Map<string, Draft>();
  const draftOf = (key: string) => {
    let draft = drafts.get(key);
    if (!draft) drafts.set(key, (draft = { names: new Set([key]), used: new Set(), byDocument: new Map() }));
    return draft;
  };
  documents.forEach((d, doc) => {
    for (const unit of d.entry.units) {
      if (unit.tasks.length === 0) continue;
      const { key, via } = keyOf(doc, unit.name);
      const draft = draftOf(key);
      draft.names.add(unit.name);
      if (via) draft.used.add(`${via.alias}\u0000${via.full}`);
      let mine = draft.byDocument.get(doc);
      if (!mine) draft.byDocument.set(doc, (mine = { names: new Set(), tasks: [] }));
      mine.names.add(unit.name);
      mine.tasks.push(...unit.tasks);
    }
  });
  // Declarations are recorded on the units they named or joined (one of no unit's name is no unit's).
  const declarationsOf = (key: string, draft: Draft) => documents.flatMap((d, doc) => [...declared[doc]!].flatMap(([alias, full]) => {
    if (full !== key && !draft.used.has(`${alias}\u0000${full}`)) return [];
    if (full === key) draft.names.add(alias);
    return [{ document: d.path, name: full, alias }];
  }));

  const units = [...drafts.entries()].map(([name, draft]): IndexUnit => {
    const declarations = declarationsOf(name, draft);
    const perDocument = [...draft.byDocument.entries()].sort(([a], [b]) => a - b).map(([doc, { names, tasks }]) => ({
      document: documents[doc]!.path,
      names: [...names].sort(byCodePoint),
      tasks: dedupeTasks(tasks),
    }));
    const all = perDocument.flatMap((d) => d.tasks);
    return {
      name,
      aliases: [...draft.names].filter((n) => n !== name).sort(byCodePoint),
      declarations,
      counts: {
        documents: perDocument.length,
        tasks: all.length,
        lead: all.filter((t) => t.role === 'lead').length,
        assist: all.filter((t) => t.role === 'assist').length,
        responsible: all.filter((t) => t.role === 'responsible').length,
      },
      documents: perDocument,
    };
  });
  units.sort((a, b) => b.counts.tasks - a.counts.tasks || byCodePoint(a.name, b.name));
  return {
    schemaVersion: INDEX_SCHEMA_VERSION,
    documents: documents.map((d) => ({
      path: d.path,
      registry: d.registry,
      title: d.entry.title,
      docNumber: d.entry.docNumber,
      tasks: d.entry.tasks,
      units: d.entry.units.length,
    })),
    units,
  };
}

/** A unit named twice in a document under two of its names holds each task once per role. */
function dedupeTasks(tasks: IndexUnit['documents'][number]['tasks']): IndexUnit['documents'][number]['tasks'] {
  const seen = new Set<string>();
  return tasks.filter((t) => {
    const key = `${t.id}\u0000${t.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Writes index.json, and index.xlsx when `workbook` is set, into `outDir`, each through a
 * temporary file and a rename. The workbook follows the formats asked for (`--format json` writes
 * no workbook): for a thousand documents exceljs takes seconds, on one thread, after the pool.
 */
export async function writeIndex(index: PolicyIndex, outDir: string, { workbook }: { workbook: boolean }): Promise<string[]> {
  const files: Array<[string, string | Uint8Array]> = [['index.json', `${JSON.stringify(index, null, 2)}\n`]];
  if (workbook) files.push(['index.xlsx', await (await import('@policyc/sheets')).emitIndexXlsx(index)]);
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    const temp = join(outDir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temp, content);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      if ((error as NodeJS.ErrnoException).path === temp) (error as NodeJS.ErrnoException).path = path;
      throw error;
    }
    written.push(path);
  }
  return written;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
