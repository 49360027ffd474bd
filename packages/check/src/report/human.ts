import type { CheckMessage, CheckResult } from '../types.js';
import { codeFrame } from './code-frame.js';

export interface HumanOptions {
  /** ANSI colours (default off). */
  color?: boolean;
  /** Show the lines around each finding (default on, when the file's text is known). */
  frames?: boolean;
}

const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };

/**
 * The report for a person, like tsc: `file:line:col - severity rule-id: reason`, a code frame,
 * the related places, and a summary line.
 */
export function formatHuman(result: CheckResult, options: HumanOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text);
  const blocks = result.messages.map((message) => {
    const lines = [`${printable(location(message))} - ${paint(message.severity, message.severity)} ${paint('dim', message.ruleId)}: ${printable(message.reason)}`];
    const text = result.contents[message.file];
    if (options.frames !== false && text !== undefined && message.place && 'start' in message.place) {
      const frame = codeFrame(text, message.place);
      if (frame) lines.push('', printable(frame));
    }
    for (const related of message.related) {
      lines.push(`  ${paint('dim', printable(`${related.file}:${related.place.start.line}:${related.place.start.column}: ${related.message}`))}`);
    }
    return lines.join('\n');
  });
  blocks.push(summary(result));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Text from checked files shown as text: control characters (a terminal escape sequence in a
 * hand-edited file, say) are written as their code, so a report never drives the terminal.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function location(message: CheckMessage): string {
  if (message.line === undefined) return message.file;
  return `${message.file}:${message.line}:${message.column ?? 1}`;
}

function summary(result: CheckResult): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const files = count(result.files.length, 'file');
  if (result.messages.length === 0) return `No problems in ${files}.`;
  return `${count(result.errorCount, 'error')}, ${count(result.warningCount, 'warning')}, ${count(result.infoCount, 'info')} in ${files}.`;
}
