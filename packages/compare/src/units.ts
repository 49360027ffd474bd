/**
 * Units of the same kind at different levels of government. A national policy names 国家发展改革委,
 * 科技部, 国务院国资委; the province implementing it names 省发展改革委, 省科技厅, 省国资委; a city
 * 市发展改革委, 市科技局. A unit name is a level or place, a body and a kind word
 * (`@policyc/extract` reads names by the same structure); two units match when their bodies do:
 *
 *   - the level or place in front is dropped: 国家, 国务院, 中央, 省, 市, 省级 …, 省委/市委, and a
 *     place name ending in 省 / 自治区 / 市 ("青海省", "西宁市");
 *   - a government department's kind word is dropped, since one department is a 部 in the State
 *     Council, a 厅 in a province and a 局 in a city: 部, 厅, 局, 总局, 委 (委员会), 办 (办公室).
 *
 * What is left ("发展改革", "科技", "国资") is the unit's key. Catch-all classes ("有关部门",
 * "各职能部门", "政府部门") name no particular unit and get no key.
 *
 * `@policyc/extract` exports `normalizeUnitName` (used here) but not its level-prefix patterns,
 * which it keeps private to its list grammar; the few needed here are written below.
 */
import { normalizeUnitName } from '@policyc/extract';

/** A level written before a name; a word that opens with a level character is not one (市场, 区域). */
const LEVEL_RE = /^(?:中共中央|党中央|国务院|中央|国家|全国|省委|市委|州委|县委|区委|省级|市级|州级|县级|区级|本级|同级|自治区|省|市(?!场)|州|盟|县(?!域)|区(?!域)|旗|镇|乡)/u;
/** A place name before a name: "青海省", "广西壮族自治区", "西宁市". */
const PLACE_RE = /^[\u4e00-\u9fff]{2,4}?(?:省|自治区)|^[\u4e00-\u9fff]{2,3}市(?!场)/u;
/** The kind words of government departments, which differ by level (部 ↔ 厅 ↔ 局). */
const DEPARTMENT_KIND_RE = /(?:委员会|办公室|总局|部|厅|局|委|办)$/u;
/** Classes of units rather than units ("有关部门", "各职能部门", "政府部门", "相关单位"). */
const CLASS_RE = /^(?:各|有关|相关|其他|其它|职能|政府|行业主管|主管|成员)|^(?:部门|单位|机构|机关)$/u;

/**
 * The key a unit matches by across levels ("国家发展改革委" → "发展改革"); null for a class of
 * units or a name that is only a level. Never throws.
 */
export function unitKey(name: string): string | null {
  let rest = normalizeUnitName(String(name));
  // At most two prefixes: "青海省" + nothing, or "中共" + "省委" …; each must leave a body.
  for (let k = 0; k < 2; k++) {
    const m = PLACE_RE.exec(rest) ?? LEVEL_RE.exec(rest);
    if (m === null || rest.length - m[0].length < 2) break;
    rest = rest.slice(m[0].length);
  }
  if (CLASS_RE.test(rest)) return null;
  const body = rest.replace(DEPARTMENT_KIND_RE, '');
  return body.length >= 2 ? body : rest.length >= 2 ? rest : null;
}

/** A unit of one side matched with a unit of the other through their key. */
export interface UnitPair {
  a: string;
  b: string;
  key: string;
}

/** Unit names of a task with the key each matches by (classes left out). */
export function keyedUnits(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of names) {
    const key = unitKey(name);
    if (key !== null && !out.has(key)) out.set(key, name);
  }
  return out;
}

/**
 * Dice over the unit keys of two tasks and the pairs that matched; null when either task names
 * no particular unit (nothing to compare, which is no evidence either way).
 */
export function compareUnits(a: Map<string, string>, b: Map<string, string>): { score: number; pairs: UnitPair[] } | null {
  if (a.size === 0 || b.size === 0) return null;
  const pairs: UnitPair[] = [];
  for (const [key, name] of a) {
    const other = b.get(key);
    if (other !== undefined) pairs.push({ a: name, b: other, key });
  }
  return { score: (2 * pairs.length) / (a.size + b.size), pairs };
}
