/**
 * A stretch of running text that opens with a verb, a preposition or an adverb ("加强…", "鼓励企业…")
 * is never a list of unit names, at whatever end the list is tried: actorListAt gives up on it at
 * once instead of splitting it at every possible end. These tests hold the premise of that shortcut
 * (no end makes such a stretch a list) and its limits (a verb that makes a noun, "组织部门", and a role
 * word before a kind word, "负责科室", still open names). Made-up phrases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorListAt, isActorName } from '../src/units/index.js';
import { splitUnits } from '../src/units/split.js';

/** Words a subject never opens with (a sample of RUNNING_BAD_START_RE's). */
const VERBS = ['加强', '推进', '鼓励', '支持', '按照', '根据', '进一步', '积极', '对', '在', '将', '制定', '落实'];
/** Pieces that names and lists are made of. */
const PIECES = ['市', '区', '县', '财政局', '民政部门', '人民政府', '发展改革委', '和', '及', '、', '，', '等', '有关', '部门', '单位', '（', '）', '企业', '负责', '组织', '实施', '的'];

const piecesArb = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

describe('a stretch opening with a verb', () => {
  it('is no list of names at any end (the premise of giving up at once)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERBS), piecesArb, fc.constantFrom('', '、', '由'), (verb, rest, lead) => {
        const s = lead + verb + rest;
        for (let end = 1; end <= s.length; end++) expect(splitUnits(s, 0, end, isActorName)).toBeNull();
        expect(actorListAt(s, 0)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['加强市财政局的监管', 0],
    ['鼓励企业参与养老服务', 0],
    ['、按照市民政部门要求', 0],
  ])('gives no actor for %s', (s, at) => {
    expect(actorListAt(s, at)).toBeNull();
  });

  it('still reads names that open with a verb making a noun, or a role word before a kind word', () => {
    expect(actorListAt('组织部门负责干部培训', 0)?.end).toBe(4);
    expect(actorListAt('负责科室要建立台账', 0)?.end).toBe(4);
    expect(actorListAt('由市财政局负责', 0)?.end).toBe(5);
  });

  it('does not stop a list that opens with a name (the shortcut looks at the opening only)', () => {
    const s = '市民政部门会同市财政部门制定办法';
    expect(actorListAt(s, 0)?.end).toBe(5);
    expect(actorListAt(s, 7)?.end).toBe(12); // the units after 会同
  });
});
