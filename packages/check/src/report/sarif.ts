/**
 * SARIF 2.1.0, for code-scanning tools. Rule ids are the stable rule ids; each result carries a
 * fingerprint from its rule, file, JSON pointer and reason (not its line), so a finding keeps its
 * identity when lines above it move.
 */
import { createHash } from 'node:crypto';
import { RULES } from '../rules/index.js';
import type { CheckMessage, CheckResult, Place, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(result: CheckResult): string {
  const extra = [...new Set(result.messages.map((m) => m.ruleId))].filter((id) => !RULES.some((r) => r.id === id));
  const rules = [
    ...RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.summary },
      fullDescription: { text: rule.description },
      helpUri: rule.url,
      defaultConfiguration: { level: LEVEL[rule.severity] },
    })),
    ...extra.map((id) => ({ id, shortDescription: { text: id }, defaultConfiguration: { level: 'error' as const } })),
  ];
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policyc', informationUri: 'https://policyc.dev', rules } },
        // Columns count UTF-16 code units, as everywhere in policyc.
        columnKind: 'utf16CodeUnits',
        results: result.messages.map((message) => ({
          ruleId: message.ruleId,
          ruleIndex: index.get(message.ruleId),
          level: LEVEL[message.severity],
          message: { text: message.reason },
          locations: [location(message.file, placeOf(message))],
          ...(message.related.length > 0
            ? { relatedLocations: message.related.map((r, i) => ({ id: i, ...location(r.file, r.place), message: { text: r.message } })) }
            : {}),
          partialFingerprints: { 'policyc/v1': fingerprint(message) },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function placeOf(message: CheckMessage): Place | undefined {
  return message.place && 'start' in message.place ? (message.place as Place) : undefined;
}

function location(file: string, place: Place | undefined) {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      ...(place
        ? { region: { startLine: place.start.line, startColumn: place.start.column, endLine: place.end.line, endColumn: place.end.column } }
        : {}),
    },
  };
}

function fingerprint(message: CheckMessage): string {
  const where = message.pointer ?? `${message.line ?? 0}:${message.column ?? 0}`;
  return createHash('sha256').update([message.ruleId, message.file, where, message.reason].join('\u0000')).digest('hex').slice(0, 32);
}
