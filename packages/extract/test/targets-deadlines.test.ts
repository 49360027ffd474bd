/**
 * Deadlines: the year each target is tied to, by a phrase in its sentence, a lead-in for the
 * paragraph or section, a heading, or a parent section's lead-in.
 */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { documentYear, findTimeMentions } from '../src/targets/deadlines.js';
import { extractTargets, type TextBlock } from '../src/targets/index.js';

function deadlines(text: string, path = '1'): (string | null)[] {
  return extractTargets([{ path, title: '', text, offset: 0 }]).map((t) => t.deadline);
}

describe('deadline phrases', () => {
  it.each([
    ['到2020年，全国农作物耕种收综合机械化率达到70%。', '2020'],
    ['到2023年末，推动北斗时空信息产业规模达1000亿元。', '2023'],
    ['到“十三五”末，全省医药产业完成工业增加值175亿元。', '2020'],
    ['“十四五”期间，全省新建5G基站1万个。', '2025'],
    ['力争到2025年，研发经费投入占地区生产总值比重提高到3%。', '2025'],
    ['2020年底前将全国所有市县抵押登记业务办理时间压缩至5个工作日以内。', '2020'],
    ['2021年3月底前在全国范围内新建数据中心10个。', '2021'],
    ['2020年初步建成300个示范性职业教育集团（联盟），带动中小企业参与。', '2020'],
    ['二〇二〇年底前改造老旧小区一万二千户。', '2020'],
    ['展望2035年，全省新建智慧社区1000个。', '2035'],
  ])('%s → %s', (text, year) => {
    expect(deadlines(text)).toEqual([year]);
  });

  it.each([
    // a start, not a deadline (gov-2019-4-vocational-education)
    ['自2019年开始，推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。'],
    ['从2019年起，建立100个“双师型”教师培养培训基地。'],
    // a year after the figure does not reach back (gov-2020-43-task-division)
    ['将正常出口退税业务平均办理时间压减至8个工作日以内，2021年全面推广无纸化单证备案。'],
    // none stated
    ['研制特色医药产品3-5个。'],
  ])('%s → no deadline', (text) => {
    expect(deadlines(text)).toEqual([null]);
  });

  it('ties each figure to the deadline of its own sentence part (gov-2020-43-task-division)', () => {
    const text = '2020年底前实现市场主体登记注册、职业资格证书核验、学历公证、驾驶证公证等58项事项异地办理，2021年底前实现工业产品生产许可证、户口迁移等74项事项异地办理。';
    expect(deadlines(text)).toEqual(['2020', '2021']);
  });

  it('lets a second lead-in take over (gov-2018-42-farm-machinery)', () => {
    const text = '到2020年，全国农机总动力超过10亿千瓦。\n到2025年，全国农机总动力稳定在11亿千瓦左右，其中灌排机械动力达到1.3亿千瓦。';
    expect(deadlines(text)).toEqual(['2020', '2025', '2025']);
  });

  it('lets a lead-in govern the rest of its section, across paragraphs (sh-2021-beidou)', () => {
    const text = '二、发展目标\n\n以北斗全产业链发展为导向，优化完善产业生态。到2023年末，将上海打造成为北斗产业自主创新高地。\n\n——产业规模进一步壮大。培育100家产业链优质企业，打造5家以上上市企业。\n';
    expect(deadlines(text, '2')).toEqual(['2023', '2023']);
  });
});

describe('deadlines across sections', () => {
  const block = (path: string, title: string, text: string): TextBlock => ({ path, title, text, offset: 0 });

  it('a parent section\'s lead-in governs its children, not its siblings\' children', () => {
    const found = extractTargets([
      block('3', '主要任务', '三、主要任务\n到2025年，实现以下目标：\n'),
      block('3.1', '建设示范区', '（一）建设示范区。建设10个示范区。\n'),
      block('4', '保障措施', '四、保障措施\n'),
      block('4.1', '建设基地', '（一）建设基地。建设3个基地。\n'),
    ]);
    expect(found.map((t) => [t.path, t.deadline])).toEqual([['3.1', '2025'], ['4.1', null]]);
  });

  it('a lead-in in one section does not govern its sibling (qinghai-pharma 二（一）/（二）)', () => {
    const found = extractTargets([
      block('2.1', '产业规模明显扩大', '（一）产业规模明显扩大。到“十三五”末，全省医药产业完成工业增加值175亿元。\n'),
      block('2.2', '创新能力显著提高', '（二）创新能力显著提高。授权专利数量达到100个。\n'),
    ]);
    expect(found.map((t) => t.deadline)).toEqual(['2020', null]);
  });

  it('a year in the heading governs the section', () => {
    expect(extractTargets([block('2', '2025年发展目标', '二、2025年发展目标\n全市新建5G基站1.5万个。\n')])[0]?.deadline).toBe('2025');
  });
});

describe('time mentions', () => {
  const roles = (text: string) => findTimeMentions(shapeOf(text)).map((m) => [m.year, m.role, m.leadIn]);

  it('tells deadlines from starts, baselines, facts and dates', () => {
    expect(roles('到2020年，')).toEqual([['2020', 'deadline', true]]);
    expect(roles('从2019年起')).toEqual([['2019', 'start', false]]);
    expect(roles('比2015年提高')).toEqual([['2015', 'baseline', false]]);
    expect(roles('截至2019年底')).toEqual([['2019', 'status', false]]);
    expect(roles('2019年1月1日')).toEqual([['2019', 'date', false]]);
    expect(roles('增加到2021年的5481万公里')).toEqual([['2021', 'date', false]]);
    expect(roles('政策期限为2016年至2018年')).toEqual([['2016', 'date', false], ['2018', 'date', false]]);
    expect(roles('《规划纲要（2014-2020年）》')).toEqual([['2020', 'date', false]]);
  });

  it('maps five-year plans to their last year from a table, not per document', () => {
    expect(roles('“十二五”末')[0]?.[0]).toBe('2015');
    expect(roles('“十三五”末')[0]?.[0]).toBe('2020');
    expect(roles('“十四五”期间')[0]?.[0]).toBe('2025');
    expect(roles('“十五五”时期')[0]?.[0]).toBe('2030');
    expect(roles('十三五规划')[0]?.[0]).toBe('2020');
    expect(roles('党的十五大')).toEqual([]);
  });

  it('dates a document by its last bare date line', () => {
    expect(documentYear(['正文', '国务院办公厅\n2018年12月21日\n'])).toBe(2018);
    expect(documentYear(['自2019年1月1日起施行'])).toBeNull();
  });
});

describe('several horizons in one section', () => {
  it('a later lead-in ("到2035年，…") governs its own paragraph; the first one the rest', () => {
    const text = '（三）主要目标。\n总体目标：到2025年，应急管理体系建设取得重大进展。到2035年，建立中国特色大国应急体系，灾害预警信息发布公众覆盖率达到99%。\n县级以上应急管理部门专业人才占比达到60%。\n';
    expect(deadlines(text)).toEqual(['2035', '2025']);
  });
});

describe("a section titled by a plan's span of years", () => {
  const rows = (title: string) => extractTargets([
    { path: '4', title, text: `附件\n${title}\n`, offset: 0 },
    { path: '4.1', title: '完成既有多层住宅加装电梯', text: '1\n完成既有多层住宅加装电梯700台\n区房管局\n', offset: 40 },
    { path: '4.2', title: '建设口袋公园', text: '2\n2024年底前改建或新建9座左右口袋公园\n区绿化市容局\n', offset: 80 },
  ]).map((t) => [t.value, t.deadline]);

  it('"重点任务清单（2023-2025年）": its rows\' goals with no year of their own are due by 2025', () => {
    expect(rows('某区城市更新重点任务清单（2023-2025年）')).toEqual([[700, '2025'], [9, '2024']]);
  });

  it('near miss: a span in a title that names no plan of work ("2019-2021年发展情况") dates nothing', () => {
    expect(rows('某区2019-2021年城市更新情况')).toEqual([[700, null], [9, '2024']]);
  });
});
