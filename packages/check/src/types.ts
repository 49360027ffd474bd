/**
 * The public types of the checker: inputs, options, messages, and the shape of a rule.
 */
import type { Point, Registry, SourceFile } from '@policyc/model';
import type { VFileMessage } from 'vfile-message';
import type { DataDigest, DataPart } from './digest.js';
import type { RegistryFile } from './files/registry-file.js';
import type { PrintedTypeScript } from './files/ts-printed.js';

export type Severity = 'error' | 'warning' | 'info';

/** A span with 1-based lines and columns (UTF-16), 0-based offsets (unist). */
export interface Place {
  start: Point;
  end: Point;
}

/** One input file, by path and content. */
export interface CheckFile {
  path: string;
  content: string;
  /** For a policy text read from disk: the SHA-256 (hex) of its bytes, compared with the registry's `document.source.sha256`. */
  sha256?: string;
  /** For a policy text outside its registry's folder: that folder (files are otherwise grouped by their own folder). */
  registryDir?: string;
  /** For a policy text that is there but could not be read: why (`content` is then empty). */
  unread?: string;
}

/**
 * A registry file left on disk until the check comes to it: a check of a large registry then holds
 * one file's text and data at a time, not every file's (`loadInputs` with `defer`).
 */
export interface DeferredFile {
  path: string;
  /** Where to read it from. */
  absolutePath: string;
  registryDir?: string;
}

/** A file of a check: its text, or where to read it when its turn comes. */
export type CheckInput = CheckFile | DeferredFile;

/** The policy text a registry was compiled from. */
export interface PolicySource {
  path: string;
  text: string;
  /** The SHA-256 (hex) of the bytes the text was read from, when known. */
  sha256?: string;
}

/**
 * Reads the policy text a registry names, as `policyc compile` read it (`ref` gives the encoding and
 * format recorded then). Injected, so that this package does not depend on the readers of HTML and Word.
 */
export type ReadSource = (path: string, ref: SourceFile) => Promise<
  | { ok: true; text: string; sha256: string }
  | { ok: false; reason: string; /** There is no file at `path` (as opposed to one that cannot be read). */ missing?: boolean }
>;

/** A unist point, offset optional (as vfile messages carry them). */
export interface LoosePoint {
  line: number;
  column: number;
  offset?: number | undefined;
}

/** A message the policy parser reports (a vfile message or the parser's own offsets). */
export interface SourceMessage {
  ruleId?: string | null | undefined;
  reason: string;
  place?: LoosePoint | { start: LoosePoint; end: LoosePoint } | null | undefined;
  /** Offsets into the policy text, when the parser gives those instead of a place. */
  start?: number;
  end?: number;
}

/** Parses the policy text; injected by the caller so this package does not depend on the parser. */
export type ParseSource = (source: PolicySource) => { messages: readonly SourceMessage[] };

export interface CheckOptions {
  /** Run only these rule ids (all by default). */
  rules?: readonly string[];
  /** Type-check `registry.ts` with ts-morph (default true; the slowest rule). */
  typecheck?: boolean;
  /** The policy text; by default the file named by the registry's `document.source`, when found. */
  source?: PolicySource;
  /** The policy parser, for the rules that read the policy text itself. */
  parse?: ParseSource;
  /** How `check(path)` reads the policy text a registry names (default: `.txt` and `.md` in their recorded encoding). */
  readSource?: ReadSource;
}

/** Another place a message refers to: the policy sentence behind a value, or the registry entry. */
export interface RelatedPlace {
  file: string;
  place: Place;
  message: string;
}

/** A finding: a vfile message with a rule id, a severity, and where it came from. */
export interface CheckMessage extends VFileMessage {
  ruleId: string;
  severity: Severity;
  /** The file `place` is in. */
  file: string;
  /** JSON pointer to the registry value, when the finding is about one. */
  pointer?: string;
  related: RelatedPlace[];
}

export interface CheckResult {
  messages: CheckMessage[];
  /** Paths of the files that were checked. */
  files: string[];
  /**
   * The text of the files read, by path, for code frames: every file given with its text; of the
   * files read from disk (`DeferredFile`) that a message points into, the lines around the places
   * it points to, every other line empty (line numbers hold; a large file is not kept whole).
   */
  contents: Record<string, string>;
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** What a rule reports; the kernel turns it into a positioned `CheckMessage`. */
export interface Report {
  reason: string;
  /** JSON pointer into `file`'s data (default: the primary registry). */
  pointer?: string;
  file?: RegistryFile;
  /** Point at the property name rather than its value (an unexpected or missing key). */
  key?: boolean;
  /** An explicit place in `file`, or in the policy text with `inPolicy`. */
  place?: Place;
  /** `place` is in the policy text; with a `pointer`, the registry entry becomes the related place. */
  inPolicy?: boolean;
  note?: string;
}

export interface RuleContext {
  /** The registry the data rules read (YAML first, then JSON, then the TypeScript data), coerced to the model's shape. */
  registry: Registry;
  /**
   * The file `registry` was read from; undefined when no registry file could be read. While the
   * other files are judged, its data may have been let go (`data` undefined, `released` set).
   */
  primary: RegistryFile | undefined;
  /** What is kept of the primary's data once let go: see `ReleasedPrimary`. */
  released?: ReleasedPrimary | undefined;
  /** Every registry file of the input (`registry.schema.json` included), parsed. */
  files: readonly RegistryFile[];
  source: PolicySource | undefined;
  /** The policy text the registry names, when it is there but could not be read, and why. */
  unreadSource?: { path: string; reason: string } | undefined;
  /** The parser's messages on the policy text ([] without a source or a parser). */
  parsed(): readonly SourceMessage[];
  typecheck: boolean;
  report(report: Report): void;
}

/**
 * The primary's data, let go while the other files are read: a digest of it, item by item, and
 * the data read again from the primary's file, for the detail of a difference.
 */
export interface ReleasedPrimary {
  digest: DataDigest;
  /**
   * The part of the data at `part` read again from the primary's file (`{ value: undefined }`
   * where the data has nothing there), or the whole data without `part`; undefined when the file
   * can no longer be read.
   */
  reread(part?: DataPart): { value: unknown } | undefined;
  /**
   * What policyc prints as `registry.ts` for the data, when the data is valid and the primary's
   * rules found no error in it: the items of a `registry.ts` printed so need no type-check.
   */
  printedTypeScript?: PrintedTypeScript | undefined;
}

/** One documented example: input files, and the messages expected as `file:L:C-L:C: reason`. */
export interface RuleExample {
  title: string;
  files: Record<string, string>;
  source?: PolicySource;
  messages: string[];
}

/** A rule: one check, written as a definition (ajv keyword style). */
export interface RuleDefinition {
  id: string;
  severity: Severity;
  url: string;
  /** One line: what the rule requires. */
  summary: string;
  /** Why the rule exists and what to do about a finding (the docs page). */
  description: string;
  /** Where findings point first: the policy sentence a value came from, or the registry file. */
  origin: 'policy' | 'registry';
  /**
   * The rule judges each registry file on its own (`context.files` then holds one file at a time,
   * `context.primary` stays the primary): the checker reads the files one after another, and runs
   * the other rules once, on the primary. The schema files are judged while `context.registry`
   * is the primary's; the other files after the primary's data is let go (`context.registry`
   * empty, `context.primary.data` undefined, `context.released` holding its digest).
   */
  perFile?: boolean;
  /**
   * The rule reads the parser's messages on the policy (`context.parsed()`). With such a rule to
   * run, the checker parses a long policy before it reads the registry, and lets the syntax tree
   * go first: the tree and the registry's data held together were most of a check's peak.
   */
  readsParse?: boolean;
  check(context: RuleContext): void;
  examples: { fail: RuleExample[]; pass: RuleExample[] };
}
