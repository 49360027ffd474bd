/**
 * Round 24: a unit column's header with a note in brackets after its name — the column's role
 * ("责任单位（牵头）", "责任部门(配合)") or the table's convention ("责任单位（列第一位的为牵头单位）").
 * The name says the column holds units, the note how to read them. Made-up tables in the style of a
 * city's task-division table, set as Markdown, a cell a line, and a row a line with spaces.
 */
import { describe, expect, it } from 'vitest';
import { columnNoteRole, withoutColumnNote } from '@policyc/parse';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';
import { NAME_LAST_CHARS, SUFFIXES } from '../src/units/names.js';

const markdown = (header: string[], rows: string[][]) =>
  ['某市体育设施建设任务分工方案', '一、重点任务', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const ROWS = [
  ['1', '新建改建社区健身中心10个', '市体育局', '市住房城乡建设局、市自然资源局', '2025年底'],
  ['2', '推进学校体育场地向社会开放', '市教育局', '市体育局', '长期坚持'],
];

describe('a role in the note after a unit column\'s name', () => {
  it('"责任单位（牵头）" beside 配合单位: the column\'s units lead, the header cell is no duty', () => {
    expect(tasks(markdown(['序号', '工作任务', '责任单位（牵头）', '配合单位', '完成时限'], ROWS))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('"责任部门(配合)" after a lead column: the noted column\'s units assist', () => {
    expect(tasks(markdown(['序号', '工作任务', '牵头部门', '责任部门(配合)', '完成时限'], ROWS))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('the same header in a table set a cell a line', () => {
    const text = ['某县体育设施建设任务分工', '一、重点任务', '序号', '工作任务', '责任单位（牵头）', '配合单位', '完成时限',
      '1', '新建改建社区健身中心10个', '县体育局', '县住房城乡建设局、县自然资源局', '2025年底',
      '2', '推进学校体育场地向社会开放', '县教育局', '县体育局', '长期坚持'].join('\n');
    expect(tasks(text)).toEqual(['1.1 table 县体育局/县住房城乡建设局|县自然资源局/', '1.2 table 县教育局/县体育局/']);
  });
});

describe('the table\'s convention in the note after a unit column\'s name', () => {
  it('"责任单位（列第一位的为牵头单位）": each row\'s first unit leads, the rest assist', () => {
    const rows = ROWS.map(([n, task, lead, helpers, due]) => [n!, task!, `${lead}、${helpers}`, due!]);
    expect(tasks(markdown(['序号', '工作任务', '责任单位（列第一位的为牵头单位）', '完成时限'], rows))).toEqual([
      '1.1 table 市体育局/市住房城乡建设局|市自然资源局/',
      '1.2 table 市教育局/市体育局/',
    ]);
  });

  it('near miss: a note that is a kind or a measure gives no role — the units answer together', () => {
    const rows = ROWS.map(([n, task, lead, helpers, due]) => [n!, task!, `${lead}、${helpers}`, due!]);
    expect(tasks(markdown(['序号', '工作任务', '责任单位（部门）', '完成时限'], rows))).toEqual([
      '1.1 table //市体育局|市住房城乡建设局|市自然资源局',
      '1.2 table //市教育局|市体育局',
    ]);
  });
});

describe('reading a header\'s note', () => {
  it('a role word alone is the column\'s role; any other note none', () => {
    expect(['责任单位（牵头）', '责任单位(牵头单位)', '责任部门（配合）', '责任单位（协同部门）', '责任单位（部门）', '责任单位（列第一位的为牵头单位）', '目标值（%）']
      .map(columnNoteRole)).toEqual(['lead', 'lead', 'assist', 'assist', null, null, null]);
  });

  it('near miss: levels in brackets are a column of places\' name, kept whole', () => {
    expect(['各县（市、区）', '市（州）', '乡镇（街道）'].map(withoutColumnNote)).toEqual(['各县（市、区）', '市（州）', '乡镇（街道）']);
    expect(withoutColumnNote('责任单位（列第一位的为牵头单位）')).toBe('责任单位');
  });

  it('near miss: a line naming a unit with its role in brackets is still a duty', () => {
    expect(tasks(['某市体育设施建设方案', '一、重点任务', '（一）完善健身设施。', '市体育局（牵头）'].join('\n'))).toEqual(['1.1 prose 市体育局//']);
  });
});

/** A notice's list of sites, each with its fields ("管理责任单位：…") on lines of their own. */
const notice = (field: string, heading = '2、某某烈士陵园管理主体') =>
  ['关于某县烈士陵园保护范围划定的通告', '一、保护级别和管理责任', '（一）某某烈士陵园', '1、某某烈士陵园保护级别', '保护级别：县级', heading, field, '行政级别：正科级'].join('\n');

describe('a label whose noun says what the responsibility is for ("管理责任单位：")', () => {
  it('any two-character word before 责任 qualifies the label', () => {
    expect(tasks(notice('管理责任单位：某镇人民政府'))).toEqual(['1.1.2 clause 某镇人民政府//']);
    expect(tasks(notice('监管责任部门: 县市场监管局、县卫生健康局'))).toEqual(['1.1.2 clause //县市场监管局|县卫生健康局']);
  });

  it('near miss: a unit\'s name right before a label ("县商务局责任单位：") is no qualifier of it', () => {
    expect(tasks(notice('牵头单位：县商务局责任单位：县财政局、县市场监管局'))).toEqual(['1.1.2 clause 县商务局/县财政局|县市场监管局/']);
  });

  it('near misses: a role word before 责任 is the role ("配合责任单位"); with no role word no label ("管理单位")', () => {
    expect(tasks(notice('配合责任单位：某镇人民政府'))).toEqual(['1.1.2 clause /某镇人民政府/']);
    expect(tasks(notice('管理单位：某镇人民政府'))).toEqual([]);
  });
});

describe('a role noun (责任主体, 第一责任人) is said of a subject only through a copula', () => {
  it('a heading naming a site\'s responsible body assigns nothing', () => {
    expect(tasks(notice('行政级别：正科级', '2、某某烈士陵园管理责任主体'))).toEqual([]);
  });

  it('near misses: "A是…的责任主体", "A作为第一责任人" still lead', () => {
    const plan = (sentence: string) => ['某县烈士纪念设施保护管理办法', '一、管理责任', `（一）落实属地责任。${sentence}`].join('\n');
    expect(tasks(plan('各镇人民政府是本行政区域烈士纪念设施保护管理的责任主体。'))).toEqual(['1.1 prose 各镇人民政府//']);
    expect(tasks(plan('县退役军人事务局作为第一责任人，要加强日常巡查。'))).toEqual(['1.1 prose 县退役军人事务局//']);
  });
});

describe('the characters a unit\'s name ends in', () => {
  it('are the last characters of the organisation suffixes, no more and no fewer', () => {
    expect(new Set(NAME_LAST_CHARS)).toEqual(new Set(SUFFIXES.map((s) => s.at(-1))));
  });
});

describe('a verb joining one body to another ends the first name ("A协同B…", "A联合B…")', () => {
  const plan = (sentence: string) => ['某县烈士纪念设施保护管理办法', '一、管理责任', `（一）落实经费。${sentence}`].join('\n');

  it('the 由-actor is the first body alone; the joined body takes no role (协同, 联合 are no role verbs)', () => {
    expect(tasks(plan('补助资金由县退役军人事务局协同县财政局等部门予以安排。'))).toEqual(['1.1 prose 县退役军人事务局//']);
    expect(tasks(plan('补助资金由县退役军人事务局联合县财政局予以安排。'))).toEqual(['1.1 prose 县退役军人事务局//']);
  });

  it('near misses: 联合 and 协同 inside a name ("工商业联合会", "大学协同创新中心") stay in it', () => {
    expect(tasks(plan('宣传工作由县工商业联合会负责。'))).toEqual(['1.1 prose 县工商业联合会//']);
    expect(tasks(plan('技术支撑由某大学协同创新中心负责。'))).toEqual(['1.1 prose 某大学协同创新中心//']);
  });
});

describe('a column of places beside a column of the units that answer', () => {
  const division = (header: string, rows: string[]) =>
    ['某市人民政府关于下达“十四五”碳强度下降目标的通知', '各县（市、区）人民政府：', '现将目标分解下达，请认真组织实施。', '附件', '某市“十四五”各县（市、区）碳强度下降目标分解表', header, ...rows].join('\n');

  it('the unit column names who answers; the place only says whose figures the row holds', () => {
    expect(tasks(division('县（市、区） | 碳强度下降目标 | 责任部门 |', ['甲县 | 19% | 甲县人民政府 |', '乙区 | 16% | 乙区人民政府 |'])))
      .toEqual(['1 table 甲县人民政府//', '1 table 乙区人民政府//']);
  });

  it('the same in a numbered table the parser reads by its columns', () => {
    const text = ['某市碳强度下降目标分解方案', '一、目标分解', '| 序号 | 县（市、区） | 下降目标 | 责任单位 |', '| --- | --- | --- | --- |', '| 1 | 甲县 | 19% | 甲县人民政府 |', '| 2 | 乙区 | 16% | 乙区人民政府 |'].join('\n');
    expect(tasks(text)).toEqual(['1.1 table 甲县人民政府//', '1.2 table 乙区人民政府//']);
  });

  it('near miss: with no unit column, the place answers for its row', () => {
    expect(tasks(division('县（市、区） | 碳强度下降目标 | 节能目标 |', ['甲县 | 19% | 17% |', '乙区 | 16% | 14% |'])))
      .toEqual(['1 table 甲县//', '1 table 乙区//']);
  });
});

describe('a table set a row a line with spaces, its text columns named as the table likes', () => {
  const list = (header: string, rows: string[]) => ['某市基本公共服务实施标准', '一、优军服务保障', header, ...rows, '二、保障措施', '加强组织领导。'].join('\n');
  const ROWS = ['优待抚恤 本市优抚对象 提供伤残抚恤、生活补助。 市与区财政分别负担 市退役军人事务局', '就业创业服务 本市退役军人 提供专场招聘活动服务。 市财政负担 市退役军人事务局、市人力资源社会保障局'];

  it('three or more header cells of a few words, one a unit column: each row\'s unit cell answers for it', () => {
    expect(tasks(list('项目名称 服务对象 服务内容 支出责任 牵头负责单位', ROWS))).toEqual([
      '1 table 市退役军人事务局//', '1 table 市退役军人事务局|市人力资源社会保障局//',
    ]);
  });

  it('the table opens the body under a title with no heading: its header is no second title line', () => {
    const text = ['优军服务保障 2024-06-19', '字号:', '', '项目名称 服务对象 服务内容 支出责任 牵头负责单位', ...ROWS].join('\n');
    expect(tasks(text)).toEqual([' table 市退役军人事务局//', ' table 市退役军人事务局|市人力资源社会保障局//']);
  });

  it('near miss: two cells, one of them a free name, make no header', () => {
    expect(tasks(list('服务对象 牵头负责单位', ['本市优抚对象 市退役军人事务局', '本市退役军人 市人力资源社会保障局']))).toEqual([]);
  });

  it('near miss: a free name holding a figure or a Latin word is no column\'s', () => {
    expect(tasks(list('项目名称 服务对象2 服务内容 支出责任 牵头负责单位', ROWS))).toEqual([]);
    expect(tasks(list('项目名称 Target 服务内容 支出责任 牵头负责单位', ROWS))).toEqual([]);
  });
});

describe('guidance said where the verb it is the object of stands ("加强…指导")', () => {
  const notice = (sentence: string) => ['某部关于开展试点工作的通知', '一、加强组织指导', sentence].join('\n');

  it('a subject carried from the clause before guides, however long the object', () => {
    expect(tasks(notice('各省级生态环境部门、发展改革部门要高度重视，加强试点工作的组织协调和督促指导，完善工作机制。')))
      .toEqual(['1 prose //各省级生态环境部门|发展改革部门']);
    expect(tasks(notice('省生态环境厅要高度重视，给予试点单位必要的技术指导。'))).toEqual(['1 prose 省生态环境厅//']);
  });

  it('near miss: guidance a service offers the public ("开展就业政策宣传、就业指导等服务") is no guiding', () => {
    expect(tasks(notice('各乡镇要摸清底数，开展就业政策宣传、就业指导等就业服务工作。'))).toEqual([]);
  });

});

describe('tortoise-shell brackets nested in a clause\'s brackets ("县〔市、区〕")', () => {
  it('hold a level list inside one name, as parentheses do', () => {
    const text = ['某省关于推进开放型经济发展的实施意见', '一、重点任务', '（一）培育产业集群。推动综合保税区发展。（责任单位：各县〔市、区〕人民政府）'].join('\n');
    expect(tasks(text)).toEqual(['1.1 clause 各县〔市、区〕人民政府//']);
  });
});

describe('a bracket the text never closes is closed by the end of its line', () => {
  const plan = (...items: string[]) => ['某市工业互联网发展行动计划', '一、重点任务', ...items].join('\n');

  it('a labelled clause whose closer the page dropped, over the next item', () => {
    expect(tasks(plan('1.网络提升工程。推进中小企业专线建设。（牵头单位：市通信管理局、市经济信息委', '2.平台建设工程。培育工业互联网平台。（牵头单位：市经济信息委）')))
      .toEqual(['1.1 clause 市通信管理局|市经济信息委//', '1.2 clause 市经济信息委//']);
  });

  it('…or cut off at the text\'s end', () => {
    expect(tasks(plan('1.网络提升工程。推进中小企业专线建设。（牵头单位：市通信管理局、市经济信息委'))).toEqual(['1.1 clause 市通信管理局|市经济信息委//']);
  });

  it('near miss: not over a pair the line closes after it', () => {
    expect(tasks(plan('1.网络提升工程。按照规划（2021—2025年推进专线建设。（责任单位：市通信管理局）'))).toEqual(['1.1 clause 市通信管理局//']);
  });
});

describe('review of round 24: close variants and near misses', () => {
  const duty = (sentence: string) => ['某县烈士纪念设施保护管理办法', '一、管理责任', `（一）落实责任。${sentence}`].join('\n');

  it('a role noun the clause goes on after, or said through 担任, still leads; one closing a heading\'s noun phrase does not', () => {
    expect(tasks(duty('各镇人民政府要切实履行属地管理责任主体职责，加强日常巡查。'))).toEqual(['1.1 prose 各镇人民政府//']);
    expect(tasks(duty('县应急管理局要落实第一责任人责任，加强日常巡查。'))).toEqual(['1.1 prose 县应急管理局//']);
    expect(tasks(duty('各镇人民政府担任辖区安全生产第一责任人，加强日常巡查。'))).toEqual(['1.1 prose 各镇人民政府//']);
    expect(tasks(notice('行政级别：正科级', '2、某某烈士陵园管理体系和责任主体'))).toEqual([]);
    expect(tasks(notice('行政级别：正科级', '2、某某烈士陵园违法行为责任主体'))).toEqual([]);
    expect(tasks(notice('行政级别：正科级', '2、某某烈士陵园保护级别、管理责任主体、保护范围'))).toEqual([]);
  });

  it('a qualifier of up to four characters ("行业监管责任部门：", "属地管理责任单位：")', () => {
    expect(tasks(notice('行业监管责任部门：县市场监管局、县卫生健康局'))).toEqual(['1.1.2 clause //县市场监管局|县卫生健康局']);
    expect(tasks(notice('属地管理责任单位：某镇人民政府'))).toEqual(['1.1.2 clause 某镇人民政府//']);
  });

  it('a place stands down only beside a filled cell of a lead\'s or plain unit column', () => {
    const table = (column: string, cell: string) => ['某市碳强度下降目标分解方案', '一、目标分解', `| 序号 | 县（市、区） | 下降目标 | ${column} |`, '| --- | --- | --- | --- |', `| 1 | 甲县 | 19% | ${cell} |`].join('\n');
    expect(tasks(table('配合部门', '市生态环境局'))).toEqual(['1.1 table 甲县/市生态环境局/']);
    expect(tasks(table('责任单位', ' '))).toEqual(['1.1 table 甲县//']);
  });

  it('no name opens with a joining verb; a joined body without a level ends the first name too', () => {
    expect(tasks(duty('县公安局联合县市场监管局牵头开展专项整治。')).every((t) => !/[/|]联合/u.test(t))).toBe(true);
    expect(tasks(duty('补助资金由县退役军人事务局协同财政部门予以安排。'))).toEqual(['1.1 prose 县退役军人事务局//']);
  });

  it('a bracket nothing closes is closed by its line\'s end over a pair nested inside it', () => {
    const text = ['某省开放型经济实施意见', '一、重点任务', '（一）培育产业集群。推动综合保税区发展。（责任单位：各县〔市、区〕人民政府', '（二）优化营商环境。（牵头单位：市发展改革委（市能源局）、市财政局', '（三）完善机制。推进专线建设。（责任单位：市通信管理局）'].join('\n');
    expect(tasks(text)).toEqual(['1.1 clause 各县〔市、区〕人民政府//', '1.2 clause 市发展改革委(市能源局)|市财政局//', '1.3 clause 市通信管理局//']);
  });
});
