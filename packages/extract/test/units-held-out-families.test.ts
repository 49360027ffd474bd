/**
 * Families of sentences first met on documents the compiler had never seen: a person's post after
 * a place name ("某某县长牵头…"), a labelled unit list in brackets followed by a sentence of its
 * own, and a role noun opening a clause as a back-reference ("各责任主体要…"). Made-up sentences.
 */
import { findClauses } from '@policyc/extract';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const roles = (text: string) =>
  findClauses(text).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name) }));
/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

describe('a person\'s post is no unit', () => {
  it('a place name and 县长 / 副市长 / 区长 name a person: no list ends inside the post', () => {
    const text = '某县人民政府关于某某工作分工的通知\n一、王某县长牵头重点工作\n（一）推进园区建设。（县发展改革局负责）\n二、李某副市长负责的工作\n（一）完善政策体系。（市财政局负责）\n三、其他\n赵某区长牵头督促各项工作落实。\n';
    expect(tasks(text)).toEqual(['1.1 clause 县发展改革局//', '2.1 clause 市财政局//']);
  });

  it('near miss: a place that is a unit still leads, and a post after a full unit name stays no unit', () => {
    expect(tasks('某县实施方案\n一、主要任务\n某某镇牵头推进集镇改造。\n')).toEqual(['1 prose 某某镇//']);
    expect(tasks('某县实施方案\n一、主要任务\n县财政局局长负责审核资金。\n')).toEqual([]);
  });
});

describe('a labelled list in brackets, then a sentence of its own', () => {
  it('the list ends at the sentence end; the names before 等有关部门 and the group after "," are kept', () => {
    expect(roles('1.加大扶持力度。（责任单位：市工信局、市财政局等有关部门，各县区人民政府、园区管委会。以下各项措施均需各县区人民政府落实，不再单独列出）')).toEqual([
      { lead: [], assist: [], responsible: ['市工信局', '市财政局', '各县区人民政府', '园区管委会'] },
    ]);
  });

  it('a clause with role verbs is let through the same way', () => {
    expect(roles('1.推进改造。（市住建局牵头，市财政局配合；具体办法由市住建局另行制定）')).toEqual([{ lead: ['市住建局'], assist: ['市财政局'], responsible: [] }]);
  });

  it('near miss: a bracket whose first sentence names no units is still no clause', () => {
    expect(roles('1.推进改造。（以下各项措施均需各县区人民政府落实。不再单独列出）')).toEqual([]);
    // Only a sentence end parts a note from the clause: after "，" the sentence is all one part.
    expect(roles('1.推进改造。（市财政局负责，以下各项措施均需各县区人民政府落实）')).toEqual([]);
  });
});

describe('a role noun that refers back is no role verb', () => {
  it('"各责任主体要…" after "A是…的责任主体" records only the first sentence', () => {
    const text = '某市管理办法\n第一条 县发展改革局是县级项目的责任主体。各责任主体要细化责任，严格监督检查。各责任主体对项目质量负总责。\n';
    expect(tasks(text)).toEqual(['1 prose 县发展改革局//']);
  });

  it('near miss: the role noun as a predicate still assigns', () => {
    expect(tasks('某市管理办法\n第一条 各区人民政府作为辖区项目的第一责任人，加强日常监管。\n')).toEqual(['1 prose 各区人民政府//']);
  });
});

describe('a verb of relation is no part of a name', () => {
  it('reads no unit from who may apply, nor from what a duty concerns', () => {
    const text = [
      '某市城乡医疗救助办法',
      '第一条 为保障困难群众基本医疗权益，制定本办法。',
      '第二条 具有本市户籍，参加城乡居民基本医疗保险的人员，可以申请医疗救助。',
      '第三条 市民政局负责全市医疗救助工作。其主要职责是：',
      '（一）监督检查涉及企业收费的法规执行情况；',
      '（二）受理属于本部门职责的投诉。',
      '第四条 市财政局负责救助资金的筹集和管理。',
      '第五条 本办法自发布之日起施行。',
      '',
    ].join('\n');
    expect(tasks(text)).toEqual(['3 prose 市民政局//', '4 prose 市财政局//']);
  });

  it('near miss: a name that holds no such verb is still read', () => {
    expect(tasks('某市实施方案\n一、主要任务\n市企业服务中心负责收集企业诉求。\n')).toEqual(['1 prose 市企业服务中心//']);
  });
});
