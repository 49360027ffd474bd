/**
 * A .docx that would inflate without bound (issue 8: 286 KB inflating to 300 MB took 50 s and
 * 6.9 GB) is refused in a line: from the sizes its zip declares, before anything is inflated, and
 * while inflating when those sizes lie.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { docxToText, readPolicy, tryReadPolicy } from '@policyc/core';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/src/run.js';

const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A minimal real .docx whose body is `body` (already WordprocessingML). */
async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const POLICY = ['某市关于推进某项工作的实施方案', '一、重点任务', '（一）建设平台。建成平台5个。（牵头单位：市科技局）'].map(paragraph).join('');

/** A body of `n` bytes or so of one repeated paragraph: Word XML at its most compressible. */
const repetitive = (n: number) => POLICY + paragraph('推进工作。').repeat(Math.ceil(n / Buffer.byteLength(paragraph('推进工作。'))));

/**
 * Rewrites the uncompressed size `name` declares, in its local header and in the central
 * directory, leaving the compressed data as it is: a zip whose declared sizes lie.
 */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  let patched = 0;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + nameBytes.length).equals(nameBytes)) {
      out.writeUInt32LE(size, at + 22);
      patched++;
    } else if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + nameBytes.length).equals(nameBytes)) {
      out.writeUInt32LE(size, at + 24);
      patched++;
    }
  }
  expect(patched).toBe(2);
  return out;
}

function saved(bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'policyc-docx-')), 'p.docx');
  writeFileSync(path, bytes);
  return path;
}

describe('.docx decompression limits', () => {
  it('reads an ordinary document under the limits', async () => {
    const file = await readPolicy(saved(await docx(POLICY)));
    expect(String(file.value)).toContain('（一）建设平台。');
  });

  it('refuses a document whose zip declares 300 MB, before inflating anything', async () => {
    // Built small: its data inflates to a few hundred bytes, so only the declared size can refuse it.
    const path = saved(declareSize(await docx(POLICY), 'word/document.xml', 300 * 1024 * 1024));
    expect(await tryReadPolicy(path)).toEqual({ ok: false, path, reason: 'would inflate to 300 MB (policyc reads .docx up to 256 MB inflated)' });
  });

  it('refuses a part compressed far beyond what Word writes (a zip bomb), from its declared ratio', async () => {
    const bomb = await docx(repetitive(12 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = await tryReadPolicy(saved(bomb));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^a Word part \(word\/document\.xml\) would inflate \d+× to 1\d MB: refused as a zip bomb$/u);
  });

  it('honours a lower limit on the inflated size', async () => {
    const bytes = await docx(repetitive(2 * 1024 * 1024));
    expect((await tryReadPolicy(saved(bytes))).ok).toBe(true);
    const result = await tryReadPolicy(saved(bytes), { maxInflatedBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^would inflate to 2\.\d MB \(policyc reads \.docx up to 1\.0 MB inflated\)$/u) });
  });

  it('stops inflating a part that yields more than its zip declares', async () => {
    const path = saved(declareSize(await docx(repetitive(1024 * 1024)), 'word/document.xml', 4096));
    expect(await tryReadPolicy(path)).toEqual({
      ok: false,
      path,
      reason: 'a Word part (word/document.xml) inflates to more than the 0.0 MB its zip declares: refused as a zip bomb',
    });
    await expect(docxToText(declareSize(await docx(POLICY), 'word/document.xml', 300 * 1024 * 1024))).rejects.toThrow(/^would inflate to 300 MB/u);
  });

  it('still calls bytes that are no zip, or a zip with no document, no Word document', async () => {
    expect(await tryReadPolicy(saved(Buffer.from('PK\u0003\u0004 not really a zip')))).toMatchObject({ ok: false, reason: 'not a Word (.docx) document' });
    const zip = new JSZip();
    zip.file('readme.txt', '说明');
    expect(await tryReadPolicy(saved(await zip.generateAsync({ type: 'nodebuffer' })))).toMatchObject({ ok: false, reason: 'not a Word (.docx) document' });
  });
});

describe('.docx decompression limit through the CLI', () => {
  it('compile refuses a zip-bomb .docx in one line, exit code 2, and goes on with the other inputs', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    // 12 MB of one repeated paragraph deflate to a few KB: a ratio no Word document has.
    const paragraph = '<w:p><w:r><w:t>推进工作。</w:t></w:r></w:p>';
    zip.file('word/document.xml', paragraph.repeat(Math.ceil(12 * 1024 * 1024 / Buffer.byteLength(paragraph))), { compression: 'DEFLATE' });
    const dir = mkdtempSync(join(tmpdir(), 'policyc-docx-cli-'));
    writeFileSync(join(dir, 'bomb.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    writeFileSync(join(dir, 'ok.txt'), '某市关于推进某项工作的实施方案\n一、重点任务\n（一）建设平台。到2025年建成平台5个。（牵头单位：市科技局）\n');
    let stderr = '';
    const code = await run(['compile', 'bomb.docx', 'ok.txt', '--out', 'out', '--quiet'], { stdout: () => {}, stderr: (s) => (stderr += s), cwd: dir });
    const result = { code, stderr };
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/bomb\.docx: a Word part \(word\/document\.xml\) would inflate \d+× to 12 MB: refused as a zip bomb$/u)]);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'ok', 'registry.json'), 'utf8')).tasks).toHaveLength(1);
  }, 120_000);
});
