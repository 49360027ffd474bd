/**
 * Peak memory of the HTML report (issue 8): the reference policy repeated to a given size,
 * compiled, then the report made from it in four ways, each in a fresh process whose peak resident
 * set (`process.resourceUsage().maxRSS`, read as the process exits) is printed in MB and as a
 * multiple of the input's size:
 * - `compile()` alone, what every output starts from;
 * - `compile()` then `emitHtml` with the policy text (the report function, no check results), and
 *   `emitHtmlChunks` written to a file a piece at a time;
 * - `compile()` then the report as `policyc compile --format html` renders it (the CLI checks the
 *   JSON and the policy text for the report's check results, then calls `emitHtml`);
 * - `compile()` then `writeOutputs` of the four text files, and of the four plus the report: the
 *   difference is what the report adds to `policyc compile --out`.
 *
 * Reads the packages' sources (the `source` export condition, through tsx), so it measures the
 * code as it stands, with no build first. Runs on its own: `node --import tsx
 * bench/report-memory.ts [megabytes …]` (2 and 20 by default).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { table } from './measure.js';
import { runWithPeak } from './peak.js';

/** Each case is one child script: it compiles the input, then does its part (`what`). */
const CHILD = `
const [, , root, input, out, what] = process.argv;
const src = (path) => import(new URL(path, root));
const { readPolicy, compile } = await src('packages/policyc/src/index.ts');
const file = await readPolicy(input);
const sourceText = String(file.value);
const { registry } = compile(file, { registryDir: out });
let ok = registry.tasks.length > 0;
if (what === 'emitHtml') {
  const { emitHtml } = await src('packages/report/src/index.ts');
  ok &&= emitHtml(registry, { sourceText }).length > sourceText.length;
} else if (what === 'emitHtmlChunks') {
  const { emitHtmlChunks } = await src('packages/report/src/index.ts');
  const { mkdirSync, openSync, writeSync, closeSync } = await import('node:fs');
  mkdirSync(out, { recursive: true });
  const fd = openSync(out + '/registry.html', 'w');
  let length = 0;
  for (const chunk of emitHtmlChunks(registry, { sourceText })) length += writeSync(fd, chunk);
  closeSync(fd);
  ok &&= length > sourceText.length;
} else if (what === 'cli-html') {
  const { renderOutputs } = await src('packages/cli/src/outputs.ts');
  const files = await renderOutputs(registry, ['html'], out, { sourceText });
  ok &&= files['registry.html'].length > sourceText.length;
} else if (what === 'write-text' || what === 'write-all') {
  const { writeOutputs } = await src('packages/cli/src/outputs.ts');
  const formats = ['json', 'yaml', 'ts', 'schema', ...(what === 'write-all' ? ['html'] : [])];
  ok &&= (await writeOutputs(registry, out, formats, { force: true, sourceText })).status === 'written';
}
process.exitCode = ok ? 0 : 2;
`;

const CASES: [string, string][] = [
  ['compile', 'compile() alone'],
  ['emitHtml', 'compile() + emitHtml(registry, { sourceText })'],
  ['emitHtmlChunks', 'compile() + emitHtmlChunks(registry, { sourceText }) written to a file'],
  ['cli-html', 'compile() + the report as the CLI renders it (its check, then emitHtml)'],
  ['write-text', 'compile() + writeOutputs(json, yaml, ts, schema)'],
  ['write-all', 'compile() + writeOutputs(json, yaml, ts, schema, html)'],
];

export function reportMemory(root: string, referencePath: string, sizes: readonly number[] = [2, 20]): string {
  const tsx = pathToFileURL(createRequire(join(root, 'package.json')).resolve('tsx')).href;
  const dir = mkdtempSync(join(tmpdir(), 'policyc-report-memory-'));
  try {
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const rootUrl = pathToFileURL(`${root}/`).href;
    const reference = readFileSync(referencePath);
    const rows: string[][] = [['input MB', 'what', 'peak RSS MB', '× input', 'seconds', 'exit']];
    for (const megabytes of sizes) {
      const input = join(dir, 'policy.txt');
      writeFileSync(input, Buffer.concat(Array.from({ length: Math.ceil((megabytes * 1e6) / reference.length) }, () => reference)));
      const inputBytes = statSync(input).size;
      for (const [what, label] of CASES) {
        const out = join(dir, `out-${what}`);
        const run = runWithPeak(dir, ['--conditions=source', '--import', tsx, child, rootUrl, input, out, what], root);
        const seconds = (run.ms / 1000).toFixed(1);
        const bytes = run.bytes;
        const failure = run.status === 0 ? '0' : `${run.signal ?? run.status}: ${run.stderr.trim().split('\n').at(-1)?.slice(0, 100) ?? ''}`;
        rows.push([(inputBytes / 1e6).toFixed(1), label, Number.isNaN(bytes) ? '—' : (bytes / 1e6).toFixed(0),
          Number.isNaN(bytes) ? '—' : `${(bytes / inputBytes).toFixed(1)}×`, seconds, failure]);
        rmSync(out, { recursive: true, force: true });
      }
    }
    return `${table(rows)}\n(the reference policy repeated; the packages' sources through tsx; one fresh process each)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : undefined;
  console.log(reportMemory(root, join(root, 'examples/qinghai-pharma/qinghai-pharma.txt'), sizes));
}
