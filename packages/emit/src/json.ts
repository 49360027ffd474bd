import type { Registry } from '@policyc/model';
import { canonicalRegistry } from './canonical.js';

/** `registry.json`: the canonical registry, two-space indented, with a final newline. */
export function emitJson(registry: Registry): string {
  return `${JSON.stringify(canonicalRegistry(registry), null, 2)}\n`;
}
