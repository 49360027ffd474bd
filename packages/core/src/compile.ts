/**
 * One call from policy text to registry: parse (unified + the policy parser plugin), extract,
 * validate. Problems are vfile messages on the returned file; nothing here throws on input.
 */
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { validateRegistry, type Registry, type SourceFile, type SourceFormat } from '@policyc/model';
import { policyParse, type Root } from '@policyc/parse';
import { extractRegistry } from '@policyc/extract';
import { unified } from 'unified';
import { VFile, type Compatible } from 'vfile';
import type { VFileMessage } from 'vfile-message';

declare module 'vfile' {
  interface DataMap {
    /** The bytes the file's text was decoded from: the registry records their SHA-256. */
    bytes: Uint8Array;
  }
}

export interface CompileOptions {
  /** Read the input as Markdown; by default, when the file name ends in .md. */
  markdown?: boolean;
  /**
   * The folder the registry is written to: `document.source.path` is the policy's path from
   * there. By default the policy's own folder (a registry written beside its policy).
   */
  registryDir?: string;
}

export interface CompileResult {
  registry: Registry;
  tree: Root;
  file: VFile;
  messages: VFileMessage[];
}

export function compile(input: Compatible, options: CompileOptions = {}): CompileResult {
  const file = input instanceof VFile ? input : new VFile(input);
  const markdown = options.markdown ?? /\.(?:md|markdown)$/iu.test(file.path ?? '');
  const processor = unified().use(policyParse, { markdown: options.markdown });
  const tree = processor.parse(file) as unknown as Root;
  const text = String(file.value ?? '');
  const extracted = extractRegistry(tree, text, { source: null });
  const registry: Registry = { ...extracted, document: { ...extracted.document, source: sourceFile(file, markdown, options.registryDir) } };
  if (registry.sections.length === 0) {
    const message = file.message(`no numbered heading found, so the registry has no sections: ${noHeadingsCause(text)}`, {
      place: { line: 1, column: 1 }, ruleId: 'no-headings', source: 'policyc',
    });
    message.fatal = false;
  }
  const { errors } = validateRegistry(registry);
  for (const e of errors) {
    // A registry that breaks its own schema is a bug in policyc, not in the policy: say so loudly.
    const message = file.message(`policyc produced an invalid registry at ${e.instancePath || '/'}: ${e.message}`, { ruleId: 'registry-schema', source: 'policyc' });
    message.fatal = true;
  }
  return { registry, tree, file, messages: file.messages };
}

/**
 * What the registry records of the file it was compiled from; null for a string, which has no
 * path a check could find again.
 */
function sourceFile(file: VFile, markdown: boolean, registryDir: string | undefined): SourceFile | null {
  if (!file.path) return null;
  const absolute = resolve(file.cwd, file.path);
  const from = registryDir === undefined ? dirname(absolute) : resolve(file.cwd, registryDir);
  const bytes = file.data.bytes ?? (file.value instanceof Uint8Array ? file.value : undefined);
  const format: SourceFormat = file.data.extractedFrom ?? (markdown ? 'md' : 'txt');
  return {
    // POSIX separators, so a registry written on Windows resolves on Linux and back.
    path: relative(from, absolute).split(sep).join('/'),
    sha256: bytes === undefined ? null : createHash('sha256').update(bytes).digest('hex'),
    encoding: file.data.encoding?.name ?? null,
    format,
  };
}

/** Share of the text's non-blank characters above which replacement characters mean a wrong decoding. */
const MAX_REPLACEMENT_SHARE = 0.05;
/** Share of Latin-1 letters (Ã, ä, ¸ …) among the letters above which the text reads as mojibake. */
const MOJIBAKE_SHARE = 0.3;
/** Below this share of Han characters, the text is hardly a Chinese policy. */
const MIN_HAN_SHARE = 0.2;
/** A text this long on this few lines was flowed: headings no longer start a line. */
const FLOWED_LENGTH = 400;
const FLOWED_LINES = 2;

/**
 * Line openings that look like a numbering policyc does not read as headings: "1)", "A.",
 * "Ⅰ、", "一）", "壹、", "(a)". Each alternative is bounded, so matching stays linear.
 */
const UNKNOWN_MARKER = /^[ \t\u3000]{0,8}(?:[0-9０-９]{1,2}[)）]|[(（]?[A-Za-zＡ-Ｚ][)）.．、]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,3}[.．、 ]|[一二三四五六七八九十]{1,3}[)）]|[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．])/u;

/** The likely reason a document has no heading policyc could read, for the user to act on. */
function noHeadingsCause(text: string): string {
  let nonBlank = 0;
  let replacement = 0;
  let han = 0;
  let letters = 0;
  let latin1 = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (/\s/u.test(char)) continue;
    nonBlank += 1;
    if (code === 0xfffd) replacement += 1;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) han += 1;
    if (/\p{L}/u.test(char)) {
      letters += 1;
      if (code >= 0xc0 && code <= 0x24f) latin1 += 1;
    }
  }
  const wrongEncoding = 'the text was probably decoded with the wrong encoding; give the right one with --encoding (gbk, gb18030, big5, utf-16le …)';
  if (nonBlank > 0 && replacement / nonBlank > MAX_REPLACEMENT_SHARE) return `${percent(replacement / nonBlank)} of it is replacement characters (�): ${wrongEncoding}`;
  if (letters > 0 && latin1 / letters > MOJIBAKE_SHARE && han / nonBlank < MIN_HAN_SHARE) return `it reads as mojibake (${percent(latin1 / letters)} of its letters are like "Ã", "ä"): ${wrongEncoding}`;
  if (nonBlank === 0 || han / nonBlank < MIN_HAN_SHARE) return `only ${percent(nonBlank === 0 ? 0 : han / nonBlank)} of it is Chinese characters: it is probably not a policy text`;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (nonBlank >= FLOWED_LENGTH && lines.length <= FLOWED_LINES) {
    return `its ${nonBlank} characters stand on ${lines.length === 1 ? 'one line' : `${lines.length} lines`}: the line breaks were probably lost (the text was flowed), and headings must start a line`;
  }
  const unknown = lines.map((line) => UNKNOWN_MARKER.exec(line)?.[0].trim()).filter((marker): marker is string => marker !== undefined);
  if (unknown.length >= 2) {
    return `its lines open with markers policyc does not read as headings ("${[...new Set(unknown)].slice(0, 3).join('", "')}"): number them 一、 （一） 1. （1） ① or 第一章`;
  }
  return 'it is probably not a policy text, or its headings use a numbering policyc does not read (it reads 一、 （一） 1. 1.1 （1） ① 第一章 第一条)';
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
