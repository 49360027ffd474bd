import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { compile, decodeText, readPolicy, tryReadPolicy, UnsupportedInputError } from '@policyc/core';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policyc-decode-'));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A made-up policy excerpt: ideographs, full-width punctuation, ASCII digits and a percent sign. */
const POLICY = [
  '某市人民政府关于加快推进数字经济发展的实施意见',
  '各区县人民政府，市政府各部门：',
  '一、总体要求',
  '（一）主要目标。到2025年，全市数字经济核心产业增加值占地区生产总值比重达到10%以上。',
  '二、重点任务',
  '（二）建设算力设施。责任单位：市发展改革委牵头，市工业和信息化局配合。',
  '',
].join('\n');

/** The same excerpt in traditional characters, as a Big5 file would hold it. */
const POLICY_TRADITIONAL = [
  '某市人民政府關於加快推進數位經濟發展的實施意見',
  '各區縣人民政府，市政府各部門：',
  '一、總體要求',
  '（一）主要目標。到2025年，全市數位經濟核心產業增加值佔地區生產總值比重達到10%以上。',
  '',
].join('\n');

const encode = (text: string, encoding: string, addBOM = false) => iconv.encode(text, encoding, { addBOM });

describe('decodeText', () => {
  // GB18030 beyond GBK: an ideograph of CJK Extension A takes four bytes.
  const GB18030_ONLY = `${POLICY}（三）推广“䶮”字库。\n`;
  it.each([
    ['UTF-8', encode(POLICY, 'utf8'), POLICY, 'utf-8', 'detected'],
    ['UTF-8 with BOM', encode(POLICY, 'utf8', true), POLICY, 'utf-8', 'bom'],
    ['GBK', encode(POLICY, 'gbk'), POLICY, 'gb18030', 'detected'],
    ['GB18030', encode(GB18030_ONLY, 'gb18030'), GB18030_ONLY, 'gb18030', 'detected'],
    ['UTF-16LE with BOM', encode(POLICY, 'utf16le', true), POLICY, 'utf-16le', 'bom'],
    ['UTF-16BE with BOM', encode(POLICY, 'utf16be', true), POLICY, 'utf-16be', 'bom'],
    ['UTF-16LE without BOM', encode(POLICY, 'utf16le'), POLICY, 'utf-16le', 'detected'],
    ['UTF-16BE without BOM', encode(POLICY, 'utf16be'), POLICY, 'utf-16be', 'detected'],
  ])('reads %s', (_, bytes, text, encoding, by) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding, by });
  });

  it('reads Big5, told from GBK by character frequencies', () => {
    expect(decodeText(encode(POLICY_TRADITIONAL, 'big5'))).toEqual({ ok: true, text: POLICY_TRADITIONAL, encoding: 'big5', by: 'detected' });
  });

  it('reads UTF-16 without BOM that is nothing but ideographs', () => {
    const text = '某市人民政府关于加快推进数字经济发展的实施意见';
    expect(decodeText(encode(text, 'utf16le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(encode(text, 'utf16be'))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });

  it('honours an HTML page\'s declared charset, and falls back to detection when the declaration is wrong', () => {
    const page = (charset: string) => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${POLICY}</p></body></html>`;
    expect(decodeText(encode(page('gb2312'), 'gbk'), { html: true })).toMatchObject({ ok: true, text: page('gb2312'), encoding: 'gbk', by: 'declared' });
    expect(decodeText(encode('<meta charset="big5">' + POLICY_TRADITIONAL, 'big5'), { html: true })).toMatchObject({ ok: true, encoding: 'big5', by: 'declared' });
    // A gb2312 template saved as UTF-8: the bytes are no valid GBK, so the declaration is not believed.
    expect(decodeText(encode(page('gb2312'), 'utf8'), { html: true })).toMatchObject({ ok: true, text: page('gb2312'), encoding: 'utf-8', by: 'detected' });
  });

  it('decodes with a forced encoding, and says when the bytes do not fit it', () => {
    expect(decodeText(encode(POLICY, 'gbk'), { encoding: 'GB2312' })).toEqual({ ok: true, text: POLICY, encoding: 'gbk', by: 'forced' });
    expect(decodeText(encode(POLICY, 'gbk'), { encoding: 'utf-8' })).toEqual({ ok: false, reason: 'cannot decode as UTF-8' });
    expect(decodeText(encode(POLICY, 'utf8'), { encoding: 'no-such-charset' })).toEqual({ ok: false, reason: 'unknown encoding "no-such-charset"' });
  });

  it('refuses what is no text, with a one-line reason', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    const nulHeavy = Buffer.concat([encode('一、总体要求\n', 'utf8'), Buffer.alloc(81)]);
    expect(decodeText(nulHeavy)).toEqual({ ok: false, reason: 'not text: 81% NUL bytes' });
    const random = randomBytes(1 << 20);
    const refused = decodeText(random);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.reason).toMatch(/^not text: \d+% (NUL|control) bytes$/u);
  });

  it('loads chardet only for bytes that are not UTF-8', () => {
    // A fresh process each (run from the workspace's root, which depends on policyc): chardet is
    // CommonJS, loaded with require, so require's cache lists it.
    const loadsChardet = (bytes: Buffer) => {
      const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', `
        import { createRequire } from 'node:module';
        const { decodeText } = await import('policyc');
        const result = decodeText(Buffer.from(process.argv[1], 'base64'));
        const cache = Object.keys(createRequire(import.meta.url).cache);
        process.stdout.write(JSON.stringify({ encoding: result.encoding, chardet: cache.some((path) => /[\\/]chardet[\\/]/.test(path)) }));
      `, bytes.toString('base64')], { cwd: ROOT, encoding: 'utf8' });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { encoding: string; chardet: boolean };
    };
    expect(loadsChardet(encode(POLICY, 'utf8'))).toEqual({ encoding: 'utf-8', chardet: false });
    expect(loadsChardet(encode(POLICY, 'gbk'))).toEqual({ encoding: 'gb18030', chardet: true });
  }, 30_000);

  it('refuses bytes that no Chinese encoding decodes', () => {
    // High bytes only, so no control bytes; FF is a lead byte in neither GB18030 nor Big5, nor valid UTF-8.
    expect(decodeText(Buffer.from([0xd6, 0xd0, 0xff, 0xff, 0xff, 0x80, 0xff]))).toEqual({ ok: false, reason: 'cannot decode as UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5' });
  });
});

describe('readPolicy in any encoding', () => {
  it('compiles a GBK text file to the same registry as its UTF-8 twin, and records the encoding', async () => {
    const gbk = join(dir, 'gbk.txt');
    const utf8 = join(dir, 'utf8.txt');
    writeFileSync(gbk, encode(POLICY, 'gbk'));
    writeFileSync(utf8, POLICY);
    const file = await readPolicy(gbk);
    expect(file.data.encoding).toEqual({ name: 'gb18030', by: 'detected' });
    const { registry } = compile(file);
    expect(registry.tasks.length).toBeGreaterThan(0);
    expect(registry.targets.map((t) => t.value)).toEqual([10]);
    expect(registry.tasks).toEqual(compile(await readPolicy(utf8)).registry.tasks);
  });

  it('reads an HTML page declaring gb2312', async () => {
    const path = join(dir, 'gb2312.html');
    writeFileSync(path, encode(`<html><head><meta charset="gb2312"><title>通知</title></head><body><p>${POLICY.split('\n').join('</p><p>')}</p></body></html>`, 'gbk'));
    const file = await readPolicy(path);
    expect(file.data).toMatchObject({ extractedFrom: 'html', encoding: { name: 'gbk', by: 'declared' } });
    expect(String(file.value)).toContain('（一）主要目标。到2025年');
  });

  it('forces an encoding when asked', async () => {
    const path = join(dir, 'forced.txt');
    writeFileSync(path, encode(POLICY_TRADITIONAL, 'big5'));
    expect(String((await readPolicy(path, { encoding: 'big5' })).value)).toBe(POLICY_TRADITIONAL);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty file'],
    ['blank.md', Buffer.from(' \r\n\t\n'), 'empty file: no text'],
    ['blank.html', Buffer.from('<html><body><p> </p></body></html>'), 'empty document: no text'],
    ['nul.txt', Buffer.alloc(100), 'not text: 100% NUL bytes'],
    ['empty.docx', Buffer.alloc(0), 'empty file'],
    ['random.docx', Buffer.from('一、总体要求'), 'not a Word (.docx) document'],
  ])('refuses %s: "%s"', async (name, bytes, reason) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    expect(await tryReadPolicy(path)).toEqual({ ok: false, path, reason });
    const error = await readPolicy(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedInputError);
    expect((error as Error).message).toBe(`cannot read ${path}: ${reason}`);
  });

  it('tryReadPolicy never throws: a missing file and another format give reasons', async () => {
    expect(await tryReadPolicy(join(dir, 'missing.txt'))).toMatchObject({ ok: false, reason: 'no such file' });
    expect(await tryReadPolicy(join(dir, 'p.pdf'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^policyc reads \.txt/u) });
  });
});

describe('inputs too large or too deep to read', () => {
  it('refuses a file past the size limit before reading it, in a line', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'policyc-size-')), 'big.txt');
    writeFileSync(path, '一、总体要求\n'.repeat(1000));
    const read = await tryReadPolicy(path, { maxBytes: 1024 });
    expect(read).toMatchObject({ ok: false });
    expect(read.ok ? '' : read.reason).toMatch(/^too large: /u);
  });

  it('refuses HTML nested deeper than its reader recurses, in a line, never throwing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'policyc-deep-')), 'deep.html');
    writeFileSync(path, `<html><body>${'<div>'.repeat(20_000)}一、总体要求${'</div>'.repeat(20_000)}</body></html>`);
    const read = await tryReadPolicy(path);
    // Either read (a reader that copes) or refused with a reason: never a stack overflow thrown.
    if (read.ok) expect(String(read.file.value)).toContain('一、总体要求');
    else expect(read.reason).toBe('nested too deeply to read');
  });
});
