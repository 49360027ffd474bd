/**
 * Under a unit label (牵头单位：/责任单位：/配合单位：) the list that follows is one of units by the
 * document's own say: an item of a name's form that ends in no organisation word ("产业园") is a
 * unit there, and an item that is not a name costs the clause none of the others. Made-up clauses.
 */
import { findClauses } from '@policyc/extract';
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

const roles = (text: string) =>
  findClauses(text).map((c) => ({ lead: c.lead.map((u) => u.name), assist: c.assist.map((u) => u.name), responsible: c.responsible.map((u) => u.name) }));

describe('a labelled list of units', () => {
  it('takes names without an organisation word after a unit label', () => {
    expect(roles('1.推进园区建设。（牵头单位：县发展和改革局；责任单位：新材料产业园、智能制造产业园等）')).toEqual([
      { lead: ['县发展和改革局'], assist: ['新材料产业园', '智能制造产业园'], responsible: [] },
    ]);
  });

  it('still parts joined names only where both sides are complete names', () => {
    expect(roles('（责任单位：县住房和城乡建设局、生态农业示范园）')[0]?.responsible).toEqual(['县住房和城乡建设局', '生态农业示范园']);
  });

  it('keeps the recognised units when one item is a phrase, not a name', () => {
    expect(roles('（责任单位：县财政局、年底前完成审批手续办理工作的各单位）')).toEqual([{ lead: ['县财政局'], assist: [], responsible: [] }]);
  });

  it('without a label, a list of things that are not units is no clause', () => {
    expect(roles('（新材料产业园、智能制造产业园）')).toEqual([]);
    expect(roles('（牵头单位：推进园区建设）')).toEqual([]);
  });
});

describe('an unlabelled list of units with one name that ends in no organisation word', () => {
  it('is a clause when the other items are units by their names', () => {
    expect(roles('（一）保障粮食储备。建立储备轮换制度。（市发展改革委、市农业农村局、某粮储公司某直属库）')).toEqual([
      { lead: [], assist: [], responsible: ['市发展改革委', '市农业农村局', '某粮储公司某直属库'] },
    ]);
  });

  it('is no clause with fewer than two units, two such items, or an item that is no name', () => {
    expect(roles('完善储备体系。（市财政局、某粮储公司某直属库）')).toEqual([]);
    expect(roles('完善储备体系。（市财政局、市农业农村局、稻谷小麦、玉米大豆）')).toEqual([]);
    expect(roles('完善储备体系。（市财政局、市农业农村局、推进仓储设施建设）')).toEqual([]);
    expect(roles('主要品种。（稻谷、小麦、玉米）')).toEqual([]);
  });
});


describe('a lead listed again among the task\'s other units', () => {
  it('leads the task, and assists no one in it', () => {
    const text = '某省推进振兴工作的通知\n一、重点任务\n（一）扩大有效投资。推进重大项目建设。\n牵头单位：省发展改革委\n责任单位：省发展改革委、省财政厅、省工业和信息化厅\n';
    const tasks = compile(text).registry.tasks.map((t) => ({ lead: t.lead, assist: t.assist, responsible: t.responsible }));
    expect(tasks).toEqual([{ lead: ['省发展改革委'], assist: ['省财政厅', '省工业和信息化厅'], responsible: [] }]);
  });
});

describe('labels of assisting units', () => {
  it.each(['协同单位', '支持单位', '参加单位', '协作单位', '主要协作单位', '其他配合单位'])('%s：… lists units that assist, as 配合单位 does', (label) => {
    expect(roles(`（一）深化机构改革。\n${label}：市财政局、市人社局和各区人民政府。`)).toEqual([
      { lead: [], assist: ['市财政局', '市人社局', '各区人民政府'], responsible: [] },
    ]);
  });
});

describe('a qualifier before a label', () => {
  it('主要负责单位 is a lead label, its 主要 part of the role word', () => {
    expect(roles('（一）深化机构改革。\n主要负责单位：市财政局。')).toEqual([{ lead: ['市财政局'], assist: [], responsible: [] }]);
  });
  it('具体负责单位 lists the units that do the work', () => {
    expect(roles('（一）深化机构改革。\n具体负责单位：市财政局。')).toEqual([{ lead: ['市财政局'], assist: [], responsible: [] }]);
  });
  it('near miss: a qualifier alone before a colon labels no units', () => {
    expect(roles('（一）深化机构改革。\n主要内容：市财政局、市人社局联合发文。')).toEqual([]);
  });
});
