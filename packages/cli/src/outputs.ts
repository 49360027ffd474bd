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
 *   no longer matches (unless forced).
 *
 * Why a sidecar file and not a hash comment inside the YAML: the emitted files stay byte for byte
 * what `--format yaml` prints and what `policyc check` compares; a hash line in the YAML would be
 * one more line for an editor to wonder about (or to copy along with edits); and the sidecar can
 * record every file written, not only the YAML.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emitAll, OUTPUT_FORMATS, type OutputFormat } from '@policyc/emit';
import type { Registry } from '@policyc/model';

/** The record of what policyc wrote into a folder, beside the outputs. */
export const RECORD_NAME = '.policyc.json';

/** The outputs that people may edit by hand, and so are never replaced silently once edited. */
const EDITABLE = ['registry.yaml'];

export interface WriteOptions {
  /** Replace files even when they were edited since policyc wrote them. */
  force?: boolean;
}

export type WriteOutcome =
  /** The files written, in `OUTPUT_FORMATS` order. */
  | { status: 'written'; paths: string[] }
  /** Nothing written: this file was edited since policyc wrote it. */
  | { status: 'edited'; path: string };

interface OutputRecord {
  /** sha256 (hex) of each file's content as policyc wrote it, by file name. */
  files: Record<string, string>;
}

/**
 * Emits the formats (all by default) and writes each file into `outDir`, creating it if needed.
 * File-system failures reject with the Node error (its `code` and `path` say what and where).
 */
export async function writeOutputs(
  registry: Registry,
  outDir: string,
  formats: readonly OutputFormat[] | 'all' = 'all',
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  const files = emitAll(registry, formats === 'all' ? OUTPUT_FORMATS : formats);
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  const record = await readRecord(outDir);
  if (!options.force) {
    for (const name of EDITABLE) {
      if (!(name in files)) continue;
      const path = join(outDir, name);
      const onDisk = await readFile(path).catch(ignoreMissing);
      // Ours when it is what policyc last wrote, or what it is about to write (a rerun after a
      // run that died between the renames and the record).
      if (onDisk !== undefined && !new Set([record.files[name], sha256(files[name]!)]).has(sha256(onDisk))) {
        return { status: 'edited', path };
      }
    }
  }

  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const path = join(outDir, name);
      const temp = tempPath(outDir, name);
      staged.push({ temp, path });
      await writeFile(temp, content);
    }
    for (const { temp, path } of staged) await rename(temp, path);
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
    // Name the file the user knows, not its temporary twin.
    const failed = staged.find(({ temp }) => temp === (error as NodeJS.ErrnoException).path);
    if (failed) (error as NodeJS.ErrnoException).path = failed.path;
    throw error;
  }
  for (const [name, content] of Object.entries(files)) record.files[name] = sha256(content);
  const recordTemp = tempPath(outDir, RECORD_NAME);
  await writeFile(recordTemp, `${JSON.stringify(record, null, 2)}\n`);
  await rename(recordTemp, join(outDir, RECORD_NAME));
  return { status: 'written', paths: staged.map(({ path }) => path) };
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
      return { files: clean };
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

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function ignoreMissing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined;
  throw error;
}
