/**
 * The pivot (兼语式): "A委托/组织/督促/指导… B 做…" — the verbs after B are B's, so a role verb
 * there gives B the role, not the sentence's subject A. Every sentence is made up in the style of
 * local policies; each reading comes with a near miss that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { findDuties } from '../src/units/index.js';
import { duties, R } from './support/roles.js';

describe('a role verb after "subject + pivot verb + units" is the units\'', () => {
  it('委托 B …，协助…: B assists, the subject gets nothing', () => {
    expect(duties('各区民政部门可以委托社区居委会、村委会受理低保申请，协助开展入户调查。')).toEqual([R([], ['社区居委会', '村委会'])]);
  });
  it('near miss: with no pivot the subject assists, as before', () => {
    expect(duties('各区民政部门可以受理低保申请，协助开展入户调查。')).toEqual([R([], ['各区民政部门'])]);
  });
  it('a pivot with no subject of its own still hands the later verbs to its object', () => {
    expect(duties('可以委托社区居委会受理申请，协助开展调查。')).toEqual([R([], ['社区居委会'])]);
  });
  it('委托 B负责…: B is responsible, and the subject is no part of its name', () => {
    expect(duties('县商务局委托县供销合作社负责农产品收购，协助做好价格监测。')).toEqual([R(['县供销合作社'])]);
  });
  it('督促 B…，配合C…: B assists C', () => {
    expect(duties('街道办事处督促各物业服务企业落实主体责任，配合社区做好排查。')).toEqual([R(['社区'], ['各物业服务企业'])]);
  });
  it('指导 stays a role verb of its subject: A guides, B carries the work out', () => {
    expect(duties('市卫生健康部门指导各医疗机构开展培训，负责督促落实。')).toEqual([R(['各医疗机构'], ['市卫生健康部门'])]);
  });
});

describe('near misses: no pivot', () => {
  it('组织/动员 B 参与…: taking part in what the subject organises is no role', () => {
    expect(duties('市农业农村局组织农民专业合作社参与展销活动。')).toEqual([]);
    expect(duties('组织动员爱心企业、爱心人士等社会力量参与助农活动。')).toEqual([]);
  });
  it('组织 as a noun ("组织体系") names no pivot: the subject keeps its verb', () => {
    expect(duties('区住建局组织体系建设，协助区政府推进改革。')).toEqual([R(['区政府'], ['区住建局'])]);
  });
  it('受…委托 is passive: the subject is the actor', () => {
    expect(duties('县应急管理局受县政府委托，负责组织开展演练。').length).toBe(1);
    expect(duties('县应急管理局受县政府委托，负责组织开展演练。')[0]?.assist).toEqual([]);
  });
  it('the pivot acts for its own sentence only: the next sentence goes on with the subject', () => {
    expect(duties('市卫生健康部门组织各医疗机构开展培训；会同市财政局做好经费保障。')).toEqual([R(['市卫生健康部门'], ['市财政局'])]);
  });
  it('never throws on odd input around pivot verbs', () => {
    for (const t of ['委托', '委托，', '组织组织组织', '由委托B', '委托（市财政局）负责', '指导'.repeat(500) + '市财政局负责']) {
      expect(() => findDuties(t)).not.toThrow();
    }
  });
});
