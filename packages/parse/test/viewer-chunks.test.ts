/**
 * Text copied from a document-sharing site's viewer: numbered chunks of a fixed size, a title run
 * into the preamble, an attachment's label glued to its text. Made-up excerpts in that style.
 */
import { describe, expect, it } from 'vitest';
import { compile } from 'policyc';
import { parsePolicy, toText } from '@policyc/parse';
import { expectValidTree } from '../../../test/support/tree-invariants.js';

const outline = (text: string) => compile({ path: 'p.txt', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

/** Cuts `text` into lines of `size` characters, each opened by the viewer's counter. */
function chunked(text: string, size: number): string {
  const lines: string[] = [];
  for (let i = 0; i * size < text.length; i++) lines.push(`${i + 1}、${text.slice(i * size, (i + 1) * size)}`);
  return lines.join('\n');
}

const PLAN = '某县农田水利设施建设行动实施方案（2024—2026年）为加快推进农村水利基础设施建设，进一步完善农田灌溉体系，提高水资源利用效率和农业灌溉保障水平，提升农业综合生产能力，结合本县实际，制定本方案。'
  + '一、总体要求以提升灌溉保障能力为目标，坚持节水优先、系统治理，统筹推进蓄水、输水、供水和管护能力建设，切实提高灌溉覆盖率和保障率，持续夯实粮食安全根基，为建设宜居宜业和美乡村打下扎实的水利基础。'
  + '二、重点任务（一）实施灌区改造。由县水利局牵头，县财政局、县农业农村局配合，完成中型灌区续建配套改造，新增高效节水灌溉面积3万亩。（二）加强工程管护。各乡镇负责落实小型水利工程管护责任，建立健全管护机制，确保工程长期发挥效益。';

describe('a viewer\'s chunk counters', () => {
  it('are markup, not headings: the title, the headings and the duties read as in the document', () => {
    const text = chunked(PLAN, 200);
    // The cut falls inside a sentence, as a viewer's does.
    expect(text.split('\n').map((l) => `${l.slice(0, 2)}…${l.slice(-1)}`)).toEqual(['1、…点', '2、…。']);
    const { registry } = compile({ path: 'p.txt', value: text });
    expect(registry.document.title).toBe('某县农田水利设施建设行动实施方案（2024—2026年）');
    expect(registry.sections.map((s) => `${s.path} ${s.marker}`)).toEqual(['1 一、', '2 二、', '2.1 （一）', '2.2 （二）']);
    expect(registry.tasks.filter((t) => t.path === '2.1').map((t) => [t.lead, t.assist])).toEqual([[['县水利局'], ['县财政局', '县农业农村局']]]);
    const { tree } = parsePolicy(text);
    expectValidTree(tree, text);
    expect(toText(tree)).not.toMatch(/^[123]、|\n[123]、/u);
  });

  it('cut a name or a figure no reader sees: the units and the targets read across the cut', () => {
    for (const cut of ['县农业农村局', '3万亩']) {
      const text = chunked(PLAN, PLAN.indexOf(cut) + 2);
      expect(text.split('\n')[0]!.endsWith(cut.slice(0, 2))).toBe(true);
      const { registry } = compile({ path: 'p.txt', value: text });
      expect(registry.tasks.find((t) => t.path === '2.1')?.assist).toEqual(['县财政局', '县农业农村局']);
      expect(registry.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['3万亩']);
      // No counter inside a name read across a cut.
      expect(registry.units.filter((u) => /[0-9]、/u.test(u.name))).toEqual([]);
    }
  });

  it('follow the page around the viewer: the file\'s name, size and a blurb come before the first chunk', () => {
    const page = ['某县农田水利设施建设行动实施方案.docx', '', '大小:61.33KB 页数:5页', '', '资源描述:', '', '《某县农田水利设施建设行动实施方案》由会员上传分享，免费在线阅读。', ''];
    const text = `${page.join('\n')}\n${chunked(PLAN, 200)}\n`;
    expect(outline(text).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '2.1 （一）', '2.2 （二）']);
    expectValidTree(parsePolicy(text).tree, text);
  });

  it('stay headings in a list whose items end their sentences, or are short, or miss a number', () => {
    const items = ['建立健全工作机制，明确各部门职责分工，定期召开联席会议研究解决重大问题，确保各项任务落到实处。', '加强资金保障，统筹各级财政资金，引导社会资本投入，形成多元化投入格局。'];
    const long = items.map((item) => item.repeat(4));
    // Sentences end each line: a list of long items.
    expect(outline(`某县关于加强某项工作的通知\n${long.map((l, k) => `${k + 1}、${l}`).join('\n')}`).map((s) => s.slice(0, 4))).toEqual(['1 1、', '2 2、']);
    // Lines cut inside a sentence, but short: a list whose items wrap.
    expect(outline(`1、${items[0]!.slice(0, 30)}\n2、${items[1]!.slice(0, 30)}`)).toHaveLength(2);
    // Long items that close on a labelled line with no full stop, of different lengths: a task list.
    const tasks = [
      `1、实施农村人居环境整治提升行动，${'统筹推进农村厕所革命、生活污水垃圾治理和村容村貌提升，'.repeat(9)}责任单位：县农业农村局牵头，县住建局、县生态环境局配合`,
      `2、加强农田水利设施建设，${'加快推进灌区续建配套与现代化改造，'.repeat(10)}责任单位：县水利局牵头，县财政局配合`,
      '3、强化要素保障。县财政局负责统筹资金。',
    ];
    expect(tasks.slice(0, 2).map((t) => t.length >= 200)).toEqual([true, true]);
    expect(outline(tasks.join('\n')).map((s) => s.slice(0, 4))).toEqual(['1 1、', '2 2、', '3 3、']);
    // A number missed (1、 then 3、): no viewer's count.
    const cut = chunked(PLAN, 200).replace('\n2、', '\n3、');
    expect(outline(cut).map((s) => s.slice(0, 4))).toContain('1 1、');
  });
});

describe('a title run into its preamble on one line', () => {
  it('ends after the genre word (and its period and status note) where the preamble opens', () => {
    const text = '某市关于促进民营经济高质量发展的若干措施实施方案（2024—2026年）（试行）为深入贯彻落实中央决策部署，激发民营经济发展活力，结合我市实际，制定本方案。一、加强要素支持（一）强化财税政策保障。落实各项税费优惠政策。';
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBe('某市关于促进民营经济高质量发展的若干措施实施方案（2024—2026年）（试行）');
    expect(outline(text)).toEqual(['1 一、 加强要素支持', '1.1 （一） 强化财税政策保障']);
  });

  it('is not cut from a sentence whose genre word 为 follows as a verb', () => {
    const text = '市政府印发的农村人居环境整治实施方案为我县开展相关工作提供了基本遵循，各乡镇要认真对照方案要求，细化工作措施，明确责任分工，确保各项任务按期完成，不断增强人民群众的获得感、幸福感。\n一、总体要求\n坚持统筹推进。';
    expect(compile({ path: 'p.txt', value: text }).registry.document.title).toBeNull();
  });
});

describe('a page that opens on an attachment\'s label glued to its text', () => {
  it('reads the label as the attached text\'s heading, its run-in headings under it, no document title', () => {
    const text = '附件1某县应急指挥部组成及工作职责当发生重大灾情时，成立县应急指挥部，下设综合协调、灾情信息等工作组。一、综合协调组由县应急管理局牵头，县水利局、县气象局参加。二、灾情信息组由县应急管理局牵头，县统计局参加。';
    const { registry } = compile({ path: 'p.txt', value: text });
    expect(registry.sections.map((s) => `${s.path} ${s.marker}`)).toEqual(['1 附件1', '1.1 一、', '1.2 二、']);
    expect(registry.tasks.map((t) => [t.path, t.lead, t.assist])).toEqual([['1.1', ['县应急管理局'], ['县水利局', '县气象局']], ['1.2', ['县应急管理局'], ['县统计局']]]);
    expect(registry.document.title).toBeNull();
  });

  it('but a sentence about an attachment, opening a text, heads nothing', () => {
    const text = '附件1所列项目由各乡镇人民政府负责组织实施，县财政局负责资金保障，县发展改革局负责统筹协调。\n一、工作要求\n（一）加强组织领导。';
    expect(outline(text)).toEqual(['1 一、 工作要求', '1.1 （一） 加强组织领导']);
  });

  it('but a notice\'s list of attachments, after its title, opens none', () => {
    const text = '某县关于印发两项制度的通知\n各乡镇：\n现将有关制度印发给你们，请遵照执行。\n附件1某县值班制度\n附件2某县报告制度\n某县人民政府\n2024年3月4日\n';
    expect(outline(text)).toEqual([]);
  });
});
