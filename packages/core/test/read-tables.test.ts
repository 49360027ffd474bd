import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { compile, docxToText, htmlToText, readPolicy } from '@policyc/core';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policyc-read-tables-'));

/** A Word document of paragraphs (strings) and tables (rows of cells, each cell its paragraphs and merges). */
type Cell = string | { text: string; gridSpan?: number; vMerge?: 'restart' | 'continue' } | { table: Cell[][] };
type Block = string | Cell[][];

async function docx(blocks: Block[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  // A cell's "\n" separates its paragraphs, as Word keeps them.
  const paragraphs = (t: string) => t.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
  const table = (rows: Cell[][]): string => `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const cell = (c: Cell): string => {
    if (typeof c !== 'string' && 'table' in c) return `<w:tc>${table(c.table)}<w:p/></w:tc>`;
    const { text, gridSpan, vMerge } = typeof c === 'string' ? { text: c } : c;
    const props = `${gridSpan ? `<w:gridSpan w:val="${gridSpan}"/>` : ''}${vMerge ? `<w:vMerge${vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`;
    return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraphs(text || '')}</w:tc>`;
  };
  const body = blocks.map((b) => (typeof b === 'string' ? paragraphs(b) : table(b))).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function read(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return readPolicy(path);
}

const BODY_HTML = '<h1>某市关于推进某项工作的实施方案</h1><p>一、总体要求</p><p>（一）工作目标。到2025年，建成服务平台3个。</p><p>二、保障措施</p><p>（一）加强组织领导。各部门要高度重视。</p>';

/** Rows and their units, as the registry reads them. */
function tableTasks(registry: ReturnType<typeof compile>['registry']) {
  return registry.tasks.filter((t) => t.form === 'table').map((t) => [t.path, t.lead, t.assist]);
}

describe('HTML tables', () => {
  const html = `<html><body>${BODY_HTML}<p>三、重点任务分工</p><table border="1">
    <thead><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>
    <tbody>
      <tr><td rowspan="2">1</td><td><p>建设公共服务平台，</p><p>完善服务功能。</p></td><td rowspan="2">市科技局</td><td>市财政局</td><td>2025年底前</td></tr>
      <tr><td>开展平台运营评估。</td><td>市统计局</td><td>每年</td></tr>
      <tr><td>2</td><td>培育<b>骨干企业</b>。</td><td>市工业和信息化局</td><td>市商务局、市市场监管局</td><td>持续推进</td></tr>
      <tr><td>3</td><td>完善人才政策。</td><td>市人力资源社会保障局</td><td></td><td>2024年</td></tr>
    </tbody></table></body></html>`;

  it('writes each table row on a line, its cells separated by tabs', async () => {
    expect((await htmlToText(html)).split('\n').slice(-5)).toEqual([
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设公共服务平台， 完善服务功能。\t市科技局\t市财政局\t2025年底前',
      // The continuation row: its 序号 and its lead (spanned from the row above) stay empty.
      '\t开展平台运营评估。\t\t市统计局\t每年',
      '2\t培育骨干企业。\t市工业和信息化局\t市商务局、市市场监管局\t持续推进',
      '3\t完善人才政策。\t市人力资源社会保障局\t\t2024年',
    ]);
  });

  it('makes the numbered rows headings under the table heading, with their units by column', async () => {
    const { registry } = compile(await read('tasks.html', html));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual([
      '1 总体要求', '1.1 工作目标', '2 保障措施', '2.1 加强组织领导', '3 重点任务分工',
      '3.1 建设公共服务平台， 完善服务功能。', '3.2 培育骨干企业。', '3.3 完善人才政策。',
    ]);
    expect(tableTasks(registry)).toEqual([
      ['3.1', ['市科技局'], ['市财政局', '市统计局']],
      ['3.2', ['市工业和信息化局'], ['市商务局', '市市场监管局']],
      ['3.3', ['市人力资源社会保障局'], []],
    ]);
  });

  it('repeats a unit spanning several numbered rows in each of them', async () => {
    const text = await htmlToText(`<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>任务甲</td><td rowspan="2">市发展改革委</td></tr><tr><td>2</td><td>任务乙</td></tr></table>`);
    expect(text.split('\n')).toEqual(['序号\t工作任务\t牵头单位', '1\t任务甲\t市发展改革委', '2\t任务乙\t市发展改革委']);
  });

  it('reads a header set over two rows as one line, each column named by its lowest cell', async () => {
    const text = await htmlToText(`<table>
      <tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
      <tr><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td>1</td><td>任务甲</td><td>市民政局</td><td>市财政局</td><td>2025年</td></tr></table>`);
    expect(text.split('\n')).toEqual(['序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t任务甲\t市民政局\t市财政局\t2025年']);
  });

  it('leaves a cell spanning columns in its first column (a group row)', async () => {
    const text = await htmlToText('<table><caption>重点任务分工表</caption><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td colspan="3">一、平台建设</td></tr><tr><td>1</td><td>任务甲</td><td>市科技局</td></tr></table>');
    expect(text.split('\n')).toEqual(['重点任务分工表', '序号\t工作任务\t牵头单位', '一、平台建设', '1\t任务甲\t市科技局']);
  });

  it('keeps the text outside tables as before', async () => {
    const before = await htmlToText(`<html><body>${BODY_HTML}</body></html>`);
    const after = await htmlToText(`<html><body>${BODY_HTML}<table><tr><td>序号</td><td>工作任务</td></tr><tr><td>1</td><td>任务甲</td></tr></table></body></html>`);
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe('\n\n序号\t工作任务\n1\t任务甲');
  });

  it('leaves layout tables to the ordinary text: one column, or holding tables of their own', async () => {
    const oneColumn = '<table><tr><td><p>一、总体要求</p><p>（一）工作目标。</p></td></tr></table>';
    expect(await htmlToText(oneColumn)).toBe('一、总体要求\n\n（一）工作目标。');
    const nested = `<table><tr><td>导航</td><td><p>三、分工</p><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>1</td><td>任务<br>甲</td><td>市科技局</td></tr></table></td></tr></table>`;
    const lines = (await htmlToText(nested)).split('\n');
    expect(lines).toContain('序号\t工作任务\t牵头单位');
    expect(lines).toContain('1\t任务 甲\t市科技局');
  });

  it('never throws on malformed tables', async () => {
    for (const html of [
      '<table><tr><td>序号<td>工作任务<tr><td>1<td>任务甲',
      '<table><tr><td colspan="abc" rowspan="-3">序号</td><td colspan="99999">x</td></tr><tr><td rowspan="0">1</td></tr></table>',
      '<td>序号</td><tr><td>1</td></tr></table></table>',
      '<table><table><tr><td>a</td><td>b</td></tr></table>',
    ]) await expect(htmlToText(html)).resolves.toBeTypeOf('string');
    expect((await htmlToText('<table><tr><td>序号<td>工作任务<tr><td>1<td>任务甲')).split('\n')).toEqual(['序号\t工作任务', '1\t任务甲']);
  });
});

describe('Word tables', () => {
  const body = ['某市关于推进某项工作的实施方案', '各区人民政府：', '一、总体要求', '（一）工作目标。到2025年，建成服务平台3个。', '二、重点任务分工'];
  const table: Cell[][] = [
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
    [{ text: '1', vMerge: 'restart' }, '建设公共服务平台，\n完善服务功能。', { text: '区科技局', vMerge: 'restart' }, '区财政局', '2025年底前'],
    [{ text: '', vMerge: 'continue' }, '开展平台运营评估。', { text: '', vMerge: 'continue' }, '区统计局', '每年'],
    ['2', '培育骨干企业。', '区工业和信息化局', '区商务局、区市场监管局', '持续推进'],
    ['3', '完善人才政策。', '区人力资源社会保障局', '', '2024年'],
  ];

  it('writes each table row on a line, merged cells honoured', async () => {
    expect((await docxToText(await docx([...body, table, '三、保障措施']))).split('\n')).toEqual([
      ...body,
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设公共服务平台， 完善服务功能。\t区科技局\t区财政局\t2025年底前',
      '\t开展平台运营评估。\t\t区统计局\t每年',
      '2\t培育骨干企业。\t区工业和信息化局\t区商务局、区市场监管局\t持续推进',
      '3\t完善人才政策。\t区人力资源社会保障局\t\t2024年',
      '三、保障措施',
      '',
    ]);
  });

  it('makes the numbered rows headings with their units by column', async () => {
    const file = await read('tasks.docx', await docx([...body, table]));
    expect(file.data.extractedFrom).toBe('docx');
    const { registry } = compile(file);
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual([
      '1 总体要求', '1.1 工作目标', '2 重点任务分工', '2.1 建设公共服务平台， 完善服务功能。', '2.2 培育骨干企业。', '2.3 完善人才政策。',
    ]);
    expect(tableTasks(registry)).toEqual([
      ['2.1', ['区科技局'], ['区财政局', '区统计局']],
      ['2.2', ['区工业和信息化局'], ['区商务局', '区市场监管局']],
      ['2.3', ['区人力资源社会保障局'], []],
    ]);
  });

  it('reads a merged column (gridSpan) as its first column', async () => {
    const text = await docxToText(await docx([[
      ['序号', '工作任务', '牵头单位'],
      [{ text: '一、平台建设', gridSpan: 3 }],
      ['1', '任务甲', '区科技局'],
    ]]));
    expect(text.split('\n')).toEqual(['序号\t工作任务\t牵头单位', '一、平台建设', '1\t任务甲\t区科技局', '']);
  });

  it('reads the innermost of nested tables, the outer one as raw text', async () => {
    const text = await docxToText(await docx([[['目录', { table: [['序号', '工作任务', '牵头单位'], ['1', '任务\n甲', '区科技局']] }], ['附注', '无']]]));
    expect(text.split('\n')).toEqual(['目录', '序号\t工作任务\t牵头单位', '1\t任务 甲\t区科技局', '附注', '无', '']);
  });

  it('keeps paragraphs outside tables as mammoth reads them', async () => {
    const before = await docxToText(await docx(body));
    const after = await docxToText(await docx([...body, [['序号', '工作任务'], ['1', '任务甲']]]));
    expect(after).toBe(`${before}序号\t工作任务\n1\t任务甲\n`);
  });
});

describe('a task table with no heading above it', () => {
  it('compiles an HTML table under nothing but its title: the numbered rows are top-level tasks', async () => {
    const html = `<html><body><p>某区2024年民生实事项目任务分工表</p><table border="1">
      <tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>新建社区食堂10个。</td><td>区民政局</td><td>区财政局、区市场监管局</td><td>2024年6月底前</td></tr>
      <tr><td>2</td><td>改造老旧供水管网20公里。</td><td>区水务局</td><td></td><td>2024年底前</td></tr>
    </table></body></html>`;
    const { registry } = compile(await read('list.html', html));
    expect(registry.sections.map((s) => `${s.path} ${s.title}`)).toEqual(['1 新建社区食堂10个。', '2 改造老旧供水管网20公里。']);
    expect(tableTasks(registry)).toEqual([
      ['1', ['区民政局'], ['区财政局', '区市场监管局']],
      ['2', ['区水务局'], []],
    ]);
  });
});

describe('a header over two rows where only the unit column is split', () => {
  // 序号, 工作任务 and 完成时限 stand in the first row only (no rowspan): the cells under them are empty.
  const header = '<tr><td>序号</td><td>工作任务</td><td colspan="2">责任单位</td><td>完成时限</td></tr><tr><td></td><td></td><td>牵头单位</td><td>配合单位</td><td></td></tr>';
  const rows = '<tr><td>1</td><td>建设公共服务平台。</td><td>市科技局</td><td>市财政局</td><td>2025年底前</td></tr><tr><td>2</td><td>培育骨干企业。</td><td>市工业和信息化局</td><td>市商务局</td><td>持续推进</td></tr>';

  it('HTML: one header line, each column named by its lowest header cell', async () => {
    const html = `<p>某市重点任务分工表</p><table>${header}${rows}</table>`;
    expect((await htmlToText(html)).split('\n').slice(-3)).toEqual([
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t建设公共服务平台。\t市科技局\t市财政局\t2025年底前',
      '2\t培育骨干企业。\t市工业和信息化局\t市商务局\t持续推进',
    ]);
    const { registry } = compile(await read('split.html', html));
    expect(tableTasks(registry)).toEqual([['1', ['市科技局'], ['市财政局']], ['2', ['市工业和信息化局'], ['市商务局']]]);
  });

  it('Word: the same table without vertical merges', async () => {
    const table: Cell[][] = [
      ['序号', '工作任务', { text: '责任单位', gridSpan: 2 }, '完成时限'],
      ['', '', '牵头单位', '配合单位', ''],
      ['1', '建设公共服务平台。', '区科技局', '区财政局', '2025年底前'],
      ['2', '培育骨干企业。', '区工业和信息化局', '区商务局', '持续推进'],
    ];
    const file = await read('split.docx', await docx(['某区重点任务分工表', table]));
    expect(String(file.value).split('\n')).toContain('序号\t工作任务\t牵头单位\t配合单位\t完成时限');
    expect(tableTasks(compile(file).registry)).toEqual([['1', ['区科技局'], ['区财政局']], ['2', ['区工业和信息化局'], ['区商务局']]]);
  });

  it('a first data row is no header row, though its 序号 cell is empty', async () => {
    const text = await htmlToText(`<table><tr><td>序号</td><td>工作任务</td><td colspan="2">责任单位</td></tr><tr><td></td><td></td><td>市科技局、市财政局</td><td>市商务局，市统计局</td></tr>${rows}</table>`);
    expect(text.split('\n').slice(0, 2)).toEqual(['序号\t工作任务\t责任单位\t责任单位', '\t\t市科技局、市财政局\t市商务局，市统计局']);
  });
});
