import { at, defineRule, yaml } from './define.js';

const TEXT = '（一）加强组织领导。建立协调机制。（省财政厅牵头，省教育厅、省财政厅配合）\n';

export const leadAndAssist = defineRule({
  id: 'lead-and-assist',
  severity: 'error',
  origin: 'policy',
  summary: 'No unit both leads and assists the same task.',
  description:
    'A unit that leads a task cannot also assist it. In the policy this is a drafting slip (the unit is listed in both ' +
    'parts of the clause); in the registry it may be an extraction error. The finding points at the task\'s sentence.',
  check(context) {
    context.registry.tasks.forEach((task, t) => {
      task.assist.forEach((unit, i) => {
        if (unit !== '' && task.lead.includes(unit)) {
          context.report({ pointer: `/tasks/${t}/assist/${i}`, reason: `${unit} both leads and assists task ${task.id || t}` });
        }
      });
    });
  },
  examples: {
    fail: [
      {
        title: 'A clause that lists the lead among the assisting units',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-1
                lead: [省财政厅]
                assist: [省教育厅, 省财政厅]
                position: ${at(TEXT, TEXT.trim())}
          `,
        },
        messages: [
          'policy.txt:1:1-1:38: 省财政厅 both leads and assists task task-1',
        ],
      },
    ],
    pass: [
      {
        title: 'Distinct lead and assisting units',
        source: { path: 'policy.txt', text: TEXT },
        files: {
          'registry.yaml': yaml`
            document: { source: policy.txt }
            tasks:
              - id: task-1
                lead: [省财政厅]
                assist: [省教育厅]
                position: ${at(TEXT, TEXT.trim())}
          `,
        },
        messages: [],
      },
    ],
  },
});
