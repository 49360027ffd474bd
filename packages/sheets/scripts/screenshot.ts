/**
 * Renders the first page of sheet 1 (任务分工) of a policy's workbook to a PNG, for the README:
 * policy → emitXlsx → LibreOffice (headless) → PDF → pdftoppm → PNG.
 *
 *   node --conditions=source --import tsx packages/sheets/scripts/screenshot.ts \
 *     [examples/qinghai-pharma/qinghai-pharma.txt] [docs/images/xlsx-reference.png]
 *
 * Needs `soffice` and `pdftoppm` (Debian: apt-get install libreoffice-calc poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { compile } from 'policyc';
import { emitXlsx } from '../src/index.js';

const input = resolve(process.argv[2] ?? 'examples/qinghai-pharma/qinghai-pharma.txt');
const output = resolve(process.argv[3] ?? 'docs/images/xlsx-reference.png');
/** Pixels per inch of the PNG. */
const DPI = 144;
/** The sheet's print margins (exceljs's defaults: 0.7 in left and right, 0.75 in top and bottom), less a little. */
const MARGIN_X = 0.62;
const MARGIN_Y = 0.68;
/** A4 landscape, in inches. */
const PAGE = { width: 11.69, height: 8.27 };

for (const tool of ['soffice', 'pdftoppm']) {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    console.error(`screenshot: ${tool} is missing (Debian: apt-get install -y libreoffice-calc poppler-utils)`);
    process.exit(2);
  }
}

const { registry } = compile({ path: basename(input), value: readFileSync(input, 'utf8') });
const work = mkdtempSync(join(tmpdir(), 'policyc-sheets-'));
try {
  const xlsx = join(work, 'sheet.xlsx');
  writeFileSync(xlsx, await emitXlsx(registry));
  // A profile of its own, so a LibreOffice the user has open does not take the job.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore' });
  const x = Math.round(MARGIN_X * DPI);
  const y = Math.round(MARGIN_Y * DPI);
  const width = Math.round((PAGE.width - 2 * MARGIN_X) * DPI);
  const height = Math.round((PAGE.height - 2 * MARGIN_Y) * DPI);
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-singlefile', '-png', '-r', String(DPI), '-x', String(x), '-y', String(y), '-W', String(width), '-H', String(height), join(work, 'sheet.pdf'), join(work, 'page')]);
  mkdirSync(dirname(output), { recursive: true });
  copyFileSync(join(work, 'page.png'), output);
  console.log(`wrote ${output}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
