/**
 * The output formats of `policyc compile` and the file each one writes.
 */
import type { Registry } from '@policyc/model';

export const FORMATS = ['json', 'yaml', 'ts', 'schema'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** One format's text for stdout. */
export function renderFormat(registry: Registry, format: Format): string {
  switch (format) {
    default:
      return JSON.stringify(registry, null, 2) + '\n';
  }
}
