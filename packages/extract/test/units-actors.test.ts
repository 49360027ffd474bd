/**
 * Unit names in running text (the subjects of prose duties): which words are names, where a
 * list of them ends, and lists written shortened ("市、区财政部门"). Made-up phrases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorListAt, isActorName } from '../src/units/index.js';

/** The list at the start of `s`: its names (completed where shortened) and the text it spans. */
function listAt(s: string, a = 0, limit?: number): { names: string[]; written: string[]; text: string } | null {
  const list = actorListAt(s, a, limit);
  if (list === null) return null;
  return {
    names: list.names.map((n) => n.name ?? s.slice(n.start, n.end)),
    written: list.names.map((n) => s.slice(n.start, n.end)),
    text: s.slice(a, list.end),
  };
}

describe('isActorName', () => {
  it.each([
    ['a bureau', '市住房城乡建设局'],
    ['a district bureau', '区教育局'],
    ['a county government', '县人民政府'],
    ['a class of departments', '市民政部门'],
    ['a catch-all with 各', '各街道办事处'],
    ['an institute', '某研究院'],
    ['企业 alone', '企业'],
    ['学校 alone', '学校'],
    ['医疗机构', '医疗机构'],
    ['幼儿园', '幼儿园'],
    ['an association', '行业协会'],
    ['a working group', '专项工作组'],
    ['a leading group', '领导小组'],
    ['a social organisation', '社会组织'],
    ['a level with its sub-levels in brackets', '各省（区、市）'],
    ['a modifier joined by 的', '幼儿园的举办部门'],
    ['a modifier that names who entrusted it', '受委托的行政机关'],
    ['a modifier with 由 inside', '由政府举办的医疗机构'],
    ['an office of a government', '市政府办公室'],
  ])('%s: %s is a name', (_title, name) => {
    expect(isActorName(name)).toBe(true);
  });

  it.each([
    ['a taxpayer is a person', '纳税人'],
    ['residents are persons', '居民'],
    ['parents are persons', '家长'],
    ['a person in charge', '负责人'],
    ['a budget', '区财政'],
    ['a whole place', '全市'],
    ['this district', '本区'],
    ['an everyday word ending in 会', '社会'],
    ['an object of 鼓励', '鼓励企业'],
    ['an object of 支持', '支持农机生产企业'],
    ['a clause, not a modifier, before 的', '负责审核的部门'],
    ['a clause with its own object before 的', '培训的人员给予一定比例的政府'],
    ['a bare kind word', '部门'],
    ['a preposition inside', '市政府向'],
    ['empty', ''],
  ])('%s: %j is not', (_title, name) => {
    expect(isActorName(name)).toBe(false);
  });

  // The gold format's own example "1.监督组。负责…": 监督 opens names that are verbs elsewhere.
  it('监督组 (heading "1.监督组。负责…") is a name', () => {
    expect(isActorName('监督组')).toBe(true);
  });
});

describe('actorListAt: where the list of subjects ends', () => {
  it.each([
    ['at 会同, not inside a name ending in 会', '市民政部门会同市财政部门制定办法', ['市民政部门'], '市民政部门'],
    ['at 组织实施, not at a name ending in 组织', '区民政部门组织实施', ['区民政部门'], '区民政部门'],
    ['a name ending in 组织 before 负责', '培训评价组织负责考核', ['培训评价组织'], '培训评价组织'],
    ['not inside 企业家, a person', '民营企业家协会负责组织培训', ['民营企业家协会'], '民营企业家协会'],
    ['at a preposition', '幼儿园根据本园实际制定方案', ['幼儿园'], '幼儿园'],
    ['two names joined by 和', '市科技局和市财政局负责', ['市科技局', '市财政局'], '市科技局和市财政局'],
    ['a closing "等部门" is part of the list', '市科技局、市财政局等部门要加强协作', ['市科技局', '市财政局'], '市科技局、市财政局等部门'],
    ['a name and a catch-all', '各区人民政府、市有关部门要', ['各区人民政府', '市有关部门'], '各区人民政府、市有关部门'],
    ['sub-levels in brackets are one name', '各省（区、市）人民政府负责', ['各省（区、市）人民政府'], '各省（区、市）人民政府'],
    ['a bracketed second name', '市科技局（市知识产权局）负责专利资助', ['市科技局（市知识产权局）'], '市科技局（市知识产权局）'],
    ['a 的-modifier', '幼儿园的举办部门负责审核', ['幼儿园的举办部门'], '幼儿园的举办部门'],
    ['所在 is a word of place, not the preposition 在', '所在区人民政府负责关闭工作', ['所在区人民政府'], '所在区人民政府'],
    ['a body named by where the firm is, not the firm', '企业所在区（县级市）提供孵化服务', ['企业所在区（县级市）'], '企业所在区（县级市）'],
  ])('%s: %s', (_title, s, names, text) => {
    expect(listAt(s)).toMatchObject({ names, text });
  });

  it.each([
    ['a budget, not the organisation', '区财政承担所需经费'],
    ['a person of the organisation', '单位负责人要亲自部署'],
    ['persons: 企业家 is no 企业', '民营企业家素质提升项目'],
    ['persons: the heads of a body', '政府主要负责同志担任组长'],
    ['a verb first: 统筹', '统筹各类产业园区、科技园区等方面资源'],
    ['an organisation as an object', '鼓励企业参与改造'],
    ['a place alone', '全市要统一部署'],
    ['a verb first', '加强监管'],
    ['empty', ''],
  ])('no list: %s: %j', (_title, s) => {
    expect(actorListAt(s, 0)).toBeNull();
  });

  it('starts where it is told and stops at the limit', () => {
    expect(listAt('由市民政局负责', 1)).toMatchObject({ names: ['市民政局'], text: '市民政局' });
    expect(actorListAt('市民政局负责', 0, 3)).toBeNull();
    expect(listAt('市民政局负责', 0, 4)).toMatchObject({ names: ['市民政局'] });
  });

  it.each([
    ['组织部 is part of a name', '市委组织部、市委宣传部牵头', ['市委组织部', '市委宣传部']],
    ['有关 after a name opens what follows', '卫生健康部门有关医疗机构信息', ['卫生健康部门']],
    ['a class its 的-modifier alone sets apart, and a name joined by 和', '负有监管职责的部门和行业主管部门负责', ['负有监管职责的部门', '行业主管部门']],
  ])('%s: %s', (_title, s, want) => {
    expect(listAt(s, 0)?.names).toEqual(want);
  });

  it('a kind word alone after a list\'s class belongs to the class: 等部门、单位', () => {
    expect(listAt('市发展改革委、市财政局等部门、单位负责')?.names).toEqual(['市发展改革委', '市财政局']);
  });

  it.each([['上述的部门负责'], ['所在的单位负责整改'], ['2024年新认定的单位负责']])('a 的-modifier that points or dates sets no class apart: %s', (s) => {
    expect(actorListAt(s, 0)).toBeNull();
  });

  it('a person of a class is no list: 未按期完成的单位负责人', () => {
    expect(actorListAt('未按期完成的单位负责人进行说明', 0)).toBeNull();
  });

  it('a person of a unit is no list: 各区人民政府负责人要亲自部署', () => {
    expect(actorListAt('各区人民政府负责人要亲自部署', 0)).toBeNull();
  });
});

describe('actorListAt: lists written shortened', () => {
  it.each([
    ['a bare level before a full name', '市、区财政部门负责', ['市财政部门', '区财政部门'], ['市', '区财政部门']],
    ['three levels', '省、市、县人民政府负责', ['省人民政府', '市人民政府', '县人民政府'], ['省', '市', '县人民政府']],
    ['levels, then a name joined by 和', '区、镇人民政府和街道办事处负责', ['区人民政府', '镇人民政府', '街道办事处'], ['区', '镇人民政府', '街道办事处']],
    ['the kind word once, the level lent forward', '市人力资源和社会保障、民政部门负责', ['市人力资源和社会保障部门', '市民政部门'], ['市人力资源和社会保障', '民政部门']],
    ['two short bodies', '市教育、卫生健康部门负责', ['市教育部门', '市卫生健康部门'], ['市教育', '卫生健康部门']],
    ['"等部门" shared by the list', '同级规划和自然资源、住房城乡建设等部门负责', ['同级规划和自然资源部门', '同级住房城乡建设部门'], ['同级规划和自然资源', '住房城乡建设等部门']],
    ['a level of two words after a bare one', '市、区县人民政府经济主管部门负责', ['市人民政府经济主管部门', '区县人民政府经济主管部门'], ['市', '区县人民政府经济主管部门']],
    ['a bare level of two words', '县、乡镇人民政府负责', ['县人民政府', '乡镇人民政府'], ['县', '乡镇人民政府']],
    ['places before a body named after its place', '城南、河西街道办事处负责', ['城南街道办事处', '河西街道办事处'], ['城南', '河西街道办事处']],
    ['places of unlike length', '青山大垸、芦湖管理区负责', ['青山大垸管理区', '芦湖管理区'], ['青山大垸', '芦湖管理区']],
    ['three places, the kind once', '东岭、南岭、西岭村委会负责', ['东岭村委会', '南岭村委会', '西岭村委会'], ['东岭', '南岭', '西岭村委会']],
    ['a place before a city government', '甲城、乙城市人民政府负责', ['甲城市人民政府', '乙城市人民政府'], ['甲城', '乙城市人民政府']],
    // A department's body before a name that opens with a department's words is no place.
    ['a body before a city department', '交通运输、城市管理部门负责', ['交通运输部门', '城市管理部门'], ['交通运输', '城市管理部门']],
    // A kind word alone after a catch-all of its kind names no unit of its own: one catch-all.
    ['a kind word alone after a catch-all', '其他有关部门、单位按照职责负责', ['其他有关部门、单位'], ['其他有关部门、单位']],
  ])('%s: %s', (_title, s, names, written) => {
    expect(listAt(s)).toMatchObject({ names, written });
  });

  it.each([
    ['levels before a budget', '市、区两级财政要加大投入'],
    ['levels with no name after them', '市、区要加强统筹'],
    // A body alone before a name whose kind is a department's, not a place's body: no place.
    ['a body before a bureau', '农业、农村局负责'],
    // 乡 closes no name where it opens 乡村: "康居乡村" is villages, not a 乡 named 康居.
    ['a place word across a level', '康居乡村的创建，指导农村建设'],
  ])('no list: %s: %s', (_title, s) => {
    expect(actorListAt(s, 0)).toBeNull();
  });
});

describe('actorListAt on any input', () => {
  const ALPHABET = [...'市区县省、，和及等的（）()由要在', '财政部门', '人民政府', '民政局', '会同', '组织', '负责', '有关', '社会保障', '各', '委'];

  it('never throws; a list lies inside its limit and every name inside the list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((p) => p.join('')),
        fc.nat(),
        (s, k) => {
          const a = s.length === 0 ? 0 : k % s.length;
          const list = actorListAt(s, a);
          if (list === null) return;
          expect(list.end).toBeGreaterThan(a);
          expect(list.end).toBeLessThanOrEqual(s.length);
          expect(list.names.length).toBeGreaterThan(0);
          for (const n of list.names) {
            expect(n.start).toBeGreaterThanOrEqual(a);
            expect(n.end).toBeLessThanOrEqual(list.end);
            expect(n.start).toBeLessThan(n.end);
          }
        },
      ),
      { numRuns: 2000, seed: 42 },
    );
  });
});
