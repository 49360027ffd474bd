/**
 * Emit and check times for one registry: each emitter, then `check` on the emitted files with and
 * without the TypeScript type-check (the first type-check also loads the standard library).
 * Called by bench/index.ts with a compiled registry.
 */
import { emitAll, emitJson, emitSchema, emitTypeScript, emitYaml, OUTPUT_FILES, type OutputFormat } from '@policyc/emit';
import { checkFiles, type CheckFile, type PolicySource } from '@policyc/check';
import type { Registry } from '@policyc/model';

export interface EmitCheckTimings {
  /** Median milliseconds per emitter. */
  emit: Record<OutputFormat, number>;
  /** Median milliseconds for all four outputs. */
  emitAll: number;
  /** The first check with the type-check in this process (cold: loads lib.d.ts). */
  checkFirst: number;
  /** Median milliseconds of `check` with and without the type-check. */
  check: number;
  checkNoTypecheck: number;
}

export interface EmitCheckOptions {
  /** Runs per measurement (the median is reported); default 5. */
  runs?: number;
  /** The policy text, so the rules that read it run too. */
  source?: PolicySource;
  /** Where lines go; default stdout. */
  print?: (line: string) => void;
  /** Printed before the figures. */
  label?: string;
}

const EMITTERS = { json: emitJson, yaml: emitYaml, ts: emitTypeScript, schema: emitSchema } as const;

export async function benchEmitCheck(registry: Registry, options: EmitCheckOptions = {}): Promise<EmitCheckTimings> {
  const runs = options.runs ?? 5;
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const emit = Object.fromEntries(
    Object.entries(EMITTERS).map(([format, emitter]) => [format, median(runs, () => emitter(registry))]),
  ) as Record<OutputFormat, number>;
  const all = median(runs, () => emitAll(registry));

  const files: CheckFile[] = Object.entries(emitAll(registry)).map(([name, content]) => ({ path: `bench/${name}`, content }));
  const source = options.source ? { source: { ...options.source, path: `bench/${options.source.path}` } } : {};
  const checkFirst = time(() => checkFiles(files, { ...source }));
  const check = median(runs, () => checkFiles(files, { ...source }));
  const checkNoTypecheck = median(runs, () => checkFiles(files, { ...source, typecheck: false }));

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const sizes = Object.entries(OUTPUT_FILES).map(([format, name]) => `${format} ${ms(emit[format as OutputFormat])}`).join(' · ');
  print(`${options.label ? `${options.label}: ` : ''}${registry.tasks.length} tasks, ${registry.units.length} units, ${registry.targets.length} targets (median of ${runs})`);
  print(`  emit   ${sizes} · all ${ms(all)}`);
  print(`  check  with type-check ${ms(check)} (first run ${ms(checkFirst)}) · without ${ms(checkNoTypecheck)}`);
  return { emit, emitAll: all, checkFirst, check, checkNoTypecheck };
}

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

function median(runs: number, action: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(action)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
