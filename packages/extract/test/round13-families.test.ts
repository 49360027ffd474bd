/**
 * Families first met on documents the compiler had never seen (round 13's probes): a principle
 * quoted in a sentence, whose commas part slogans and not clauses; a trade union or the Red Cross
 * as the subject of a duty; "到" and a year opening a clause that sets no figure, the horizon of
 * the goals listed after it. Made-up sentences in the style of such documents, each with a near
 * miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';

/** Every task with units, as "path form lead|…/assist|…/responsible|…". */
const tasks = (text: string) =>
  compile({ path: 'p.txt', value: text })
    .registry.tasks.filter((t) => t.lead.length + t.assist.length + t.responsible.length > 0)
    .map((t) => `${t.path} ${t.form} ${[t.lead, t.assist, t.responsible].map((us) => us.join('|')).join('/')}`);

/** [figure, unit, deadline] of every target. */
const goals = (text: string) =>
  compile({ path: 'p.txt', value: text }).registry.targets.map((t) => [t.value, t.unit, t.deadline]);

describe('a principle quoted in a sentence gives no one work', () => {
  it('the items of a quoted slogan, commas and all, are no clauses: "属地" before "分类指导" is no actor', () => {
    const text = '某省关于促进某项服务发展的实施意见\n一、总体要求\n坚持“家庭为主、社会补充，属地管理、分类指导”原则，按照“政府主导、部门协同”的思路，建立健全服务体系。\n';
    expect(tasks(text)).toEqual([]);
  });

  it('near miss: a sentence that cites a slogan and then assigns the work still assigns it', () => {
    const text = '某省关于促进某项服务发展的实施意见\n一、总体要求\n按照“属地管理、分级负责”的原则，省民政厅牵头制定服务规范，省财政厅配合。\n';
    expect(tasks(text)).toEqual(['1 prose 省民政厅/省财政厅/']);
  });
});

describe('"到" and a year set off by commas after a long clause: a lead-in all the same', () => {
  it('the goals after it, in its sentence and in the lines under it, are due that year', () => {
    const text = '某市车网互动工作方案\n一、工作目标\n按照“创新引导、先行先试”原则，全面推广智能有序充电，以市场化机制引导车网互动规模化发展，到2025年，推广新能源汽车100万辆以上。\n——车网互动初见成效。建成示范项目150个以上。\n';
    expect(goals(text)).toEqual([[100, '万辆', '2025'], [150, '个', '2025']]);
  });

  it('near miss: with no comma after the year, and a figure in its sentence, the year is that figure\'s alone', () => {
    const text = '某市车网互动工作方案\n一、工作目标\n按照“创新引导、先行先试”原则，全面推广智能有序充电，以市场化机制引导车网互动规模化发展，到2025年推广新能源汽车100万辆以上。\n——车网互动初见成效。建成示范项目150个以上。\n';
    expect(goals(text)).toEqual([[100, '万辆', '2025'], [150, '个', null]]);
  });
});

describe('organisations named by a word that also ends everyday words', () => {
  it('a trade union, the Red Cross and a standing committee are the subjects of their duties', () => {
    const text = '某省促进某项服务发展工作部门职责分工\n一、职责分工\n省总工会负责推动用人单位提供福利性服务。\n市红十字会负责组织开展应急救护培训。\n县人大常委会负责听取专项工作报告。\n';
    expect(tasks(text)).toEqual(['1 prose 省总工会//', '1 prose 市红十字会//', '1 prose 县人大常委会//']);
  });

  it('near miss: a person of the union ("企业工会负责人") is no unit, though 工会 now ends a name', () => {
    expect(tasks('某省实施意见\n一、劳动竞赛\n支持企业工会负责人参加培训。\n')).toEqual([]);
  });
});

describe('"到" and a year opening a clause that sets no figure: the horizon of the goals after it', () => {
  it('the goal lines under such a sentence are due that year', () => {
    const text = '某市某产业发展三年行动方案\n一、工作目标\n健全完善全产业链体系，力争到2027年将我市打造成为全国重要的产业中心。\n——产业规模倍增。全市产业总产值达到200亿元，培育规上企业50家以上。\n二、重点任务\n（一）建设示范项目。\n';
    expect(goals(text)).toEqual([[200, '亿元', '2027'], [50, '家', '2027']]);
  });

  it('near miss: a year whose own sentence sets a figure is that figure\'s deadline alone', () => {
    const text = '某市某产业发展三年行动方案\n一、工作目标\n健全完善全产业链体系，力争到2027年建成示范区10个。\n——产业规模倍增。全市产业总产值达到200亿元。\n';
    expect(goals(text)).toEqual([[10, '个', '2027'], [200, '亿元', null]]);
  });

  it('near miss: "到" and a year inside a clause, not opening it, sets no horizon', () => {
    const text = '某市某产业发展三年行动方案\n一、工作目标\n推动产业链延伸到2027年建成的园区。\n——产业规模倍增。全市产业总产值达到200亿元。\n';
    expect(goals(text)).toEqual([[200, '亿元', null]]);
  });
});

describe('"负…责任": answerable for a part of the work', () => {
  it('the main responsibility leads, as 负总责 does; a named share assists the lead of its sentence', () => {
    const text = '某省实施意见\n一、加强安全管理\n各类服务机构对婴幼儿的人身安全负主体责任。\n二、强化日常监督\n地方政府对服务的规范发展负主要责任，各相关部门按照各自职责负监管责任。\n';
    expect(tasks(text)).toEqual(['1 prose 各类服务机构//', '2 prose 地方政府/各相关部门/']);
  });

  it('the actor of an earlier clause answers for what a 对-phrase names, however long it is', () => {
    const text = '某省实施意见\n一、加强安全管理\n各类服务机构开展服务必须符合相关标准，并对婴幼儿的人身安全、饮食安全、消防安全负主体责任。\n';
    expect(tasks(text)).toEqual(['1 prose 各类服务机构//']);
  });

  it('near miss: a 对-phrase whose object is a person ("对…的负责同志进行约谈") gives the actor no duty', () => {
    const text = '某省实施意见\n一、加强考核\n各区要加强考核，对工作不力的负责同志进行约谈。\n';
    expect(tasks(text)).toEqual([]);
  });

  it('near miss: 负面 and 负债 are no verbs', () => {
    const text = '某省实施意见\n一、主要任务\n各类企业要减少负面清单事项，降低负债水平。\n';
    expect(tasks(text)).toEqual([]);
  });
});

describe('names that a word of the predicate seemed to cut short', () => {
  it('商 opens the nouns of commerce as well as the verb of consulting: "各级商务部门" is one name', () => {
    const text = '某省通知\n一、规范市场秩序\n各级商务部门负责组织实施。\n';
    expect(tasks(text)).toEqual(['1 prose 各级商务部门//']);
  });

  it('near miss: 商 before a unit is the verb, and the actor\'s name ends before it', () => {
    const text = '某省通知\n一、加强协调\n市财政局商市发展改革委后负责下达资金。\n';
    expect(tasks(text)).toEqual(['1 prose 市财政局//']);
  });

  it('"省直有关部门", "县直有关单位": the departments directly under a level are a class of units', () => {
    const text = '某省通知\n一、提高申报质量\n省直有关部门负责指导本领域项目申报。\n二、加强监管\n县直有关单位负责资金使用监管。\n';
    expect(tasks(text)).toEqual(['1 prose 省直有关部门//', '2 prose 县直有关单位//']);
  });

  it('near miss: 有关 after a verb still opens a clause, not a name ("简化有关部门…")', () => {
    const text = '某省通知\n一、优化服务\n简化有关部门审批流程，负责做好衔接。\n';
    expect(tasks(text)).toEqual([]);
  });
});

describe('an attached text whose label the page dropped', () => {
  const notice = [
    '某省人民政府办公厅关于加力推动以旧换新的通知', '各市、县人民政府：', '一、加力实施设备更新', '（一）支持设备更新。做好项目申报。', '二、加强组织实施',
    '（二）加强组织领导。各地要落实责任。', '附件：2025年某省推动消费品以旧换新实施方案', '某省人民政府办公厅', '2025年1月23日', '（此件公开发布）',
  ];
  const plan = ['**2025年某省推动消费品以旧换新实施方案**', '为做好以旧换新工作，制定本方案。', '一、总体要求', '坚持市场主导。', '二、保障措施', '（一）强化组织领导。省商务厅牵头。'];
  const sections = (text: string) => compile({ path: 'p.md', value: text }).registry.sections.map((s) => `${s.path} ${s.marker} ${s.title}`);

  it('the line after the date that spells what the list names heads the text, whose numbering starts again under it', () => {
    expect(sections([...notice, ...plan].join('\n\n'))).toEqual([
      '1 一、 加力实施设备更新', '1.1 （一） 支持设备更新', '2 二、 加强组织实施', '2.1 （二） 加强组织领导',
      '3  2025年某省推动消费品以旧换新实施方案', '3.1 一、 总体要求', '3.2 二、 保障措施', '3.2.1 （一） 强化组织领导',
    ]);
  });

  it('near miss: a line after the date that names nothing listed and titles no plan heads nothing', () => {
    const other = ['**关于做好宣传工作的几点说明**', ...plan.slice(1)];
    expect(sections([...notice, ...other].join('\n\n'))).not.toContain('3  关于做好宣传工作的几点说明');
  });
});

describe('a pivot inside a bracketed note acts in the note only', () => {
  it('"（…可委托村委会代为核实）" does not make 村委会 the actor of the clauses after it', () => {
    const text = '某县实施方案\n一、作业核实\n乡镇政府（因故不能到场的，可委托村委会代为核实）负责核实作业面积，并对核实结果负责。\n';
    expect(tasks(text)).toEqual(['1 prose 乡镇政府//']);
  });

  it('near miss: a pivot outside brackets still hands the work on ("委托村委会负责…")', () => {
    const text = '某县实施方案\n一、作业核实\n乡镇政府委托村委会负责核实作业面积。\n';
    expect(tasks(text)).toEqual(['1 prose 村委会//']);
  });
});

describe('an assisting verb right after a preposition describes its object', () => {
  it('"对参与项目实施的服务组织进行评价": the actor of the sentence takes no assisting role', () => {
    const text = '某县实施方案\n一、监督管理\n县农业农村局负责项目监管。对参与项目实施的服务组织进行综合评价。\n';
    expect(tasks(text)).toEqual(['1 prose 县农业农村局//']);
  });

  it('so after 为 ("为参与活动的企业提供服务")', () => {
    expect(tasks('某县实施方案\n一、促消费\n县商务局负责统筹。为参与活动的企业提供服务。\n')).toEqual(['1 prose 县商务局//']);
  });

  it('near miss: the verb said of the actor itself still assists ("…，积极参与项目验收")', () => {
    const text = '某县实施方案\n一、监督管理\n县农业农村局牵头组织验收，县财政局参与项目验收。\n';
    expect(tasks(text)).toEqual(['1 prose 县农业农村局/县财政局/']);
  });
});

describe('a 由-actor inside a condition closed by 的', () => {
  it('"承包地由村集体经济组织集中后托管经营的，可视为…" asks nothing of the 由-actor', () => {
    const text = '某县实施方案\n一、补助对象\n小农户承包地由村集体经济组织集中后以托管方式直接经营的，可视为服务对象是小农户。\n';
    expect(tasks(text)).toEqual([]);
  });

  it('near miss: a 由-actor of a clause that is no condition still leads ("由村集体经济组织统一组织实施")', () => {
    const text = '某县实施方案\n一、补助对象\n托管服务由村集体经济组织统一组织实施。\n';
    expect(tasks(text)).toEqual(['1 prose 村集体经济组织//']);
  });
});

describe('a rate per unit of time after a slash', () => {
  it('"40万吨／年" and "3万元/月" are one unit each', () => {
    const text = '某市行动方案\n一、工作目标\n氢气总产能达到40万吨／年，从业人员平均收入达到3万元/月以上。\n';
    expect(goals(text).map(([v, u]) => [v, u])).toEqual([[40, '万吨/年'], [3, '万元/月']]);
  });

  it('near miss: 每 before a time opens the next phrase, no rate ("新增产能40万吨每年投入…")', () => {
    const text = '某市行动方案\n一、工作目标\n新增产能达到40万吨每年投入资金不少于5000万元。\n';
    expect(goals(text).map(([v, u]) => [v, u])).toContainEqual([40, '万吨']);
  });
});

describe('a note of a unit\'s scope is no part of its name', () => {
  it('"相关区人民政府（含开发区、风景区管委会，下同）" and its 〈…〉 form name the district governments, one unit with the later plain mentions', () => {
    const text = '某市行动方案\n一、重点任务\n（一）推进项目建设。加快建设。（牵头单位：市发改委；责任单位：市经信局、相关区人民政府（含开发区、风景区管委会，下同））\n（二）完善政策。加快出台。（牵头单位：市发改委；责任单位：相关区人民政府〈含开发区，下同〉）\n（三）强化保障。落实资金。（牵头单位：市财政局；责任单位：相关区人民政府）\n';
    const { registry } = compile({ path: 'p.txt', value: text });
    expect(registry.units.filter((u) => u.name.startsWith('相关区')).map((u) => [u.name, u.assists.length])).toEqual([['相关区人民政府', 3]]);
  });

  it('near miss: a bracketed group that is part of the name stays ("各县（市、区）人民政府", "各市（州）")', () => {
    const text = '某省实施方案\n一、重点任务\n（一）推进项目建设。加快建设。（牵头单位：省发改委；责任单位：各县（市、区）人民政府、各市（州））\n';
    expect(tasks(text)).toEqual(['1.1 clause 省发改委/各县(市、区)人民政府|各市(州)/']);
  });
});

describe('the share or sum a grant pays is no goal', () => {
  it('a funding noun before the figure, or a grant paid right after it', () => {
    const text = '某省实施方案\n一、支持设备更新\n超长期特别国债资金支持比例不超过项目核定总投资的15%，单体项目省级配套资金不超过1000万元。更新行李系统设备按照购置金额50%予以补助。\n';
    expect(goals(text)).toEqual([]);
  });

  it('near miss: a level the funds reach, and a goal beside a grant, are goals', () => {
    const text = '某省实施方案\n一、工作目标\n到2025年，补助资金到位率达到100%，建成示范项目20个。\n';
    expect(goals(text)).toEqual([[100, '%', '2025'], [20, '个', '2025']]);
  });
});

describe('near misses a review of the round found (each failed on the round\'s first version)', () => {
  it('商 after a full organ name is the verb, whatever the unit it consults opens with', () => {
    const text = '某省办法\n一、资金分配\n省财政厅商业务主管部门负责确定资金分配方案。\n二、标准\n财政部商人力资源社会保障部负责制定具体办法。\n';
    expect(tasks(text)).toEqual(['1 prose 省财政厅//', '2 prose 财政部//']);
  });

  it('"各级工会组织负责…": 组织 before a role verb ends the name', () => {
    expect(tasks('某省实施意见\n一、职工培训\n各级工会组织负责开展职工技能培训。\n')).toEqual(['1 prose 各级工会组织//']);
  });

  it('"对…负直接责任的项目单位" and "对负有领导责任的人员" describe their nouns: no duty of the actor before them', () => {
    const text = '某县办法\n一、资金管理\n县财政局负责资金拨付。对项目资金使用负直接责任的项目单位，要建立资金台账。\n二、监督\n县纪委监委负责监督检查。对负有领导责任的有关人员，依法依规追究责任。\n';
    expect(tasks(text)).toEqual(['1 prose 县财政局//', '2 prose 县纪委监委//']);
  });

  it('a penalty clause ("…造成安全事故的，服务机构负相应责任") assigns no work', () => {
    expect(tasks('某县实施方案\n一、安全管理\n各服务机构要建立安全管理制度。因服务机构原因造成安全事故的，服务机构负相应责任。\n')).toEqual([]);
  });

  it('"横向配合": 向 ending an adverb is no preposition', () => {
    const text = '某县实施方案\n一、组织保障\n县发展改革委牵头抓总，县财政局、县自然资源局横向配合，形成工作合力。\n';
    expect(tasks(text)).toEqual(['1 prose 县发展改革委/县财政局|县自然资源局/']);
  });

  it('"负有主要责任", "承担主要责任" lead as "负主要责任" does; "对…负有属地管理责任" after 应对 still answers', () => {
    const text = '某省实施意见\n一、监管\n地方政府对服务的规范发展承担主要责任，各相关部门按照各自职责负监管责任。\n二、处置\n区政府对燃气事故的应对负有属地管理责任。\n';
    expect(tasks(text)).toEqual(['1 prose 地方政府/各相关部门/', '2 prose 区政府//']);
  });

  it('a 由-actor inside a condition stops the earlier actor as an actor-less condition does; "是由…的" is no condition', () => {
    const condition = '某县实施方案\n一、作业核实\n县农业农村局负责项目审核。承包地由村集体经济组织集中托管的，应会同乡镇政府逐户核实作业面积。\n';
    expect(tasks(condition)).toEqual(['1 prose 县农业农村局//']);
    const emphatic = '某县实施方案\n一、组织实施\n本项工作是由县农业农村局牵头组织实施的，县财政局负责资金保障。\n';
    expect(tasks(emphatic)).toEqual(['1 prose 县农业农村局/县财政局/']);
  });

  it('a closing quote typed as an opening one closes the quote: the duties after it are read', () => {
    const text = '某县实施方案\n一、组织实施\n坚持“政府主导、部门协同“的原则，县民政局负责制定服务规范，县财政局负责保障工作经费。\n';
    expect(tasks(text)).toEqual(['1 prose //县民政局|县财政局']);
  });

  it('the horizon sees figures in Chinese numerals, and "到…年止" ends a period', () => {
    const counted = '某市行动方案\n一、工作目标\n健全产业体系，力争到2027年建成三个省级示范园区。\n——产业规模倍增。全市产业总产值达到200亿元。\n';
    expect(goals(counted)).toEqual([[3, '个', '2027'], [200, '亿元', null]]);
    const period = '某市行动方案\n一、重点任务\n（一）试点示范。在重点区域开展试点，试点期限自2024年起，到2026年止。\n1.建设示范站。建成示范站20座。\n';
    expect(goals(period)).toEqual([[20, '座', null]]);
  });
});

describe('near misses a second review found (each failed on the code before it)', () => {
  it('what a plan says of its grants\' funds as levels to reach stays a goal; a budget right after its noun does not', () => {
    const text = '某省若干措施\n一、主要目标\n（一）到2025年，省级奖补资金兑付率100%。\n（二）到2025年，补助资金支出进度不低于90%。\n（三）到2025年，全省奖补资金规模增加到10亿元。\n（四）到2025年，支持资金带动社会投资500亿元。\n二、重点任务\n（一）开展汽车以旧换新活动，财政补贴资金1亿元。\n';
    expect(goals(text).map(([v, u]) => `${v}${u}`)).toEqual(['100%', '90%', '10亿元', '500亿元']);
  });

  it('a rider opened by 各项 after a word that points elsewhere ("上述各项任务…") is none', () => {
    const text = '某市实施方案\n一、重点任务\n（一）加强园区建设。（牵头单位：市发展改革委）\n（二）完善配套服务。（牵头单位：市商务局）上述各项任务均需各区县政府落实，不再列出。\n（三）推进数据共享。（牵头单位：市大数据局）\n';
    expect(tasks(text)).toEqual(['1.1 clause 市发展改革委//', '1.2 clause 市商务局//', '1.3 clause 市大数据局//']);
  });

  it('a scope note holding brackets of its own is dropped whole ("相关区政府（含开发区（园区）管委会，下同）")', () => {
    const text = '某市实施方案\n一、重点任务\n（一）加强园区建设。（责任单位：相关区政府（含开发区（园区）管委会，下同））\n（二）完善配套服务。（责任单位：相关区政府）\n';
    expect(tasks(text)).toEqual(['1.1 clause 相关区政府//', '1.2 clause 相关区政府//']);
  });

  it('"5万亩/年底前": a slash before the start of a date parts two terms, no rate', () => {
    const text = '某市实施方案\n一、工作目标\n到2025年，新增高标准农田5万亩/年底前完成验收。\n';
    expect(goals(text).map(([v, u]) => [v, u])).toEqual([[5, '万亩']]);
  });
});

describe('the people of a place are no unit', () => {
  it('"多场景引导市民参与…": no name ends at the 市 of 市民', () => {
    expect(tasks('某市工作方案\n一、推广应用\n支持企业建成一批充电项目，多场景引导市民参与智能有序充电。\n')).toEqual([]);
  });

  it('near miss: 市民政局 and 各区民政局 are names, 民 inside them', () => {
    expect(tasks('某市工作方案\n一、推广应用\n市民政局负责组织实施。各区民政局负责落实。\n')).toEqual(['1 prose 市民政局//', '1 prose 各区民政局//']);
  });
});

describe('a checklist\'s questions assign nothing', () => {
  it('"是否明确专人负责…" under a heading that names a unit is a question the inspection asks', () => {
    const text = '某市专项检查工作方案\n一、检查内容\n（一）气象部门：是否建立防雷安全生产管理制度；是否明确分管领导和专人负责防雷安全工作。\n';
    expect(tasks(text)).toEqual([]);
  });

  it('near miss: the unit\'s own duty after the questions is read ("气象部门负责…")', () => {
    const text = '某市专项检查工作方案\n一、检查内容\n（一）防雷安全。是否建立防雷安全生产管理制度；气象部门负责组织开展防雷检查。\n';
    expect(tasks(text)).toEqual(['1.1 prose 气象部门//']);
  });
});
