import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const require = createRequire(import.meta.url);
let loaded: typeof TsMorph | undefined;

/**
 * ts-morph, loaded on first use. Loading it (TypeScript with it) takes longer than everything
 * else a JSON or YAML output needs, so only the TypeScript output pays for it. `require` rather
 * than `import()` keeps `emitTypeScript` and `emitAll` synchronous; ts-morph is CommonJS.
 */
export function tsMorph(): typeof TsMorph {
  loaded ??= require('ts-morph') as typeof TsMorph;
  return loaded;
}
