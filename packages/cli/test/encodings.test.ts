/**
 * `policyc compile` on policies saved in the encodings Chinese government files come in: detected
 * from the bytes, or forced with `--encoding`; bytes that are no text are refused in one line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';

const POLICY = '关于推进某项工作的实施方案\n一、重点任务\n（一）推进项目建设。加快建设进度。（牵头单位：市发展改革委；配合单位：市财政局）\n';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd });
  return { code, stdout, stderr };
}

function saved(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-enc-'));
  writeFileSync(join(dir, name), bytes);
  return dir;
}

describe('compile reads the encoding a policy was saved in', () => {
  it.each(['gbk', 'gb18030', 'utf-16le'])('%s, detected', async (encoding) => {
    const dir = saved('policy.txt', iconv.encode(POLICY, encoding, { addBOM: encoding.startsWith('utf-16') }));
    const { code, stdout } = await cli(dir, 'compile', 'policy.txt');
    expect(code).toBe(0);
    const registry = JSON.parse(stdout) as { tasks: { lead: string[]; assist: string[] }[] };
    expect(registry.tasks.map((t) => [t.lead, t.assist])).toEqual([[['市发展改革委'], ['市财政局']]]);
  });

  it('--encoding forces one', async () => {
    const dir = saved('policy.txt', iconv.encode(POLICY, 'gbk'));
    const { code, stdout } = await cli(dir, 'compile', 'policy.txt', '--encoding', 'gbk');
    expect(code).toBe(0);
    expect(stdout).toContain('市发展改革委');
  });

  it('refuses bytes that are no text, in one line, exit 2', async () => {
    const dir = saved('policy.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const { code, stderr } = await cli(dir, 'compile', 'policy.txt');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^policyc: cannot read policy\.txt: /u);
  });

  it('refuses an empty file', async () => {
    const dir = saved('policy.txt', Buffer.alloc(0));
    const { code, stderr } = await cli(dir, 'compile', 'policy.txt');
    expect(code).toBe(2);
    expect(stderr).toContain('empty');
  });
});
