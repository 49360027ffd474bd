/**
 * Limits and counts that earlier rules misread: a time limit a procedure is done within ("7个工作日内
 * 完成审批") bounds it as "以内" does; "每个村至少有一名" is a count for each place; a notice counting
 * the items it hands out ("现将…9项任务进行责任分解") sets none. Made-up phrases in the style of
 * 实施意见 and 责任分解 notices.
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../src/targets/index.js';

const targets = (text: string) => extractTargets([{ path: '1', title: '', text, offset: 0 }]).map((t) => [t.value, t.unit, t.comparator]);

describe('time limits with 内', () => {
  it('are targets (lte) when a procedure is to be done within them', () => {
    expect(targets('提高审批效率。施工许可12个工作日内办结。')).toEqual([[12, '个工作日', 'lte']]);
    expect(targets('不动产登记一般登记5个工作日内、抵押登记3个工作日内完成办理。')).toEqual([[5, '个工作日', 'lte'], [3, '个工作日', 'lte']]);
    expect(targets('企业开办2日内完成。')).toEqual([[2, '日', 'lte']]);
  });

  it('read their 内 with the figure, as 以内 is: no part of the measure', () => {
    const [t] = extractTargets([{ path: '1', title: '', text: '全市项目审批时间缩短至80个工作日内。', offset: 0 }]);
    expect([t?.text, t?.metric]).toEqual(['80个工作日内', '全市项目审批时间']);
  });

  it('are targets (lte) when a procedure is cut to them', () => {
    expect(targets('全市项目审批时间缩短至80个工作日内。')).toEqual([[80, '个工作日', 'lte']]);
    expect(targets('办理时限压缩至3个工作日内。')).toEqual([[3, '个工作日', 'lte']]);
  });

  it('are not when they time a step of a rule or a goal', () => {
    expect(targets('街道办事处应在5个工作日内完成初审并报区民政局。')).toEqual([]);
    expect(targets('区住建部门在受理申请后1个月内完成核查。')).toEqual([]);
    expect(targets('确保1年内完成约定采购量。')).toEqual([]);
    expect(targets('申请人应于30日内补正材料。')).toEqual([]);
  });

  it('are not when nothing is done within them', () => {
    expect(targets('项目单位10个工作日内报送有关材料。')).toEqual([]);
    // Holding a step to a time is no cut: "控制在" is no verb that cuts a span down.
    expect(targets('申请人将材料补正时间控制在5个工作日内。')).toEqual([]);
    // A cut named earlier in the clause does not make a later limit the level it is cut to.
    expect(targets('审批环节缩短后，项目单位10个工作日内报送有关材料。')).toEqual([]);
  });
});

describe('at least one in every place', () => {
  it('is a count to reach (gte)', () => {
    expect(targets('争取用3-5年时间，做到每个乡镇、每个社区至少有一名专业社工。')).toEqual([[1, '名', 'gte']]);
  });

  it('is not when a rule sets it as a norm', () => {
    expect(targets('每个街道应当设置至少1个综合服务站。')).toEqual([]);
  });
});

describe('a notice counting the items it hands out', () => {
  it('sets no target', () => {
    expect(targets('现将《规划》中提出的12项建设任务和5项重点工程进行责任分解。')).toEqual([]);
    expect(targets('现将2024年8项重点工作任务分工如下：')).toEqual([]);
  });

  it('counts no concrete items the document names as its own', () => {
    expect(targets('“十四五”防灾减灾6个具体建设任务')).toEqual([]);
  });

  it('leaves the counts of a goal in the same notice alone', () => {
    expect(targets('到2025年，全市新建应急避难场所12个。')).toEqual([[12, '个', 'eq']]);
  });
});

describe('"新一轮", "新一代": a new one, no count', () => {
  it('sets no target', () => {
    expect(targets('推动新一轮高水平对外开放，培育新一代信息技术产业。')).toEqual([]);
  });
  it('near miss: one new thing counted after a verb is still a target', () => {
    expect(targets('到2025年，新增1家国家级平台。')).toEqual([[1, '家', 'eq']]);
  });
});
