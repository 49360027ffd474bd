/**
 * A document in which no numbered heading is found compiles to a registry with no sections: the
 * compile says so on stderr with the likely cause, and still exits 0 (it is a warning).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';

const SENTENCE = '为进一步推进某项工作，加快建设进度，现就有关事项通知如下。请各单位高度重视，认真组织实施，确保各项工作落到实处。';

async function compileText(content: string | Buffer, ...options: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-nohead-'));
  writeFileSync(join(dir, 'policy.txt'), content);
  let stdout = '';
  let stderr = '';
  const code = await run(['compile', 'policy.txt', '--out', 'out', ...options], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir });
  return { code, stdout, stderr };
}

describe('compile warns when a document has no numbered heading', () => {
  it.each([
    ['lines numbered in a scheme policyc does not read', `关于某项工作的通知\n1) 推进项目建设。${SENTENCE}\n2) 完善配套政策。${SENTENCE}\n`, 'its lines open with markers policyc does not read as headings ("1)", "2)")'],
    ['a text flowed onto one line', SENTENCE.repeat(8), 'stand on one line: the line breaks were probably lost'],
    ['a text that is not Chinese', 'Minutes of the meeting.\nThe committee met and agreed on nothing.\n', 'it is probably not a policy text'],
    ['a text full of replacement characters', `${'\uFFFD'.repeat(40)}\n${SENTENCE}\n`, 'replacement characters (�): the text was probably decoded with the wrong encoding'],
  ])('%s', async (_, text, cause) => {
    const { code, stdout, stderr } = await compileText(text);
    expect(code).toBe(0);
    expect(stdout).toContain('0 sections');
    expect(stderr).toContain('policy.txt:1:1: warning no numbered heading found, so the registry has no sections: ');
    expect(stderr).toContain(cause);
    expect(stderr).toContain('(no-headings)');
  });

  it('names a wrong encoding when forced decoding gives mojibake', async () => {
    const { code, stderr } = await compileText(Buffer.from(`关于某项工作的通知\n${SENTENCE}\n`), '--encoding', 'windows-1252');
    expect(code).toBe(0);
    expect(stderr).toContain('it reads as mojibake');
    expect(stderr).toContain('--encoding');
  });

  it('says nothing of the kind for a policy with headings', async () => {
    const { stderr } = await compileText(`一、重点任务\n（一）推进项目建设。${SENTENCE}\n`);
    expect(stderr).not.toContain('no-headings');
  });

  it('is quiet under --quiet', async () => {
    const { code, stderr } = await compileText(SENTENCE.repeat(8), '--quiet');
    expect([code, stderr]).toEqual([0, '']);
  });
});
