import type { CheckMessage, CheckResult } from '../types.js';

/** The shape `--format json` prints: plain data, one object per message. */
export interface JsonMessage {
  ruleId: string;
  severity: string;
  reason: string;
  file: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  pointer: string | null;
  url: string | null;
  related: { file: string; line: number; column: number; message: string }[];
}

export function toJsonMessage(message: CheckMessage): JsonMessage {
  const place = message.place && 'start' in message.place ? message.place : undefined;
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    reason: message.reason,
    file: message.file,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: place?.end.line ?? message.line ?? null,
    endColumn: place?.end.column ?? message.column ?? null,
    pointer: message.pointer ?? null,
    url: message.url ?? null,
    related: message.related.map((r) => ({ file: r.file, line: r.place.start.line, column: r.place.start.column, message: r.message })),
  };
}

/** `--format json`: the messages and the counts, two-space indented. */
export function formatJson(result: CheckResult): string {
  const { errorCount, warningCount, infoCount, files } = result;
  return `${JSON.stringify({ files, errorCount, warningCount, infoCount, messages: result.messages.map(toJsonMessage) }, null, 2)}\n`;
}
