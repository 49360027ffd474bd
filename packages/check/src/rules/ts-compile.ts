import { typeCheckFile } from '../typecheck.js';
import { defineRule } from './define.js';

export const tsCompile = defineRule({
  id: 'ts-compile',
  severity: 'error',
  origin: 'registry',
  perFile: true,
  summary: 'registry.ts compiles under `strict` with zero diagnostics.',
  description:
    '`registry.ts` declares the policy\'s ids as literal unions and its data as `as const satisfies Registry`, so an ' +
    'edit that names a unit, task or section the policy does not have fails to compile. Each diagnostic is reported ' +
    'at its line and column. Items printed exactly as policyc prints the primary\'s data (when that data is valid and ' +
    'clean) compile and are not type-checked again: an edit is checked in the items it touches. Skipped when the ' +
    'type-check is turned off (`--no-typecheck`).',
  check(context) {
    if (!context.typecheck) return;
    for (const file of context.files) {
      if (file.kind !== 'ts') continue;
      for (const diagnostic of typeCheckFile(file, { printed: file.view ? undefined : context.released?.printedTypeScript })) context.report({ file, place: diagnostic.place, reason: diagnostic.reason });
    }
  },
  examples: {
    fail: [
      {
        title: 'A hand edit names a unit the policy does not have',
        files: {
          'registry.ts': [
            "export type UnitId = '省财政厅';",
            'export interface Task { readonly id: string; readonly lead: readonly UnitId[] }',
            'export interface Registry { readonly tasks: readonly Task[] }',
            'export const registry = {',
            "  tasks: [{ id: 'task-1', lead: ['省教育厅'] }],",
            '} as const satisfies Registry;',
            '',
          ].join('\n'),
        },
        messages: [
          'registry.ts:5:34-5:40: Type \'"省教育厅"\' is not assignable to type \'"省财政厅"\'.',
        ],
      },
    ],
    pass: [
      {
        title: 'Every unit named is in the union',
        files: {
          'registry.ts': [
            "export type UnitId = '省财政厅';",
            'export interface Task { readonly id: string; readonly lead: readonly UnitId[] }',
            'export interface Registry { readonly tasks: readonly Task[] }',
            'export const registry = {',
            "  tasks: [{ id: 'task-1', lead: ['省财政厅'] }],",
            '} as const satisfies Registry;',
            '',
          ].join('\n'),
        },
        messages: [],
      },
    ],
  },
});
