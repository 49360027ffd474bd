/**
 * Two families met on held-out regulations (probe 11), written here as made-up sentences with
 * near misses: "接受A、B的…指导", where A and B guide and the subject only accepts; and offices
 * whose short names end in 办 ("市网信办") as the subject of a duty.
 */
import { describe, expect, it } from 'vitest';
import { findClauses } from '../src/units/index.js';
import { duties, R, roles } from './support/roles.js';

describe('接受 <units> 的…指导: the units guide', () => {
  it('several guides are responsible, the subject that accepts is not recorded', () => {
    expect(duties('各单位主动接受宣传、网信部门的业务指导。')).toEqual([R([], [], ['宣传部门', '网信部门'])]);
  });
  it('one guide leads', () => {
    expect(duties('各地政务新媒体接受市委宣传部的统筹指导。')).toEqual([R(['市委宣传部'])]);
  });
  it('near miss: 接受…监督 names no role (监督 is no role verb); the subject keeps its own duty', () => {
    expect(duties('市财政局接受审计部门的监督，负责资金管理。')).toEqual([R(['市财政局'])]);
  });
});

describe('an office named by its short name ending in 办', () => {
  it('is the subject of its duty', () => {
    expect(duties('市网信办负责统筹协调，市委宣传部配合。')).toEqual([R(['市网信办'], ['市委宣传部'])]);
  });
  it('near miss: a verb ending in 办 names no office', () => {
    expect(duties('鼓励社会力量兴办养老机构。')).toEqual([]);
  });
});

describe('a party committee and its government', () => {
  it('"各区党委和政府" is one body', () => {
    expect(duties('各区党委和政府承担本地区防灾减灾的主体责任。')).toEqual([R(['各区党委和政府'])]);
  });
  it('near miss: two bodies of their own are two units', () => {
    expect(duties('区教育局和区财政局负责经费保障。')).toEqual([R([], [], ['区教育局', '区财政局'])]);
  });
  it('so are a party committee and its people\'s government, and a park\'s two committees, in a list', () => {
    const [clause] = findClauses('加强水资源保护。（责任单位：各县（市、区）党委和人民政府，高新区党工委和管委会）');
    expect(clause && roles(clause)).toEqual(R([], [], ['各县（市、区）党委和人民政府', '高新区党工委和管委会']));
  });
});
