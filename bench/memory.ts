/**
 * Peak memory (issue 8): the built CLI compiling a ~20 MB policy (the reference repeated) to each
 * text output, to the four text outputs together (the registry files `policyc check` reads) and to
 * every output, then `policyc check` of the four (as written, and with one task edited by hand in
 * registry.yaml, then in registry.ts), each in a fresh process whose peak resident set
 * (`process.resourceUsage().maxRSS`, read as the process exits) is printed in MB and as a multiple
 * of the input's size, next to the goal: about 20× for the registry files and their check, and for
 * the workbook and the report (every output) to finish. `compile()` alone (parse and extract, the
 * library call) is measured too: what every output starts from; and `check()`, the library's check
 * as an app calls it (no parser given: the CLI also parses the policy for the heading rules).
 *
 * Runs on its own too: `node --import tsx bench/memory.ts [megabytes]`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './cli.js';
import { runWithPeak } from './peak.js';
import { table } from './measure.js';

/** Peak RSS as a multiple of the input's size that the issue sets as the goal. */
const GOAL = 20;

/**
 * Child scripts run beside the CLI, on the same build: the CLI writes one format or all, so the
 * four registry files together are written by `writeOutputs` (what the CLI calls), after reading
 * and compiling as the CLI does; `compile()` alone is the library call with nothing written.
 */
const TEXT_OUTPUTS = `
const [, , root, input, out] = process.argv;
const { readPolicy, compile } = await import(new URL('packages/policyc/dist/index.js', root));
const { writeOutputs } = await import(new URL('packages/cli/dist/index.js', root));
const file = await readPolicy(input);
const { registry } = compile(file, { registryDir: out });
const outcome = await writeOutputs(registry, out, ['json', 'yaml', 'ts', 'schema'], { force: true, sourceText: String(file.value) });
process.exitCode = outcome.status === 'written' ? 0 : 2;
`;
/** The library's check, as an app calls it: no parser given, so the heading rules read the registry alone. */
const CHECK_LIBRARY = `
const [, , root, dir] = process.argv;
const { check } = await import(new URL('packages/check/dist/index.js', root));
const result = await check(dir);
process.exitCode = result.errorCount > 0 ? 1 : 0;
`;
const COMPILE_ONLY = `
const [, , root, input] = process.argv;
const { readPolicy, compile } = await import(new URL('packages/policyc/dist/index.js', root));
const { registry } = compile(await readPolicy(input));
process.exitCode = registry.tasks.length > 0 ? 0 : 2;
`;

interface Outcome {
  /** Peak resident set, in bytes; NaN when the run failed. */
  bytes: number;
  ms: number;
  status: number | null;
  /** Why a run that did not finish ended: its signal and the line of its output that says why. */
  failure?: string;
}

export function memoryUse(root: string, referencePath: string, megabytes = 20): string {
  const built = build(root);
  if (built) return built;
  const bin = join(root, 'packages/cli/bin/policyc.js');
  const dir = mkdtempSync(join(tmpdir(), 'policyc-memory-'));
  try {
    const textOutputs = join(dir, 'text-outputs.mjs');
    writeFileSync(textOutputs, TEXT_OUTPUTS);
    const compileOnly = join(dir, 'compile-only.mjs');
    writeFileSync(compileOnly, COMPILE_ONLY);
    const checkLibrary = join(dir, 'check-library.mjs');
    writeFileSync(checkLibrary, CHECK_LIBRARY);
    const rootUrl = pathToFileURL(`${root}/`).href;
    const reference = readFileSync(referencePath);
    const input = join(dir, 'policy.txt');
    writeFileSync(input, Buffer.concat(Array.from({ length: Math.ceil((megabytes * 1e6) / reference.length) }, () => reference)));
    const inputBytes = statSync(input).size;
    const out = join(dir, 'out');

    const run = (args: string[], script = bin): Outcome => {
      const peak = runWithPeak(dir, [script, ...args], root);
      // Exit 1 is a policy with problems, still a full run; anything else did not finish.
      const finished = peak.status === 0 || peak.status === 1;
      const lines = peak.stderr.split('\n').map((line) => line.trim()).filter(Boolean);
      const why = lines.find((line) => /out of memory|FATAL ERROR/iu.test(line)) ?? lines.at(-1) ?? '';
      return {
        bytes: peak.bytes, ms: peak.ms, status: peak.status,
        ...(finished ? {} : { failure: `${peak.signal ?? `exit ${peak.status}`}${why ? `: ${why.slice(0, 120)}` : ''}` }),
      };
    };
    type Case = [what: string, peak: Outcome, goal: 'ratio' | 'finish'];
    const cases: Case[] = [];
    cases.push(['compile() alone (parse + extract, the library)', run([rootUrl, input], compileOnly), 'ratio']);
    for (const format of ['json', 'yaml', 'ts']) {
      cases.push([`policyc compile <input> --format ${format} --out <dir>`, run(['compile', input, '--format', format, '--out', join(dir, format), '--quiet']), 'ratio']);
    }
    cases.push(['compile to json + yaml + ts + schema (writeOutputs)', run([rootUrl, input, out], textOutputs), 'ratio']);
    const outputBytes = ['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json']
      .reduce((sum, name) => sum + (statSync(join(out, name), { throwIfNoEntry: false })?.size ?? 0), 0);
    if (outputBytes > 0) {
      cases.push(['policyc check <dir> --no-typecheck', run(['check', out, '--format', 'json', '--no-typecheck']), 'ratio']);
      cases.push(['policyc check <dir> (with the type-check)', run(['check', out, '--format', 'json']), 'ratio']);
      cases.push(['check(<dir>), the library (no policy parse given)', run([rootUrl, out], checkLibrary), 'ratio']);
      // A team's hand edit: one task's title, in the file teams edit, then in registry.ts.
      for (const [file, edit] of [['registry.yaml', /^(tasks:\n[\s\S]*?\n {4}title: .*)$/mu], ['registry.ts', /^( {2}tasks: \[\n[\s\S]*?\n {6}title: '.*)',$/mu]] as const) {
        const edited = join(dir, `edited-${file}`);
        cpSync(out, edited, { recursive: true });
        const text = readFileSync(join(out, file), 'utf8');
        writeFileSync(join(edited, file), text.replace(edit, `$1（改）${file.endsWith('.ts') ? "'," : ''}`));
        cases.push([`policyc check <dir>, one task edited in ${file}`, run(['check', edited, '--format', 'json']), 'ratio']);
        rmSync(edited, { recursive: true, force: true });
      }
    }
    cases.push(['policyc compile <input> --out <dir> (all outputs)', run(['compile', input, '--out', join(dir, 'all'), '--quiet']), 'finish']);

    const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0);
    const rows: (string | number)[][] = [['what', 'peak RSS MB', '× input', 'goal', '', 'seconds', 'exit']];
    for (const [what, peak, goal] of cases) {
      const times = peak.bytes / inputBytes;
      // A process that crashed (out of memory, typically) recorded no peak: it is at least Node's heap limit.
      const meets = !peak.failure && (goal === 'finish' || times <= GOAL);
      rows.push([what, Number.isNaN(peak.bytes) ? '—' : mb(peak.bytes), Number.isNaN(times) ? '—' : `${times.toFixed(1)}×`,
        goal === 'ratio' ? `≤ ${GOAL}×` : 'finishes', meets ? 'meets' : 'misses', (peak.ms / 1000).toFixed(1), peak.failure ?? String(peak.status)]);
    }
    const notes = [`input ${mb(inputBytes)} MB: the reference policy repeated`, `outputs ${mb(outputBytes)} MB`, 'the built CLI (the writeOutputs and compile() rows: its packages), one fresh process each'];
    if (outputBytes === 0) notes.push('check not run: the compile wrote no outputs');
    return `${table(rows)}\n(${notes.join('; ')})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const megabytes = process.argv[2] === undefined ? 20 : Number(process.argv[2]);
  console.log(memoryUse(root, join(root, 'examples/qinghai-pharma/qinghai-pharma.txt'), megabytes));
}
