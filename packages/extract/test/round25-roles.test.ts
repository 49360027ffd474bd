/**
 * Round 25: three readings of who does the work, each on made-up sentences in the style of a
 * county's work plan (held-out probes 148, 162 and 164 showed the forms).
 *
 * - A list that writes its level once, on its first body, and its kind word once, at its end
 *   ("各县（市、区）发改、财政、住建等部门"): every body takes both.
 * - Units that 负责 beside units named to assist ("（A、B负责，C配合）"): the assistants set them
 *   apart, and they lead, as one unit alone would.
 * - A clause that goes on with an earlier clause's actor gives it an assisting verb only where
 *   adverbs alone stand before the verb ("…，积极配合…"); "…，吸引社会资本参与…" says what the
 *   capital the actor draws in does.
 */
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';
import { isActorName } from '../src/units/actors.js';
import { isUnitName } from '../src/units/names.js';
import { splitUnits } from '../src/units/split.js';

const plan = (...items: string[]) => ['某县促进消费工作实施方案', '一、重点任务', ...items].join('\n');
const split = (list: string, test = isUnitName) => splitUnits(list, 0, list.length, test)?.map((u) => u.name ?? list.slice(u.start, u.end)) ?? null;

describe('a list that writes its level once and its kind word once', () => {
  it('the level on the first body goes to every body after it', () => {
    expect(split('县发改、财政、住建等部门')).toEqual(['县发改部门', '县财政部门', '县住建部门']);
    expect(split('市人社、教育、民政部门', isActorName)).toEqual(['市人社部门', '市教育部门', '市民政部门']);
  });

  it('a level with its kinds in brackets ("各县（市、区）") opens the list as any level does', () => {
    expect(split('各县（市、区）发改、财政、住建等部门')).toEqual(['各县（市、区）发改部门', '各县（市、区）财政部门', '各县（市、区）住建部门']);
  });

  it('各 before a level written as one word over two takes the whole word ("各乡镇", not "各乡")', () => {
    expect(split('各乡镇人社、教育等部门', isActorName)).toEqual(['各乡镇人社部门', '各乡镇教育部门']);
  });

  it('in a clause: each body is a unit of its own', () => {
    expect(tasks(plan('（一）开展促消费活动。组织商户让利促销。（责任单位：各县（市、区）商务、财政、市场监管等部门）'))).toEqual([
      '1.1 clause //各县(市、区)商务部门|各县(市、区)财政部门|各县(市、区)市场监管部门',
    ]);
  });

  it('a full name among the bodies keeps the level it writes', () => {
    expect(split('市发改、财政部门、县住建部门')).toEqual(['市发改部门', '市财政部门', '县住建部门']);
  });

  it('near miss: a level\'s character that opens a word is no level ("市场监管", "乡村振兴", "市政", "市容")', () => {
    expect(split('市场监管、商务部门')).toEqual(['市场监管部门', '商务部门']);
    expect(split('县乡村振兴、财政等部门')).toEqual(['县乡村振兴部门', '县财政部门']);
    expect(split('市政、园林、环卫等部门')).toEqual(['市政部门', '园林部门', '环卫部门']);
    expect(split('市容、交通、公安等部门')).toEqual(['市容部门', '交通部门', '公安部门']);
  });

  it('a full name sets the level of the bodies after it ("市发改、财政部门、县住建局、交通等部门")', () => {
    expect(split('市发改、财政部门、县住建局、交通、水利等部门')).toEqual(['市发改部门', '市财政部门', '县住建局', '县交通部门', '县水利部门']);
    expect(split('市发改、财政部门、住房城乡建设局、交通等部门')).not.toContain('市交通部门');
  });

  it('a kind after 等 that is no generic kind word leaves the name\'s own ("等相关职能部门")', () => {
    expect(split('住建、交通等相关职能部门')?.[0]).toBe('住建部门');
  });

  it('near miss: bare levels before a full name take its body, not a level of a run ("市、区财政部门")', () => {
    expect(split('市、区财政部门')).toEqual(['市财政部门', '区财政部门']);
  });
});

describe('units that 负责 beside units named to assist', () => {
  it('"（A、B负责，C、D等配合）": A and B lead', () => {
    expect(tasks(plan('（一）打造夜间消费街区。改造提升特色商业街区。（相关区县政府、高新区管委会负责，市商务局、市文化旅游局等配合）'))).toEqual([
      '1.1 clause 相关区县政府|高新区管委会/市商务局|市文化旅游局/',
    ]);
  });

  it('in prose: "A、B负责…，C配合" — A and B lead', () => {
    expect(tasks(plan('（一）加强市场监管。县市场监管局、县商务局负责商户资格审核，县公安局配合做好秩序维护。'))).toEqual([
      '1.1 prose 县市场监管局|县商务局/县公安局/',
    ]);
  });

  it('near miss: several units that 负责 with no one named to assist share the duty', () => {
    expect(tasks(plan('（一）打造夜间消费街区。改造提升特色商业街区。（相关区县政府、高新区管委会负责）'))).toEqual([
      '1.1 clause //相关区县政府|高新区管委会',
    ]);
  });

  it('in labels: "责任单位：A、B；配合单位：C" — A and B lead', () => {
    expect(tasks(plan('（一）打造夜间消费街区。改造提升特色商业街区。（责任单位：相关区县政府、高新区管委会；配合单位：市商务局）'))).toEqual([
      '1.1 clause 相关区县政府|高新区管委会/市商务局/',
    ]);
  });

  it('near miss: a named lead still makes the plain units assist', () => {
    expect(tasks(plan('（一）打造夜间消费街区。改造提升特色商业街区。（市商务局牵头，相关区县政府负责，市公安局配合）'))).toEqual([
      '1.1 clause 市商务局/相关区县政府|市公安局/',
    ]);
  });
});

describe('an assisting verb in a clause that goes on with an earlier actor', () => {
  it('"…，吸引社会资本参与…": the capital takes part, not the actor', () => {
    expect(tasks(plan('（一）创新运营模式。县商务局要加强街区运营管理，吸引社会资本参与街区业态调整。'))).toEqual([]);
  });

  it('"…，带动群众参与…", "…，鼓励社会各界参与…": the same', () => {
    expect(tasks(plan('（一）丰富消费活动。县文化旅游局要举办夜间文化活动，带动群众参与。'))).toEqual([]);
    expect(tasks(plan('（一）丰富消费活动。县商务局要组织促销活动，鼓励社会各界参与。'))).toEqual([]);
  });

  it('adverbials of how and when before the verb ("按要求", "在活动期间", "做好…工作") — the actor assists', () => {
    expect(tasks(plan('（一）维护消费秩序。县公安局要加强街区治安巡逻，在活动期间配合县商务局做好保障。'))).toEqual(['1.1 prose 县商务局/县公安局/']);
    expect(tasks(plan('（一）维护消费秩序。县公安局要加强街区治安巡逻，并按要求配合县商务局做好保障。'))).toEqual(['1.1 prose 县商务局/县公安局/']);
    expect(tasks(plan('（一）维护消费秩序。县公安局要加强街区治安巡逻，做好配合工作。'))).toEqual(['1.1 prose /县公安局/']);
  });

  it('near miss: adverbs alone before the verb — the actor assists', () => {
    expect(tasks(plan('（一）维护消费秩序。县公安局要加强街区治安巡逻，积极配合县商务局做好活动保障。'))).toEqual(['1.1 prose 县商务局/县公安局/']);
    expect(tasks(plan('（一）维护消费秩序。县公安局要加强街区治安巡逻，并主动参与活动保障。'))).toEqual(['1.1 prose /县公安局/']);
  });
});

describe('a clause the text stops inside (an excerpt cut off mid-clause)', () => {
  const cut = (clause: string) => plan('（一）加强湿地保护。完善湿地分级管理体系。', `（二）开展湿地修复。实施退化湿地修复工程。${clause}`);

  it('the items before the cut are read; a level waiting for its name is dropped', () => {
    expect(tasks(cut('（省林业厅牵头，省环保厅、省水利厅等参与，各市、县〔'))).toEqual(['1.2 clause 省林业厅/省环保厅|省水利厅/']);
  });

  it('a name cut in two is dropped', () => {
    expect(tasks(cut('（责任单位：省住房城乡建设厅、省公安厅、省消'))).toEqual(['1.2 clause //省住房城乡建设厅|省公安厅']);
  });

  it('blank lines after the cut change nothing', () => {
    expect(tasks(`${cut('（责任单位：省住房城乡建设厅、省公安厅、省消')}\n\n`)).toEqual(['1.2 clause //省住房城乡建设厅|省公安厅']);
  });

  it('near miss: a level closing the text with nothing cut after it is a unit ("…、各乡镇")', () => {
    expect(tasks(cut('（责任单位：省住房城乡建设厅、各乡镇'))).toEqual(['1.2 clause //省住房城乡建设厅|各乡镇']);
  });

  it('near miss: a bracket the line\'s end closes before more text keeps its last item', () => {
    const text = plan('（一）开展湿地修复。实施退化湿地修复工程。（责任单位：省林业厅、各市', '二、保障措施', '（一）加强组织领导。建立协调机制。');
    expect(tasks(text)).toEqual(['1.1 clause //省林业厅|各市']);
  });
});

describe('guidance as a clause\'s verb', () => {
  it('"（A负责，B、C等部门加强指导）": the guides assist the units that carry the work out', () => {
    expect(tasks(plan('（一）组织临灾避险。及时划定地质灾害危险区。（各级人民政府负责，省自然资源厅、省水利厅等部门加强指导）'))).toEqual([
      '1.1 clause 各级人民政府/省自然资源厅|省水利厅/',
    ]);
  });

  it('guidance among the oversight it goes with ("加强支持、指导和监督"), after a list sharing its kind word', () => {
    expect(tasks(plan('（一）开展工程治理。加快实施隐患点工程治理。（市、县人民政府负责，发改、财政、审计等相关部门加强支持、指导和监督）'))).toEqual([
      '1.1 clause 市人民政府|县人民政府/发改部门|财政部门|审计部门/',
    ]);
  });

  it('guides alone: what they guide is their duty — one leads, several share it', () => {
    expect(tasks(plan('（一）开展隐患排查。全面排查地质灾害隐患。（省自然资源厅加强指导）'))).toEqual(['1.1 clause 省自然资源厅//']);
    expect(tasks(plan('（一）开展隐患排查。全面排查地质灾害隐患。（省自然资源厅、省应急管理厅指导）'))).toEqual(['1.1 clause //省自然资源厅|省应急管理厅']);
  });

  it('guidance with more oversight, with or without a mark between ("加强指导和监督检查", "监督指导", "做好指导")', () => {
    for (const verb of ['加强指导和监督检查', '加强指导督促', '监督指导', '做好指导']) {
      expect(tasks(plan(`（一）开展隐患排查。全面排查地质灾害隐患。（各乡镇负责，县自然资源局${verb}）`))).toEqual(['1.1 clause 各乡镇/县自然资源局/']);
    }
  });

  it('guides beside helpers only: the guides lead ("（A指导，B配合）")', () => {
    expect(tasks(plan('（一）开展隐患排查。全面排查地质灾害隐患。（县自然资源局指导，县公安局配合）'))).toEqual(['1.1 clause 县自然资源局/县公安局/']);
  });

  it('near miss: guidance that is no verb of the units ("在省自然资源厅指导下") makes no clause of a note', () => {
    expect(tasks(plan('（一）开展隐患排查。全面排查地质灾害隐患（在省自然资源厅指导下开展）。')).filter((t) => t.includes(' clause '))).toEqual([]);
  });
});
