/** A unit named in a clause, with its offsets in the source. */
export interface UnitMention {
  /** As written, whitespace inside it removed; `normalizeUnitName` gives the form to compare. */
  name: string;
  start: number;
  end: number;
}

/** One responsibility clause found in a text. */
export interface ResponsibilityClause {
  /** Offsets of the whole clause (incl. its brackets) in the source. */
  start: number;
  end: number;
  /** The clause, table row or sentence as written. */
  text: string;
  /** Where it was read: a responsibility clause, a row of a task table, or running text. */
  form: 'clause' | 'table' | 'prose';
  /**
   * The sentence hands its units every task of its scope ("以下各项均由市发展改革委负责落实，不再一一
   * 列出"): the tasks below it that name no unit of their own.
   */
  blanket?: boolean;
  /** When it is due, as a table's deadline column or the clause states it; absent when it does not. */
  deadline?: { text: string; start: number; end: number };
  lead: UnitMention[];
  assist: UnitMention[];
  responsible: UnitMention[];
}
