/** What the unit tests compare of a responsibility clause or duty: its units' names by role. */
import { findDuties, type ResponsibilityClause } from '../../src/units/index.js';

export interface Roles {
  lead: string[];
  assist: string[];
  responsible: string[];
}

/** Roles written short in a test's table: lead first, the others empty unless given. */
export const R = (lead: string[], assist: string[] = [], responsible: string[] = []): Roles => ({ lead, assist, responsible });

export function roles(c: ResponsibilityClause): Roles {
  return { lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name) };
}

/** The roles of each duty in `text`, one entry per sentence that assigns work. */
export const duties = (text: string): Roles[] => findDuties(text).map(roles);
