import type { Registry } from '@policyc/model';
import { jsonChunks } from './json.js';
import { emitSchema } from './narrow-schema.js';
import { typeScriptChunks } from './ts/emit.js';
import { yamlChunks } from './yaml.js';

/** The formats `emitAll` makes: text, synchronously, from the registry alone. */
export type TextFormat = 'json' | 'yaml' | 'ts' | 'schema';

/**
 * The formats made beside `emitAll` by the CLI (`@policyc/cli` `writeOutputs`), each from a
 * package of its own, loaded only when asked for: the 任务分工表 workbook (bytes, asynchronous;
 * `@policyc/sheets`), the task table as CSV (`@policyc/sheets`) and the HTML report, which also
 * reads the policy text and the check results (`@policyc/report`).
 */
export type DocumentFormat = 'xlsx' | 'csv' | 'html';

/** The outputs `policyc compile` can write. */
export type OutputFormat = TextFormat | DocumentFormat;

/**
 * The formats `policyc compile --format all` (its default with `--out`) writes, in the order
 * files are written. The CSV is written only when asked for: it repeats sheet 1 of the workbook.
 */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'yaml', 'ts', 'schema', 'xlsx', 'html'];

/** The formats `emitAll` makes, in the order it makes them. */
export const TEXT_FORMATS: readonly TextFormat[] = ['json', 'yaml', 'ts', 'schema'];

/** Every format, in the order files are written: `OUTPUT_FORMATS` and the CSV. */
const EVERY_FORMAT: readonly OutputFormat[] = ['json', 'yaml', 'ts', 'schema', 'xlsx', 'csv', 'html'];

/** The file each text format is written to. */
export const OUTPUT_FILES: Readonly<Record<TextFormat, string>> = {
  json: 'registry.json',
  yaml: 'registry.yaml',
  ts: 'registry.ts',
  schema: 'registry.schema.json',
};

/** The file each document format is written to. */
export const DOCUMENT_FILES: Readonly<Record<DocumentFormat, string>> = {
  xlsx: 'registry.xlsx',
  csv: 'registry.csv',
  html: 'registry.html',
};

/** Each text format's text in pieces (see `emitChunks`). */
const EMITTERS: Readonly<Record<TextFormat, (registry: Registry) => Iterable<string>>> = {
  json: jsonChunks,
  yaml: yamlChunks,
  ts: typeScriptChunks,
  schema: (registry) => [emitSchema(registry)],
};

/**
 * Emits the given text formats (all four by default): file name → content, in `TEXT_FORMATS`
 * order. Document formats among `formats` are left to their own packages (see `DocumentFormat`).
 * When the narrowed schema is among them, the data files' `$schema` names it (`./registry.schema.json`)
 * rather than the published schema's remote `$id`: an editor then validates against the policy's
 * own ids, offline. The data of all three files says the same, so `policyc check` finds them in agreement.
 */
export function emitAll(registry: Registry, formats: readonly OutputFormat[] = TEXT_FORMATS): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, chunks] of emitChunks(registry, formats)) files[name] = [...chunks].join('');
  return files;
}

/**
 * `emitAll` a file at a time and in pieces: [file name, its text in chunks], in the same order.
 * A file's text is printed only as its chunks are read (a list item at a time), so a writer that
 * writes each chunk as it comes holds a piece of one file, not every file whole: for a 20 MB
 * policy the four files are some 200 MB of text.
 */
export function* emitChunks(registry: Registry, formats: readonly OutputFormat[] = TEXT_FORMATS): Generator<[string, Iterable<string>]> {
  const source = formats.includes('schema') ? { ...registry, $schema: `./${OUTPUT_FILES.schema}` } : registry;
  for (const format of TEXT_FORMATS) {
    if (formats.includes(format)) yield [OUTPUT_FILES[format], EMITTERS[format](source)];
  }
}

/** The file a format is written to. */
export function outputFile(format: OutputFormat): string {
  return isTextFormat(format) ? OUTPUT_FILES[format] : DOCUMENT_FILES[format];
}

/** Whether `value` names an output format (`csv` included, `all` not). */
export function isOutputFormat(value: string): value is OutputFormat {
  return (EVERY_FORMAT as readonly string[]).includes(value);
}

export function isTextFormat(value: string): value is TextFormat {
  return (TEXT_FORMATS as readonly string[]).includes(value);
}

/** The formats in the order their files are written, each once. */
export function orderFormats(formats: readonly OutputFormat[]): OutputFormat[] {
  return EVERY_FORMAT.filter((format) => formats.includes(format));
}
