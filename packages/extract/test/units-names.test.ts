/**
 * Unit names: normalising them, telling a name from prose, and splitting written lists.
 */
import { describe, expect, it } from 'vitest';
import { findClauses, normalizeUnitName } from '../src/units/index.js';
import { isUnitName } from '../src/units/names.js';
import { compile } from 'policyc';

/** The unit names of the clause "（<list>负责）", in order and whatever their role. */
function listed(list: string): string[] {
  const [c] = findClauses(`推进工作。（${list}负责）`, 0, null);
  return c === undefined ? [] : [...c.lead, ...c.assist, ...c.responsible].map((u) => u.name);
}

describe('normalizeUnitName', () => {
  it.each([
    ['市 科 委', '市科委'],
    ['市科委\u3000', '市科委'],
    ['人力资源社会保障部等', '人力资源社会保障部'],
    ['各市（州）人民政府', '各市(州)人民政府'],
    ['、市科委，', '市科委'],
  ])('%j → %j', (raw, want) => {
    expect(normalizeUnitName(raw)).toBe(want);
  });
});

describe('isUnitName', () => {
  it.each(['人力资源社会保障部', '国家卫生健康委', '中央和国家机关工委', '共青团中央', '全国妇联', '上海海关', '各地区', '有关部门', '各有关部门和单位', '各市（州）人民政府', '应急部', '市城运中心', '县级市'])(
    '%s is a name',
    (name) => {
      expect(isUnitName(name)).toBe(true);
    },
  );
  it.each(['单位', '部门', '中央', '工业', '各有关部门要', '技工院校内由人力资源社会保障行政部门负责', '2020年底', '以下简称《条例》', '市', ''])(
    '%j is not',
    (name) => {
      expect(isUnitName(name)).toBe(false);
    },
  );
});

describe('words that end in a kind word but name no organisation', () => {
  it.each(['布局', '产业布局', '新发展格局', '全社会', '内部', '举办', '进行', '有关', '全市', '市质监局综合协调和督查全市'])('%j is no name', (words) => {
    expect(isUnitName(words)).toBe(false);
  });

  it.each(['市财政局', '国家统计局', '县文体广新局', '农发行', '技术交易场所', '市商务局', '农业发展银行', '市总工会', '区委', '全市各级人民政府'])('near miss: %j still is', (name) => {
    expect(isUnitName(name)).toBe(true);
  });

  it('a heading "布局原则" gives no subject to the duties under it', () => {
    const text = '某市某某平台建设方案\n一、建设平台\n（一）布局原则。鼓励各类主体自主建设。发挥基金管理机构专业优势，参与平台的建设和管理。\n（二）建设主体。高校负责建设。\n';
    const tasks = compile({ path: 'p.txt', value: text }).registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0);
    expect(tasks.map((t) => t.path)).toEqual(['1.2']);
  });
});

describe('splitting a list of units', () => {
  const rows: [string, string, string[]][] = [
    ['、 separates', '交通运输部、财政部', ['交通运输部', '财政部']],
    ['a ，inside the list separates too (gov-2018-39)', '财政部、税务总局，各省级人民政府按职责分工', ['财政部', '税务总局', '各省级人民政府']],
    ['及 between two names separates', '国务院相关部门及各地区', ['国务院相关部门', '各地区']],
    ['a joiner before 各 opens a catch-all, not one name with what precedes it', '国务院相关部门和单位及各地区', ['国务院相关部门和单位', '各地区']],
    ['a programme named in quotes inside a name', '区“两旧”专班、区房管局', ['区“两旧”专班', '区房管局']],
    ['near miss: quotes after a verb name what is made, no unit', '设立“一网通办”专区', []],
    ['和 inside 工业和信息化部 does not', '工业和信息化部、文化和旅游部', ['工业和信息化部', '文化和旅游部']],
    ['和 inside 中央和国家机关工委 does not', '扶贫办、中央和国家机关工委', ['扶贫办', '中央和国家机关工委']],
    ['和 before a bare noun does not (gov-2018-39)', '各有关部门和单位', ['各有关部门和单位']],
    ['和 between two names does', '市住房和城乡建设局和各区人民政府', ['市住房和城乡建设局', '各区人民政府']],
    ['、 inside brackets does not', '各县（市、区）人民政府、市科委', ['各县（市、区）人民政府', '市科委']],
    ['a trailing 等 is dropped (gov-2018-42)', '农业农村部、工业和信息化部等', ['农业农村部', '工业和信息化部']],
    ['"等<class>" drops the class (gov-2020-43)', '工业和信息化部等国务院相关部门及各地区', ['工业和信息化部', '各地区']],
    ['"等相关单位及各地区" (gov-2020-43)', '中央网信办、公安部等相关单位及各地区', ['中央网信办', '公安部', '各地区']],
    ['"等部门" (constructed)', '市科委等部门', ['市科委']],
    ['等 inside a name is kept (constructed)', '各高等院校', ['各高等院校']],
    ['a leading 由 is dropped (constructed)', '由市科委', ['市科委']],
  ];
  it.each(rows)('%s', (_name, list, want) => {
    expect(listed(list)).toEqual(want);
  });

  it('rejects the clause when a piece is not a name', () => {
    expect(listed('市科委、加强统筹')).toEqual([]);
    expect(listed('市科委、、市教委')).toEqual([]);
  });
});

describe('catch-alls over levels', () => {
  it.each([
    ['各县、市、区政府', ['各县、市、区政府']],
    ['市经信局、市财政局,各县、市、区政府', ['市经信局', '市财政局', '各县、市、区政府']],
    ['各省、自治区、直辖市和计划单列市税务局', ['各省、自治区、直辖市和计划单列市税务局']],
    // The levels alone, with no kind word after them, are the catch-all too: every district's and
    // county-level city's government ("县级市" alone would name none).
    ['各区、县级市', ['各区、县级市']],
    ['各有关区、县级市', ['各有关区、县级市']],
    ['市工商联,各区、县', ['市工商联', '各区、县']],
    ['各区、县级市人民政府', ['各区、县级市人民政府']],
    // "级市" is no kind word: the levels end before it.
    ['各区、县级市,市财政局', ['各区、县级市', '市财政局']],
    // A joiner after the levels, or the list's closing 等: the levels end there; 市直 is no level.
    ['各区、县级市和市直有关部门', ['各区、县级市', '市直有关部门']],
    ['市财政局、各区、县级市等', ['市财政局', '各区、县级市']],
    ['各区、县级市等有关部门', ['各区、县级市']],
    // One level is no catch-all over levels: a name, read as any other.
    ['各区,县级市财政局', ['各区', '县级市财政局']],
    // Angle brackets for parentheses nested in a clause's own: the list is not parted inside them.
    ['市教育局,各县<市、区>人民政府', ['市教育局', '各县<市、区>人民政府']],
    ['市教育局、各县〈市、区〉人民政府', ['市教育局', '各县〈市、区〉人民政府']],
    ['各街道、区直各部门', ['各街道', '区直各部门']],
    // A level with the levels that rank with it in brackets, and a joiner after the catch-all's kind.
    ['各区、县（市）政府', ['各区、县（市）政府']],
    ['市财政局等有关部门,各区、县（市）政府及开发区管委会', ['市财政局', '各区、县（市）政府', '开发区管委会']],
    // The kind may carry a note in brackets; "县市" (counties and county-level cities) is a level.
    ['市生态环境局、各县、区人民政府(管委会)', ['市生态环境局', '各县、区人民政府(管委会)']],
    ['各县、区人民政府（含开发区）,市直各部门', ['各县、区人民政府（含开发区）', '市直各部门']],
    ['各县市、区政府', ['各县市、区政府']],
    // A kind opening with 级 ("级政府": every city-level and county-level government) is the
    // levels' shared kind, as "人民政府" is; "级市" stays a level.
    ['各市、县级政府', ['各市、县级政府']],
    // Compound levels ("市州": cities and prefectures; "县市区"): one catch-all with the others.
    ['省发展改革委、各市州、县市区人民政府', ['省发展改革委', '各市州、县市区人民政府']],
    ['各市州,县市区人民政府', ['各市州', '县市区人民政府']],
    ['省能源局、各市、县级政府', ['省能源局', '各市、县级政府']],
    ['各市、县级有关部门,省财政厅', ['各市、县级有关部门', '省财政厅']],
  ])('%s', (list, want) => {
    expect(listed(list)).toEqual(want);
  });
});
