/**
 * Families met on held-out documents (probes 26–28: a 联席会议制度, a district's 责任分工 notice, a
 * PDF's hard-wrapped 任务分解方案), written here as made-up sentences with near misses: a unit made
 * a role's holder by that role's noun ("A为牵头单位"); 由 inside what reads back as a name; "尤其是"
 * and "特别是" joining a class and the units it singles out; an adverb opening no name ("认真研究所
 * 负责的工作": 所 is a particle there, not an institute).
 */
import { describe, expect, it } from 'vitest';
import { findClauses, findDuties } from '../src/units/index.js';
import { duties, R, roles } from './support/roles.js';

describe('a unit designated by a role noun plays that role', () => {
  it.each([
    ['市应急管理局为联席会议牵头单位，市财政局为配合单位。', R(['市应急管理局'], ['市财政局'])],
    ['确定县农业农村局为牵头部门，县水利局为配合部门。', R(['县农业农村局'], ['县水利局'])],
    ['以区卫生健康委为牵头单位，区医保局参与。', R(['区卫生健康委'], ['区医保局'])],
    ['县应急局作为本项工作的牵头部门，负责统筹协调。', R(['县应急局'])],
    // 责任单位 beside a lead assists it, as "按职责分工负责" does.
    ['市商务局为牵头单位，市市场监管局、市税务局为责任单位。', R(['市商务局'], ['市市场监管局', '市税务局'])],
  ])('%s', (text, expected) => {
    expect(duties(text)).toEqual([expected]);
  });
  it('a designation alone, with no other unit', () => {
    expect(duties('市住房城乡建设局为责任单位。')).toEqual([R(['市住房城乡建设局'])]);
  });
  it.each([
    // the role noun goes on to something else: the units' own work, not a designation
    '以上任务为各牵头单位年度重点工作。',
    // a person is designated, not a unit
    '市民政局局长为联席会议召集人。',
    // what a measure encourages designates no one
    '鼓励以企业为牵头单位，联合高校组建创新联合体。',
  ])('near miss: %s', (text) => {
    expect(duties(text)).toEqual([]);
  });
});

describe('由 naming who acts is no part of a name', () => {
  it('"该项工作由A牵头" gives A alone', () => {
    const found = [...findClauses('（一）推进示范区建设。该项工作由区发展改革委牵头。'), ...findDuties('（一）推进示范区建设。该项工作由区发展改革委牵头。')];
    expect(found.map(roles).flatMap((r) => r.lead)).toContain('区发展改革委');
    expect(found.map(roles).flatMap((r) => r.lead).some((n) => n.includes('由'))).toBe(false);
  });
  it('near miss: 自由 and 理由 are words, and a name may hold them', () => {
    expect(duties('自由贸易试验区管委会负责政策落实。')).toEqual([R(['自由贸易试验区管委会'])]);
  });
  it('near miss: so may a name hold 为 ("无为市", "为民服务中心") and 以上', () => {
    expect(duties('无为市人民政府负责组织实施。')).toEqual([R(['无为市人民政府'])]);
    expect(duties('镇为民服务中心负责受理申请。')).toEqual([R(['镇为民服务中心'])]);
    expect(duties('县级以上地方人民政府负责组织实施。')).toEqual([R(['县级以上地方人民政府'])]);
  });
  it('"以…为" before a name is no part of it', () => {
    expect(duties('原则上以县农业农村局为牵头单位。')).toEqual([R(['县农业农村局'])]);
  });
});

describe('尤其是 / 特别是 join a class and the units it singles out', () => {
  it.each([
    ['配合单位尤其是各街道（乡镇）要主动配合，形成合力。', R([], ['配合单位', '各街道（乡镇）'])],
    ['各部门特别是区公安分局、区市场监管局要加强配合。', R([], ['各部门', '区公安分局', '区市场监管局'])],
  ])('%s', (text, expected) => {
    expect(duties(text)).toEqual([expected]);
  });
});

describe('an interrogative opens no name', () => {
  it('"哪些部门负责什么工作" assigns nothing', () => {
    expect(duties('要明确哪些部门负责什么工作、什么时间完成。')).toEqual([]);
  });
});

describe('an adverb opens no name', () => {
  it('"认真研究所负责的工作": 所 is a particle, the subject keeps its own duty', () => {
    expect(duties('各牵头单位要会同责任单位，认真研究所负责的年度任务，细化工作措施。')).toEqual([R(['各牵头单位'], ['责任单位'])]);
  });
  it('near miss: an institute named in full is a unit', () => {
    expect(duties('省农科院作物研究所负责品种选育。')).toEqual([R(['省农科院作物研究所'])]);
  });
});
