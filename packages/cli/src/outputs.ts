/**
 * Writing a registry's outputs to a directory: the file side of `policyc compile --out`.
 *
 * Nothing a user has is lost:
 * - each file is written to a temporary file in the same folder and renamed over the old one, so
 *   a run that dies mid-write leaves the previous file whole (rename is atomic within a folder);
 *   all the temporary files are written before the first rename, so the set is replaced together
 *   as far as the filesystem allows; the temporary files of a run that was killed are removed by
 *   the next;
 * - `registry.yaml` is the file teams are invited to edit, so policyc records the hash of each file
 *   it wrote in `.policyc.json` beside them, and refuses to replace a `registry.yaml` whose content
 *   no longer matches (unless forced). The record also keeps what a compile wrote into the fields a
 *   team may change (each task's deadline): the baseline `compile --merge` tells their edits by.
 *
 * The workbook, the CSV and the HTML report are written with the rest, staged and renamed in the
 * same way and recorded in the same file, so a re-compile replaces the whole set together. Their
 * packages (exceljs, the report) are loaded only when one of them is asked for.
 *
 * Why a sidecar file and not a hash comment inside the YAML: the emitted files stay byte for byte
 * what `--format yaml` prints and what `policyc check` compares; a hash line in the YAML would be
 * one more line for an editor to wonder about (or to copy along with edits); and the sidecar can
 * record every file written, not only the YAML.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { emitAll, emitChunks, orderFormats, OUTPUT_FILES, OUTPUT_FORMATS, outputFile, type OutputFormat } from '@policyc/emit';
import type { CheckInput } from '@policyc/check';
import { collectGarbage, LARGE_TEXT } from '@policyc/check/collect';
import type { Registry, TaskDeadline } from '@policyc/model';
import { readPolicyText, sha256 } from './policy-text.js';

/** The record of what policyc wrote into a folder, beside the outputs. */
export const RECORD_NAME = '.policyc.json';

/** The outputs that people may edit by hand, and so are never replaced silently once edited. */
const EDITABLE = ['registry.yaml'];

export interface WriteOptions extends RenderOptions {
  /** Replace files even when they were edited since policyc wrote them. */
  force?: boolean;
  /**
   * Record the registry's task deadlines as what policyc wrote (default true): `policyc build`,
   * which writes a team's edited data, passes false so the baseline stays the last compile's.
   */
  baseline?: boolean;
}

export interface RenderOptions {
  /**
   * The policy text the registry was compiled from, for the HTML report; by default it is read
   * from `document.source` (a path from the registry's folder), and the report goes without
   * the text when it cannot be.
   */
  sourceText?: string | undefined;
}

export type WriteOutcome =
  /** The files written, in `OUTPUT_FORMATS` order. */
  | { status: 'written'; paths: string[] }
  /** Nothing written: this file was edited since policyc wrote it. */
  | { status: 'edited'; path: string };

interface OutputRecord {
  /** sha256 (hex) of each file's content as policyc wrote it, by file name. */
  files: Record<string, string>;
  /** What the last compile wrote into the fields a team may edit, by task id. */
  tasks?: Record<string, BaselineTask>;
}

/** The fields of a task as policyc compiled them, that a team may change by hand. */
export interface BaselineTask {
  deadline: Pick<TaskDeadline, 'text' | 'year'> | null;
}

/**
 * Emits the formats (all by default) and writes each file into `outDir`, creating it if needed.
 * File-system failures reject with the Node error (its `code` and `path` say what and where).
 *
 * Each file is written as it is rendered, a piece at a time (`emitChunks`), to its temporary
 * file: no file's whole text is held, let alone every file's at once (some 200 MB of text, and
 * as much again as UTF-8, for a 20 MB policy). The report, which checks the text files, reads
 * them back from their temporary twins.
 */
export async function writeOutputs(
  registry: Registry,
  outDir: string,
  formats: readonly OutputFormat[] | 'all' = 'all',
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const wanted = orderFormats(formats === 'all' ? OUTPUT_FORMATS : formats);
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  const record = await readRecord(outDir);
  // The editable files on disk that are not what policyc last wrote, by their hash: still ours
  // if they are what it is about to write (a rerun after a run that died between the renames
  // and the record), which is known once the new file is rendered.
  const edited = new Map<string, string>();
  if (!options.force) {
    for (const name of EDITABLE) {
      if (!wanted.some((format) => outputFile(format) === name)) continue;
      const onDisk = await readFile(join(outDir, name)).catch(ignoreMissing);
      if (onDisk !== undefined && sha256(onDisk) !== record.files[name]) edited.set(name, sha256(onDisk));
    }
  }

  const staged: Array<{ name: string; temp: string; path: string; hash: string }> = [];
  const removeStaged = () => Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
  try {
    // The report's check reads each text file from its temporary twin when it comes to it.
    const written = (name: string): CheckInput => ({ path: name, absolutePath: staged.find((file) => file.name === name)!.temp });
    for await (const [name, content] of renderEach(registry, wanted, outDir, options, written)) {
      const path = join(outDir, name);
      const temp = tempPath(outDir, name);
      staged.push({ name, temp, path, hash: '' });
      staged.at(-1)!.hash = await writeChunks(temp, path, content);
      // Each file printed leaves its pieces as garbage: collected before the next is printed.
      if ((options.sourceText?.length ?? 0) >= LARGE_TEXT) collectGarbage();
      if (edited.has(name) && edited.get(name) !== staged.at(-1)!.hash) {
        await removeStaged();
        return { status: 'edited', path };
      }
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await removeStaged();
    // Name the file the user knows, not its temporary twin.
    const failed = staged.find(({ temp }) => temp === (error as NodeJS.ErrnoException).path);
    if (failed) (error as NodeJS.ErrnoException).path = failed.path;
    throw error;
  }
  for (const { name, hash } of staged) record.files[name] = hash;
  if (options.baseline ?? true) record.tasks = baselineOf(registry);
  const recordTemp = tempPath(outDir, RECORD_NAME);
  await writeFile(recordTemp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(recordTemp, join(outDir, RECORD_NAME));
  return { status: 'written', paths: staged.map(({ path }) => path) };
}

/** Pieces of text are gathered to about this many characters before each write. */
const WRITE_BATCH = 1 << 14;

/**
 * Writes the pieces to `temp` as they come, and returns the sha256 (hex) of what was written.
 * A failure while writing (no space left …) names `path`, the file the user knows.
 */
async function writeChunks(temp: string, path: string, content: Iterable<string | Uint8Array>): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(temp, 'w');
  try {
    let batch: string[] = [];
    let length = 0;
    const flush = async () => {
      const text = batch.join('');
      batch = [];
      length = 0;
      hash.update(text);
      await handle.write(text);
    };
    for (const piece of content) {
      if (typeof piece !== 'string') {
        if (length > 0) await flush();
        hash.update(piece);
        await handle.write(piece);
        continue;
      }
      batch.push(piece);
      length += piece.length;
      if (length >= WRITE_BATCH) await flush();
    }
    if (length > 0) await flush();
  } catch (error) {
    (error as NodeJS.ErrnoException).path ??= path;
    throw error;
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}
/**
 * What policyc last compiled into the folder's registry (each task's deadline, by task id), from
 * `.policyc.json`; undefined when the folder has no record of it (written before the record kept
 * it, or never by policyc).
 */
export async function readBaseline(outDir: string): Promise<Record<string, BaselineTask> | undefined> {
  return (await readRecord(outDir)).tasks;
}

function baselineOf(registry: Registry): Record<string, BaselineTask> {
  const tasks: Record<string, BaselineTask> = Object.create(null);
  for (const task of registry.tasks) tasks[task.id] = { deadline: task.deadline && { text: task.deadline.text, year: task.deadline.year } };
  return tasks;
}

/** The record's tasks, keeping only well-formed entries (the record is a file anyone can edit). */
function cleanBaseline(value: unknown): Record<string, BaselineTask> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const tasks: Record<string, BaselineTask> = Object.create(null);
  for (const [id, entry] of Object.entries(value)) {
    const deadline = (entry as { deadline?: unknown } | null)?.deadline;
    if (deadline === null) tasks[id] = { deadline: null };
    else if (deadline && typeof deadline === 'object') {
      const { text, year } = deadline as { text?: unknown; year?: unknown };
      if (typeof text === 'string' && (year === null || typeof year === 'string')) tasks[id] = { deadline: { text, year } };
    }
  }
  return tasks;
}

async function readRecord(outDir: string): Promise<OutputRecord> {
  const text = await readFile(join(outDir, RECORD_NAME), 'utf8').catch(ignoreMissing);
  try {
    const data: unknown = text === undefined ? undefined : JSON.parse(text);
    const files = (data as Partial<OutputRecord> | undefined)?.files;
    if (files && typeof files === 'object' && !Array.isArray(files)) {
      // A null-prototype copy of the string entries only: the record is a file anyone can edit.
      const clean: Record<string, string> = Object.create(null);
      for (const [name, hash] of Object.entries(files)) if (typeof hash === 'string') clean[name] = hash;
      const tasks = cleanBaseline((data as Partial<OutputRecord>).tasks);
      return tasks ? { files: clean, tasks } : { files: clean };
    }
  } catch {
    // An unreadable record is no record: every editable file on disk then counts as edited.
  }
  return { files: Object.create(null) };
}

/** A hidden name beside the target, unique to this write, so two runs never share a temp file. */
function tempPath(dir: string, name: string): string {
  return join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A `tempPath` name; the digits are the writer's process id. */
const TEMP_NAME = /^\.(?:registry\.[a-z]+(?:\.json)?|\.policyc\.json)\.(\d+)\.[0-9a-f]{8}\.tmp$/u;

/**
 * The files of `formats` for `registry` (file name → content, in the order they are written):
 * the text formats from `emitAll`, the workbook and the CSV from `@policyc/sheets`, the report from
 * `@policyc/report`. `registryDir` is the folder the files go to: the report resolves the policy
 * text from there, and lists the check results of the text files written with it (of the JSON,
 * when none is), as `policyc check` on that folder would find them (the TypeScript type-check
 * aside: it takes seconds, and `check` runs it).
 */
export async function renderOutputs(
  registry: Registry,
  formats: readonly OutputFormat[],
  registryDir: string,
  options: RenderOptions = {},
): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {};
  const rendered = (name: string): CheckInput => ({ path: name, content: files[name] as string });
  for await (const [name, content] of renderEach(registry, orderFormats(formats), registryDir, options, rendered)) {
    const pieces = [...content];
    files[name] = pieces.length === 1 && typeof pieces[0] !== 'string' ? pieces[0]! : pieces.join('');
  }
  return files;
}

/** Text printed to standard output is gathered to about this many characters a write. */
const PRINT_BATCH = 1 << 16;

/**
 * The first file of `formats` rendered, as `renderOutputs` renders it, in blocks of about
 * `PRINT_BATCH` characters to print one after another: the registry of a long policy printed to
 * standard output is never one string (a 20 MB policy's JSON is 60 M characters, held twice by a
 * join and once more as the bytes written).
 */
export async function renderFirst(registry: Registry, formats: readonly OutputFormat[], registryDir: string, options: RenderOptions = {}): Promise<string[]> {
  const blocks: string[] = [];
  const files: Record<string, string> = {};
  const rendered = (name: string): CheckInput => ({ path: name, content: files[name] ?? '' });
  for await (const [, content] of renderEach(registry, orderFormats(formats).slice(0, 1), registryDir, options, rendered)) {
    let block = '';
    for (const piece of content) {
      block += typeof piece === 'string' ? piece : String(piece);
      if (block.length >= PRINT_BATCH) {
        blocks.push(block);
        block = '';
      }
    }
    if (block !== '') blocks.push(block);
  }
  return blocks;
}

/**
 * Each file of `formats` (in order) as it is rendered: its name and its content in pieces, the
 * text formats printed only as their pieces are read. `checkInputOf` gives a text file rendered
 * before as the report's check reads it (the report checks them).
 */
async function* renderEach(
  registry: Registry,
  formats: readonly OutputFormat[],
  registryDir: string,
  options: RenderOptions,
  checkInputOf: (name: string) => CheckInput,
): AsyncGenerator<[string, Iterable<string | Uint8Array>]> {
  // Parsing and extracting a long policy left its syntax tree and the readers' work as garbage,
  // which V8 lets pile up beside what the outputs print (a 20 MB policy: 400 MB instead of 260).
  if ((options.sourceText?.length ?? 0) >= LARGE_TEXT) collectGarbage();
  const text = new Map(emitChunks(registry, formats));
  for (const format of formats) {
    const name = outputFile(format);
    const chunks = text.get(name);
    if (chunks) yield [name, chunks];
    else if (format === 'xlsx') yield [name, [await (await import('@policyc/sheets')).emitXlsx(registry)]];
    else if (format === 'csv') yield [name, [(await import('@policyc/sheets')).emitCsv(registry)]];
    else if (format === 'html') yield [name, await report(registry, [...text.keys()].map(checkInputOf), registryDir, options)];
  }
}

/** The HTML report in pieces, with the check results of the text files written with it. */
async function report(registry: Registry, written: CheckInput[], registryDir: string, options: RenderOptions): Promise<Iterable<string>> {
  const [{ emitHtmlChunks }, { checkFiles }, { parsePolicy }] = await Promise.all([
    import('@policyc/report'), import('@policyc/check'), import('@policyc/parse'),
  ]);
  const ref = registry.document.source;
  const read = options.sourceText === undefined && ref ? await readPolicyText(resolve(registryDir, ref.path), ref) : undefined;
  const sourceText = options.sourceText ?? (read?.ok ? read.text : undefined);
  // Paths as `policyc check <folder>` names them from inside the folder.
  const checked: CheckInput[] = written.length > 0 ? written : [{ path: OUTPUT_FILES.json, content: emitAll(registry, ['json'])[OUTPUT_FILES.json]! }];
  if (sourceText !== undefined && ref) checked.push({ path: ref.path, content: sourceText, registryDir: '.' });
  const checkResults = checkFiles(checked, {
    typecheck: false,
    parse: ({ path, text: policy }) => parsePolicy(policy, { markdown: /\.(md|markdown)$/iu.test(path) }),
  });
  return emitHtmlChunks(registry, { ...(sourceText === undefined ? {} : { sourceText }), checkResults });
}

/**
 * Removes the temporary files a killed run left behind (it cannot clean up after itself). A file
 * whose writer is still running (another policyc writing the same folder) is left to it.
 */
async function removeStaleTemps(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(names.map(async (name) => {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(outDir, name), { force: true }).catch(() => undefined);
  }));
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
