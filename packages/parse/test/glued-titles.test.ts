/**
 * Heading titles a page ran into their paragraph (glued-title.ts, and the outline's judgement of a
 * scheme in tree.ts): the title is the noun phrase before the sentence. Made-up lines in the style
 * of a county's 实施方案 as 范文 sites and document viewers flatten them. Each near miss stands in a
 * document whose other titles are glued, so that only the rule under test keeps it whole.
 */
import { parsePolicy } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { expectValidTree } from '../../../test/support/tree-invariants.js';
import { sections } from '../../../test/support/sections.js';

const titles = (text: string) => {
  const { tree } = parsePolicy(text, {});
  expectValidTree(tree, text);
  return sections(tree).map((s) => `${s.marker}${s.title}`);
};
const plan = (...lines: string[]) => ['某县农村人居环境整治工作方案', ...lines].join('\n');
/** Two titles glued as a flattened page sets them: the scheme is one whose titles were run in. */
const GLUED = ['一、指导思想以新发展理念为引领，统筹推进全县村庄清洁行动，持续改善农村人居环境。', '二、工作目标到2026年，全县行政村生活垃圾收运处置体系覆盖率达到100%。'];

describe('a noun-phrase title run into a sentence', () => {
  it('ends before a preposition, a time, a subject, a unit, a verb of setting up or an adverb', () => {
    expect(titles(plan(
      ...GLUED,
      '三、整治范围全县所有行政村及自然村，重点是集镇周边和交通沿线村庄。',
      '四、职责分工县农业农村局负责统筹协调，县住房城乡建设局负责农房风貌管控。',
      '五、组织领导成立县农村人居环境整治工作领导小组，由县长任组长。',
      '六、工作要求进一步压实乡镇属地责任，确保各项任务按时保质完成。',
    ))).toEqual(['一、指导思想', '二、工作目标', '三、整治范围', '四、职责分工', '五、组织领导', '六、工作要求']);
  });

  it('reads a title closed by its second head noun ("目标及步骤"), a space left at the break, a year in words', () => {
    expect(titles(plan(
      '一、目标及步骤全县共有28个行政村，分三批完成改厕任务，每批不少于9个村。',
      '二、总体思路 以乡村振兴为总抓手，坚持因地制宜、分类施策，稳步推进。',
      '三、实施时间到二〇二六年底，全县基本完成农村人居环境整治提升任务。',
    ))).toEqual(['一、目标及步骤', '二、总体思路', '三、实施时间']);
  });

  it('near misses, each after glued titles: a title that opens as a sentence, a short title, a head noun inside a longer word, a predicate of the noun', () => {
    // The last heading's title, where three titles before it in its scheme were run in: only the
    // rule under test keeps it whole.
    const last = (line: string) => titles(plan(...GLUED, '三、整治范围全县所有行政村及自然村，重点是集镇周边和交通沿线村庄。', `四、${line}`)).at(-1);
    expect(last('围绕目标任务全面推进整治工作落实，确保各项任务取得实效并形成长效机制。')).toBe('四、围绕目标任务全面推进整治工作落实，确保各项任务取得实效并形成长效机制');
    expect(last('确保工作目标全面完成')).toBe('四、确保工作目标全面完成');
    expect(last('工作原则上由乡镇组织实施，县直部门加强业务指导和督促检查工作。')).toBe('四、工作原则上由乡镇组织实施，县直部门加强业务指导和督促检查工作');
    expect(last('实施目的在于全面提升农村人居环境质量，让群众过上更好的生活。')).toBe('四、实施目的在于全面提升农村人居环境质量，让群众过上更好的生活');
    expect(last('补助标准以每户每年1000元为上限，由县财政统筹安排资金予以保障。')).toBe('四、补助标准以每户每年1000元为上限，由县财政统筹安排资金予以保障');
    expect(last('考核时间在2026年底前完成，考核结果纳入乡镇年度综合考核。')).toBe('四、考核时间在2026年底前完成，考核结果纳入乡镇年度综合考核');
    expect(last('派位程序为网上报名的所有幼儿分别赋予一个随机号码，由系统自动生成。')).toBe('四、派位程序为网上报名的所有幼儿分别赋予一个随机号码，由系统自动生成');
    expect(last('主要职责：负责本辖区村庄清洁行动的组织实施，统筹村级保洁队伍建设。')).toBe('四、主要职责：负责本辖区村庄清洁行动的组织实施，统筹村级保洁队伍建设');
  });

  it('a run-in title closed by 。 is read as before', () => {
    expect(titles(plan('（一）总体目标。到2026年，全县农村卫生厕所普及率达到90%以上。'))).toEqual(['（一）总体目标']);
  });
});

describe('the outline judges each scheme', () => {
  it('items that are sentences keep their subject, one glued-looking among them too', () => {
    expect(titles(plan(
      '一、总体要求',
      '（一）服务机构按照服务方案为服务对象提供上门服务，超出服务方案的费用由服务对象自行支付。',
      '（二）评估机构应当在合同期限内完成评估，评估结果向社会公开。',
      '（三）工作目标以村庄清洁为重点，统筹推进农村垃圾、污水和厕所一体治理。',
    ))).toEqual([
      '一、总体要求',
      '（一）服务机构按照服务方案为服务对象提供上门服务，超出服务方案的费用由服务对象自行支付',
      '（二）评估机构应当在合同期限内完成评估，评估结果向社会公开',
      '（三）工作目标以村庄清洁为重点，统筹推进农村垃圾、污水和厕所一体治理',
    ]);
  });

  it('one glued-looking title among short ones on their own lines is a sentence', () => {
    expect(titles(plan(
      '一、加强组织领导',
      '二、强化资金保障',
      '三、党政主要领导切实履行第一责任人职责，亲自研究部署整治工作。',
    ))).toEqual(['一、加强组织领导', '二、强化资金保障', '三、党政主要领导切实履行第一责任人职责，亲自研究部署整治工作']);
  });

  it('one glued title on a line that holds the next heading too is cut: the page lost its breaks there', () => {
    expect(titles(plan(
      '一、加强组织领导',
      '二、工作机制县政府成立整治工作专班，统筹推进整治工作。三、保障措施各乡镇要将整治经费纳入年度预算，确保工作顺利开展。',
    ))).toEqual(['一、加强组织领导', '二、工作机制', '三、保障措施']);
  });

  it('a rule\'s articles have no run-in title', () => {
    expect(titles(['某县农村改厕补助资金管理办法', '第一条 补助对象在本县居住满一年的农户，可以申请补助资金。', '第二条 补助标准以县财政局核定的数额为准，按年度拨付到户。'].join('\n')))
      .toEqual(['第一条补助对象在本县居住满一年的农户，可以申请补助资金', '第二条补助标准以县财政局核定的数额为准，按年度拨付到户']);
  });
});

describe('a first item run into such a title', () => {
  it('"（一）" heads the first item, whose own title is run into its text too; the second may open its line', () => {
    expect(titles(plan(
      '三、保障措施（一）组织保障各乡镇要高度重视，切实加强对整治工作的领导。',
      '（二）经费保障县财政局要将工作经费纳入年度预算，确保工作顺利开展。',
    ))).toEqual(['三、保障措施', '（一）组织保障', '（二）经费保障']);
  });

  it('"1." run into the title of a heading that itself stands inside a flattened line heads item 1', () => {
    expect(titles(plan('一、工作目标全面改善城乡环境面貌，营造舒心美好的节日氛围。二、基本原则1.街镇主体，部门参与。各镇为整治工作的责任主体。2.典型带动，全面推进。集中开展整治行动。')))
      .toEqual(['一、工作目标', '二、基本原则', '1.街镇主体，部门参与', '2.典型带动，全面推进']);
  });

  it('near misses: a figure after the point, a second item, an item cited in a sentence', () => {
    expect(titles(plan(
      '一、全县改厕任务1.5万户，年底前全部完成。',
      '二、推进第1、第2批村庄整治，确保按期验收。',
      '三、严格落实《办法》规定的（一）至（三）项要求，确保资金安全。',
    ))).toEqual([
      '一、全县改厕任务1.5万户，年底前全部完成',
      '二、推进第1、第2批村庄整治，确保按期验收',
      '三、严格落实《办法》规定的（一）至（三）项要求，确保资金安全',
    ]);
  });
});
