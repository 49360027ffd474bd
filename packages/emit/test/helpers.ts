import { Project, ts } from 'ts-morph';

/** Type-checks one TypeScript file under `strict` in memory; returns the diagnostics' texts. */
export function typeCheck(text: string): string[] {
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, noEmit: true },
  });
  project.createSourceFile('/registry.ts', text);
  return project.getPreEmitDiagnostics().map((d) => {
    const message = d.getMessageText();
    const line = d.getLineNumber() ?? 0;
    return `${line}: ${typeof message === 'string' ? message : message.getMessageText()}`;
  });
}

/** Runs the generated module (types stripped) and returns its exports. */
export async function runModule(text: string): Promise<Record<string, unknown>> {
  const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  return import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`) as Promise<Record<string, unknown>>;
}

/** The JSDoc an editor shows when hovering `expression` appended to the file. */
export function hoverDoc(text: string, expression: string): string {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  const file = project.createSourceFile('/use.ts', `${text}\nconst probe = ${expression};\n`);
  const position = file.getFullText().lastIndexOf(expression) + expression.length - 1;
  const info = project.getLanguageService().compilerObject.getQuickInfoAtPosition('/use.ts', position);
  return ts.displayPartsToString(info?.documentation ?? []);
}
