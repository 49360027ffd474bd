import { createHash } from 'node:crypto';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { htmlChunks } from './chunks.js';

/** What a page is made of; `body` may hold placeholders (`defer`) for parts made as it is written. */
export interface Page {
  title: string;
  style: string;
  script: string;
  body: ElementContent[];
}

/**
 * One self-contained page: the report and the trace page share it. Nothing may load from
 * elsewhere, and only the page's own script runs: the Content-Security-Policy names it by hash.
 */
export function renderPage(page: Page): string {
  return [...renderPageChunks(page)].join('');
}

/** The page of `renderPage` in pieces, as it is written: joined, they are its text. */
export function* renderPageChunks(page: Page): Generator<string> {
  yield* htmlChunks(pageTree(page));
  yield '\n';
}

function pageTree(page: Page): Root {
  const hash = `sha256-${createHash('sha256').update(page.script, 'utf8').digest('base64')}`;
  return h(null,
    { type: 'doctype' },
    h('html', { lang: 'zh-CN' },
      h('head',
        h('meta', { charSet: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: `default-src 'none'; style-src 'unsafe-inline'; script-src '${hash}'; img-src data:; base-uri 'none'; form-action 'none'` }),
        h('meta', { name: 'generator', content: 'policyc' }),
        h('title', page.title),
        h('style', page.style)),
      h('body', ...page.body, h('script', page.script))));
}
