import { dirname, join } from 'node:path';
import { defineRule, yaml } from './define.js';

const TEXT = '一、总体要求\n（一）加强组织领导。\n';
/** SHA-256 of TEXT in UTF-8, as `policyc compile` records it. */
const TEXT_SHA256 = '6840cdeca856acf773e12845673de225bda175ed6ee5c8616d662d224d956f1d';
const EDITED = '一、总体要求\n（一）加强组织领导，健全工作机制。\n';
const EDITED_SHA256 = '29600010ccceb32a47fbe9e44c697fd0d81e2a999df9ed064f05e3263c5ddf0b';

export const sourceFile = defineRule({
  id: 'source-file',
  severity: 'warning',
  origin: 'registry',
  summary: 'The policy text the registry names (`document.source`) is there, and unchanged since compiling.',
  description:
    'A registry records the policy it was compiled from: its path relative to the registry\'s folder and the SHA-256 ' +
    'of its bytes. `policyc check` reads the policy through that path, to run the rules that read the policy itself ' +
    '(heading-glued, heading-sequence …) and to point findings at its sentences. When the file is not there (the ' +
    'registry was moved without it, or the policy renamed), those rules are skipped and findings stay in the registry ' +
    'files: give the policy with `--source`, or recompile from where it now is. When its bytes differ from the ones ' +
    'compiled, positions in the registry may no longer point at the right sentences: recompile it.',
  check(context) {
    const ref = context.registry.document.source;
    if (!ref || ref.path === '' || !context.primary) return;
    const source = context.source;
    if (!source && context.unreadSource) {
      context.report({
        pointer: '/document/source',
        reason: `The policy text at ${context.unreadSource.path} could not be read (${context.unreadSource.reason}): the rules that read the policy were skipped`,
      });
      return;
    }
    if (!source) {
      const looked = join(dirname(context.primary.path), ref.path);
      context.report({
        pointer: '/document/source',
        reason: `The policy text was not found at ${looked} (document.source names "${ref.path}"): the rules that read the policy were skipped; give it with --source, or recompile`,
      });
      return;
    }
    if (ref.sha256 && source.sha256 && ref.sha256 !== source.sha256) {
      context.report({
        pointer: '/document/source/sha256',
        reason: `${source.path} changed since the registry was compiled (its SHA-256 is not document.source.sha256): recompile it, since positions may no longer point at the right sentences`,
      });
    }
  },
  examples: {
    fail: [
      {
        title: 'A registry copied elsewhere without its policy',
        files: {
          'out/registry.yaml': yaml`
            document:
              source: { path: ../policy.txt, sha256: null, encoding: utf-8, format: txt }
          `,
        },
        messages: [
          'out/registry.yaml:2:11-2:78: The policy text was not found at policy.txt (document.source names "../policy.txt"): the rules that read the policy were skipped; give it with --source, or recompile',
        ],
      },
      {
        title: 'A policy edited after it was compiled',
        source: { path: 'policy.txt', text: EDITED, sha256: EDITED_SHA256 },
        files: {
          'registry.yaml': yaml`
            document:
              source: { path: policy.txt, sha256: ${TEXT_SHA256}, encoding: utf-8, format: txt }
          `,
        },
        messages: [
          'registry.yaml:2:39-2:103: policy.txt changed since the registry was compiled (its SHA-256 is not document.source.sha256): recompile it, since positions may no longer point at the right sentences',
        ],
      },
    ],
    pass: [
      {
        title: 'The policy beside the registry, as compiled',
        source: { path: 'policy.txt', text: TEXT, sha256: TEXT_SHA256 },
        files: {
          'registry.yaml': yaml`
            document:
              source: { path: policy.txt, sha256: ${TEXT_SHA256}, encoding: utf-8, format: txt }
          `,
        },
        messages: [],
      },
    ],
  },
});
