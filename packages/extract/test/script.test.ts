/**
 * Policies republished in traditional script: read through a simplified copy with the same
 * offsets, reported as written.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { cutReading, simplifiedReading } from '../src/script.js';

const TRADITIONAL = [
  '某市2022年經濟工作要點',
  '一、推進重點項目建設',
  '（一）加快產業園區建設。完善基礎設施，提升承載能力。（市發展改革委牽頭，市財政局、各縣區政府按職責分工負責）',
  '（二）優化營商環境。市行政審批服務局負責推進審批制度改革，會同市司法局清理規範證明事項。',
  '（三）擴大有效投資。全年完成固定資產投資500億元以上。',
  '',
].join('\n');

describe('traditional script', () => {
  it('gives a simplified copy of the same length, and none for simplified text', () => {
    const read = simplifiedReading(TRADITIONAL);
    expect(read).not.toBeNull();
    expect(read?.length).toBe(TRADITIONAL.length);
    expect(read).toContain('市发展改革委牵头');
    expect(simplifiedReading('（市发展改革委牵头，市财政局配合）各区负责落实。')).toBeNull();
  });

  it('takes no simplified text for traditional: 健, 境, 督 are written alike in both scripts', () => {
    const simplified = '健全生态环境监督体系，推进健康城市建设，改善人居环境，加强督查督办，健全健康环境监督机制。';
    expect(simplifiedReading(simplified)).toBeNull();
    expect(simplifiedReading(simplified.repeat(20))).toBeNull();
  });

  it('reads clauses and duties, and reports names and figures as written', () => {
    const { registry } = compile({ path: 'plan.txt', value: TRADITIONAL });
    const byPath = Object.fromEntries(registry.tasks.map((t) => [t.path, t]));
    expect(byPath['1.1']).toMatchObject({ form: 'clause', lead: ['市發展改革委'], assist: ['市財政局', '各縣區政府'] });
    expect(byPath['1.2']).toMatchObject({ form: 'prose', lead: ['市行政審批服務局'], assist: ['市司法局'] });
    expect(byPath['1.2']?.evidence?.text).toContain('會同市司法局');
    expect(registry.targets.map((t) => [t.text, t.value, t.unit, t.comparator])).toEqual([['500億元以上', 500, '億元', 'gte']]);
  });
});

const GLOSSED = [
  '关于推进数字经济发展的若干措施',
  '一、主要任务',
  '（一）建设网络。新(xīn)建基站1.5万个，总数(zǒng)达到3万个以上。(责任单位：省通信管理(lǐ)局、省发展改革委)',
  '（二）培育企业。省工业和信息化厅负(fù)责培育企业100家。',
  '',
].join('\n');

describe('pinyin glosses left inline by ruby text', () => {
  it('gives a copy of the same length with the glosses taken out of the words, and where each character stands', () => {
    const read = cutReading(GLOSSED);
    expect(read?.reading.length).toBe(GLOSSED.length);
    expect(read?.reading).toContain('负责培育企业100家    。');
    expect(read?.reading).toContain('(责任单位：省通信管理局、省发展改革委)    \n');
    // Each line keeps its place: the room a gloss took is left where its phrase ends.
    expect(read?.reading.split('\n').map((l) => l.length)).toEqual(GLOSSED.split('\n').map((l) => l.length));
    const at = read!.reading.indexOf('负责');
    expect(GLOSSED.slice(read!.original[at]!, read!.original[at + 1]! + 1)).toBe('负(fù)责');
  });

  it('reads duties and figures across the glosses, and quotes names and figures as written', () => {
    const { registry } = compile({ path: 'g.txt', value: GLOSSED });
    expect(registry.tasks.map((t) => [t.path, t.lead, t.responsible])).toEqual([
      ['1.1', [], ['省通信管理(lǐ)局', '省发展改革委']],
      ['1.2', ['省工业和信息化厅'], []],
    ]);
    expect(registry.targets.map((t) => [t.text, t.comparator])).toEqual([['1.5万个', 'eq'], ['3万个以上', 'gte'], ['100家', 'eq']]);
    const unit = registry.units.find((u) => u.name === '省通信管理(lǐ)局');
    const span = unit?.occurrences[0];
    expect(span && GLOSSED.slice(span.start.offset, span.end.offset)).toBe('省通信管理(lǐ)局');
  });

  it('leaves the room of a gloss at its sentence\'s end, so a clause mark after it parts no sentence', () => {
    const text = '关于加强应急工作的通知\n一、工作机制\n（一）信息组。由市应急管(guǎn)理局牵(qiān)头，市水(shuǐ)利局参加。\n';
    expect(cutReading(text)?.reading).toMatch(/由市应急管理局牵头，市水利局参加 {18}。/u);
    expect(compile({ path: 'g.txt', value: text }).registry.tasks.map((t) => [t.lead, t.assist])).toEqual([[['市应急管(guǎn)理局'], ['市水(shuǐ)利局']]]);
  });

  it('keeps the room of a gloss in its table cell: before the pipe, the tab or the gap that ends the cell', () => {
    const row = '1 |\n建設基站 |\n縣發(fā)展改革委、縣財(cái)政局 |\n2014年底前 |\n';
    const text = `某縣重點任務分工方案\n序號 |\n工作任務 |\n負責單位 |\n時間進度 |\n${row.repeat(2)}`;
    const read = cutReading(text)!;
    expect(read.reading.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(read.reading).toMatch(/縣發展改革委、縣財政局 +\|\n/u);
    expect(cutReading('建设基站(jiàn)  縣發(fā)展改革委(wěi)  2014年底前')?.reading).toMatch(/^建设基站 {6}  縣發展改革委 {9}  2014年底前$/u);
  });

  it('leaves the room before an opening bracket, so headings and clauses run in on one line keep their place', () => {
    const text = '某县森林防灭火应急预案\n一、指挥机构\n设立县森林防灭火指挥部。\n二、成员单位职责\n（一）县应急管理局：负责组(zǔ)织协(xié)调(tiáo)森林火灾应急处置工作（县林业局配合）（二）县公安局：负责火场警戒和交通管制（三）县气象局：负责火险天气预报。\n';
    const { registry } = compile({ path: 'g.txt', value: text });
    const name = new Map(registry.units.map((u) => [u.id, u.name]));
    expect(registry.tasks.map((t) => [t.path, t.lead.map((id) => name.get(id)), t.assist.map((id) => name.get(id))])).toEqual([
      ['2.1', [], ['县林业局']],
      ['2.1', ['县应急管理局'], []],
      ['2.2', ['县公安局'], []],
      ['2.3', ['县气象局'], []],
    ]);
  });

  it('takes out what a document viewer inserted, as it takes out glosses', () => {
    const text = '县农业\n2、农村局配合，完成改造。';
    const read = cutReading(text, [{ start: 3, end: 6 }]);
    expect(read?.reading).toBe('县农业农村局配合，完成改造   。');
    expect(text.slice(read!.original[3]!, read!.original[3]! + 1)).toBe('农');
    // Spans out of the text's bounds or empty are passed over.
    expect(cutReading(text, [{ start: 5, end: 5 }, { start: 10, end: 99 }])).toBeNull();
  });

  it('near miss: a bracketed letter, or a stray gloss or two, is no glossed page', () => {
    expect(cutReading('（一）推进改革(a)。（二）完善机制(b)。（三）强化保障(c)。')).toBeNull();
    expect(cutReading('某某(mǒu)县加强管理(lǐ)。')).toBeNull();
  });
});

