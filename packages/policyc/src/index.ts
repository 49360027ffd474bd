export { compile, type CompileOptions, type CompileResult } from './compile.js';
export { docxToText, htmlToText, INPUT_EXTENSIONS, readPolicy, UnsupportedInputError } from './read.js';
export type { Registry } from '@policyc/model';
