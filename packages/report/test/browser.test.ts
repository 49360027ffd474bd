/**
 * The report in a real browser: playwright-core driving Debian's Chromium (`apt-get install -y
 * chromium`; playwright's own browser download is not used). Skipped, with the reason printed,
 * where /usr/bin/chromium is missing. Screenshots go to packages/report/test-artifacts/;
 * `UPDATE=1` also refreshes the README's copy, docs/images/html-report.png.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '@policyc/model';
import { emitHtml } from '../src/index.js';
import { HOSTILE } from './fixtures/policy.js';
import { compileText } from './helpers.js';

/**
 * The little of the DOM the page callbacks use: the workspace type-checks without the DOM library
 * (it is Node code), and these callbacks run in the page, not here.
 */
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  offsetTop: number;
  getBoundingClientRect(): { top: number; bottom: number };
  closest(selector: string): PageElement | null;
}
interface PageWindow {
  document: {
    documentElement: PageElement;
    body: PageElement;
    querySelector(selector: string): PageElement | null;
    getElementById(id: string): PageElement | null;
  };
  innerHeight: number;
  scrollTo(x: number, y: number): void;
  __pwned?: number;
}

// Debian's package; CHROMIUM_PATH points elsewhere (another distribution, a local build).
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const artifacts = join(here, '../test-artifacts');
const examplePath = join(root, 'examples/qinghai-pharma/qinghai-pharma.txt');
const available = existsSync(CHROMIUM);
const missing = `${CHROMIUM} is missing (install it: apt-get install -y chromium, or set CHROMIUM_PATH)`;
if (!available && !process.env['CI']) console.warn(`[@policyc/report] browser tests skipped: ${missing}`);

// CI installs Chromium: there a missing browser is a failure, not a skip that passes unseen.
describe.runIf(!available && Boolean(process.env['CI']))('the HTML report in Chromium (CI)', () => {
  it('needs Chromium', () => {
    expect.fail(missing);
  });
});

// The flags Chromium needs on these machines: no sandbox as root, nothing fetched in the background.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let registry: Registry;
  let text: string;
  let reportUrl: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    text = readFileSync(examplePath, 'utf8');
    registry = compileText(text, 'qinghai-pharma.txt');
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'qinghai-pharma.html');
    writeFileSync(file, emitHtml(registry, { sourceText: text, checkResults: { messages: [] } }));
    reportUrl = pathToFileURL(file).href;
    profile = mkdtempSync(join(tmpdir(), 'policyc-report-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('request', (request) => { requests.push(request.url()); });
    page.on('pageerror', (error) => { pageErrors.push(error.message); });
    await page.goto(reportUrl);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads nothing but itself and runs its script without errors', async () => {
    expect(requests).toEqual([reportUrl]);
    expect(pageErrors).toEqual([]);
    await expect(page.locator('#f-count').textContent()).resolves.toBe(`共 ${registry.tasks.length} 项任务`);
  });

  it('has a row per task', async () => {
    expect(registry.tasks.length).toBeGreaterThan(10);
    await expect(page.locator('table.tasks tbody tr').count()).resolves.toBe(registry.tasks.length);
  });

  it('filters the rows by unit and by role', async () => {
    const rows = page.locator('table.tasks tbody tr:visible');
    // A unit that leads some tasks and has no role in others, so the filter has rows to hide.
    const unit = registry.units.find((u) => u.leads.length > 0 && u.leads.length + u.assists.length + u.shares.length < registry.tasks.length)!;
    const involved = registry.tasks.filter((t) => [...t.lead, ...t.assist, ...t.responsible].includes(unit.id));
    await page.selectOption('#f-unit', { label: unit.name });
    await expect(rows.count()).resolves.toBe(involved.length);
    await expect(rows.locator('td.title').allTextContents()).resolves.toEqual(involved.map((t) => t.title));
    await page.selectOption('#f-role', 'lead');
    await expect(rows.locator('td.title').allTextContents()).resolves.toEqual(
      registry.tasks.filter((t) => unit.leads.includes(t.id)).map((t) => t.title));
    await expect(page.locator('#f-count').textContent()).resolves.toBe(`显示 ${unit.leads.length} / ${registry.tasks.length} 项任务`);
    await page.selectOption('#f-unit', '');
    await expect(rows.count()).resolves.toBe(registry.tasks.filter((t) => t.lead.length > 0).length);
    await page.selectOption('#f-role', '');
    await expect(rows.count()).resolves.toBe(registry.tasks.length);
  });

  it('marks a task\'s source span and scrolls it into view on a click', async () => {
    const index = registry.tasks.length - 1;
    const task = registry.tasks[index]!;
    const pieces = page.locator(`.text .x-t${index}`);
    await expect(isInView(page, `.text .x-t${index}`)).resolves.toBe(false);
    await page.locator(`table.tasks tbody tr[data-task="t${index}"] td.title a`).click();
    await expect(page.locator('.text .on').count()).resolves.toBe(await pieces.count());
    const marked = (await page.locator('.text .on').allTextContents()).join('');
    expect(marked).toBe(text.slice(task.position.start.offset, task.position.end.offset));
    await expect(isInView(page, `.text .x-t${index}`)).resolves.toBe(true);
    await expect(page.locator('tr.sel').getAttribute('data-task')).resolves.toBe(`t${index}`);
  });

  it('saves a screenshot: the task table beside the policy text, a task marked', async () => {
    await page.evaluate(() => {
      const window = globalThis as unknown as PageWindow;
      window.scrollTo(0, window.document.getElementById('tasks')!.offsetTop - 8);
    });
    const index = Math.min(3, registry.tasks.length - 1);
    await page.locator(`table.tasks tbody tr[data-task="t${index}"] td.title a`).click();
    await expect(isInView(page, `.text .x-t${index}`)).resolves.toBe(true);
    await page.screenshot({ path: join(artifacts, 'html-report.png') });
    expect(readFileSync(join(artifacts, 'html-report.png')).subarray(1, 4).toString()).toBe('PNG');
    if (process.env['UPDATE']) {
      mkdirSync(join(root, 'docs/images'), { recursive: true });
      copyFileSync(join(artifacts, 'html-report.png'), join(root, 'docs/images/html-report.png'));
    }
  });

  it('marks every mention of a unit, and a target, when clicked', async () => {
    const unitIndex = registry.units.findIndex((u) => u.occurrences.length > 1);
    const unit = registry.units[unitIndex]!;
    await page.locator(`#matrix tbody tr:nth-child(${unitIndex + 1}) th a`).click();
    const mentions = await page.locator('.text .on').allTextContents();
    expect(mentions.join('')).toBe(unit.name.repeat(unit.occurrences.length));
    const target = registry.targets.at(-1)!;
    await page.locator(`#targets a[data-go="g${registry.targets.length - 1}"]`).click();
    expect((await page.locator('.text .on').allTextContents()).join('')).toBe(target.text);
  });

  it('fits a phone: the page never scrolls sideways, the wide tables scroll in their boxes', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const widths = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageWindow;
      const matrix = document.querySelector('#matrix .scroll')!;
      return {
        page: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        viewport: document.documentElement.clientWidth,
        matrix: [matrix.scrollWidth, matrix.clientWidth],
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    expect(widths.matrix[0]).toBeGreaterThan(widths.matrix[1]!);
    await page.locator('#tasks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'html-report-phone.png') });
  });

  it('keeps markup in a hostile document inert', async () => {
    const hostile = compileText(HOSTILE, 'hostile.txt');
    hostile.tasks[0]!.title = '<img src=x onerror="window.__pwned=1">"\'<script>window.__pwned=2</script>';
    const dialogs: string[] = [];
    const other = await context.newPage();
    other.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await other.setContent(emitHtml(hostile, { sourceText: HOSTILE }));
    await expect(other.evaluate(() => (globalThis as unknown as PageWindow).__pwned)).resolves.toBeUndefined();
    await expect(other.locator('script').count()).resolves.toBe(1);
    await expect(other.locator('img').count()).resolves.toBe(0);
    await expect(other.locator('table.tasks td.title').first().textContent()).resolves.toBe(hostile.tasks[0]!.title);
    await expect(other.locator('.text').textContent()).resolves.toBe(HOSTILE);
    expect(dialogs).toEqual([]);
    await other.close();
  });
});

/** Whether the first element matching `selector` lies inside the window and inside its scrolling source box. */
async function isInView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const window = globalThis as unknown as PageWindow;
    const element = window.document.querySelector(sel)!;
    const box = element.getBoundingClientRect();
    const pane = element.closest('.source')!.getBoundingClientRect();
    return box.top >= Math.max(0, pane.top) && box.bottom <= Math.min(window.innerHeight, pane.bottom);
  }, selector);
}
