/**
 * `policyc compile` on what a team has: a folder (one broken file among good ones), a glob,
 * standard input, and the index across documents. Each input is a made-up policy in the style of
 * real ones, written to a temporary folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { INDEX_SCHEMA } from '../src/index-schema.js';
import type { PolicyIndex } from '../src/index-file.js';
import { run } from '../src/run.js';

async function cli(cwd: string, argv: string[], stdin?: Uint8Array) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), cwd, ...(stdin ? { readStdin: async () => stdin } : {}) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-batch-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Every file under `dir` (hidden ones included) with its SHA-256, by path from `dir`. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const policy = (title: string, units: [string, string], target: string) => [
  `${title}`,
  '各市、自治州人民政府，省政府各委、办、厅、局：',
  '一、重点任务',
  `（一）推进项目建设。加快项目落地，${target}。（${units[0]}牵头，${units[1]}配合）`,
  `（二）强化要素保障。统筹安排资金，保障用地需求。（${units[1]}牵头，${units[0]}配合）`,
  '',
].join('\n');

const GOOD_A = policy('某省关于推进数字经济发展的实施意见', ['省工业和信息化厅', '省财政厅'], '到2027年建成数字化车间50个');
const GOOD_B = policy('某省关于加快养老服务体系建设的通知', ['省民政厅', '省财政厅'], '到2026年养老机构护理型床位占比达到60%以上');
/** Bytes that are no text: refused by the reader, in one line. */
const BROKEN = Buffer.from([0, 1, 2, 3, 0, 0, 0, 4, 5, 0]);

describe('compile <folder>', () => {
  it('compiles every policy in it and its subfolders; a broken file reports one line and the rest go on', async () => {
    const dir = folder({
      'in/a.txt': GOOD_A,
      'in/sub/b.md': GOOD_B,
      'in/sub/broken.txt': BROKEN,
      'in/notes.csv': '不是政策文件',
      'in/node_modules/pkg/readme.txt': GOOD_A,
      'in/.cache/copy.txt': GOOD_A,
    });
    const { code, stdout, stderr } = await cli(dir, ['compile', 'in', '--out', 'out', '--jobs', '1']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`policyc: cannot read ${join('in', 'sub', 'broken.txt')}: not text: 50% NUL bytes`]);
    expect(Object.keys(tree(join(dir, 'out'))).filter((p) => p.endsWith('registry.json')).sort()).toEqual([join('a', 'registry.json'), join('sub', 'b', 'registry.json')]);
    // Each document's summary, in input order, then the index and the table.
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['in/a.txt: 某省关于推进数字经济发展的实施意见', '  3 sections · 2 tasks (2 with units) · 2 units · 1 targets']);
    expect(lines.filter((l) => /^\S/u.test(l))).toEqual([
      'in/a.txt: 某省关于推进数字经济发展的实施意见', 'in/sub/b.md: 某省关于加快养老服务体系建设的通知', 'wrote out/index.json', 'wrote out/index.xlsx',
      expect.stringMatching(/^documents/u),
    ]);
    expect(stdout).toMatch(/documents +failed +tasks +units +targets +warnings +errors +time +documents\/s\n +3 +1 +4 +4 +2 +0 +0 +[0-9.]+ s +[0-9.]+\n$/u);
  });

  it('exits 0 when every document compiles, and --quiet prints nothing at all', async () => {
    const dir = folder({ 'in/a.txt': GOOD_A, 'in/b.txt': GOOD_B });
    expect(await cli(dir, ['compile', 'in', '--out', 'out', '--quiet', '--jobs', '1'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(Object.keys(tree(join(dir, 'out')))).toContain(join('b', 'registry.yaml'));
  });

  it('an empty folder is an input that names nothing: exit 2, said in a line', async () => {
    const dir = folder({ 'empty/notes.csv': 'x', 'in/a.txt': GOOD_A });
    const { code, stderr } = await cli(dir, ['compile', 'empty', 'in', '--out', 'out', '--jobs', '1']);
    expect(code).toBe(2);
    expect(stderr).toContain('policyc: cannot read empty: a folder with no policy file');
    // The one document found still gets its own folder, beside the index.
    expect(Object.keys(tree(join(dir, 'out')))).toEqual(expect.arrayContaining([join('a', 'registry.json'), 'index.json']));
  });

  it('--jobs 1 and --jobs 2 write the same files, byte for byte, and print the same lines', async () => {
    const dir = folder({ 'in/a.txt': GOOD_A, 'in/b.txt': GOOD_B, 'in/c/d.md': GOOD_A.replace('数字经济', '人工智能'), 'in/e.txt': BROKEN });
    const one = await cli(dir, ['compile', 'in', '--out', 'one', '--jobs', '1']);
    const two = await cli(dir, ['compile', 'in', '--out', 'two', '--jobs', '2']);
    expect(tree(join(dir, 'two'))).toEqual(tree(join(dir, 'one')));
    const withoutTable = (s: string) => s.replace(/one|two/gu, 'X').split('\n\n')[0];
    expect([two.code, withoutTable(two.stdout), two.stderr]).toEqual([one.code, withoutTable(one.stdout), one.stderr]);
    expect(Object.keys(tree(join(dir, 'one'))).filter((p) => p.endsWith('registry.json'))).toHaveLength(3);
  });

  it('--jobs takes a whole number', async () => {
    const dir = folder({ 'a.txt': GOOD_A });
    const { code, stderr } = await cli(dir, ['compile', 'a.txt', '--jobs', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('--jobs takes a whole number');
  });
});

describe('compile <glob>', () => {
  it('compiles the policy files a quoted pattern matches, in path order', async () => {
    const dir = folder({ 'p/x/b.txt': GOOD_B, 'p/a.txt': GOOD_A, 'p/c.md': GOOD_A, 'p/x/d.csv': 'x' });
    const { code, stdout } = await cli(dir, ['compile', 'p/**/*.txt', '--out', 'out', '--jobs', '1']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('p/')).map((l) => l.slice(0, l.indexOf(':')))).toEqual(['p/a.txt', 'p/x/b.txt']);
  });

  it('a pattern that matches nothing says so and exits 2', async () => {
    const dir = folder({ 'a.txt': GOOD_A });
    const { code, stderr } = await cli(dir, ['compile', 'none/*.txt', '--out', 'out']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read none/*.txt: no policy file matches the pattern');
  });
});

describe('compile - (standard input)', () => {
  it('reads the bytes as the kind --as names: Markdown', async () => {
    const dir = folder({});
    const { code, stdout } = await cli(dir, ['compile', '-', '--as', 'md'], Buffer.from(`# 标题说明\n\n${GOOD_A}`));
    expect(code).toBe(0);
    const registry = JSON.parse(stdout) as { tasks: Array<{ lead: string[] }>; document: { source: unknown } };
    expect(registry.tasks.map((t) => t.lead)).toEqual([['省工业和信息化厅'], ['省财政厅']]);
    // Piped bytes have no file for `check` to find again.
    expect(registry.document.source).toBeNull();
  });

  it('decodes like a file: GBK text, HTML by what a browser shows', async () => {
    const dir = folder({});
    const gbk = await cli(dir, ['compile', '-'], iconv.encode(GOOD_B, 'gbk'));
    expect(gbk.code).toBe(0);
    expect(JSON.parse(gbk.stdout).tasks[0].lead).toEqual(['省民政厅']);
    const html = `<html><head><meta charset="utf-8"></head><body>${GOOD_B.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    const fromHtml = await cli(dir, ['compile', '-', '--as', 'html'], Buffer.from(html));
    expect(fromHtml.code).toBe(0);
    expect(JSON.parse(fromHtml.stdout).tasks[1].lead).toEqual(['省财政厅']);
  });

  it('refuses bytes that are no text in a line, and an unknown kind', async () => {
    const dir = folder({});
    const broken = await cli(dir, ['compile', '-'], BROKEN);
    expect([broken.code, broken.stdout]).toEqual([2, '']);
    expect(broken.stderr).toBe('policyc: cannot read -: not text: 50% NUL bytes\n');
    const unknown = await cli(dir, ['compile', '-', '--as', 'pdf'], Buffer.from(GOOD_A));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown input kind "pdf"');
  });

  it('writes the outputs under --out', async () => {
    const dir = folder({});
    const { code } = await cli(dir, ['compile', '-', '--out', 'out', '--quiet'], Buffer.from(GOOD_A));
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'registry.json'), 'utf8')).tasks).toHaveLength(2);
  });
});

describe('index.json across documents', () => {
  // Two documents name one unit by two short names, each declared for the same full name; both
  // share 省财政厅 by name; each declares 工作专班 for a different body, which must stay apart.
  const A = [
    '某省关于推进医药产业高质量发展的实施意见',
    '为推进医药产业发展，由某省发展和改革委员会（以下简称省发展改革委）会同有关部门制定本意见。成立某省医药产业发展工作专班（以下简称工作专班）。',
    '一、重点任务',
    '（一）优化产业布局。推动产业集聚发展。（省发展改革委牵头，省财政厅配合）',
    '（二）建立推进机制。定期调度重点项目。（工作专班负责）',
    '',
  ].join('\n');
  const B = [
    '某省关于促进生物经济发展的通知',
    '经省政府同意，某省发展和改革委员会（以下简称省发改委）制定本通知。组建某省生物经济推进工作专班（以下简称工作专班）。',
    '一、主要任务',
    '（一）培育龙头企业。支持企业做大做强。（省发改委牵头，省财政厅配合）',
    '（二）加强统筹协调。（工作专班负责）',
    '',
  ].join('\n');

  it('files each unit once, under the full name its documents declare, with the aliases kept', async () => {
    const dir = folder({ 'docs/a.txt': A, 'docs/b.txt': B });
    const { code } = await cli(dir, ['compile', 'docs', '--out', 'out', '--jobs', '1', '--quiet']);
    expect(code).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'out', 'index.json'), 'utf8')) as PolicyIndex;

    const ajv = new Ajv2020.default({ allErrors: true, strict: true });
    const validate = ajv.compile(INDEX_SCHEMA);
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);

    expect(index.documents.map((d) => [d.path, d.registry, d.title])).toEqual([
      ['docs/a.txt', 'a', '某省关于推进医药产业高质量发展的实施意见'],
      ['docs/b.txt', 'b', '某省关于促进生物经济发展的通知'],
    ]);
    const byName = new Map(index.units.map((u) => [u.name, u]));
    const ndrc = byName.get('某省发展和改革委员会');
    expect(ndrc?.aliases).toEqual(['省发展改革委', '省发改委']);
    // Document a names it in full too, in its preamble's duty: both its names are one unit.
    expect(ndrc?.counts).toEqual({ documents: 2, tasks: 3, lead: 3, assist: 0, responsible: 0 });
    expect(ndrc?.declarations).toEqual([
      { document: 'docs/a.txt', name: '某省发展和改革委员会', alias: '省发展改革委' },
      { document: 'docs/b.txt', name: '某省发展和改革委员会', alias: '省发改委' },
    ]);
    expect(ndrc?.documents.map((d) => [d.document, d.names, d.tasks.map((t) => `${t.path} ${t.role}`)])).toEqual([
      ['docs/a.txt', ['某省发展和改革委员会', '省发展改革委'], [' lead', '1.1 lead']],
      ['docs/b.txt', ['省发改委'], ['1.1 lead']],
    ]);
    expect(byName.get('省财政厅')?.counts).toMatchObject({ documents: 2, tasks: 2, assist: 2 });
    // One short name, two bodies: each document's own declaration decides.
    expect(byName.get('某省医药产业发展工作专班')?.documents.map((d) => d.document)).toEqual(['docs/a.txt']);
    expect(byName.get('某省生物经济推进工作专班')?.documents.map((d) => d.document)).toEqual(['docs/b.txt']);
    expect(byName.has('工作专班')).toBe(false);
    expect(readFileSync(join(dir, 'out', 'index.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('is written only by a batch with --out', async () => {
    const dir = folder({ 'a.txt': A });
    await cli(dir, ['compile', 'a.txt', '--out', 'out', '--quiet']);
    expect(readdirSync(join(dir, 'out'))).not.toContain('index.json');
  });

  it('as a workbook only when the formats asked for include xlsx', async () => {
    const dir = folder({ 'a.txt': A, 'b.txt': B });
    const json = await cli(dir, ['compile', 'a.txt', 'b.txt', '--out', 'json', '--format', 'json', '--jobs', '1', '--quiet']);
    const sheets = await cli(dir, ['compile', 'a.txt', 'b.txt', '--out', 'sheets', '--format', 'json,xlsx', '--jobs', '1', '--quiet']);
    expect([json.code, sheets.code]).toEqual([0, 0]);
    expect(readdirSync(join(dir, 'json')).filter((name) => name.startsWith('index.'))).toEqual(['index.json']);
    expect(readdirSync(join(dir, 'sheets')).filter((name) => name.startsWith('index.')).sort()).toEqual(['index.json', 'index.xlsx']);
  });
});
