import { at, defineRule, yaml } from './define.js';

const LATE = '（一）建设数据共享平台。整合部门数据资源。（市大数据局负责，2018年底前完成）\n';
const DUE = '（一）建设数据共享平台。整合部门数据资源。（市大数据局负责，2019年底前完成）\n';
const STANDING = '（一）完善数据共享机制。定期通报共享情况。（市大数据局负责，长期坚持）\n';

/** The year a document date begins with ("2019-06-10" → 2019), or null. */
function yearOf(date: string | null): number | null {
  const match = date === null ? null : /^([0-9]{4})/u.exec(date);
  return match ? Number(match[1]) : null;
}

export const taskDeadline = defineRule({
  id: 'task-deadline',
  severity: 'warning',
  origin: 'policy',
  summary: 'A task is not due before the policy was issued.',
  description:
    'A task\'s `deadline` is what the policy states for it ("2020年底前" in a table\'s deadline column or a clause\'s ' +
    'closing note), with the year it falls in. A year earlier than the year of the document\'s date cannot be met: ' +
    'it is a typo in the policy, a deadline copied from an older plan, or a year read from the wrong cell. A deadline ' +
    'with no year ("长期", "持续推进") and a document with no date are not checked. The finding points at the deadline ' +
    'in the policy.',
  check(context) {
    const issued = yearOf(context.registry.document.date);
    if (issued === null) return;
    context.registry.tasks.forEach((task, i) => {
      const due = task.deadline?.year;
      if (due === undefined || due === null || !/^[0-9]{4}$/u.test(due) || Number(due) >= issued) return;
      context.report({
        pointer: `/tasks/${i}/deadline/year`,
        reason: `Task ${task.id || i} is due in ${due} (${task.deadline!.text}), before the document's date ${context.registry.document.date}`,
      });
    });
  },
  examples: {
    fail: [
      {
        title: 'A deadline the year before the policy was issued',
        source: { path: 'policy.txt', text: LATE },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt, date: "2019-06-10" }
            tasks:
              - id: task-1
                deadline: { text: 2018年底前, year: "2018", position: ${at(LATE, '2018年底前')} }
          `,
        },
        messages: [
          'policy.txt:1:31-1:38: Task task-1 is due in 2018 (2018年底前), before the document\'s date 2019-06-10',
        ],
      },
    ],
    pass: [
      {
        title: 'A deadline in the year the policy was issued',
        source: { path: 'policy.txt', text: DUE },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt, date: "2019-06-10" }
            tasks:
              - id: task-1
                deadline: { text: 2019年底前, year: "2019", position: ${at(DUE, '2019年底前')} }
          `,
        },
        messages: [],
      },
      {
        title: 'A standing task, with no year',
        source: { path: 'policy.txt', text: STANDING },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt, date: "2019-06-10" }
            tasks:
              - id: task-1
                deadline: { text: 长期坚持, year: null, position: ${at(STANDING, '长期坚持')} }
          `,
        },
        messages: [],
      },
    ],
  },
});
