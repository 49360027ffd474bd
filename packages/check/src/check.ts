import { typeScriptPieces } from '@policyc/emit';
import type { Registry } from '@policyc/model';
import { VFileMessage } from 'vfile-message';
import { fileTextDigest, jsonPieces, jsonTextDigest } from './files/hash.js';
import { readItemView } from './files/item-view.js';
import { findPrintedRegion, type PrintedRegion } from './files/printed-region.js';
import { readRegistryFile } from './files/read.js';
import { readYamlPart, readYamlPartFromLines } from './files/yaml-file.js';
import { registryFileKind, type RegistryFile } from './files/registry-file.js';
import { fileLines, groupByDirectory, loadInputs, textOf } from './files/load.js';
import { attachSources } from './files/source.js';
import { printedTypeScript, type PrintedTypeScript } from './files/ts-printed.js';
import { registryFolders } from './files/walk.js';
import { collectGarbage, LARGE_TEXT } from './collect.js';
import { framedExcerpt, framedExcerptOfLines } from './report/code-frame.js';
import { digestData, type DataDigest, type DataPart } from './digest.js';
import { createKernel, PRIMARY_ORDER, type Kernel } from './kernel.js';
import { RULES } from './rules/index.js';
import { UNIONS } from './rules/ts-id-unions.js';
import { publishedSchemaFindings } from './schema-errors.js';
import { plainSourceMessages } from './source-messages.js';
import { releaseTypeChecker } from './typecheck.js';
import type { CheckFile, CheckInput, CheckMessage, DeferredFile, CheckOptions, CheckResult, PolicySource, RuleDefinition, SourceMessage } from './types.js';

/**
 * Checks registries: the files given (grouped by directory, one registry per directory), or the
 * registry files in a directory and the folders below it, each with the policy text it names.
 * Never throws on bad input: every problem is a message.
 */
export async function check(input: string | readonly CheckInput[], options: CheckOptions = {}): Promise<CheckResult> {
  if (typeof input !== 'string') return checkFiles(input, options);
  const loaded = await loadInputs(await registryFolders([input]), process.cwd(), { defer: true });
  // A source given in the options wins over the one the registry names: that one need not be read.
  const files = options.source ? loaded.files : await attachSources(loaded.files, { read: options.readSource });
  const result = checkFiles(files, options);
  const problems = loaded.problems.map((problem) => inputMessage(problem, input));
  return summarize([...problems, ...result.messages], files.map((file) => file.path), result.contents);
}

/**
 * The synchronous core of `check`, on files given with their text or left on disk (`DeferredFile`,
 * read when their turn comes). A registry's files are taken one at a time: the primary first (the
 * file the data rules read), with every rule; then each other file with the rules that judge a file
 * on its own, its text and data let go before the next is read. A `registry.json` or `registry.ts`
 * whose text is the primary's data printed as policyc prints it says the same thing, and is not
 * read whole.
 */
export function checkFiles(files: readonly CheckInput[], options: CheckOptions = {}): CheckResult {
  return checkFilesWith(files, options, {});
}

/** How `checkFilesWith` reads the files other than the primary: for tests, which compare the ways. */
export interface ReadingOptions {
  /** Read a file on disk that differs from the printing of the primary's data in a few items by those items alone (default true). */
  itemView?: boolean;
  /**
   * Characters from which a YAML file on disk read in pieces lets its text go once read, its places
   * and code frames read again from disk (default `LARGE_TEXT`).
   */
  unheldFrom?: number;
  /** Told of each registry file: read whole, by its differing items, or left unread. */
  onRead?: (path: string, how: 'whole' | 'items' | 'unread') => void;
}

/** `checkFiles`, reading the files as `reading` says (not part of the public API). */
export function checkFilesWith(files: readonly CheckInput[], options: CheckOptions, reading: ReadingOptions): CheckResult {
  const rules = selectRules(options.rules);
  const messages: CheckMessage[] = [];
  const contents: Record<string, string> = {};
  for (const file of files) if ('content' in file && file.unread === undefined) contents[file.path] = file.content;
  for (const group of groupByDirectory(files)) messages.push(...checkGroup(group, rules, options, contents, reading));
  const given = options.source && !files.some((f) => f.path === options.source!.path) ? [options.source] : [];
  for (const source of given) contents[source.path] = source.text;
  const paths = [...files.filter((file) => !('unread' in file) || file.unread === undefined).map((file) => file.path), ...given.map((source) => source.path)];
  return summarize(messages, paths, contents);
}

/** A registry's files, checked one at a time; `contents` gains the text of each file read from disk that a message points into. */
function checkGroup(
  group: readonly CheckInput[], rules: readonly RuleDefinition[], options: CheckOptions, contents: Record<string, string>, reading: ReadingOptions,
): CheckMessage[] {
  const messages: CheckMessage[] = [];
  let source: PolicySource | undefined = options.source;
  let unreadSource: { path: string; reason: string } | undefined;
  const entries: CheckInput[] = [];
  for (const file of group) {
    if (registryFileKind(file.path)) entries.push(file);
    else if ('content' in file && file.unread !== undefined) unreadSource = { path: file.path, reason: file.unread };
    else if ('content' in file) source ??= { path: file.path, text: file.content, ...(file.sha256 === undefined ? {} : { sha256: file.sha256 }) };
  }
  const files: GroupFiles = {
    read(entry) {
      reading.onRead?.(entry.path, 'whole');
      const text = textOf(entry);
      if (typeof text !== 'string') {
        messages.push(inputMessage(`${entry.path}: ${text.reason}`, entry.path));
        return undefined;
      }
      // A large file on disk need not be held for the few places a check reports in it.
      const onDisk = !('content' in entry) && text.length >= (reading.unheldFrom ?? LARGE_TEXT) ? entry.absolutePath : undefined;
      return readRegistryFile(entry.path, text, onDisk);
    },
    // Of files from disk with a message placed in them, the lines code frames show; the rest is let go.
    keepText(entry, file, found) {
      if ('content' in entry) return;
      const lines = found.filter((m) => m.file === file.path && m.line !== undefined).map((m) => m.line!);
      if (lines.length === 0) return;
      // Of a file read by its differing items, or whose text was let go, the lines are read again from disk.
      if (file.view || file.unheld) {
        try {
          contents[file.path] = framedExcerptOfLines(fileLines(entry.absolutePath), lines);
        } catch {
          // Gone since: the report shows no frame.
        }
      } else contents[file.path] = framedExcerpt(file.text, lines);
    },
  };

  // A long policy is parsed before any registry file is read, its syntax tree let go at once.
  let parsed: readonly SourceMessage[] | undefined;
  if (source && options.parse && source.text.length >= LARGE_TEXT && rules.some((rule) => rule.readsParse)) {
    try {
      parsed = plainSourceMessages(options.parse(source).messages);
    } catch {
      // Asked again by the rule that reads it, whose crash is then its message.
    }
    collectGarbage();
  }
  // The primary is read and judged in a function of its own: a frame that held the file (this
  // one, in a register V8 does not clear) would keep its text and data alive to the end.
  const { kernel, primaryEntry, unreadable, held } = checkPrimary(entries, rules, options, { source, unreadSource, parsed }, files, messages);
  const perFile = rules.filter((rule) => rule.perFile);
  // Collected before the next file is read, when the one let go was large (its text and data
  // are garbage by then, no longer held by a variable of this loop).
  let letGoLarge = held.large;
  // Each printing of a large primary's data leaves garbage the size of the file printed,
  // collected before anything else is read or printed: the two together were a check's peak.
  const printedOnce = <T>(print: () => T) => lazy(() => {
    const printed = print();
    if (held.large) collectGarbage();
    return printed;
  });
  const jsonDigest = printedOnce(() => digestOfJson(held));
  const tsPrinted = printedOnce(() => printedOfTypeScript(held));
  // The schema files first: schema-drift reads the primary's registry. The others then read only
  // a digest of the primary's data, which is let go before they are read.
  const others = [
    ...entries.filter((entry) => entry !== primaryEntry && registryFileKind(entry.path) === 'schema'),
    ...entries.filter((entry) => entry !== primaryEntry && registryFileKind(entry.path) !== 'schema'),
  ];
  const jsonOnDisk = others.some((entry) => !('content' in entry) && registryFileKind(entry.path) === 'json');
  const anyTs = others.some((entry) => registryFileKind(entry.path) === 'ts');
  // What is known of each file on disk compared with the printing of the primary's data, while
  // that data is held: the same (left unread), differing in a few items (read by them), or neither.
  const plans = new Map<CheckInput, Plan>();
  let digest: DataDigest | undefined;
  for (const entry of others) {
    // The file judged last, let go, is collected before anything is printed or read.
    if (letGoLarge) {
      collectGarbage();
      letGoLarge = false;
    }
    if (held.data !== undefined && registryFileKind(entry.path) !== 'schema') {
      // What compares files unread, or type-checks a registry.ts item by item, needs the data:
      // computed before it is let go.
      if (jsonOnDisk) jsonDigest();
      if (plans.size === 0 && reading.itemView !== false) planReading(others, unreadable, held, { json: jsonDigest, ts: () => tsPrinted()?.text }, plans);
      digest = releaseData(held, kernel, primaryEntry!, anyTs ? tsPrinted() : undefined);
      if (digest) letGoLarge ||= held.large;
    }
    const kind = registryFileKind(entry.path);
    const plan = plans.get(entry);
    // A registry.json on disk printing the primary's data exactly: its rules would find nothing
    // (valid JSON, the same data, and that data valid, as the primary's is).
    // So is a registry.ts printing it as policyc prints it, when the primary's rules found no
    // error: its types are the schema's, and policyc's printing of such data compiles (the
    // emitter's tests compile it), so neither reading nor type-checking it can find anything.
    if (plan === 'same') {
      reading.onRead?.(entry.path, 'unread');
      continue;
    }
    if (plan === undefined && !('content' in entry) && (kind === 'json' || kind === 'ts') && !unreadable.has(entry)) {
      const expected = kind === 'json' ? jsonDigest() : tsPrinted()?.text;
      if (expected !== undefined && fileTextDigest(entry.absolutePath) === expected) {
        reading.onRead?.(entry.path, 'unread');
        continue;
      }
    }
    if (letGoLarge) collectGarbage();
    // The data let go (its digest kept), a file differing in a few items is judged by them.
    const view = typeof plan === 'object' && digest && !('content' in entry) ? itemView(entry, plan, digest) : undefined;
    if (view) {
      reading.onRead?.(entry.path, 'items');
      const found = kernel.run([view], perFile);
      messages.push(...found);
      files.keepText(entry, view, found);
      letGoLarge = view.text.length >= LARGE_TEXT;
      continue;
    }
    letGoLarge = checkOther(entry, unreadable, kernel, perFile, files, messages);
  }
  // What the check of a large registry leaves (its last file, the type-checker's project) is let
  // go before the report is made.
  if (held.large) {
    releaseTypeChecker();
    collectGarbage();
  }
  return messages;
}

/** What the checker knows of a file on disk before reading it: see `planReading`. */
type Plan = 'same' | 'whole' | { region: PrintedRegion; kind: 'json' | 'ts'; replaced: readonly unknown[] };

/**
 * Compares each `registry.json` and `registry.ts` on disk with the printing of the primary's data
 * (held), when that printing is one the rules would find nothing in (`expected` gives its digest):
 * 'same' for a file that is that printing, its region for one differing in the items of one list
 * (with the primary's items it stands in for), 'whole' for any other.
 */
function planReading(
  others: readonly CheckInput[], unreadable: Map<CheckInput, RegistryFile>, held: HeldData,
  expected: { json: () => string | undefined; ts: () => string | undefined }, plans: Map<CheckInput, Plan>,
): void {
  for (const entry of others) {
    const kind = registryFileKind(entry.path);
    if ('content' in entry || (kind !== 'json' && kind !== 'ts') || unreadable.has(entry)) continue;
    const digest = expected[kind]();
    if (digest === undefined) continue;
    const onDisk = fileTextDigest(entry.absolutePath);
    if (onDisk === digest) {
      plans.set(entry, 'same');
      continue;
    }
    let region: PrintedRegion | 'same' | undefined;
    if (onDisk !== undefined) {
      region = findPrintedRegion(entry.absolutePath, kind === 'json' ? jsonPieces(held.data) : typeScriptPieces(held.data as Registry), { frame: kind === 'ts' });
      // The printing is garbage the size of the file: collected before the next one is made.
      if (held.large) collectGarbage();
    }
    const list = typeof region === 'object' ? (held.data as Record<string, unknown>)[region.list] : undefined;
    plans.set(entry, typeof region === 'object' && Array.isArray(list)
      ? { region, kind, replaced: list.slice(region.from, region.from + region.replaced) }
      : region === 'same' ? 'same' : 'whole');
  }
}

/**
 * The file read by the items its region holds; undefined when it must be read whole: the region
 * does not read as whole items, or the first difference from the primary's data could lie past it
 * (items added or removed, none of those read differing from the primary's at their index), or,
 * in a `registry.ts`, its items' ids are not those of the items they stand in for (the id unions
 * would then no longer list the data's ids).
 */
function itemView(entry: DeferredFile, plan: Exclude<Plan, string>, digest: DataDigest): RegistryFile | undefined {
  const file = readItemView(entry.path, entry.absolutePath, plan.kind, plan.region);
  const view = file?.view;
  if (!view) return undefined;
  if (file.data !== undefined && view.items.length !== view.replaced && !digest.firstDifferingItem(view.list, view.from, view.items)) return undefined;
  if (plan.kind === 'ts') {
    for (const [list, field] of Object.values(UNIONS)) {
      if (list === view.list && !sameStrings(idsAt(view.items, field), idsAt(plan.replaced, field))) return undefined;
    }
  }
  return file;
}

/** The non-empty strings at `field` of `items`, as a set. */
function idsAt(items: readonly unknown[], field: string): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    const id = item !== null && typeof item === 'object' && Object.hasOwn(item, field) ? (item as Record<string, unknown>)[field] : undefined;
    if (typeof id === 'string' && id !== '') ids.add(id);
  }
  return ids;
}

function sameStrings(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}

/** How a group's files are read, and their texts kept for code frames. */
interface GroupFiles {
  read(entry: CheckInput): RegistryFile | undefined;
  keepText(entry: CheckInput, file: RegistryFile, found: readonly CheckMessage[]): void;
}

/** The primary's data while the files that read it are judged (undefined once let go), and whether its file was large. */
interface HeldData {
  data: unknown;
  large: boolean;
  /** The primary's rules found no error. */
  clean: boolean;
  /** The data is valid against the published schema; undefined until asked. */
  valid?: boolean;
}

/**
 * Picks the primary (the first readable file in `PRIMARY_ORDER`; without any readable one, the
 * first registry file that is not the schema) and runs every rule on it; its text is let go.
 */
function checkPrimary(
  entries: readonly CheckInput[], rules: readonly RuleDefinition[], options: CheckOptions,
  bundle: { source: PolicySource | undefined; unreadSource: { path: string; reason: string } | undefined; parsed: readonly SourceMessage[] | undefined }, files: GroupFiles, messages: CheckMessage[],
): { kernel: Kernel; primaryEntry: CheckInput | undefined; unreadable: Map<CheckInput, RegistryFile>; held: HeldData } {
  const rank = (entry: CheckInput) => (PRIMARY_ORDER as readonly string[]).indexOf(registryFileKind(entry.path)!);
  const candidates = entries.filter((entry) => rank(entry) >= 0).sort((a, b) => rank(a) - rank(b));
  // The files read before the primary, which could not be read.
  const unreadable = new Map<CheckInput, RegistryFile>();
  let primaryEntry: CheckInput | undefined;
  let primary: RegistryFile | undefined;
  for (const entry of candidates) {
    const file = files.read(entry);
    if (!file) continue;
    if (file.data !== undefined) {
      [primaryEntry, primary] = [entry, file];
      break;
    }
    unreadable.set(entry, file);
  }
  if (!primary) {
    primaryEntry = entries.find((entry) => unreadable.has(entry));
    primary = primaryEntry && unreadable.get(primaryEntry);
  }
  // A large file read leaves garbage the size of its text and more (all of it, when the text was
  // let go): collected before the rules run, which would otherwise grow the heap over it.
  if (primary && textLength(primary) >= LARGE_TEXT) collectGarbage();
  const kernel = createKernel({ primary, ...bundle }, options);
  const found = kernel.run(primary ? [primary] : [], rules);
  messages.push(...found);
  if (primary && primaryEntry) files.keepText(primaryEntry, primary, found);
  kernel.releasePrimaryText();
  // The other files' rules read the primary's data, not its text. Clean means that every rule ran
  // and none found an error: with a selection, a dangling id the reference rules would have named
  // could be skipped by the type-check's shortcut, which takes printed items of clean data to compile.
  const clean = rules === RULES && !found.some((message) => message.severity === 'error');
  return { kernel, primaryEntry, unreadable, held: { data: primary?.data, large: primary !== undefined && textLength(primary) >= LARGE_TEXT, clean } };
}

/** Whether the primary's data is valid against the published schema: asked once, by either digest. */
function isValidData(held: HeldData): boolean {
  held.valid ??= held.data !== undefined && publishedSchemaFindings(held.data).length === 0;
  return held.valid;
}

/** The digest of the text a `registry.json` holding the primary's data has, when that data is valid. */
function digestOfJson(held: HeldData): string | undefined {
  return held.data !== undefined && isValidData(held) ? jsonTextDigest(held.data) : undefined;
}

/**
 * The digests of the text of a `registry.ts` printing the primary's data (whole, and item by
 * item), when that data is valid and the primary's rules found no error in it; undefined otherwise
 * (or when it cannot be printed).
 */
function printedOfTypeScript(held: HeldData): PrintedTypeScript | undefined {
  if (held.data === undefined || !held.clean || !isValidData(held)) return undefined;
  try {
    return printedTypeScript(typeScriptPieces(held.data as Registry));
  } catch {
    // Data the emitter cannot print is read and judged as it is.
  }
  return undefined;
}

/** Lets go of the primary's data, keeping its digest (returned); undefined (the data kept) when it cannot be digested. */
function releaseData(held: HeldData, kernel: Kernel, primaryEntry: CheckInput, printed: PrintedTypeScript | undefined): DataDigest | undefined {
  const digest = digestData(held.data);
  if (!digest) return undefined;
  held.data = undefined;
  // Read whole again at most once, however many files differ from it; a part, once for the
  // files that differ from it at the same place (registry.json and registry.ts after an edit
  // of registry.yaml).
  const whole = lazy(() => rereadData(primaryEntry, undefined));
  let last: { key: string; value: ReturnType<typeof rereadData> } | undefined;
  const reread = (part: DataPart | undefined) => {
    if (!part) return whole();
    const key = `${part.key}\u0000${part.index ?? ''}`;
    if (last?.key !== key) last = { key, value: rereadData(primaryEntry, part) };
    return last.value;
  };
  kernel.releasePrimaryData({ digest, reread, printedTypeScript: printed });
  return digest;
}

/** Judges a file other than the primary with the per-file rules; whether it was large (worth a collection once let go). */
function checkOther(
  entry: CheckInput, unreadable: Map<CheckInput, RegistryFile>, kernel: Kernel, perFile: readonly RuleDefinition[], files: GroupFiles, messages: CheckMessage[],
): boolean {
  const file = unreadable.get(entry) ?? files.read(entry);
  unreadable.delete(entry);
  if (!file) return false;
  const found = kernel.run([file], perFile);
  messages.push(...found);
  files.keepText(entry, file, found);
  return textLength(file) >= LARGE_TEXT;
}

/** The length of a file's text, held or not. */
function textLength(file: RegistryFile): number {
  return file.unheld?.length ?? file.text.length;
}

/**
 * The primary's data read again from its file, for the detail of a difference: the part asked for
 * (of a YAML file, that part alone), or the whole; undefined when it cannot be read.
 */
function rereadData(entry: CheckInput, part: DataPart | undefined): { value: unknown } | undefined {
  if (part && registryFileKind(entry.path) === 'yaml') {
    // Of a file on disk, only the lines of the part are held; of a text given, it is at hand.
    let alone: { value: unknown } | undefined;
    try {
      alone = 'content' in entry ? readYamlPart(entry.content, part) : readYamlPartFromLines(fileLines(entry.absolutePath), part);
    } catch {
      // Unreadable now: the whole read below says so the same way.
    }
    if (alone) return alone;
  }
  const text = textOf(entry);
  if (typeof text !== 'string') return undefined;
  const data = readRegistryFile(entry.path, text)?.data;
  if (data === undefined) return undefined;
  if (!part) return { value: data };
  const entryValue = Object.hasOwn(data as object, part.key) ? (data as Record<string, unknown>)[part.key] : undefined;
  return { value: part.index === undefined ? entryValue : Array.isArray(entryValue) ? entryValue[part.index] : undefined };
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [done, value] = [true, compute()];
    return value!;
  };
}

function selectRules(ids: readonly string[] | undefined): readonly RuleDefinition[] {
  if (!ids) return RULES;
  const unknown = ids.filter((id) => !RULES.some((rule) => rule.id === id));
  // A wrong rule id is a mistake in the calling code, not in the checked files.
  if (unknown.length > 0) throw new TypeError(`Unknown rule id: ${unknown.join(', ')}`);
  return RULES.filter((rule) => ids.includes(rule.id));
}

function summarize(messages: CheckMessage[], paths: readonly string[], contents: Record<string, string>): CheckResult {
  const sorted = [...messages].sort(compareMessages);
  const count = (severity: string) => sorted.filter((m) => m.severity === severity).length;
  return {
    messages: sorted,
    // A policy text shared by several registries is one file.
    files: [...new Set(paths)],
    contents,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
  };
}

const ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Stable output: by file, then position, then rule order. */
function compareMessages(a: CheckMessage, b: CheckMessage): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
    || (a.line ?? 0) - (b.line ?? 0)
    || (a.column ?? 0) - (b.column ?? 0)
    || (ORDER.get(a.ruleId) ?? -1) - (ORDER.get(b.ruleId) ?? -1);
}

/** A path that could not be read: rule id `input`, an error. */
function inputMessage(reason: string, file: string): CheckMessage {
  const message = new VFileMessage(reason, { ruleId: 'input', source: 'policyc' }) as CheckMessage;
  message.file = file;
  message.severity = 'error';
  message.fatal = true;
  message.related = [];
  return message;
}
