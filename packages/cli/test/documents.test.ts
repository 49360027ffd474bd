/**
 * The 任务分工表 workbook, the CSV and the HTML report as `policyc compile` writes them; `policyc
 * build` after a team edits registry.yaml; `mergeForCli`, which `compile --merge` calls. The
 * policies are made up, in the style of an 实施方案 (responsibility clauses with deadlines).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mergeForCli, UNPLACED_NAME } from '../src/merge.js';
import { RECORD_NAME, writeOutputs } from '../src/outputs.js';
import { run } from '../src/run.js';

const HEAD = '某市推进数字经济高质量发展实施方案\n\n一、重点任务\n';
const INFRA = '（{n}）夯实数字基础设施。新建5G基站3000个，推动光纤网络覆盖全部城区。（市工业和信息化局牵头，市发展改革委配合，2025年底前完成）\n';
const DATA = '（{n}）培育数据要素市场。建设市级数据交易平台，探索数据资产登记制度。（市数据局牵头，市财政局配合，2026年底前完成）\n';
const INDUSTRY = '（{n}）推进产业数字化转型。支持规模以上工业企业开展智能化改造，建设一批智能工厂。（市工业和信息化局负责）\n';
const PLANNING = '（{n}）加强统筹协调。建立数字经济发展联席会议制度，定期研究重大事项。（市发展改革委牵头）\n';
const NUMERALS = ['一', '二', '三', '四'];
const policyText = (...tasks: string[]) => HEAD + tasks.map((task, i) => task.replace('{n}', NUMERALS[i]!)).join('');

/** A folder holding `plan.txt` with the given task paragraphs. */
function workspace(...tasks: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-documents-'));
  writeFileSync(join(dir, 'plan.txt'), policyText(...tasks));
  return dir;
}

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return book;
}

/** The row of sheet 1 whose 任务 cell starts with `title`'s path and title, as cell texts. */
function taskRow(book: ExcelJS.Workbook, title: string): string[] {
  const sheet = book.worksheets[0]!;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(2).text.endsWith(title)) return Array.from({ length: 9 }, (_, c) => row.getCell(c + 1).text);
  }
  throw new Error(`no row for ${title}`);
}

describe('compile writes the workbook and the report with the registry', () => {
  it('writes registry.xlsx and registry.html by default, and a workbook that reads back', async () => {
    const dir = workspace(INFRA, DATA);
    const { code, stdout } = await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    expect(code).toBe(0);
    expect(stdout).toContain('wrote out/registry.xlsx');
    expect(stdout).toContain('wrote out/registry.html');
    expect(existsSync(join(dir, 'out/registry.csv'))).toBe(false);
    const book = await workbook(join(dir, 'out/registry.xlsx'));
    expect(book.worksheets[0]!.getRow(2).getCell(1).text).toBe('序号');
    expect(taskRow(book, '夯实数字基础设施')).toEqual([
      '1', '1.1 夯实数字基础设施', expect.stringContaining('新建5G基站3000个'), '市工业和信息化局', '市发展改革委', '', '2025年底前', expect.any(String), expect.stringMatching(/^4:\d+$/u),
    ]);
    // Every file written is in the record, so a re-compile replaces them as one set.
    const record = JSON.parse(readFileSync(join(dir, 'out', RECORD_NAME), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(record.files)).toEqual(['registry.json', 'registry.yaml', 'registry.ts', 'registry.schema.json', 'registry.xlsx', 'registry.html']);
  });

  it('writes the HTML report with the policy text and the check results of the files written', async () => {
    const dir = workspace(INFRA, DATA);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out', '--format', 'html');
    const html = readFileSync(join(dir, 'out/registry.html'), 'utf8');
    expect(html).toContain('探索数据资产登记制度');
    expect(html).not.toMatch(/<script[^>]+src=/u);
    // A registry with findings (a task that names no unit): the report lists what check says of the files.
    const leaderless = workspace(INFRA, INDUSTRY.replace('（市工业和信息化局负责）', ''));
    await cli(leaderless, 'compile', 'plan.txt', '--out', 'out');
    const { stdout } = await cli(leaderless, 'check', 'out', '--format', 'json');
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string; reason: string }[] }).messages;
    expect(messages.length).toBeGreaterThan(0);
    const report = readFileSync(join(leaderless, 'out/registry.html'), 'utf8');
    for (const { ruleId } of messages) expect(report).toContain(ruleId);
    expect(html).not.toContain('task-no-lead');
  });

  it('writes the CSV when asked for: UTF-8 with a byte order mark, the task table', async () => {
    const dir = workspace(INFRA, DATA);
    expect((await cli(dir, 'compile', 'plan.txt', '--out', 'out', '--format', 'csv')).code).toBe(0);
    const csv = readFileSync(join(dir, 'out/registry.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('培育数据要素市场');
  });

  it('check reads the registry files and leaves the workbook, the CSV and the report alone', async () => {
    const dir = workspace(INFRA, DATA);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    await cli(dir, 'compile', 'plan.txt', '--out', 'out', '--format', 'csv');
    const { code, stdout } = await cli(dir, 'check', 'out', '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { files: string[]; errorCount: number };
    expect(result.errorCount).toBe(0);
    expect(result.files.filter((f) => /\.(xlsx|csv|html)$/u.test(f))).toEqual([]);
  });
});

/** registry.yaml with `lines` added to the task whose id line is `- id: <id>`. */
function editTask(yaml: string, id: string, lines: string[]): string {
  const at = yaml.indexOf(`  - id: ${id}\n`);
  expect(at).toBeGreaterThan(0);
  const end = at + `  - id: ${id}\n`.length;
  return yaml.slice(0, end) + lines.map((line) => `    ${line}\n`).join('') + yaml.slice(end);
}

describe('policyc build', () => {
  it('regenerates the other files from an edited registry.yaml, so check passes again', async () => {
    const dir = workspace(INFRA, DATA);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    const yamlPath = join(dir, 'out/registry.yaml');
    let yaml = editTask(readFileSync(yamlPath, 'utf8'), 'task-1.1', ['extra:', '  状态: 进行中', '  进度: 0.4', '  督办人: [张明, 李华]']);
    // A changed 完成时限 is an edit of the deadline's text (and year).
    yaml = yaml.replace('text: 2026年底前', 'text: 2026年6月底前');
    writeFileSync(yamlPath, yaml);
    const before = await cli(dir, 'check', 'out');
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('agreement');

    const built = await cli(dir, 'build', 'out/registry.yaml');
    expect(built).toMatchObject({ code: 0, stderr: '' });
    expect(built.stdout).toContain('wrote out/registry.json');
    expect(built.stdout).not.toContain('registry.yaml\n');
    const after = await cli(dir, 'check', 'out');
    expect(after.stdout).toContain('0 errors');
    expect(after.code).toBe(0);

    expect(readFileSync(yamlPath, 'utf8')).toBe(yaml);
    const json = JSON.parse(readFileSync(join(dir, 'out/registry.json'), 'utf8')) as { tasks: { extra?: unknown; deadline: { text: string } | null }[] };
    expect(json.tasks[0]!.extra).toEqual({ 状态: '进行中', 进度: 0.4, 督办人: ['张明', '李华'] });
    expect(json.tasks[1]!.deadline!.text).toBe('2026年6月底前');
    const ts = readFileSync(join(dir, 'out/registry.ts'), 'utf8');
    expect(ts).toContain("'督办人': ['张明', '李华'],");
    expect(ts).toContain("readonly extra?: { readonly [name: string]: string | number | boolean | null | readonly (string | number | boolean | null)[] };");
    expect(taskRow(await workbook(join(dir, 'out/registry.xlsx')), '培育数据要素市场')[6]).toBe('2026年6月底前');
    expect(readFileSync(join(dir, 'out/registry.html'), 'utf8')).toContain('2026年6月底前');
  });

  it('writes nothing from a registry.yaml with errors, and says where', async () => {
    const dir = workspace(INFRA);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    const yamlPath = join(dir, 'out/registry.yaml');
    writeFileSync(yamlPath, editTask(readFileSync(yamlPath, 'utf8'), 'task-1.1', ['extra:', '  督办:', '    人: 张明']));
    const json = readFileSync(join(dir, 'out/registry.json'), 'utf8');
    const { code, stderr } = await cli(dir, 'build', 'out/registry.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(/registry\.yaml:\d+:\d+.* error schema/u);
    expect(stderr).toContain('nothing was written');
    expect(readFileSync(join(dir, 'out/registry.json'), 'utf8')).toBe(json);
  });

  it('refuses a missing file and a file that is no YAML', async () => {
    const dir = workspace(INFRA);
    expect((await cli(dir, 'build', 'nothing/registry.yaml')).code).toBe(2);
    expect((await cli(dir, 'build', 'plan.txt')).code).toBe(2);
    expect((await cli(dir, 'build')).code).toBe(2);
  });
});

describe('mergeForCli (compile --merge)', () => {
  it('carries the edits to the recompiled registry, and keeps the unplaceable ones in a file', async () => {
    const dir = workspace(INFRA, DATA, INDUSTRY);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    const yamlPath = join(dir, 'out/registry.yaml');
    let yaml = editTask(readFileSync(yamlPath, 'utf8'), 'task-1.1', ['extra:', '  状态: 进行中']);
    yaml = editTask(yaml, 'task-1.3', ['extra:', '  备注: 待审议']);
    writeFileSync(yamlPath, yaml.replace('text: 2025年底前', 'text: 2025年9月底前'));

    // The revised policy: a task inserted first (every id shifts), the industry task gone.
    writeFileSync(join(dir, 'plan.txt'), policyText(PLANNING, INFRA, DATA));
    const recompiled = compile({ path: join(dir, 'plan.txt'), value: readFileSync(join(dir, 'plan.txt'), 'utf8') }, { registryDir: join(dir, 'out') }).registry;
    let stdout = '';
    let stderr = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), cwd: dir };
    const outcome = await mergeForCli('out/registry.yaml', recompiled, io);
    expect(outcome).toMatchObject({ ok: true, status: 1 });
    if (!outcome.ok) return;
    const infra = outcome.registry.tasks.find((t) => t.title === '夯实数字基础设施')!;
    expect(infra).toMatchObject({ id: 'task-1.2', extra: { 状态: '进行中' }, deadline: { text: '2025年9月底前' } });
    expect(stdout).toContain('merged task-1.1 → task-1.2 夯实数字基础设施 (by title): extra.状态, deadline');
    expect(stderr).toContain('task-1.3 推进产业数字化转型: extra.备注');
    expect(parseYaml(readFileSync(join(dir, 'out', UNPLACED_NAME), 'utf8'))).toEqual([
      { id: 'task-1.3', path: '1.3', title: '推进产业数字化转型', extra: { 备注: '待审议' } },
    ]);

    // Written over the edited folder (forced, as compile --merge does), the merged registry checks clean.
    expect((await writeOutputs(outcome.registry, join(dir, 'out'), 'all', { force: true })).status).toBe('written');
    const { code } = await cli(dir, 'check', 'out');
    expect(code).toBe(0);
    expect(parseYaml(readFileSync(yamlPath, 'utf8')).tasks[1].extra).toEqual({ 状态: '进行中' });
  });

  it('runs as compile --merge: edits carried, the folder replaced, unplaced edits reported with exit 1', async () => {
    const dir = workspace(INFRA, DATA, INDUSTRY);
    await cli(dir, 'compile', 'plan.txt', '--out', 'out');
    const yamlPath = join(dir, 'out/registry.yaml');
    let yaml = editTask(readFileSync(yamlPath, 'utf8'), 'task-1.2', ['extra:', '  督办人: 张三', '  进度: 40']);
    yaml = editTask(yaml, 'task-1.3', ['extra:', '  备注: 待审议']);
    writeFileSync(yamlPath, yaml);
    writeFileSync(join(dir, 'plan.txt'), policyText(PLANNING, INFRA, DATA));

    // Without --merge the edited file is protected; with it, the edits move to the new ids.
    expect((await cli(dir, 'compile', 'plan.txt', '--out', 'out')).code).toBe(1);
    const merged = await cli(dir, 'compile', 'plan.txt', '--merge', 'out/registry.yaml');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toContain('merged task-1.2 → task-1.3 培育数据要素市场');
    expect(merged.stderr).toContain('task-1.3 推进产业数字化转型: extra.备注');
    const tasks = parseYaml(readFileSync(yamlPath, 'utf8')).tasks as Array<{ id: string; extra?: unknown }>;
    expect(tasks.find((t) => t.id === 'task-1.3')?.extra).toEqual({ 督办人: '张三', 进度: 40 });
    expect(tasks.filter((t) => t.extra !== undefined)).toHaveLength(1);
    expect(existsSync(join(dir, 'out', UNPLACED_NAME))).toBe(true);
    expect((await cli(dir, 'check', 'out')).code).toBe(0);

    expect((await cli(dir, 'compile', 'plan.txt', 'plan.txt', '--merge', 'out/registry.yaml')).code).toBe(2);
    expect((await cli(dir, 'compile', 'plan.txt', '--merge', 'nothing.yaml', '--out', 'other')).code).toBe(2);
  });

  it('stops at an edited file with errors', async () => {
    const dir = workspace(INFRA);
    writeFileSync(join(dir, 'registry.yaml'), 'tasks: [\n');
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    expect(await mergeForCli('registry.yaml', compile(policyText(INFRA)).registry, io)).toEqual({ ok: false, status: 1 });
    expect(await mergeForCli('missing.yaml', compile(policyText(INFRA)).registry, io)).toEqual({ ok: false, status: 2 });
  });
});
