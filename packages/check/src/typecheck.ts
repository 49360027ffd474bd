import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type { Diagnostic, Project } from 'ts-morph';
import type { Place } from './types.js';
import { lineIndex, placeOf, FILE_START } from './files/lines.js';

const require = createRequire(import.meta.url);
let tsMorphModule: typeof TsMorph | undefined;

/**
 * ts-morph, loaded on first use: loading it (TypeScript with it) costs more than a check of the
 * JSON and YAML outputs, so only the rules that read `registry.ts` pay for it. `require` rather
 * than `import()` keeps the rules synchronous; ts-morph is CommonJS.
 */
export function tsMorph(): typeof TsMorph {
  tsMorphModule ??= require('ts-morph') as typeof TsMorph;
  return tsMorphModule;
}

export interface TypeDiagnostic {
  reason: string;
  place: Place;
}

const PATH = '/registry.ts';
let project: Project | undefined;

/**
 * Type-checks a generated `registry.ts` on its own under `strict`, in memory. One project is kept
 * for the process: the standard library's declarations are parsed once, not per check.
 */
export function typeCheck(text: string): TypeDiagnostic[] {
  const { Project, ts } = tsMorph();
  project ??= new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], noEmit: true, skipLibCheck: true },
  });
  const file = project.createSourceFile(PATH, text, { overwrite: true });
  const pointAt = lineIndex(text);
  return project.getPreEmitDiagnostics().map((diagnostic) => ({
    reason: messageText(diagnostic),
    place: diagnostic.getSourceFile() === file && diagnostic.getStart() !== undefined
      ? placeOf(pointAt, diagnostic.getStart()!, diagnostic.getStart()! + (diagnostic.getLength() ?? 0))
      : FILE_START,
  }));
}

/** The diagnostic's message; of a chain, the first and last link (the cause and the detail). */
function messageText(diagnostic: Diagnostic): string {
  const message = diagnostic.getMessageText();
  if (typeof message === 'string') return message;
  const texts: string[] = [];
  let link: typeof message | undefined = message;
  while (link) {
    texts.push(link.getMessageText());
    link = link.getNext()?.[0];
  }
  return texts.length > 1 ? `${texts[texts.length - 1]} (${texts[0]})` : texts[0] ?? '';
}
