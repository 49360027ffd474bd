import type { Point, Span } from '@policyc/model';
import { hasSpan } from '../coerce.js';
import { at, defineRule, yaml } from './define.js';

const TEXT = '（一）壮大骨干企业。支持企业兼并重组。（省财政厅负责）\n（二）建设种植基地。推进基地建设。（省农牧厅负责）\n';

export const taskEvidence = defineRule({
  id: 'task-evidence',
  severity: 'error',
  origin: 'registry',
  summary: 'A task with units says where they were read (`form`, `evidence`), inside the task; a task without units says nothing.',
  description:
    'Each task records how its units were found: `form` (a responsibility clause, a row of a task-division table, or a ' +
    'sentence of running text) and `evidence` (that clause, row or sentence as written, with its position), so a reviewer ' +
    'can see why a unit got its role. A task that names units has both; a task that names none (a leaf of a task section) ' +
    'has neither; and the evidence lies within the task\'s own text, or, for a sentence that hands every task below it to ' +
    'its units ("以下各项均由A负责落实"), in a section that encloses the task or before the first heading. A finding here is a hand edit that changed the units ' +
    'without their evidence, or evidence copied from another task.',
  check(context) {
    context.registry.tasks.forEach((task, i) => {
      const name = `Task ${task.id || i}`;
      const named = task.lead.length + task.assist.length + task.responsible.length > 0;
      if (named && task.form === null) {
        context.report({ pointer: `/tasks/${i}/form`, reason: `${name} names units but has no form` });
        return;
      }
      if (!named && task.form !== null) {
        context.report({ pointer: `/tasks/${i}/form`, reason: `${name} names no unit but has form '${task.form}'` });
        return;
      }
      if (task.form !== null && task.evidence === null) {
        context.report({ pointer: `/tasks/${i}/evidence`, reason: `${name} has form '${task.form}' but no evidence` });
        return;
      }
      if (task.form === null && task.evidence !== null) {
        context.report({ pointer: `/tasks/${i}/evidence`, reason: `${name} has evidence but no form` });
        return;
      }
      const evidence = task.evidence?.position;
      if (hasSpan(evidence) && hasSpan(task.position) && !within(evidence, task.position) && !governs(evidence, task.path, context.registry.sections)) {
        context.report({
          pointer: `/tasks/${i}/evidence/position`,
          reason: `${name}: its evidence (${spanText(evidence)}) lies outside the task (${spanText(task.position)})`,
        });
      }
    });
  },
  examples: {
    fail: [
      {
        title: 'Units added by hand, with no form or evidence',
        files: {
          'registry.yaml': yaml`
            tasks:
              - id: task-2.1
                lead: [省财政厅]
                form: null
                evidence: null
          `,
        },
        messages: [
          'registry.yaml:4:11-4:15: Task task-2.1 names units but has no form',
        ],
      },
      {
        title: 'Evidence copied from the next task',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-2.1
                responsible: [省财政厅]
                form: clause
                evidence:
                  text: （省农牧厅负责）
                  position: ${at(TEXT, '（省农牧厅负责）')}
                position: ${at(TEXT, '（一）壮大骨干企业。支持企业兼并重组。（省财政厅负责）')}
          `,
        },
        messages: [
          'registry.yaml:8:17-8:105: Task task-2.1: its evidence (2:18-2:26) lies outside the task (1:1-1:28)',
        ],
      },
    ],
    pass: [
      {
        title: 'A clause inside its task',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-2.1
                responsible: [省财政厅]
                form: clause
                evidence:
                  text: （省财政厅负责）
                  position: ${at(TEXT, '（省财政厅负责）')}
                position: ${at(TEXT, '（一）壮大骨干企业。支持企业兼并重组。（省财政厅负责）')}
          `,
        },
        messages: [],
      },
      {
        title: 'A task with no units, and so no form',
        files: {
          'registry.yaml': yaml`
            tasks:
              - { id: task-2.1, lead: [], assist: [], responsible: [], form: null, evidence: null }
          `,
        },
        messages: [],
      },
    ],
  },
});

/** Whether `inner` starts and ends within `outer`: by offsets when both have them, else by line and column. */
/**
 * A sentence that hands every task below it to its units ("以下各项均由A负责落实") stands before
 * those tasks: in the text of a section that encloses the task, or before the first heading.
 */
function governs(evidence: Span, path: string, sections: readonly { path: string; position: Span }[]): boolean {
  const first = sections.find((s) => hasSpan(s.position));
  if (first !== undefined && compare(evidence.end, first.position.start) <= 0) return true;
  return sections.some((s) => hasSpan(s.position) && path.startsWith(`${s.path}.`) && within(evidence, s.position));
}

function within(inner: Span, outer: Span): boolean {
  return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

function compare(a: Point, b: Point): number {
  if (a.offset >= 0 && b.offset >= 0) return a.offset - b.offset;
  return a.line !== b.line ? a.line - b.line : a.column - b.column;
}

function spanText(span: Span): string {
  return `${span.start.line}:${span.start.column}-${span.end.line}:${span.end.column}`;
}
