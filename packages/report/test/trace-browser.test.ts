/**
 * The trace page in a real browser, as `browser.test.ts` opens the report: playwright-core driving
 * Debian's Chromium (or CHROMIUM_PATH); skipped with the reason printed where it is missing, failed
 * under CI. Screenshots go to packages/report/test-artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trace, type TraceResult } from '@policyc/compare';
import { emitTraceHtml } from '../src/index.js';
import { compileText } from './helpers.js';

/** The little of the DOM the page callbacks use (the workspace type-checks without the DOM library). */
interface PageWindow {
  document: { documentElement: { scrollWidth: number; clientWidth: number }; body: { scrollWidth: number } };
  __pwned?: number;
}

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const artifacts = join(here, '../test-artifacts');
const available = existsSync(CHROMIUM);
const missing = `${CHROMIUM} is missing (install it: apt-get install -y chromium, or set CHROMIUM_PATH)`;
if (!available && !process.env['CI']) console.warn(`[@policyc/report] trace browser tests skipped: ${missing}`);

describe.runIf(!available && Boolean(process.env['CI']))('the trace page in Chromium (CI)', () => {
  it('needs Chromium', () => {
    expect.fail(missing);
  });
});

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)('the trace page in Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let page: Page;
  let result: TraceResult;
  let pageUrl: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const read = (path: string) => compileText(readFileSync(join(root, path), 'utf8'), path);
    const provincial = read('examples/qinghai-pharma/qinghai-pharma.txt');
    const national = read('examples/national-pharma/national-pharma.txt');
    result = trace(provincial, national);
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'trace.html');
    writeFileSync(file, emitTraceHtml(result, { provincial, national }));
    pageUrl = pathToFileURL(file).href;
    profile = mkdtempSync(join(tmpdir(), 'policyc-trace-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1300, height: 900 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('request', (request) => { requests.push(request.url()); });
    page.on('pageerror', (error) => { pageErrors.push(error.message); });
    await page.goto(pageUrl);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads nothing but itself and runs its script without errors', async () => {
    expect(requests).toEqual([pageUrl]);
    expect(pageErrors).toEqual([]);
    await expect(page.locator('#f-count').textContent()).resolves.toBe(`共 ${result.tasks.length} 项国家任务`);
  });

  it('filters the national tasks: all, taken up, not taken up', async () => {
    const titles = page.locator('table.trace tbody tr:visible > td.title .task-title');
    const taken = result.tasks.filter((t) => t.implementedBy.length > 0).map((t) => t.task.title);
    expect(result.notTakenUp.length).toBeGreaterThan(0);
    await expect(titles.allTextContents()).resolves.toEqual(result.tasks.map((t) => t.task.title));
    await page.selectOption('#f-uptake', 'taken');
    await expect(titles.allTextContents()).resolves.toEqual(taken);
    await expect(page.locator('#f-count').textContent()).resolves.toBe(`显示 ${taken.length} / ${result.tasks.length} 项国家任务`);
    await page.selectOption('#f-uptake', 'not-taken');
    await expect(titles.allTextContents()).resolves.toEqual(result.notTakenUp.map((t) => t.title));
    await page.selectOption('#f-uptake', '');
    await expect(titles.count()).resolves.toBe(result.tasks.length);
  });

  it('fits a phone: rows become cards and the page never scrolls sideways', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const widths = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageWindow;
      return { page: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: document.documentElement.clientWidth };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    await expect(page.locator('table.trace thead').isVisible()).resolves.toBe(false);
    await page.selectOption('#f-uptake', 'not-taken');
    await expect(page.locator('table.trace tbody tr:visible').count()).resolves.toBe(result.notTakenUp.length);
    await page.screenshot({ path: join(artifacts, 'trace-phone.png') });
    await page.selectOption('#f-uptake', '');
    await page.setViewportSize({ width: 1300, height: 900 });
    await page.screenshot({ path: join(artifacts, 'trace.png') });
  });

  it('keeps markup in a task title inert', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile: TraceResult = structuredClone(result);
    hostile.tasks[0]!.task.title = evil;
    const other = await context.newPage();
    await other.setContent(emitTraceHtml(hostile));
    await expect(other.evaluate(() => (globalThis as unknown as PageWindow).__pwned)).resolves.toBeUndefined();
    await expect(other.locator('script').count()).resolves.toBe(1);
    await expect(other.locator('img').count()).resolves.toBe(0);
    await expect(other.locator('table.trace td.title .task-title').first().textContent()).resolves.toBe(evil);
    await other.close();
  });
});
