/**
 * Target rules found by probing real policies outside the shared corpus (provincial and city 行动
 * 计划, 实施方案, 工作要点 and 规划). Each phrase is short and written the way those documents
 * write; none is copied from the corpus, so these rows guard the rules' generality.
 */
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { documentYear } from '../src/targets/deadlines.js';
import { scanQuantities } from '../src/targets/figures.js';
import { extractTargets, type TargetDraft, type TextBlock } from '../src/targets/index.js';
import { nonTargetReason } from '../src/targets/nontargets.js';

function targets(text: string, { title = '', path = '1' } = {}): TargetDraft[] {
  return extractTargets([{ path, title, text, offset: 0 }]);
}

/** [figure, unit, comparator, deadline] of each target. */
function brief(list: TargetDraft[]): [string, string | null, string, string | null][] {
  return list.map((t) => [t.comparator === 'range' ? `${t.min}~${t.max}` : String(t.value), t.unit, t.comparator, t.deadline]);
}

describe('comparators of running text', () => {
  it.each([
    ['力争到2027年，国家高新技术企业超2600家，政府引导基金撬动规模超300亿元。', [['2600', '家', 'gt', '2027'], ['300', '亿元', 'gt', '2027']]],
    ['到2025年，城镇调查失业率不超5.5%。', [['5.5', '%', 'lte', '2025']]],
    // a comparator before a list bounds each figure of it
    ['到2027年，全区高新技术企业和科技型企业分别超过90家和870家。', [['90', '家', 'gt', '2027'], ['870', '家', 'gt', '2027']]],
    // 至少 opens the verb phrase, not only the figure
    ['到2025年，每个乡镇至少办1所公办中心幼儿园。', [['1', '所', 'gte', '2025']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('commitment', () => {
  it.each([
    // 实施, 推进 and 帮扶 commit to the things they count
    ['深入实施15项重大工程，加快推进300个省级重大项目建设。', [['15', '项', 'eq', null], ['300', '个', 'eq', null]]],
    ['持续开展防止返贫动态监测，精准帮扶544户监测对象。', [['544', '户', 'eq', null]]],
    // among goals, a share of a noun that the clause says reaches a state; outside them, a fact
    ['到2013年年底，全镇70%左右的村达到生态文明村标准。', [['70', '%', 'approx', '2013']]],
    ['目前已有50%的村达到文明村标准。', []],
    // 确保 commits to what it ensures, and names nothing measured
    ['确保粮食播种面积34.2万亩以上、总产量2.8亿斤以上。', [['34.2', '万亩', 'gte', null], ['2.8', '亿斤', 'gte', null]]],
    // an index's level has no unit; any other figure without one is none
    ['到2027年，全省健康发展指数达85，营商环境评价得分达到90以上。', [['85', null, 'eq', '2027'], ['90', null, 'gte', '2027']]],
    ['到2027年，建成示范区3。', []],
    // an amount per head a measure reaches is a level; paid per head, a standard
    ['到2027年，全员劳动生产率达到25万元/人以上。', [['25', '万元/人', 'gte', '2027']]],
    ['对新招用的技术人员，给予一次性补助3000元/人。', []],
    // a verb inside a cited title governs nothing after it; one before the title still does
    ['解读包括《实施清洁取暖改造，惠及群众8000余人》等6个实事方案。', []],
    ['全面完成《行动计划》确定的40个重点项目。', [['40', '个', 'eq', null]]],
    // the next item of a list of kept figures, bounded like them
    ['对地区生产总值增长5%以上、城镇调查失业率5.5%左右、居民消费价格涨幅2%左右等预期目标完成情况进行监测。',
      [['5', '%', 'gte', null], ['5.5', '%', 'approx', null], ['2', '%', 'approx', null]]],
    // a share of a noun the clause ensures is the goal; the amount inside it says which things count
    ['到2027年底前，确保50%的城市社区建成完备的社区嵌入式服务综合体。', [['50', '%', 'eq', '2027']]],
    ['力争实现20%的村集体年收入超30万元，新增年收入超50万元的经济强村5个。', [['20', '%', 'eq', null], ['5', '个', 'eq', null]]],
    ['到2020年，高速铁路将覆盖80%以上的城区常住人口100万以上的城市。', [['80', '%', 'gte', '2020']]],
    // a share of a whole among goals
    ['到2025年，接待旅游人次7300万，文化和旅游产业增加值占GDP的12%。', [['7300', '万', 'eq', '2025'], ['12', '%', 'eq', '2025']]],
    // a deadline phrase sets goals for the rest of its sentence, comma or not
    ['到2025年全省接待游客达11亿人次以上，文化和旅游总收入2.2万亿元以上。', [['11', '亿人次', 'gte', '2025'], ['2.2', '万亿元', 'gte', '2025']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });
});

describe('never targets', () => {
  it.each([
    // amounts granted, even among goals
    ['对新认定安徽工业精品企业给予20万元一次性奖补；新认定市级品牌示范企业给予10万元一次性奖补。'],
    ['到2025年，对新认定的国家级专精特新“小巨人”企业给予50万元奖励。'],
    // the number of a congress session in a goal section
    ['深入贯彻党的十九大和十九届二中、三中、四中、五中全会精神，加快建设创新型城市。'],
    // a plan's name, even when words stand between the span and 计划
    ['从2019年1月1日起，实施三年百万青年见习计划。'],
    // the document counting its own parts
    ['到2025年，明确数字设施、创新能力等四个方面十六个具体量化指标。'],
    ['着力推动6大重点行动28项具体措施。'],
    // spans that name a standard
    ['到2027年，中心城区30分钟通勤圈基本形成。'],
    // an amount bounding the noun after it
    ['到2020年，基本覆盖城镇人口在20万及以上城市及地级行政中心。'],
  ])('%s', (text) => {
    expect(targets(text, { title: '主要目标' })).toEqual([]);
  });

  it('reads a bounded share before its noun as the goal, and the span after it as its name', () => {
    expect(brief(targets('到2027年，90%以上乡镇实现15分钟上高速。'))).toEqual([['90', '%', 'gte', '2027']]);
  });

  it('takes nothing from a background section', () => {
    const blocks: TextBlock[] = [
      { path: '1', title: '规划背景', text: '一、规划背景\n', offset: 0 },
      { path: '1.1', title: '', text: '“十四五”时期，全市从失业保险基金结余中筹集2亿元，累计组织职业技能培训22.62万人次。', offset: 7 },
    ];
    expect(extractTargets(blocks)).toEqual([]);
  });
});

describe('reasons', () => {
  const reasons = (text: string) => {
    const shape = shapeOf(text);
    return scanQuantities(text).map((q) => nonTargetReason(shape, q));
  };

  it.each([
    ['党的十九届五中全会', 'ordinal'],
    ['四个方面十六个具体量化指标', 'document-part'],
    ['30分钟通勤圈', 'qualifier'],
    ['城镇人口在20万及以上城市', 'threshold'],
  ])('%s → %s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it('keeps what only looks like them', () => {
    // a span a procedure is cut to; a count of sessions held; a bounded amount ending its clause
    expect(reasons('审批时限压缩至5个工作日办结')).toEqual([null]);
    expect(reasons('连续举办三届')).toEqual([null]);
    expect(reasons('粮食产量稳定在500亿斤以上，')).toEqual([null]);
  });
});

describe('quotations', () => {
  it('reads reported speech as running text, names in it still as names', () => {
    const text = '毛健介绍：“到2020年全国高速铁路里程达到3万公里以上；新增沿海港口万吨级以上深水泊位约180个，建设“八纵八横”高速铁路主通道。”';
    expect(brief(targets(text))).toEqual([['3', '万公里', 'gte', '2020'], ['180', '个', 'approx', '2020']]);
  });
});

describe('deadlines', () => {
  it.each([
    // a span that names goals, or opens a sentence of them
    ['明确2021至2025年的具体目标为：组织实施政府补贴性职业技能培训7500万人次以上。', [['7500', '万人次', 'gte', '2025']]],
    ['2023—2025年，全市累计新增城镇就业5万人以上。', [['5', '万人', 'gte', '2025']]],
    // the later year of a change from an earlier one
    ['信息通信基础设施累计投资将由2020年的2.5万亿元增长至2025年的3.7万亿元。', [['3.7', '万亿元', 'eq', '2025']]],
    // a clause that only introduces the goals does not stop a lead-in
    ['根据《行动方案》，到2025年，青海推出50条生态旅游精品线路。旅游总收入800亿元。', [['50', '条', 'eq', '2025'], ['800', '亿元', 'eq', '2025']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('keeps a span that only dates a measure a date', () => {
    expect(targets('政策期限为2023年至2025年，建设50个示范点。').map((t) => t.deadline)).toEqual([null]);
  });

  it('reads a bare year after the document\'s own as a lead-in', () => {
    const text = '2007年，全市学前三年幼儿入园率达到96%以上。\n';
    const dated: TextBlock[] = [
      { path: '1', title: '', text, offset: 0 },
      { path: '2', title: '', text: '二、其他\n杭州市人民政府\n二〇〇五年二月一日\n', offset: text.length },
    ];
    expect(brief(extractTargets(dated))).toEqual([['96', '%', 'gte', '2007']]);
    // undated, the year may as well report a past fact
    expect(brief(targets(text))).toEqual([['96', '%', 'gte', null]]);
  });

  it('names the measure after 确保, not the verb', () => {
    expect(targets('确保粮食播种面积34.2万亩以上。').map((t) => t.metric)).toEqual(['粮食播种面积']);
  });

  it('reads a goal label closed by an ASCII colon as one closed by a full-width one', () => {
    for (const label of ['主要预期目标为:', '主要预期目标为：']) {
      expect(brief(targets(`${label}全县农业增加值增速3%以上。`))).toEqual([['3', '%', 'gte', null]]);
    }
    // without a label, a figure with no verb and no goal around it is none
    expect(brief(targets('全县农业增加值增速3%以上。'))).toEqual([]);
  });

  it('dates a document with no date line by the year of its number', () => {
    const text = '2027年，全市常住人口超500万人，城市首位度30%以上。\n';
    const numbered = (docNumber: string) => brief(extractTargets([{ path: '1', title: '', text, offset: 0 }], { docNumber }));
    // issued in 2024: the year opening the paragraph leads in goals, which the figures are
    expect(numbered('某政办〔2024〕12号')).toEqual([['500', '万人', 'gt', '2027'], ['30', '%', 'gte', '2027']]);
    expect(numbered('某政发[2024]3号')).toEqual([['500', '万人', 'gt', '2027'], ['30', '%', 'gte', '2027']]);
    // issued after it: the year reports what was, so nothing is a goal
    expect(numbered('某政办〔2029〕12号')).toEqual([]);
    // a number with no year in it dates nothing
    expect(numbered('某政办12号')).toEqual([]);
  });

  it('dates a document by a date line in Chinese digits', () => {
    expect(documentYear(['杭州市人民政府\n二〇〇五年二月一日\n'])).toBe(2005);
    expect(documentYear(['二〇二三年十二月三十一日'])).toBe(2023);
  });
});

describe('second probe round', () => {
  it.each([
    // life expectancy is a level in years of age, not an age threshold
    ['到2030年，人均预期寿命提高到80岁。', [['80', '岁', 'eq', '2030']]],
    ['人均预期寿命由74.5岁增加1岁。', [['1', '岁', 'eq', null]]],
    // a span that is itself the measure, closing a list with 等
    ['劳动年龄人口平均受教育年限达到10.5年等。', [['10.5', '年', 'eq', null]]],
    // 新创 and 新（改、扩）建 make what they count
    ['新创省级标准化学校30所，新（改、扩）建幼儿园70所。', [['30', '所', 'eq', null], ['70', '所', 'eq', null]]],
    // a clause with no verb of its own continues the list of the clause before
    ['城镇新增就业9.5万人，失业人员再就业1.3万人。', [['9.5', '万人', 'eq', null], ['1.3', '万人', 'eq', null]]],
    ['5年内形成万亿级产业3个，冶金、化工等2个五千亿级产业链、10个千亿级产业链。', [['3', '个', 'eq', null], ['2', '个', 'eq', null], ['10', '个', 'eq', null]]],
    // 分别 distributes over a comparison with a base year
    ['到2020年，二氧化硫和氮氧化物排放总量分别比2015年下降15%以上。', [['15', '%', 'gte', '2020'], ['15', '%', 'gte', '2020']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('reads 增加值 as value added, not the verb 增加', () => {
    expect(targets('全省完成工业增加值175亿元。').map((t) => t.metric)).toEqual(['全省工业增加值']);
  });

  it('does not continue a list into a clause about terms', () => {
    expect(brief(targets('新建幼儿园10所，每所补助50万元。'))).toEqual([['10', '所', 'eq', null]]);
  });

  it('reads the count of the items a sentence announces as the document\'s own parts', () => {
    const text = '2024年我市实施47项民生实事，具体安排如下。';
    const q = scanQuantities(text).find((x) => x.unit === '项')!;
    expect(nonTargetReason(shapeOf(text), q)).toBe('document-part');
    expect(targets(text)).toEqual([]);
  });

  it('reads a sentence opened by a base year of the goals as facts', () => {
    const text = '2015年，常住人口城镇化率达到48.7%；实现地区生产总值14.5万亿元。到2020年，森林覆盖率比2015年提高2个百分点，城镇化率达到55%。';
    expect(brief(targets(text))).toEqual([['2', '个百分点', 'eq', '2020'], ['55', '%', 'eq', '2020']]);
    // without a goal measured from 2015 the year may as well open goals
    expect(brief(targets('2015年，常住人口城镇化率达到48.7%。'))).toEqual([['48.7', '%', 'eq', null]]);
  });
});
