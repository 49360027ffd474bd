import { createHash } from 'node:crypto';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * One self-contained page: the report and the trace page share it. Nothing may load from
 * elsewhere, and only the page's own script runs: the Content-Security-Policy names it by hash.
 */
export function renderPage(page: { title: string; style: string; script: string; body: ElementContent[] }): string {
  const hash = `sha256-${createHash('sha256').update(page.script, 'utf8').digest('base64')}`;
  const tree = h(null,
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
  return `${toHtml(tree)}\n`;
}
