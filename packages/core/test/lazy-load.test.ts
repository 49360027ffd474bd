/**
 * The HTML and Word readers are loaded only for HTML and Word files (issue 9): reading a .txt
 * policy must not pay for rehype, mammoth or yauzl. Each case reads one file in a fresh Node
 * process whose module resolution is watched by a resolve hook; the HTML and Word cases are the
 * control that the hook does see those modules when they are used.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { modulesLoaded, packagesOf } from '../../../test/support/modules-loaded.js';

/** The packages whose modules a process reading `path` resolved. */
function packagesLoaded(path: string): Set<string> {
  const { modules } = modulesLoaded(`const { readPolicy } = await import('policyc');\nawait readPolicy(process.argv[1]);`, [path]);
  expect(modules.some((url) => url.endsWith('/packages/core/src/read.ts'))).toBe(true);
  return packagesOf(modules);
}

const READERS = ['rehype-parse', 'hast-util-to-text', 'mammoth', 'yauzl'];
const POLICY = '某市关于推进某项工作的实施方案\n一、重点任务\n（一）建设平台。（牵头单位：市科技局）\n';

describe('readers loaded only when needed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policyc-lazy-'));

  it('reading a .txt loads none of the HTML and Word readers', () => {
    writeFileSync(join(dir, 'p.txt'), POLICY);
    const loaded = packagesLoaded(join(dir, 'p.txt'));
    expect(READERS.filter((name) => loaded.has(name))).toEqual([]);
    expect(loaded.has('vfile')).toBe(true);
  }, 30_000);

  it('reading an .html loads rehype but not the Word readers', () => {
    writeFileSync(join(dir, 'p.html'), `<p>${POLICY.split('\n').join('</p><p>')}</p>`);
    const loaded = packagesLoaded(join(dir, 'p.html'));
    expect(READERS.filter((name) => loaded.has(name))).toEqual(['rehype-parse', 'hast-util-to-text']);
  }, 30_000);

  it('reading a .docx loads the Word readers but not rehype', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${
      POLICY.trim().split('\n').map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
    writeFileSync(join(dir, 'p.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const loaded = packagesLoaded(join(dir, 'p.docx'));
    expect(READERS.filter((name) => loaded.has(name))).toEqual(['mammoth', 'yauzl']);
  }, 30_000);
});
