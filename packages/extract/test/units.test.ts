/**
 * Responsibility clauses, one table per written form. Phrases are taken from the corpus
 * (../shared/corpus) unless marked otherwise; each row says what a careful reader records.
 */
import { describe, expect, it } from 'vitest';
import { findClauses, findConvention, type ResponsibilityClause } from '../src/units/index.js';
import { roles, type Roles } from './support/roles.js';

/** The roles of the only clause in `text`. */
function only(text: string, convention?: Parameters<typeof findClauses>[2]): Roles {
  const found = findClauses(text, 0, convention);
  expect(found).toHaveLength(1);
  return roles(found[0] as ResponsibilityClause);
}

const R = (lead: string[], assist: string[], responsible: string[]): Roles => ({ lead, assist, responsible });

describe('bracketed clauses at the end of a paragraph', () => {
  const rows: [string, string, Roles][] = [
    [
      'a lead and catch-alls that share the work (gov-2020-43)',
      '确保资金落实到位、规范使用。（财政部牵头，国务院相关部门及各地区按职责分工负责）',
      R(['财政部'], ['国务院相关部门', '各地区'], []),
    ],
    [
      'named units before "等<class>及各地区": the class is dropped (gov-2020-43)',
      '坚决避免减税降费红利被截留。（市场监管总局牵头，国家发展改革委、住房城乡建设部、交通运输部、海关总署等国务院相关部门及各地区按职责分工负责）',
      R(['市场监管总局'], ['国家发展改革委', '住房城乡建设部', '交通运输部', '海关总署', '各地区'], []),
    ],
    [
      'no lead: all share (gov-2020-43)',
      '做到应延尽延。（财政部、人民银行、银保监会按职责分工负责）',
      R([], [], ['财政部', '人民银行', '银保监会']),
    ],
    [
      'several leads, then 负责 units assist (gov-2020-43)',
      '分类推进行政审批制度改革。（国务院办公厅牵头，各地区、各部门负责）',
      R(['国务院办公厅'], ['各地区', '各部门'], []),
    ],
    ['one unit alone leads (gov-2018-117)', '推动降低企业制度性交易成本。（市场监管总局负责）', R(['市场监管总局'], [], [])],
    [
      'two units 负责 share it (gov-2018-117)',
      '给予奖励。（交通运输部、财政部负责）',
      R([], [], ['交通运输部', '财政部']),
    ],
    [
      '会同: the unit before leads, the ones after assist (gov-2018-117)',
      '予以支持。（国家发展改革委、财政部会同有关部门负责）',
      R(['国家发展改革委', '财政部'], ['有关部门'], []),
    ],
    [
      '"等和各省级人民政府": 等 ends the list, the province catch-all is kept (gov-2018-129)',
      '引导全社会参与。（全国工商联、发展改革委、民政部、共青团中央、全国妇联等和各省级人民政府负责）',
      R([], [], ['全国工商联', '发展改革委', '民政部', '共青团中央', '全国妇联', '各省级人民政府']),
    ],
    [
      '责任单位 with several units (sh-2025-11)',
      '推动知识产权转化与运用。（责任单位：市知识产权局、市委金融办、上海金融监管局、市科委）',
      R([], [], ['市知识产权局', '市委金融办', '上海金融监管局', '市科委']),
    ],
    ['责任单位 with one unit leads (sh-2025-11)', '提升服务能力。（责任单位：市知识产权局）', R(['市知识产权局'], [], [])],
    [
      '〔〕 brackets (the sh-2025-11 clause, bracket shape changed)',
      '提升服务能力。〔责任单位：市教委、市经济信息化委〕',
      R([], [], ['市教委', '市经济信息化委']),
    ],
    [
      '牵头部门 split by a page break (sh-2021-beidou)',
      '助力打造数字交通。（牵头部\n\n门：市交通委、市水务局、市经济信息化委）\n',
      R(['市交通委', '市水务局', '市经济信息化委'], [], []),
    ],
    [
      'a bare catch-all closing a paragraph leads (sh-2021-beidou)',
      '形成牵头部门抓总落实、相关部门分工协作的工作机制。（各有关单位）\n\n（二）强化资金保障',
      R(['各有关单位'], [], []),
    ],
    [
      '牵头单位 and 配合单位 (Guangzhou 人才集聚工程, not in the corpus)',
      '定期向社会公布。（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）',
      R(['市发展改革委'], ['市委组织部', '市人力资源和社会保障局', '各区、县级市'], []),
    ],
    [
      '牵头单位；配合单位 (constructed)',
      '加强统筹。（牵头单位：市发展改革委；配合单位：市财政局、市科委）',
      R(['市发展改革委'], ['市财政局', '市科委'], []),
    ],
    [
      'a label that names no units is skipped (constructed)',
      '推进改革。（负责部门：市教委；适用范围：全市中小学、幼儿园）',
      R(['市教委'], [], []),
    ],
    [
      'a timing note after the units (constructed)',
      '推进改革。（市科委负责，2025年底前完成）',
      R(['市科委'], [], []),
    ],
    [
      'a timing note after a 责任单位 list (constructed)',
      '推进改革。（责任单位：市科委、市教委，2020年底前完成）',
      R([], [], ['市科委', '市教委']),
    ],
    [
      'unit names with brackets inside (constructed)',
      '推进工作。（省发展改革委牵头，各市（州）人民政府、各县（市、区）人民政府负责）',
      R(['省发展改革委'], ['各市（州）人民政府', '各县（市、区）人民政府'], []),
    ],
    ['before the full stop (constructed)', '推进工作（市科委负责）。', R(['市科委'], [], [])],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    expect(only(text, null)).toEqual(want);
  });
});

describe('labelled clauses outside brackets (qinghai-pharma)', () => {
  it('reads a 负责单位 line with lead and assistants', () => {
    expect(only('　　负责单位：省经济和信息化委牵头，省发展改革委、省科技厅、省国土资源厅协助\n', null)).toEqual(
      R(['省经济和信息化委'], ['省发展改革委', '省科技厅', '省国土资源厅'], []),
    );
  });

  it('reads one glued to the end of a paragraph', () => {
    const text = '实现特色产业发展脱贫。负责单位：省经济和信息化委牵头，省科技厅、省扶贫局协助';
    const [c] = findClauses(text, 0, null);
    expect(c?.text).toBe('负责单位：省经济和信息化委牵头，省科技厅、省扶贫局协助');
  });

  it('stops at the next heading marker glued after it', () => {
    const text =
      '　　负责单位：省科技厅牵头，省经济和信息化委、省财政厅协助（四）健全政府采购机制。按照公开透明、公平竞争的原则，完善招标采购机制。';
    const found = findClauses(text, 0, null);
    expect(found.map((c) => c.text)).toEqual(['负责单位：省科技厅牵头，省经济和信息化委、省财政厅协助']);
    expect(roles(found[0] as ResponsibilityClause)).toEqual(R(['省科技厅'], ['省经济和信息化委', '省财政厅'], []));
  });

  it('reads 按照职能分工负责 as shared responsibility', () => {
    expect(only('　　负责单位：省人才办、省人力资源社会保障厅、省发展改革委按照职能分工负责\n', null)).toEqual(
      R([], [], ['省人才办', '省人力资源社会保障厅', '省发展改革委']),
    );
  });

  it('reads a 责任单位 line after a sentence (莆田, not in the corpus)', () => {
    const text = '最高给予 5000 万元资助。责任单位：市委组织部、市科技局。2.对实际投资 2 亿元的招商项目';
    expect(only(text, null)).toEqual(R([], [], ['市委组织部', '市科技局']));
  });
});

describe('a sentence that is only units and a role verb', () => {
  it('is a clause', () => {
    expect(only('完善机制。\n省人才办、省人力资源社会保障厅按照职能分工负责。\n', null)).toEqual(
      R([], [], ['省人才办', '省人力资源社会保障厅']),
    );
  });
});

describe('running text is no clause', () => {
  const rows: [string, string][] = [
    [
      'a closing paragraph that makes NDRC coordinate (national-pharma)',
      '国家发展改革委要加强统筹协调，明确各项政策措施落实的具体时间表，会同有关部门加强政策指导和督促检查。',
    ],
    ['an exhortation (national-pharma)', '各地区要结合实际制定具体实施方案。各有关部门要按照职责分工抓紧制定配套政策，营造良好环境。'],
    [
      'a scope note inside a sentence (gov-2019-4)',
      '分别负责管理监督考核院校外、院校内职业技能等级证书的实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准。',
    ],
    ['a duty in a sentence with a condition (sh-2020)', '对未达到国家或我市启动响应级别的自然灾害，由涉灾相关区负责。'],
    ['a standing duty (sh-2020)', '市应急局承担市自然灾害防治委员会日常工作，负责综合管理全市防灾减灾救灾工作。'],
    ['a procedure step (tianhe-2026)', '幼儿园负责通知后续排位序号的幼儿家长，于资格审核及补录期间进行递补录取资格的现场审核。'],
    ['牵头 mid-sentence (not in the corpus)', '逐步建立由生态环境部门与文明办牵头，民政、教育、共青团、妇联及相关单位参与的协同工作机制。'],
    ['an abbreviation note', '2019年10月，国务院颁布《优化营商环境条例》（以下简称《条例》）。'],
    ['a content note in brackets (sh-2021-beidou)', '对具有标志性的北斗应用系统（含软硬件、系统解决方案）按现行首台套装备政策给予支持。'],
    ['a bracketed unit mid-sentence', '由各区政府（管委会）负责组织实施。'],
    ['a byline', '形成合力。（作者：生态环境部环境与经济政策研究中心党委书记、主任 钱勇）\n'],
    ['a verb with no unit', '加强协调。（负责）'],
  ];
  it.each(rows)('%s', (_name, text) => {
    expect(findClauses(text, 0, null)).toEqual([]);
  });
});

describe('the first-listed-leads convention', () => {
  const first = '上述资金由失业保险基金列支。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）';

  it('is found with its sentence and offsets', () => {
    const conv = findConvention(first);
    expect(conv).toMatchObject({ firstListedLeads: true, sentence: '列第一位者为牵头单位，下同' });
    expect(first.slice(conv?.start, conv?.end)).toBe('列第一位者为牵头单位，下同');
  });

  it('"排名不分先后" states that order means nothing', () => {
    expect(findConvention('以下各项任务的责任单位排名不分先后。')).toMatchObject({ firstListedLeads: false });
  });

  it('is absent from a text that states none', () => {
    expect(findConvention('（财政部牵头，国务院相关部门及各地区按职责分工负责）')).toBeNull();
  });

  it('applies to the clause that states it (gov-2018-39)', () => {
    expect(only(first)).toEqual(R(['人力资源社会保障部'], ['财政部'], []));
  });

  // The convention as a document states it, held everywhere: the clauses below are texts of their own.
  const conv = { ...findConvention(first)!, scope: undefined };
  const rows: [string, string, Roles][] = [
    [
      'first lead, the rest assist, the province catch-all included (gov-2018-39)',
      '落实就业政策。（人力资源社会保障部、财政部、税务总局，各省级人民政府按职责分工负责）',
      R(['人力资源社会保障部'], ['财政部', '税务总局', '各省级人民政府'], []),
    ],
    [
      '"等有关部门和单位" is the list\'s class, not a unit (gov-2018-39)',
      '开展失业人员培训。（人力资源社会保障部、财政部、教育部等有关部门和单位负责）',
      R(['人力资源社会保障部'], ['财政部', '教育部'], []),
    ],
    [
      'a catch-all alone leads (gov-2018-39)',
      '落实责任。（各有关部门和单位按职责分工负责）',
      R(['各有关部门和单位'], [], []),
    ],
    [
      'units the text names as 牵头 all lead (gov-2018-42)',
      '建立协调机制。（农业农村部、工业和信息化部牵头负责）',
      R(['农业农村部', '工业和信息化部'], [], []),
    ],
    [
      'a 责任单位 list (constructed)',
      '推进。（责任单位：市科委、市教委、市财政局）',
      R(['市科委'], ['市教委', '市财政局'], []),
    ],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    expect(only(text, conv)).toEqual(want);
  });

  it('is ignored when the caller passes null', () => {
    expect(only(first, null)).toEqual(R([], [], ['人力资源社会保障部', '财政部']));
  });
});

describe('flattened task tables', () => {
  const table = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '加强统筹协调', '省发展改革委', '省财政厅、省科技厅', '2020年底', '2', '推进改革', '省教育厅', '省人力资源社会保障厅', '长期'].join('\n');

  it('reads one clause per row, roles by column', () => {
    expect(findClauses(table, 0, null).map(roles)).toEqual([
      R(['省发展改革委'], ['省财政厅', '省科技厅'], []),
      R(['省教育厅'], ['省人力资源社会保障厅'], []),
    ]);
  });

  it('takes no bare unit line for a clause without a role header', () => {
    expect(findClauses(table.replace('牵头单位', '单位一').replace('配合单位', '单位二'), 0, null)).toEqual([]);
  });
});

describe('positions', () => {
  it('gives offsets against the source, shifted by base', () => {
    const text = '确保资金落实到位。（财政部牵头，国务院相关部门及各地区按职责分工负责）具体措施：';
    const base = 1000;
    const [c] = findClauses(text, base, null);
    expect(c).toBeDefined();
    const clause = c as ResponsibilityClause;
    expect(clause.text).toBe('（财政部牵头，国务院相关部门及各地区按职责分工负责）');
    expect(text.slice(clause.start - base, clause.end - base)).toBe(clause.text);
    for (const u of [...clause.lead, ...clause.assist]) expect(text.slice(u.start - base, u.end - base)).toBe(u.name);
  });

  it('spans a name broken by whitespace from its first to its last character', () => {
    const text = '推进。（牵头部门：市交\n通委、市水务局）';
    const [c] = findClauses(text, 0, null);
    const u = c?.lead[0];
    expect(u?.name).toBe('市交通委');
    expect(text.slice(u?.start, u?.end)).toBe('市交\n通委');
  });

  it('finds every clause of a long single-line section, in order (gov-2020-43)', () => {
    const text =
      '（二）让企业特别是中小微企业融资更加便利。（人民银行、银保监会牵头，国家发展改革委等国务院相关部门及各地区按职责分工负责）具体措施：1．鼓励商业银行推行线上服务。（人民银行、银保监会及各地区按职责分工负责）2．完善商业银行绩效评价。（财政部、人民银行、银保监会按职责分工负责）';
    const found = findClauses(text, 0, null);
    expect(found.map(roles)).toEqual([
      R(['人民银行', '银保监会'], ['国家发展改革委', '各地区'], []),
      R([], [], ['人民银行', '银保监会', '各地区']),
      R([], [], ['财政部', '人民银行', '银保监会']),
    ]);
    expect(found.map((c) => c.start)).toEqual([...found.map((c) => c.start)].sort((a, b) => a - b));
  });
});
