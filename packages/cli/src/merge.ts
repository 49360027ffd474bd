/**
 * `policyc compile --merge registry.yaml`: the hand edits of a registry.yaml carried over to the
 * registry just compiled from a revised policy (`mergeRegistry` of `policyc`), with the baseline
 * of what policyc last wrote there (`.policyc.json`). Edits that find no task are printed and
 * kept in `registry.unplaced.yaml` beside the edited file, never dropped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkFiles, formatHuman } from '@policyc/check';
import type { Registry } from '@policyc/model';
import { mergeRegistry, type MergeResult } from '@policyc/core';
import { parse, stringify } from 'yaml';
import { displayPath, ioCause } from './io-errors.js';
import { readBaseline } from './outputs.js';
import type { Io } from './run.js';

/** Where the edits that found no task are kept, beside the edited registry.yaml. */
export const UNPLACED_NAME = 'registry.unplaced.yaml';

export type MergeOutcome =
  /** The merged registry to write (with `force`: it replaces the edited file), and the exit status so far (1 when edits were left unplaced). */
  | { ok: true; registry: Registry; status: 0 | 1; result: MergeResult }
  /** Nothing to write: the edited file could not be read (2) or has errors (1); the reason is printed. */
  | { ok: false; status: 1 | 2 };

/**
 * Merges the edits of `editedPath` (from `io.cwd`) into `recompiled`, printing what was carried
 * and what could not be. `quiet` leaves out the lines about edits placed.
 */
export async function mergeForCli(editedPath: string, recompiled: Registry, io: Io, options: { quiet?: boolean } = {}): Promise<MergeOutcome> {
  const absolute = resolve(io.cwd, editedPath);
  let content: string;
  try {
    content = await readFile(absolute, 'utf8');
  } catch (error) {
    io.stderr(`policyc: cannot read ${editedPath}: ${ioCause(error)}\n`);
    return { ok: false, status: 2 };
  }
  const checked = checkFiles([{ path: editedPath, content }], { typecheck: false });
  if (checked.errorCount > 0) {
    const errors = { ...checked, messages: checked.messages.filter((m) => m.severity === 'error'), warningCount: 0, infoCount: 0 };
    io.stderr(`${formatHuman(errors)}\npolicyc: ${editedPath} has errors, so its edits cannot be merged; nothing was written\n`);
    return { ok: false, status: 1 };
  }
  const edited = parse(content) as Registry;
  const result = mergeRegistry(edited, recompiled, { baseline: await readBaseline(dirname(absolute)) });

  if (!options.quiet) {
    for (const { from, to, by, fields } of result.placed) {
      const moved = from.id === to.id ? from.id : `${from.id} → ${to.id}`;
      io.stdout(`  merged ${moved} ${to.title} (by ${by}): ${fields.join(', ')}\n`);
    }
  }
  if (result.unplaced.length === 0) return { ok: true, registry: result.registry, status: 0, result };

  const keep = join(dirname(absolute), UNPLACED_NAME);
  let kept = false;
  try {
    await writeFile(keep, unplacedYaml(result, editedPath));
    kept = true;
  } catch (error) {
    io.stderr(`policyc: cannot write ${displayPath(keep, io.cwd)}: ${ioCause(error)}\n`);
  }
  const lines = result.unplaced.map(({ task, fields }) => `  ${task.id} ${task.title}: ${fields.join(', ')}`);
  io.stderr(`policyc: ${result.unplaced.length} edited task(s) of ${editedPath} are not in the new text, and their edits were not merged`
    + `${kept ? ` (kept in ${displayPath(keep, io.cwd)})` : ''}:\n${lines.join('\n')}\n`);
  return { ok: true, registry: result.registry, status: 1, result };
}

/** The unplaced edits as YAML a person can copy from, each under the task it was on. */
function unplacedYaml(result: MergeResult, editedPath: string): string {
  const header = `# Edits of ${editedPath} whose task is not in the recompiled policy: copy them onto a task of registry.yaml, or drop them.\n`;
  return header + stringify(result.unplaced.map(({ task, edit }) => ({ ...task, ...edit })), { lineWidth: 0 });
}
