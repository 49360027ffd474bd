/** A policy's tasks that name units, as tests compare them. */
import { compile } from 'policyc';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
export function tasksWithUnits(text: string): string[] {
  return compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);
}
