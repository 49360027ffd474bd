/**
 * Short names a document declares for itself: "青海省发展和改革委员会（以下简称省发展改革委）".
 * A declaration is the document's own word that two names are one unit, so the cross-document
 * index may treat them as one; nothing else (likeness of names, a shared prefix) is taken as such.
 *
 * The short name is what the brackets hold; where the full name starts is not marked, so the
 * document gives the text before the brackets (up to the clause's start) and the index settles
 * the start later, preferring a unit name that some registry of the run holds (see `fullName`).
 */
import { normalizeUnitName } from '@policyc/extract';

export interface AliasDeclaration {
  /** The declared short name, normalised (`normalizeUnitName`), quotes removed. */
  alias: string;
  /** The clause before the brackets, whose end is the full name: trimmed to the last punctuation. */
  before: string;
}

/** "（以下简称", "(简称", "（下称", "（以下称": the openings of a short-name declaration. */
const DECLARATION_RE = /[（(](?:以下简称|下简称|简称|以下称|下称)[：:]?/gu;
/** The quotes a short name may be written in. */
const QUOTES = new Set(['“', '”', '"', '「', '」', '‘', '’', "'", '《', '》']);
/** How far back a full name can reach, and how long a short name is at most. */
const MAX_FULL = 40;
const MAX_ALIAS = 20;
/** Where a clause starts: the full name lies after the last of these before the brackets. */
const CLAUSE_BREAK = /[\s，,。；;：:、！？!?）)】\]」”"（(【[「“]/u;

export function aliasDeclarations(text: string): AliasDeclaration[] {
  const found: AliasDeclaration[] = [];
  for (const match of text.matchAll(DECLARATION_RE)) {
    const open = match.index;
    const start = open + match[0].length;
    const close = closingBracket(text, start);
    if (close === -1) continue;
    let raw = '';
    for (const ch of text.slice(start, close)) if (!QUOTES.has(ch)) raw += ch;
    // "简称一致性评价，下同": the name ends at the first comma.
    const alias = normalizeUnitName(raw.split(/[，,；;]/u)[0] ?? '');
    if (alias.length < 2) continue;
    const before = clauseBefore(text, open);
    if (before.length >= 2 && before !== alias) found.push({ alias, before });
  }
  return found;
}

/** The index of the bracket closing a declaration that starts at `from`, or -1 past `MAX_ALIAS` + quotes. */
function closingBracket(text: string, from: number): number {
  const last = Math.min(text.length, from + MAX_ALIAS + 4);
  for (let i = from; i < last; i++) {
    const ch = text[i];
    if (ch === '）' || ch === ')') return i;
    if (ch === '\n' || ch === '（' || ch === '(') return -1;
  }
  return -1;
}

function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_FULL && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return normalizeUnitName(text.slice(start, end));
}

/** Words after which a full name starts: the verbs and joiners that put a unit in a clause. */
const LEADING_VERBS = ['会同', '牵头', '配合', '协助', '负责', '联合', '委托', '授权', '组成', '成立', '设立', '组建', '依托', '通过', '根据', '按照', '并由'];
/** One-character prepositions a clause may open with before the unit ("由…", "经…", "请…"). */
const LEADING_PREPOSITIONS = new Set(['由', '经', '请', '对', '将', '在', '向', '从', '按', '与', '和', '及', '同', '使', '让', '把', '被', '给', '为', '并']);

/**
 * The full name a declaration gives a short name for: the longest of `knownNames` (the unit
 * names of the run's registries) that the clause ends with; else the clause after its last verb
 * or opening preposition. Null when nothing of a name's length is left.
 */
export function fullName(declaration: AliasDeclaration, knownNames: ReadonlySet<string>): string | null {
  const { before, alias } = declaration;
  for (let start = 0; start <= before.length - 2; start++) {
    const candidate = before.slice(start);
    if (candidate !== alias && knownNames.has(candidate)) return candidate;
  }
  let name = before;
  for (const verb of LEADING_VERBS) {
    const at = name.lastIndexOf(verb);
    if (at !== -1) name = name.slice(at + verb.length);
  }
  while (name.length > 2 && LEADING_PREPOSITIONS.has(name[0]!)) name = name.slice(1);
  return name.length >= 2 && name !== alias ? name : null;
}
