/**
 * Bundles the built CLI (dist/bin.js and the batch worker dist/worker.js) with the workspace's
 * own packages (@policyc/*) and the small modules every run loads into dist/bundle/: a start-up
 * then loads a few files instead of a hundred modules, each resolved through the package graph
 * and compiled on its own (about 45 ms of a 250 ms run on the reference example). Some
 * third-party packages stay where npm installs them (`KEEP_INSTALLED`); each must be a
 * dependency of this package, and the build fails when one is not. Dynamic imports stay lazy
 * (split chunks).
 *
 * Run after `tsc -b` (the root's `build` and `prepare`, this package's `prepack`).
 */
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const outdir = join(here, 'dist/bundle');

/** A bare specifier's package name ("ajv/dist/2020.js" → "ajv", "@scope/x/y" → "@scope/x"). */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Third-party packages left where npm installs them: the large CommonJS ones, loaded lazily for
 * one input or output kind (.docx, the workbook, the type-check), tinypool (which starts its
 * workers from a file of its own), and those the code loads by name
 * at run time through `createRequire`, which a bundler cannot follow. The small ES modules every
 * run loads (unified, vfile …) are bundled.
 */
const KEEP_INSTALLED = new Set(['ajv', 'chardet', 'exceljs', 'iconv-lite', 'jszip', 'mammoth', 'opencc-js', 'remark-parse', 'tinypool', 'ts-morph', 'typescript', 'yaml', 'yauzl']);

/** Resolves node's own modules and the packages kept installed as external, recording the latter. */
const keepInstalled = (imported) => ({
  name: 'keep-installed',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || builtinModules.includes(args.path)) return { external: true };
      if (!KEEP_INSTALLED.has(packageOf(args.path))) return undefined;
      imported.add(packageOf(args.path));
      return { external: true };
    });
  },
});

rmSync(outdir, { recursive: true, force: true });
const imported = new Set();
const result = await build({
  absWorkingDir: here,
  entryPoints: { bin: 'dist/bin.js', worker: 'dist/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The built packages' own files (dist/), not their TypeScript sources.
  conditions: ['import', 'default'],
  metafile: true,
  logLevel: 'warning',
  plugins: [keepInstalled(imported)],
});
// Which source modules each output holds: the start-up test reads it to know what a run loaded.
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));

// …and the packages the bundled code requires by name at run time ("require2('yaml')").
for (const file of Object.keys(result.metafile.outputs)) {
  for (const m of readFileSync(join(here, file), 'utf8').matchAll(/\brequire\d*\("([^".][^"]*)"\)/g)) {
    if (!m[1].startsWith('node:') && !builtinModules.includes(m[1])) imported.add(packageOf(m[1]));
  }
}
const declared = new Set(Object.keys(manifest.dependencies ?? {}));
const missing = [...imported].filter((name) => !declared.has(name)).sort();
if (missing.length > 0) {
  console.error(`policyc bundle: the bundle imports ${missing.join(', ')}, which @policyc/cli does not depend on; add them to packages/cli/package.json`);
  process.exit(1);
}
