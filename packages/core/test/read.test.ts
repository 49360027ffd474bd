import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { compile, readPolicy, UnsupportedInputError } from '@policyc/core';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policyc-read-'));

/** A minimal Word document: one paragraph per line of text. */
async function docx(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = lines.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('readPolicy', () => {
  it('reads plain text byte for byte', async () => {
    const path = join(dir, 'p.txt');
    writeFileSync(path, '一、总体要求\r\n（一）指导思想。');
    expect(String((await readPolicy(path)).value)).toBe('一、总体要求\r\n（一）指导思想。');
  });

  it('turns HTML into lines of text: title, 发文字号, addressees, headings, targets', async () => {
    const path = join(dir, 'p.html');
    writeFileSync(path, '<html><body><h1>国务院办公厅关于促进某产业<br>健康发展的指导意见</h1><p>国办发〔2016〕11号</p><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p><p>一、总体要求</p><p>（一）主要目标。到2020年，覆盖率达到90%以上。</p></body></html>');
    const file = await readPolicy(path);
    expect(file.data.extractedFrom).toBe('html');
    const { registry } = compile(file);
    expect(registry.document).toMatchObject({ title: '国务院办公厅关于促进某产业健康发展的指导意见', docNumber: '国办发〔2016〕11号', addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'] });
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 总体要求', '1.1 主要目标']);
    expect(registry.targets.map((t) => [t.value, t.unit, t.comparator, t.deadline])).toEqual([[90, '%', 'gte', '2020']]);
  });

  it('ends a heading\'s title where its bold run ends, the body set straight after it', async () => {
    const path = join(dir, 'bold.html');
    writeFileSync(path, '某市关于开展自查的通知\n现就有关工作通知如下。\n<b>一、各地自查</b>\n各区要对照检查，逐项自查。\n<b>二、部门自查</b>\n各部门要深入自查。在<b>重点</b>领域加强检查。');
    const { registry } = compile(await readPolicy(path));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 各地自查', '2 部门自查']);
  });

  it('reads a bold run as a heading by the parser\'s own marker grammar, not by a figure that opens it', async () => {
    const path = join(dir, 'bold-items.html');
    writeFileSync(path, '<p>某县关于开展整治的通知</p>\n<p><b>一、整治内容</b></p>\n<p><b>（1）清理台账</b>各乡镇逐项清理。</p>\n<p><b>2024年底前</b>完成全部清理。</p>\n<p><b>3大工程</b>全面开工建设。</p>\n<p><b>（2）建立制度</b>县司法局牵头负责。</p>');
    const file = await readPolicy(path);
    expect(compile(file).registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 整治内容', '1.1 清理台账', '1.2 建立制度']);
    // A bare number opening a bold run is a figure: its sentence stays on one line.
    expect(String(file.value)).toContain('3大工程全面开工建设');
  });

  it('reads a bold run holding the article number alone as the marker, the title after it on the line', async () => {
    const path = join(dir, 'bold-marker.html');
    writeFileSync(path, '<p>某区支持青年创新创业实施办法</p>\n<p><b>第一条&nbsp;</b>为支持青年创新创业，制定本办法。</p>\n<p><b>第二条&nbsp;</b>载体建设。对认定的孵化载体给予一次性支持。</p>\n<p><b>第三条&nbsp;</b>平台服务。每年安排经费支持服务中心建设。</p>');
    const { registry } = compile(await readPolicy(path));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 为支持青年创新创业，制定本办法', '2 载体建设', '3 平台服务']);
  });

  it('a marker in a bold run of its own and the title in the next: the title\'s run ends the line', async () => {
    const path = join(dir, 'two-runs.html');
    writeFileSync(path, '<p>某市实施方案</p>\n<p><b>一、</b><b>总体要求</b>坚持以人民为中心，促进消费扩容提质。</p>\n<p><strong>（一）</strong><b>加大政策支持力度</b>市财政局负责安排专项资金。</p>');
    const { registry } = compile(await readPolicy(path));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 总体要求', '1.1 加大政策支持力度']);
  });

  it('a title set as several bold runs side by side after its marker\'s run is all of them', async () => {
    const path = join(dir, 'runs-side-by-side.html');
    writeFileSync(path, '<p>某市工作方案</p>\n<p><b>一、</b><b>重点任务</b></p>\n<p><strong>1.</strong><strong>稳步推进</strong><strong>棚户区（城中村）</strong><strong>改造。</strong>按照属地化实施原则，各县区政府负责辖区改造工作。</p>\n<p><strong>2.加快</strong><strong>完善租赁市场。</strong>培育住房租赁企业。</p>');
    const { registry } = compile(await readPolicy(path));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 重点任务', '1.1 稳步推进棚户区（城中村）改造', '1.2 加快完善租赁市场']);
  });

  it('near miss: a bold run after one that ends the title opens the body ("<b>（一）加强组织领导。</b><b>各县区政府</b>负责…")', async () => {
    const path = join(dir, 'bold-body.html');
    writeFileSync(path, '<p>某市工作方案</p>\n<p><b>一、</b><b>重点任务</b></p>\n<p><strong>（一）加强组织领导。</strong><strong>各县区政府</strong>负责辖区改造工作。</p>');
    const { registry } = compile(await readPolicy(path));
    expect(registry.tasks.filter((t) => t.form !== null).map((t) => `${t.path} ${t.lead.join('|')}`)).toEqual(['1.1 各县区政府']);
  });

  it('near miss: a bold word later in the line after a marker-only run is no title ("<b>一、</b>坚持<b>人民</b>至上")', async () => {
    const path = join(dir, 'later-bold.html');
    writeFileSync(path, '<p>某市实施方案</p>\n<p><b>一、</b>总体要求。坚持<b>人民</b>至上。</p>');
    const { registry } = compile(await readPolicy(path));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 总体要求']);
  });

  it('titles a page by the notice\'s own title under chrome taken for titles: organs over "关于印发…的通知", then its addressees', async () => {
    const path = join(dir, 'chrome.html');
    writeFileSync(path, [
      '<div>首页 政务公开 政策文件</div>', '<h1>某区支持青年创新创业实施办法</h1>', '<div>发表时间：2023-08-09 信息来源：某区科技局</div>',
      '<p>点击查看政策解读：关于《某区支持青年创新创业实施办法》的解读</p>', '<p>某科规字〔2023〕1号</p>',
      '<p>某某市某某区科技工业和信息化局 某某市某某区人力资源和社会保障局 中共某某市某某区委统战部</p>', '<p>关于印发某区支持青年创新创业实施办法的通知</p>',
      '<p>区属各单位：</p>', '<p>现将《某区支持青年创新创业实施办法》印发实施。</p>', '<p><b>第一条</b> 为支持青年创新创业，制定本办法。</p>',
    ].join('\n'));
    const { registry } = compile(await readPolicy(path));
    expect(registry.document).toMatchObject({
      title: '某某市某某区科技工业和信息化局 某某市某某区人力资源和社会保障局 中共某某市某某区委统战部关于印发某区支持青年创新创业实施办法的通知',
      docNumber: '某科规字〔2023〕1号', addressees: ['区属各单位'],
    });
  });

  it('reads a Word document a paragraph a line', async () => {
    const path = join(dir, 'p.docx');
    writeFileSync(path, await docx(['某省关于推进某项工作的实施方案', '各市人民政府：', '一、重点任务', '（一）建设平台。建成平台5个。负责单位：省科技厅牵头，省财政厅协助。']));
    const file = await readPolicy(path);
    expect(file.data.extractedFrom).toBe('docx');
    const { registry } = compile(file);
    expect(registry.document.title).toBe('某省关于推进某项工作的实施方案');
    expect(registry.tasks.map((t) => [t.path, t.lead, t.assist])).toEqual([['1.1', ['省科技厅'], ['省财政厅']]]);
  });

  it('refuses other formats with a clear error', async () => {
    await expect(readPolicy(join(dir, 'p.pdf'))).rejects.toBeInstanceOf(UnsupportedInputError);
  });
});
