import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ReportCheckMessage, ReportCheckResult } from '../check-result.js';
import { deferEach } from '../chunks.js';
import { part, scrollTable, sourceLink } from './links.js';

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

/** The key of a problem whose place is in the policy text (`p` + its index), for the source marks. */
export function problemKey(index: number): string {
  return `p${index}`;
}

/** 检查结果: one row per message, linked to the policy text when its place is there. */
export function renderProblems(result: ReportCheckResult, inSource: (message: ReportCheckMessage) => boolean): Element {
  const { messages } = result;
  if (messages.length === 0) return part('problems', '检查结果', h('p', { className: ['empty', 'ok'] }, '检查通过：没有发现问题。'));
  const count = (severity: string) => messages.filter((m) => (m.severity ?? 'error') === severity).length;
  const summary = h('p', `${count('error')} 个错误 · ${count('warning')} 个警告 · ${count('info')} 个提示`);
  const head = h('thead', h('tr', ['级别', '位置', '说明', '规则'].map((t) => h('th', { scope: 'col' }, t))));
  const body = h('tbody', deferEach(messages, (message, index) => {
    const severity = message.severity ?? 'error';
    const where = [message.file ?? '', message.line ? `${message.line}:${message.column ?? 1}` : ''].filter(Boolean).join(':');
    return h('tr', { className: [`sev-${severity in SEVERITY_LABELS ? severity : 'error'}`] },
      h('td', SEVERITY_LABELS[severity] ?? severity),
      h('td', { className: ['place'] }, sourceLink(problemKey(index), where, inSource(message))),
      h('td', message.reason),
      h('td', { className: ['rule'] }, message.ruleId ?? ''));
  }));
  return part('problems', '检查结果', summary, scrollTable(h('table', { className: ['problems'] }, head, body), '检查结果表'));
}
