/**
 * `policyc diff` through `run(argv, io)`: exit code 0 when the two versions agree, 1 when
 * anything changed (the CI use), 2 when it cannot run; the JSON form against its schema. The
 * versions are the reference policy and a copy edited as a revision would be, and a corpus
 * policy with one of its tasks cut out.
 */
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffSchema } from '@policyc/compare';
import { createAjv } from '@policyc/model';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { corpusDocs, ROOT } from '../../../test/support/corpus.js';
import { run } from '../src/run.js';
import { readmeExamples, showsPrinted } from './readme-examples.js';

const QINGHAI = 'examples/qinghai-pharma/qinghai-pharma.txt';

async function cli(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `the text holds ${from}`).toBe(true);
  return text.replace(from, to);
}

/** A folder holding `files`, for inputs the tests make. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-diff-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const reference = readFileSync(join(ROOT, QINGHAI), 'utf8');

describe('policyc diff: exit codes', () => {
  it('exits 0 and says so when a policy is compared with its own registry', async () => {
    for (const [a, b] of [[QINGHAI, 'examples/qinghai-pharma'], ['examples/qinghai-pharma/registry.yaml', 'examples/qinghai-pharma/registry.json']]) {
      const { code, stdout } = await cli(['diff', a!, b!, '--quiet', '--no-color']);
      expect(code, `${a} ${b}`).toBe(0);
      expect(stdout).toMatch(/^ {2}\d+ tasks in both · no changes\n$/mu);
    }
  });

  it('exits 1 on a revision, and reports each edit', async () => {
    let edited = replaceOnce(reference, '工业增加值175亿元', '工业增加值200亿元');
    // The lead of one clause and its first assisting unit change places.
    edited = replaceOnce(edited, '负责单位：省科技厅牵头，省发展改革委', '负责单位：省发展改革委牵头，省科技厅');
    edited = replaceOnce(edited, '深化对外合作，拓展发展空间', '深化开放合作，拓展国际市场');
    const dir = folder({ 'v1.txt': reference, 'v2.txt': edited });

    const human = await cli(['diff', 'v1.txt', 'v2.txt', '--quiet', '--no-color'], dir);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/^v1\.txt → v2\.txt\n/u);
    expect(human.stdout).toMatch(/^ {2}target changed +\S+ .*value 175 → 200/mu);
    expect(human.stdout).toMatch(/^ {2}role changed +\S+ 加强科技创新，提高核心竞争能力: 省发展改革委 assist → lead$/mu);
    expect(human.stdout).toMatch(/^ {2}task retitled +\S+: 深化对外合作，拓展发展空间 → 深化开放合作，拓展国际市场$/mu);

    const json = await cli(['diff', 'v1.txt', 'v2.txt', '--quiet', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    const validate = createAjv().compile(diffSchema);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.changed).toBe(true);
    // The raised figure also rewords the text of the task that states it.
    expect(new Set(result.changes.map((c: { kind: string }) => c.kind))).toEqual(new Set(['target-changed', 'unit-role', 'task-retitled', 'task-reworded']));
  });

  // Skipped, visibly, when the corpus is not beside this checkout.
  it.skipIf(corpusDocs().filter((d) => !d.markdown).length === 0)('exits 1 when a task of a corpus policy is cut out, and names that task', async () => {
    const docs = corpusDocs().filter((d) => !d.markdown);
    const doc = docs.map((d) => ({ d, r: compile({ path: d.path, value: d.text }).registry }))
      .find(({ r }) => r.tasks.length >= 5 && new Set(r.tasks.map((t) => t.title)).size === r.tasks.length);
    if (!doc) throw new Error('no corpus policy with five tasks of distinct titles');
    // The middle task's own text goes, as when a draft's item is dropped.
    const task = doc.r.tasks[Math.floor(doc.r.tasks.length / 2)]!;
    const cut = doc.d.text.slice(0, task.position.start.offset) + doc.d.text.slice(task.position.end.offset);
    const dir = folder({ 'draft.txt': doc.d.text, 'final.txt': cut });
    const { code, stdout } = await cli(['diff', 'draft.txt', 'final.txt', '--quiet', '--format', 'json'], dir);
    expect(code).toBe(1);
    const removed = JSON.parse(stdout).changes.filter((c: { kind: string }) => c.kind === 'task-removed').map((c: { old: { title: string } }) => c.old.title);
    expect(removed, doc.d.id).toContain(task.title);
  });

  it('exits 2 when an input is missing, naming it', async () => {
    const { code, stdout, stderr } = await cli(['diff', QINGHAI, 'examples/qinghai-pharma/nothing-here.txt', '--quiet']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('policyc diff: cannot read examples/qinghai-pharma/nothing-here.txt: no such file\n');
  });

  it('exits 2 on a wrong call, with the usage', async () => {
    for (const argv of [[QINGHAI], [QINGHAI, QINGHAI, '--format', 'yaml'], [QINGHAI, QINGHAI, '--threshold', 'high']]) {
      const { code, stderr } = await cli(['diff', ...argv]);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: policyc diff <old> <new>');
    }
  });

  it('prints its usage on --help, and is listed in policyc --help', async () => {
    const help = await cli(['diff', '-h']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Exit codes: 0 nothing changed, 1 something changed, 2 could not run');
    expect((await cli(['--help'])).stdout).toContain('policyc diff <old> <new>');
  });
});

describe('the README', () => {
  it('shows what policyc diff prints on the revision its sed command makes, and the exit code', async () => {
    const example = readmeExamples().find((e) => /policyc diff /u.test(e.command));
    expect(example, 'a diff example under "Trace and diff"').toBeDefined();
    // The sed edits, each applied to the first match on a line as sed does.
    const edits = [...example!.command.matchAll(/-e 's\/([^/]+)\/([^/]+)\/'/gu)].map((m) => [m[1]!, m[2]!] as const);
    expect(edits.length).toBeGreaterThan(0);
    const revised = reference.split('\n').map((line) => edits.reduce((l, [from, to]) => l.replace(from, to), line)).join('\n');
    const dir = folder({ 'revised.txt': revised });
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    const argv = /policyc (diff [^;\n]*)/u.exec(example!.command)![1]!.trim().split(/\s+/u);
    const { code, stdout } = await cli([...argv, '--no-color'], dir);
    const exit = /^exit (\d)$/mu.exec(example!.shown);
    expect(code).toBe(Number(exit?.[1]));
    expect(showsPrinted(example!.shown.replace(/^exit \d\n/mu, ''), stdout), stdout).toBe(true);
  });
});
