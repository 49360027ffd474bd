/**
 * The heading tree: which markers are headings, how deep each one is (decided from the whole
 * document, not from a fixed table), and what each heading's title is.
 *
 * Small made-up documents in the style of the corpus show one behaviour each; the real corpus
 * documents pin the same behaviour where they have it (corpus.test.ts compares every corpus
 * document's headings with its gold annotation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy, toText, type Heading } from '@policyc/parse';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/support/corpus.js';
import { sections } from '../../../test/support/sections.js';


/** (path, marker, title) of every heading, in document order. */
const outline = (text: string, markdown = false) => sections(parsePolicy(text, { markdown }).tree).map((s) => [s.path, s.marker, s.title]);
const corpusText = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

describe('depth is decided from the document, not from the marker', () => {
  it('GB/T 9704 levels 一、 （一） 1． （1） nest in that order', () => {
    const text = [
      '某市关于加强某项工作的意见',
      '一、总体要求',
      '（一）指导思想。坚持稳中求进。',
      '1．坚持问题导向。',
      '（1）聚焦重点领域。',
      '（2）聚焦薄弱环节。',
      '2．坚持统筹推进。',
      '（二）主要目标。',
      '二、重点任务',
    ].join('\n');
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.depth])).toEqual([
      ['1', '一、', 1],
      ['1.1', '（一）', 2],
      ['1.1.1', '1．', 3],
      ['1.1.1.1', '（1）', 4],
      ['1.1.1.2', '（2）', 4],
      ['1.1.2', '2．', 3],
      ['1.2', '（二）', 2],
      ['2', '二、', 1],
    ]);
  });

  it('a skipped level (一、 straight to 1．) still nests one step down: paths N.1, N.2', () => {
    const text = '某市关于加强某项工作的意见\n一、总体要求\n1．坚持问题导向。\n2．坚持统筹推进。\n二、主要任务\n1．推进重点改革。\n';
    expect(sections(parsePolicy(text).tree).map((s) => [s.path, s.marker, s.depth])).toEqual([
      ['1', '一、', 1],
      ['1.1', '1．', 2],
      ['1.2', '2．', 2],
      ['2', '二、', 1],
      ['2.1', '1．', 2],
    ]);
  });

  it('a scheme that opens the document is the top level, whatever its style (（一） alone)', () => {
    const text = '某某实施意见\n（一）总体要求。全面贯彻党的十九大精神。\n（二）主要目标。到2020年，建成体系。\n';
    expect(outline(text)).toEqual([['1', '（一）', '总体要求'], ['2', '（二）', '主要目标']]);
  });

  it('numbering that runs on across sections ((四) under 二、) is a child numbered from 1 in the path', () => {
    const text = [
      '国务院办公厅关于促进某产业健康发展的指导意见',
      '一、总体要求',
      '（一）指导思想。',
      '（二）基本原则。',
      '（三）主要目标。',
      '二、主要任务',
      '（四）加强技术创新。',
      '（五）加快质量升级。',
      '三、加强政策保障和组织实施',
      '（六）强化财政金融支持。',
    ].join('\n');
    expect(outline(text)).toEqual([
      ['1', '一、', '总体要求'],
      ['1.1', '（一）', '指导思想'],
      ['1.2', '（二）', '基本原则'],
      ['1.3', '（三）', '主要目标'],
      ['2', '二、', '主要任务'],
      ['2.1', '（四）', '加强技术创新'],
      ['2.2', '（五）', '加快质量升级'],
      ['3', '三、', '加强政策保障和组织实施'],
      ['3.1', '（六）', '强化财政金融支持'],
    ]);
    expect(parsePolicy(text).messages).toEqual([]);
  });

  it.each([
    ['national-pharma.txt', '（四）', '2.1', '加强技术创新，提高核心竞争能力'],
    ['national-pharma.txt', '（十一）', '3.1', '强化财政金融支持'],
    ['national-pharma.txt', '（十六）', '3.6', '加强产业协同监管'],
    ['sh-2021-beidou.txt', '4.', '3.2.1', '优化北斗时空智能云平台'],
    ['sh-2021-beidou.txt', '17.', '3.5.3', '发挥辐射引领的产业带动作用'],
  ])('runs on in %s: %s is at %s', (file, marker, path, title) => {
    const found = sections(parsePolicy(corpusText(file)).tree).find((s) => s.marker === marker);
    expect(found && [found.path, found.title]).toEqual([path, title]);
  });
});

describe('headings inside a line', () => {
  it('a run-in heading "（一）总体要求。全面贯彻…" has the lead sentence as its heading and title', () => {
    const text = '某省实施意见\n一、总体要求和发展原则\n（一）总体要求。全面贯彻党的十八大精神，坚持稳中求进。\n';
    const section = sections(parsePolicy(text).tree).find((s) => s.marker === '（一）')!;
    expect(section.title).toBe('总体要求');
    const heading = section.children[0] as Heading;
    expect(heading.type).toBe('heading');
    expect(toText(heading)).toBe('（一）总体要求。');
    expect(toText(section).trim()).toBe('（一）总体要求。全面贯彻党的十八大精神，坚持稳中求进。');
  });

  it('a marker glued to the end of the previous paragraph is a heading, with a heading-glued warning (qinghai-pharma)', () => {
    const text = [
      '某省实施意见',
      '各市、自治州人民政府：',
      '三、加强政策保障',
      '（三）支持创新产品推广。完善医药产品推广机制。（省发展改革委牵头，省科技厅协助（四）健全政府采购机制。按照公开透明的原则，完善采购。',
      '（五）加快人才队伍建设。',
    ].join('\n');
    const { tree, messages } = parsePolicy(text);
    expect(sections(tree).map((s) => [s.path, s.marker, s.title])).toEqual([
      ['1', '三、', '加强政策保障'],
      ['1.1', '（三）', '支持创新产品推广'],
      ['1.2', '（四）', '健全政府采购机制'],
      ['1.3', '（五）', '加快人才队伍建设'],
    ]);
    const at = text.indexOf('（四）');
    expect(messages.filter((m) => m.ruleId === 'heading-glued').map((m) => [m.start, m.end, m.severity])).toEqual([[at, at + 3, 'warning']]);
  });

  it('the real glued headings of qinghai-pharma are reported where they stand', () => {
    const text = corpusText('qinghai-pharma.txt');
    const glued = parsePolicy(text).messages.filter((m) => m.ruleId === 'heading-glued');
    expect(glued.map((m) => text.slice(m.start - 2, m.end))).toEqual(['协助（四）', '协助（五）']);
  });

  it('a body set as one long line is split into headings by its markers', () => {
    const text = '关于印发某方案的通知\n各部门：现印发给你们。\n某方案\n为做好工作，制定本方案。一、优化营商环境（一）推进改革。（某部牵头）具体措施：1．清理收费。2．简化程序。（二）强化监管。（某局负责）二、保障措施（三）加强组织领导。（各地区负责）';
    expect(outline(text)).toEqual([
      ['1', '一、', '优化营商环境'],
      ['1.1', '（一）', '推进改革'],
      ['1.1.1', '1．', '清理收费'],
      ['1.1.2', '2．', '简化程序'],
      ['1.2', '（二）', '强化监管'],
      ['2', '二、', '保障措施'],
      ['2.1', '（三）', '加强组织领导'],
    ]);
  });

  it('the one-line body of gov-2020-43-task-division yields its 102 headings, 5 at the top, all on one line', () => {
    const all = sections(parsePolicy(corpusText('gov-2020-43-task-division.txt')).tree);
    expect(all).toHaveLength(102);
    expect(all.filter((s) => s.depth === 1).map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(new Set(all.map((s) => s.position.start.line))).toEqual(new Set([9]));
  });

  it('"：（1）…；（2）…" inside a paragraph of a line-structured document is a list, not headings', () => {
    const text = [
      '某区幼儿园招生工作方案',
      '一、招生对象',
      '（一）入园条件',
      '符合以下情况之一则需对父母房产进行查册：（1）幼儿与父母一起和直系祖辈同住；（2）小区业主是幼儿的兄弟姐妹；（3）其他情形。',
      '（二）招生程序',
      '（1）现场导入所有幼儿基本信息。',
      '（2）派位程序为所有幼儿赋予随机号码。',
    ].join('\n');
    expect(outline(text)).toEqual([
      ['1', '一、', '招生对象'],
      ['1.1', '（一）', '入园条件'],
      ['1.2', '（二）', '招生程序'],
      ['1.2.1', '（1）', '现场导入所有幼儿基本信息'],
      ['1.2.2', '（2）', '派位程序为所有幼儿赋予随机号码'],
    ]);
  });

  it('in tianhe-2026-kindergarten, only the three （1）–（3） that open lines are headings', () => {
    const found = sections(parsePolicy(corpusText('tianhe-2026-kindergarten.txt')).tree).filter((s) => s.style === 'arabic-paren');
    expect(found.map((s) => [s.path, s.position.start.line])).toEqual([['4.3.2.1', 34], ['4.3.2.2', 35], ['4.3.2.3', 36]]);
  });
});

describe('what is not a heading, and what is reported', () => {
  it('a numbered list after "附件：" names attachments, it opens no sections', () => {
    const text = '某市关于某工作的通知\n各区人民政府：\n一、总体要求\n二、工作任务\n附件：\n1．某某工作清单\n2．某某单位名单\n某市人民政府\n2024年3月4日\n';
    expect(outline(text)).toEqual([['1', '一、', '总体要求'], ['2', '二、', '工作任务']]);
  });

  it('the attachments of gz-2024-5-housing ("附件：" then １．２．３．) are not sections', () => {
    const text = corpusText('gz-2024-5-housing.txt');
    const attachments = text.indexOf('附件：');
    expect(attachments).toBeGreaterThan(0);
    const all = sections(parsePolicy(text).tree);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => s.position.start.offset! > attachments)).toEqual([]);
  });

  it('a heading number that skips （一）→（三） is kept and reported as heading-sequence', () => {
    const text = '某市关于某工作的通知\n一、总体要求\n（一）指导思想。\n（三）基本原则。\n二、工作任务\n';
    const { tree, messages } = parsePolicy(text);
    expect(sections(tree).map((s) => [s.path, s.marker, s.ordinal])).toEqual([
      ['1', '一、', 1], ['1.1', '（一）', 1], ['1.2', '（三）', 3], ['2', '二、', 2],
    ]);
    const at = text.indexOf('（三）');
    expect(messages.map((m) => [m.ruleId, m.start, m.end])).toEqual([['heading-sequence', at, at + 3]]);
    expect(messages[0]!.reason).toMatch(/skips/u);
  });

  it('headings in sequence give no message', () => {
    const text = '某市关于某工作的通知\n一、总体要求\n（一）指导思想。\n（二）基本原则。\n二、工作任务\n';
    expect(parsePolicy(text).messages).toEqual([]);
  });
});

describe('titles', () => {
  it.each([
    ['（一）指导思想。全面贯彻党的十九大精神。', '指导思想'],
    ['1.统筹规划，协调推进。服务国家北斗战略。', '统筹规划，协调推进'],
    ['一、总体要求：', '总体要求'],
    ['（二）加强组织领导；', '加强组织领导'],
    ['一、主要任务', '主要任务'],
    ['（二）主要目标：到2020年，建成体系', '主要目标：到2020年，建成体系'],
    ['七、本通知自2024年3月4日起施行，有效期5年。', '本通知自2024年3月4日起施行，有效期5年'],
  ])('%s → %s', (line, title) => {
    const text = `某市关于某工作的通知\n各区人民政府：\n${line}\n正文内容。\n`;
    expect(sections(parsePolicy(text).tree).map((s) => s.title)).toEqual([title]);
  });

  it('a Markdown heading line keeps its markup out of the title', () => {
    const text = '# 某市关于推进某项工作的若干意见\n\n　**一、提升科技服务供给质量**\n\n**（一）推动科技创新资源开放**\n\n优化运营管理。\n';
    expect(outline(text, true)).toEqual([['1', '一、', '提升科技服务供给质量'], ['1.1', '（一）', '推动科技创新资源开放']]);
  });
});

// Every corpus document's headings are compared with its gold annotation in corpus.test.ts (a ratchet).

describe('an excerpt that opens in the middle of a list', () => {
  it('items numbered from 32 on are headings when each goes on to the next; 四、 after them outranks them', () => {
    const text = [
      '32、推进垃圾分类收集。(责任单位:市城市管理局)',
      '33、推进交通通畅工程。(责任单位:市交通运输局)',
      '四、创新社区服务管理机制',
      '34、建立社区资源共享机制。(责任单位:市教育局)',
      '35、开展和谐社区创建。(责任单位:市民政局)',
    ].join('\n');
    expect(outline(text)).toEqual([
      ['1', '32、', '推进垃圾分类收集'], ['2', '33、', '推进交通通畅工程'], ['3', '四、', '创新社区服务管理机制'],
      ['3.1', '34、', '建立社区资源共享机制'], ['3.2', '35、', '开展和谐社区创建'],
    ]);
  });

  it('an item past 1 whose line leads into items of another scheme from 1 is a heading over them', () => {
    const text = '2.成员单位职责:\n(1)市气象局:负责发布预警信息。\n(2)市教育局:负责组织学生转移。\n';
    expect(outline(text)).toEqual([['1', '2.', '成员单位职责'], ['1.1', '(1)', '市气象局:负责发布预警信息'], ['1.2', '(2)', '市教育局:负责组织学生转移']]);
  });

  it('near miss: a lone number past 1 that no next number follows is no heading', () => {
    expect(outline('某市关于某工作的通知\n各区：\n32、推进垃圾分类收集。\n请认真落实。\n')).toEqual([]);
  });
});
