/**
 * Runs rules over one bundle of files (a registry's YAML, JSON, TypeScript, schema and policy
 * text) and turns their reports into positioned messages.
 */
import { VFileMessage } from 'vfile-message';
import { coerceRegistry } from './coerce.js';
import { FILE_START } from './files/lines.js';
import { ownCopy } from './own-copy.js';
import { plainSourceMessages } from './source-messages.js';
import type { RegistryFile } from './files/registry-file.js';
import { asPlace, policySpanAt } from './places.js';
import type {
  CheckMessage, CheckOptions, Place, PolicySource, RelatedPlace, ReleasedPrimary, Report, RuleContext, RuleDefinition, Severity, SourceMessage,
} from './types.js';

/** What a registry's rules share: the file its data is read from, and the policy text. */
export interface Bundle {
  /** The file the data rules read (see `PRIMARY_ORDER`); undefined when there is no registry file. */
  primary: RegistryFile | undefined;
  source: PolicySource | undefined;
  /** The policy text the registry names, when it is there but could not be read. */
  unreadSource?: { path: string; reason: string } | undefined;
  /** The parser's messages on the policy, when it was parsed already; else parsed when first asked. */
  parsed?: readonly SourceMessage[] | undefined;
}

/** Data rules read the YAML first: it is the file teams edit. */
export const PRIMARY_ORDER = ['yaml', 'json', 'ts'] as const;

/**
 * Runs rules over a registry's files and turns their reports into positioned messages. The
 * registry is coerced once and the policy parsed at most once, however many runs there are: the
 * checker runs every rule on the primary, then the per-file rules on each other file in turn.
 */
export interface Kernel {
  /** Runs `rules` with `files` as the files they judge. */
  run(files: readonly RegistryFile[], rules: readonly RuleDefinition[]): CheckMessage[];
  /**
   * Lets go of the primary's text once its own messages are placed: later runs judge other files,
   * which read the primary's path and data only (and place their findings in their own file).
   */
  releasePrimaryText(): void;
  /**
   * Lets go of the primary's data and the registry coerced from it, keeping `released` (its
   * digest) for the rules that compare another file with it: later runs judge files other than
   * the schema, which read neither.
   */
  releasePrimaryData(released: ReleasedPrimary): void;
}

export function createKernel(bundle: Bundle, options: CheckOptions): Kernel {
  // Not `bundle` itself: the closures below would keep its primary, text and data, alive.
  let { primary } = bundle;
  const { source, unreadSource } = bundle;
  let registry = coerceRegistry(primary?.data);
  let released: ReleasedPrimary | undefined;
  // Only a policy text that was read names the place of a finding: a path to a missing file would
  // send SARIF viewers and editors to nothing (the source-file rule says it is missing).
  const policyPath = source?.path;
  let { parsed } = bundle;

  const run = (files: readonly RegistryFile[], rules: readonly RuleDefinition[]): CheckMessage[] => {
    const messages: CheckMessage[] = [];
    for (const rule of rules) {
      const context: RuleContext = {
        registry,
        primary,
        released,
        files,
        source,
        unreadSource,
        parsed: () => (parsed ??= source && options.parse ? plainSourceMessages(options.parse(source).messages) : []),
        typecheck: options.typecheck ?? true,
        report: (report) => {
          const message = toMessage(rule, report, { primary, policyPath });
          if (message) messages.push(message);
        },
      };
      try {
        rule.check(context);
      } catch (error) {
        // A rule that crashes is a bug in policyc, not in the input; say so instead of stopping.
        messages.push(createMessage(rule, 'error', `Rule ${rule.id} crashed: ${error instanceof Error ? error.message : String(error)}`, primary?.path ?? '', undefined, []));
      }
    }
    return messages;
  };
  return {
    run,
    releasePrimaryText() {
      if (primary) primary = { path: primary.path, kind: primary.kind, text: '', data: primary.data, problems: [], locate: () => FILE_START };
    },
    releasePrimaryData(digest) {
      if (!primary) return;
      primary = { ...primary, data: undefined };
      registry = coerceRegistry(undefined);
      released = digest;
    },
  };
}

interface Where {
  primary: RegistryFile | undefined;
  policyPath: string | undefined;
}

function toMessage(rule: RuleDefinition, report: Report, where: Where): CheckMessage | undefined {
  const file = report.file ?? where.primary;
  if (report.inPolicy && where.policyPath) {
    const entry = file && report.pointer !== undefined ? file.locate(report.pointer, report.key) : undefined;
    const related = file && entry ? [{ file: file.path, place: entry, message: 'the registry entry' }] : [];
    const place = report.place ?? (file && report.pointer !== undefined ? policySpanAt(file.data, report.pointer) : undefined);
    return createMessage(rule, rule.severity, report.reason, where.policyPath, place, related, report);
  }
  // Without the policy's name, a finding about a registry value stays in the registry file.
  if (report.inPolicy && report.pointer === undefined) return undefined;
  if (!file) return createMessage(rule, rule.severity, report.reason, '', report.place, [], report);
  const inFile = (report.inPolicy ? undefined : report.place) ?? (report.pointer !== undefined ? file.locate(report.pointer, report.key) : undefined);
  const sentence = report.pointer !== undefined && where.policyPath && file.kind !== 'schema'
    ? policySpanAt(file.data, report.pointer)
    : undefined;
  if (rule.origin === 'policy' && sentence && where.policyPath) {
    const related = inFile ? [{ file: file.path, place: inFile, message: 'the registry entry' }] : [];
    return createMessage(rule, rule.severity, report.reason, where.policyPath, sentence, related, report);
  }
  const related: RelatedPlace[] = sentence && where.policyPath
    ? [{ file: where.policyPath, place: sentence, message: 'the policy sentence this value came from' }]
    : [];
  return createMessage(rule, rule.severity, report.reason, file.path, inFile, related, report);
}

function createMessage(
  rule: RuleDefinition, severity: Severity, reason: string, file: string, place: Place | undefined,
  related: RelatedPlace[], report?: Report,
): CheckMessage {
  const message = new VFileMessage(ownCopy(reason), { place: place && asPlace(place), ruleId: rule.id, source: 'policyc' }) as CheckMessage;
  message.file = file;
  message.severity = severity;
  // vfile's convention: true is an error, false a warning, undefined an info.
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.url = rule.url;
  message.related = related;
  if (report?.pointer !== undefined) message.pointer = report.pointer;
  if (report?.note) message.note = ownCopy(report.note);
  return message;
}
