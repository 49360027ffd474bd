/**
 * Made-up registries: units of one kind at different levels, and targets compared figure by figure.
 */
import { describe, expect, it } from 'vitest';
import { compareFigures, trace, unitKey } from '../src/index.js';
import { registry, type TargetSpec } from './helpers.js';

describe('unitKey', () => {
  it.each([
    ['国家发展改革委', '发展改革'],
    ['省发展改革委', '发展改革'],
    ['市发展改革委', '发展改革'],
    ['江南省发展改革委', '发展改革'],
    ['科技部', '科技'],
    ['省科技厅', '科技'],
    ['市科技局', '科技'],
    ['国务院国资委', '国资'],
    ['国家市场监管总局', '市场监管'],
    ['省市场监管局', '市场监管'],
    ['市市场监管局', '市场监管'],
    ['中央宣传部', '宣传'],
    ['省委宣传部', '宣传'],
    ['区域协调发展中心', '区域协调发展中心'],
  ])('%s → %s', (name, key) => {
    expect(unitKey(name)).toBe(key);
  });

  it.each(['有关部门', '各职能部门', '政府部门', '相关单位', '省', ''])('%s names no particular unit', (name) => {
    expect(unitKey(name)).toBeNull();
  });
});

describe('trace with units across levels', () => {
  const national = registry([
    { path: '1.1', title: '加强药品质量监管', text: '加强药品质量监管，开展飞行检查。', lead: ['国家药监局'], assist: ['国家卫生健康委'] },
    { path: '1.2', title: '完善产业投资政策', text: '完善产业投资政策，引导社会资本投入。', lead: ['国家发展改革委'], assist: ['财政部'] },
  ]);
  const provincial = registry([
    { path: '2.1', title: '完善投资政策', text: '完善投资政策，引导社会资本投入医药产业。', lead: ['省发展改革委'], assist: ['省财政厅', '有关部门'] },
    { path: '2.2', title: '加强质量监管', text: '加强质量监管，开展飞行检查和抽检。', lead: ['省药监局'], assist: ['省卫生健康委'] },
    { path: '2.3', title: '建设冷链物流中心', text: '建设冷链物流中心，布局区域配送网络。', lead: ['省商务厅'] },
  ]);
  const result = trace(provincial, national);

  it('links each national task to the provincial task on it, with the units as evidence', () => {
    const links = result.tasks.map((t) => [t.task.path, t.implementedBy.map((m) => m.task.path)]);
    expect(links).toEqual([['1.1', ['2.2']], ['1.2', ['2.1']]]);
    const investment = result.tasks[1]?.implementedBy[0];
    expect(investment?.units).toBe(1);
    expect(investment?.evidence.units).toEqual([
      { a: '国家发展改革委', b: '省发展改革委', key: '发展改革' },
      { a: '财政部', b: '省财政厅', key: '财政' },
    ]);
  });

  it('counts units: the same texts with other units score lower', () => {
    const elsewhere = registry(provincial.tasks.map((t) => ({ path: t.path, title: t.title, text: t.text, lead: ['省教育厅'] })));
    const other = trace(elsewhere, national).tasks[1]?.implementedBy[0];
    expect(other?.units).toBe(0);
    expect(other?.score).toBeLessThan(result.tasks[1]?.implementedBy[0]?.score ?? 0);
  });

  it('keeps a task with no national source as a local addition', () => {
    expect(result.localAdditions.map((a) => a.task.path)).toEqual(['2.3']);
    expect(result.notTakenUp).toEqual([]);
  });
});

describe('compareFigures (provincial against national)', () => {
  const t = (spec: Partial<TargetSpec> & Pick<TargetSpec, 'comparator'>) => registry([], [{ metric: '主营业务收入年均增速', ...spec }]).targets[0]!;
  it.each([
    [{ comparator: 'gt', value: 10 }, { comparator: 'eq', value: 12 }, 'stricter'],
    [{ comparator: 'gt', value: 10 }, { comparator: 'eq', value: 10 }, 'looser'],
    [{ comparator: 'gte', value: 10 }, { comparator: 'gt', value: 10 }, 'stricter'],
    [{ comparator: 'gte', value: 90 }, { comparator: 'gte', value: 85 }, 'looser'],
    [{ comparator: 'gte', value: 90 }, { comparator: 'gte', value: 90 }, 'equal'],
    [{ comparator: 'lte', value: 5 }, { comparator: 'lt', value: 4 }, 'stricter'],
    [{ comparator: 'lte', value: 5 }, { comparator: 'eq', value: 6 }, 'looser'],
    [{ comparator: 'gte', value: 10 }, { comparator: 'range', min: 8, max: 12 }, 'looser'],
    [{ comparator: 'eq', value: 175 }, { comparator: 'eq', value: 175 }, 'equal'],
    [{ comparator: 'eq', value: 175 }, { comparator: 'eq', value: 200 }, 'not-comparable'],
    [{ comparator: 'gte', value: 10 }, { comparator: 'lte', value: 20 }, 'not-comparable'],
    [{ comparator: 'gte', value: 10 }, { comparator: 'eq', value: 12, unit: '亿元' }, 'not-comparable'],
  ] as const)('%o against %o: %s', (national, provincial, verdict) => {
    expect(compareFigures(t(national), t(provincial)).verdict).toBe(verdict);
  });

  it('pairs targets on the same metric and says how their deadlines compare', () => {
    const national = registry([], [
      { metric: '重大专利到期药物实现仿制上市', comparator: 'gte', value: 90, kind: 'share', deadline: '2020' },
      { metric: '主营业务收入年均增速', comparator: 'gt', value: 10, kind: 'growth', deadline: '2020' },
    ]);
    const provincial = registry([], [
      { metric: '社区卫生服务对象综合满意度', comparator: 'gte', value: 85, kind: 'share', deadline: '2020' },
      { metric: '重大专利到期药物仿制上市', comparator: 'gte', value: 95, kind: 'share', deadline: '2019' },
      { metric: '年', comparator: 'eq', value: 12, kind: 'growth', deadline: '2021' },
    ]);
    const pairs = trace(provincial, national).targets.map((p) => [p.national.metric, p.provincial.metric, p.pairedBy, p.verdict, p.deadline]);
    expect(pairs).toEqual([
      ['重大专利到期药物实现仿制上市', '重大专利到期药物仿制上市', 'metric', 'stricter', 'earlier'],
      ['主营业务收入年均增速', '年', 'kind-and-unit', 'stricter', 'later'],
    ]);
  });
});
