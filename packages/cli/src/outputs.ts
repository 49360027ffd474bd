/**
 * Writing a registry's outputs to a directory: the file side of `policyc compile --out`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emitAll, OUTPUT_FORMATS, type OutputFormat } from '@policyc/emit';
import type { Registry } from '@policyc/model';

/**
 * Emits the formats (all by default) and writes each file into `outDir`, creating it if needed.
 * Returns the paths written, in `OUTPUT_FORMATS` order.
 */
export async function writeOutputs(
  registry: Registry,
  outDir: string,
  formats: readonly OutputFormat[] | 'all' = 'all',
): Promise<string[]> {
  const files = emitAll(registry, formats === 'all' ? OUTPUT_FORMATS : formats);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(outDir, name);
    await writeFile(path, content);
    written.push(path);
  }
  return written;
}
