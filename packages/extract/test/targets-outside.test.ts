/**
 * Targets outside goal sections (no year, a verb after the count, relative deadlines, text extracted
 * from PDF) and the non-targets that 办法, registers and plans are full of (subsidy standards,
 * eligibility thresholds, slogans, counts of a list, procedural limits, project rows). Every phrase
 * is made up in the style of such documents.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { shapeOf } from '../src/targets/clauses.js';
import { scanQuantities } from '../src/targets/figures.js';
import { foldText } from '../src/targets/fold.js';
import { wrapWidth } from './support/wrap.js';
import { extractTargets, type TargetDraft, type TextBlock } from '../src/targets/index.js';
import { nonTargetReason } from '../src/targets/nontargets.js';

function targets(text: string, { title = '', path = '1', documentYear = null as string | null } = {}): TargetDraft[] {
  return extractTargets([{ path, title, text, offset: 0 }], { documentYear });
}

/** [figure, unit, comparator, deadline] of each target. */
function brief(list: TargetDraft[]): [string, string | null, string, string | null][] {
  return list.map((t) => [t.comparator === 'range' ? `${t.min}~${t.max}` : String(t.value), t.unit, t.comparator, t.deadline]);
}

const reasons = (text: string) => {
  const shape = shapeOf(text);
  return scanQuantities(text).map((q) => nonTargetReason(shape, q));
};

describe('commitments with no year', () => {
  it.each([
    ['推进城乡供水一体化，农村自来水普及率达到95%以上。', [['95', '%', 'gte', null]]],
    // a charge cut to a ceiling is a goal, though charges are terms elsewhere
    ['降低小微企业融资成本，新发放普惠贷款综合费率降至1.5%以下。', [['1.5', '%', 'lte', null]]],
    // one per place
    ['推进街道综合养老服务中心建设，每个街道建成一个。', [['1', '个', 'eq', null]]],
    ['每县至少建设1所特殊教育学校。', [['1', '所', 'gte', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it('reads 一个 before a noun or a name as an article', () => {
    expect(targets('打造一个“智慧社区”示范品牌，建立一个协调机制。')).toEqual([]);
  });

  it('keeps a charge raised for a benefit a term', () => {
    expect(targets('企业研发费用加计扣除比例提高至100%。')).toEqual([]);
  });
});

describe('a verb after the count', () => {
  it.each([
    ['加快综合交通网络建设，年内4条高速公路提前建成通车。', [['4', '条', 'eq', null]]],
    ['实施老旧小区改造，2个片区全面竣工。', [['2', '个', 'eq', null]]],
    ['两座污水处理厂如期投产。', [['2', '座', 'eq', null]]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text))).toEqual(expected);
  });

  it.each([
    // the completion only times something else, or is a fact
    ['3个项目建成后，由区财政给予运营补助。'],
    ['5座水厂已建成投用。'],
    ['对12家建成投产的企业开展评估。'],
  ])('not in %s', (text) => {
    expect(targets(text)).toEqual([]);
  });
});

describe('relative deadlines', () => {
  it.each([
    // within N years of the year the document is dated
    ['三年内，全市二级以上医院全部建成胸痛中心，建成区域医疗中心5个。', [['5', '个', 'eq', '2025']]],
    // a campaign of N years that starts in that year
    ['力争用3年时间，培育省级专精特新企业200家以上。', [['200', '家', 'gte', '2024']]],
    ['经过两年努力，全区污水收集率达到85%。', [['85', '%', 'eq', '2023']]],
    // the years ahead, the year it is dated the first of them, whether or not 内 closes them
    ['实施招商引资行动，带动未来五年制造业投资1000亿元以上。', [['1000', '亿元', 'gte', '2026']]],
    ['力争未来三年内新建公园30个。', [['30', '个', 'eq', '2024']]],
    // a campaign whose first year is written: that year and the two after it
    ['从2021年开始，用3年时间新建公园30个。', [['30', '个', 'eq', '2023']]],
    // a span opening the item, right after its marker
    ['（一）5年内重点引进领军人才50名。', [['50', '名', 'eq', '2027']]],
  ])('%s', (text, expected) => {
    expect(brief(targets(text, { documentYear: '2022' }))).toEqual(expected);
  });

  it('resolves nothing without the year of the document', () => {
    expect(brief(targets('力争用3年时间，培育省级专精特新企业200家以上。'))).toEqual([['200', '家', 'gte', null]]);
  });

  it('reads the year of a date line when the caller does not give one', () => {
    const blocks: TextBlock[] = [
      { path: '1', title: '', text: '一、力争用3年时间，培育省级专精特新企业200家以上。\n', offset: 0 },
      { path: '2', title: '', text: '二、其他\n某市人民政府\n2021年3月8日\n', offset: 28 },
    ];
    expect(brief(extractTargets(blocks))).toEqual([['200', '家', 'gte', '2023']]);
  });

  it('counts spans from the year the title plans for when the document is not dated', () => {
    const blocks: TextBlock[] = [{ path: '1', title: '', text: '一、每年新建公园10个，带动未来五年生态投资100亿元以上。\n', offset: 0 }];
    expect(brief(extractTargets(blocks, { title: '某市政府工作报告重点工作责任分解（2023年）' }))).toEqual([['10', '个', 'eq', '2023'], ['100', '亿元', 'gte', '2027']]);
  });

  it('takes no programme from a term of a measure inside a sentence', () => {
    const blocks: TextBlock[] = [
      { path: '1', title: '', text: '一、新办企业自2025年起3年内免征房产税。\n', offset: 0 },
      { path: '2', title: '', text: '二、力争三年内培育企业100家。\n', offset: 22 },
    ];
    expect(brief(extractTargets(blocks, { documentYear: '2022' }))).toEqual([['100', '家', 'eq', '2025']]);
  });

  it('reads a span that opens a clause committing to make something', () => {
    expect(brief(targets('加快人才集聚，3年内重点引进领军人才50名。', { documentYear: '2022' }))).toEqual([['50', '名', 'eq', '2025']]);
  });

  it('counts a span from the start year written before it, its first year, and the document\'s other spans as that one', () => {
    const blocks: TextBlock[] = [
      { path: '1', title: '', text: '一、总体目标。2020年起5年内，全市引进高层次人才2000名左右。\n', offset: 0 },
      { path: '2', title: '', text: '二、人才培养。5年内重点培养青年拔尖人才100名。\n', offset: 36 },
      { path: '3', title: '', text: '三、某市人民政府\n2019年12月8日\n', offset: 66 },
    ];
    expect(brief(extractTargets(blocks))).toEqual([['2000', '名', 'approx', '2024'], ['100', '名', 'eq', '2024']]);
  });

  it.each([
    // "N年内" bounding a rule, a condition, or looking back sets no deadline
    ['1年内累计积分不超过5分。'],
    ['1年内计分不超过2分，单项累计最高不超过10分。'],
    // a marker-shaped bracket in the middle of a line (spaces before it) opens no clause
    ['推进人才工作            （一）5年内重点引进领军人才50名。'],
    ['服务机构一年内开展上门服务达到500人次的，再增加补贴3万元。'],
    ['近3年内，全区累计建成公园20个。'],
    ['过去五年，全区累计建成公园20个。'],
  ])('reads no horizon in %s', (text) => {
    expect(targets(text, { documentYear: '2022' }).map((t) => t.deadline).filter((d) => d !== null)).toEqual([]);
  });

  it('leaves a procedural time limit a non-target', () => {
    expect(targets('受理后10个工作日内办结，3年内不得再次申请。', { documentYear: '2022' })).toEqual([]);
  });
});

describe('text extracted from PDF', () => {
  /** A plan typeset 24 characters a line, as a PDF extraction leaves it, with a page number between pages. */
  const line = '推进生态保护修复工作取得实效，持续改善区域生态环境质量。';
  const filler = Array.from({ length: 24 }, () => `${line.slice(0, 24)}\n`).join('');
  const plan = [
    '到 2025 年，全区森林覆盖率达到 45%以上，湿地保护率达',
    '到 60%，受污染耕地安全利用率不低于 93 %。到 2035 年，',
    '全区公园绿地面积提高到 1200 万平方米以上，生态清洁小流',
    '域和河湖水系综合治理，小流域治理率达到 95%以',
    '上。',
    '',
  ].join('\n');

  it('reads figures spaced and wrapped at the line width', () => {
    const blocks: TextBlock[] = [
      { path: '1', title: '', text: filler, offset: 0 },
      { path: '2', title: '', text: plan, offset: filler.length },
    ];
    const found = extractTargets(blocks);
    expect(brief(found)).toEqual([
      ['45', '%', 'gte', '2025'],
      ['60', '%', 'eq', '2025'],
      ['93', '%', 'gte', '2025'],
      ['1200', '万平方米', 'gte', '2035'],
      ['95', '%', 'gte', '2035'],
    ]);
    // positions stay on the text as written
    const last = found[found.length - 1]!;
    expect(plan.slice(last.start - filler.length, last.end - filler.length)).toBe('95%以\n上');
  });

  it('joins the halves of a sentence across a page number', () => {
    const width = 48;
    const folded = foldText('工作取得实效，持续改善区域生态环境质量，细分为矿山修\n9  \n  \n复、农田修复。', width);
    expect(folded.text).toBe('工作取得实效，持续改善区域生态环境质量，细分为矿山修复、农田修复。');
    expect(folded.sourceAt(folded.text.indexOf('复、'))).toBe('工作取得实效，持续改善区域生态环境质量，细分为矿山修\n9  \n  \n'.length);
  });

  it('finds no wrap width in a text written a paragraph a line', () => {
    const paragraphs = Array.from({ length: 30 }, (_, k) => '加快建设现代产业体系，'.repeat(1 + (k % 7)) + '推动高质量发展。');
    expect(wrapWidth([paragraphs.join('\n')])).toBeNull();
    // short lines of a table are kept as they are
    expect(foldText('指标名称\n2025年目标\n', null).text).toBe('指标名称\n2025年目标\n');
  });

  it('keeps the space between two figures', () => {
    expect(foldText('85 90', null).text).toBe('85 90');
    expect(foldText('达到 90 %', null).text).toBe('达到90%');
  });
});

describe('never targets in 办法', () => {
  it.each([
    // eligibility thresholds and the benefit they earn
    ['对当年新增投资500万元以上的，给予一次性奖励。'],
    ['服务组织一年内开展上门服务达到800人次（每次不少于40分钟），且配备专职护理人员的，给予一次性补贴10万元。'],
    // subsidy standards
    ['符合条件的困难老年人，每月发放护理补贴300元。'],
    ['对新录用的社区工作者，按每人每年3000元标准补助。'],
    ['每人每月扣除额度不能超过每月1500元。'],
    ['一级、二级、三级服务站点分别增加30万元、20万元、10万元运营经费。'],
    // slogans and fixed phrases
    ['深化“放管服”改革，推行最多跑一次，统筹推进五位一体总体布局。'],
    ['再增加一次性建设补贴。'],
    // counts of a list just enumerated, or announced
    ['按功能细分为水源涵养、水土保持、防风固沙、生物多样性维护、城市绿地五种修复类型。'],
    ['选择东城、西城、朝阳、海淀和丰台、石景山6个区开展试点。'],
    ['扶持对象分为以下4类：'],
    ['申报材料主要包括三类：'],
    // procedural time limits
    ['收到申请后10个工作日内完成审核，紧急事项30分钟内响应。'],
  ])('%s', (text) => {
    expect(targets(text)).toEqual([]);
  });

  it.each([
    ['五位一体', 'set-phrase'],
    ['一次性补贴', 'set-phrase'],
    ['每月1000元', 'standard'],
    ['按2000元标准补助', 'standard'],
    ['东城、西城、朝阳和海淀4个区', 'list-count'],
    ['以下5类', 'list-count'],
  ])('%s → %s', (text, reason) => {
    expect(reasons(text)).toContain(reason);
  });

  it('keeps counts that only look like them', () => {
    // a verb of its own after the list; a second numeral that counts; a list of two a goal may make
    expect(brief(targets('高新区、经开区、临空区新增规上企业3家。'))).toEqual([['3', '家', 'eq', null]]);
    expect(reasons('建设两个十万亩基地')).toEqual([null, null]);
    expect(brief(targets('形成千亿级产业2个，装备、材料等2个产业链。'))).toEqual([['2', '个', 'eq', null], ['2', '个', 'eq', null]]);
  });
});

describe('project registers', () => {
  it('takes nothing from the rows of a register titled as one', () => {
    const blocks: TextBlock[] = [
      { path: '6', title: '重点水利项目汇总表', text: '附件2\n重点水利项目汇总表\n', offset: 0 },
      { path: '6.1', title: '城区排涝工程', text: '1\n城区排涝工程\n新建泵站2座，改造管网12公里\n3.5\n', offset: 20 },
    ];
    expect(extractTargets(blocks)).toEqual([]);
  });

  it('takes nothing after a register header, and keeps the goals before it', () => {
    const text = '到2025年，全市新建泵站10座。\n序号\n项目名称\n建设内容及规模\n总投资（亿元）\n1\n城东排涝工程\n新建泵站2座，改造管网12公里\n3.5\n';
    expect(brief(targets(text))).toEqual([['10', '座', 'eq', '2025']]);
  });

  it('reads a register written a row a line', () => {
    const text = '| 序号 | 项目名称 | 建设内容及规模 | 总投资（亿元） |\n| 1 | 城东排涝工程 | 新建泵站2座，改造管网12公里 | 3.5 |\n';
    expect(targets(text)).toEqual([]);
  });

  it('does not take running text that names the columns for a header', () => {
    expect(brief(targets('明确建设内容、投资规模和进度安排，新建泵站10座。'))).toEqual([['10', '座', 'eq', null]]);
  });

  it('reads a task about a register as a task', () => {
    expect(brief(targets('建立重大项目清单，每年滚动实施100个项目。', { title: '建立重大项目清单' }))).toEqual([['100', '个', 'eq', null]]);
  });
});

describe('scoring tables', () => {
  it('does not read an indicator table that scores as goals', () => {
    expect(targets('合法稳定住所，每满1年计5分，最高不超过20分。本科学历30分。', { title: '积分指标体系及分值表' })).toEqual([]);
  });
});

describe('indents', () => {
  it('reads a lead-in after a typographic indent (U+2003) as a lead-in', () => {
    const text = '\u2003\u2003到2027年，实现关键技术重要突破。研制新产品3—5种，培育领军企业5家以上。\n';
    expect(brief(targets(text))).toEqual([['3~5', '种', 'range', '2027'], ['5', '家', 'gte', '2027']]);
  });
});

describe('indicator tables', () => {
  // A 主要指标表 in an attachment, written a row per line: 2025年目标 is the goal column, the
  // unit stands in a column of its own, the base-year column holds present values.
  const plan = [
    '某市“十四五”发展规划',
    '一、主要指标',
    '附件',
    '主要指标表',
    '序号\t指标名称\t单位\t2020年（基期）\t2025年目标\t属性',
    '1\t森林覆盖率\t%\t40\t45以上\t约束性',
    '2\t新建城市公园\t个\t20\t35\t预期性',
    '3\t粮食产量\t万吨\t50\t55万吨\t约束性',
    '',
  ].join('\n');
  const { registry } = compile({ path: 'plan.txt', value: plan });

  it('reads the goal column of each numbered row, due in the column year, at the row', () => {
    expect(registry.targets.map((t) => [t.path, t.value, t.unit, t.comparator, t.deadline])).toEqual([
      ['2.1', 45, '%', 'gte', '2025'],
      ['2.2', 35, '个', 'eq', '2025'],
      ['2.3', 55, '万吨', 'eq', '2025'],
    ]);
  });

  it('places each target inside its cell, and reads nothing from the base-year column', () => {
    for (const t of registry.targets) {
      const cell = plan.slice(t.position.start.offset, t.position.end.offset);
      expect(cell).not.toContain('\t');
      expect(['45以上', '35', '55万吨']).toContain(cell);
    }
  });
});
