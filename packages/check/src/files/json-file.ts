import { findJsonError } from './json-syntax.js';
import { lineIndex, placeOf } from './lines.js';
import type { RegistryFile, RegistryFileKind, SyntaxProblem } from './registry-file.js';
import { jsonTopIndex } from './json-top.js';
import { heldText } from './disk-text.js';
import { lineCounterOf, parseYaml, sliceLocator, topIndex } from './yaml-file.js';

/**
 * Reads a JSON registry with `JSON.parse` (strict JSON); values are located through the `yaml`
 * package, which reads JSON as YAML 1.2 flow and keeps every node's range: the item (or member)
 * that holds a value is parsed alone, found by its top-level offsets (`jsonTopIndex`).
 */
export function readJsonFile(path: string, text: string, kind: RegistryFileKind = 'json'): RegistryFile {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const problems: SyntaxProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text.slice(bom));
  } catch {
    const found = findJsonError(text.slice(bom)) ?? { offset: 0, reason: 'Not valid JSON' };
    const offset = bom + found.offset;
    problems.push({ reason: `Invalid JSON: ${found.reason}`, place: placeOf(lineIndex(text), offset, offset + 1) });
  }
  let locate: RegistryFile['locate'] | undefined;
  return {
    path, kind, text, data, problems,
    locate(pointer, key) {
      // Built on first use: most checks of a clean file never need a position.
      if (!locate) {
        const top = jsonTopIndex(text);
        if (top) locate = sliceLocator(heldText(text), top, lineCounterOf(text));
        else {
          const { doc, lineCounter } = parseYaml(text);
          locate = sliceLocator(heldText(text), topIndex(doc), lineCounter);
        }
      }
      return locate(pointer, key);
    },
  };
}
