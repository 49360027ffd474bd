import type { Registry } from '@policyc/model';
import { emitJson } from './json.js';
import { emitSchema } from './narrow-schema.js';
import { emitTypeScript } from './ts/emit.js';
import { emitYaml } from './yaml.js';

/** The outputs `policyc compile` can write. */
export type OutputFormat = 'json' | 'yaml' | 'ts' | 'schema';

/** Every output format, in the order files are written. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'ts', 'schema'];

/** The file each format is written to. */
export const OUTPUT_FILES: Readonly<Record<OutputFormat, string>> = {
  json: 'registry.json',
  yaml: 'registry.yaml',
  ts: 'registry.ts',
  schema: 'registry.schema.json',
};

const EMITTERS: Readonly<Record<OutputFormat, (registry: Registry) => string>> = {
  json: emitJson,
  yaml: emitYaml,
  ts: emitTypeScript,
  schema: emitSchema,
};

/**
 * Emits the given formats (all by default): file name → content, in `OUTPUT_FORMATS` order.
 * When the narrowed schema is among them, the data files' `$schema` names it (`./registry.schema.json`)
 * rather than the published schema's remote `$id`: an editor then validates against the policy's
 * own ids, offline. The data of all three files says the same, so `policyc check` finds them in agreement.
 */
export function emitAll(registry: Registry, formats: readonly OutputFormat[] = OUTPUT_FORMATS): Record<string, string> {
  const source = formats.includes('schema') ? { ...registry, $schema: `./${OUTPUT_FILES.schema}` } : registry;
  const files: Record<string, string> = {};
  for (const format of OUTPUT_FORMATS) {
    if (formats.includes(format)) files[OUTPUT_FILES[format]] = EMITTERS[format](source);
  }
  return files;
}

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
