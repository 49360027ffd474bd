/**
 * Families first met on documents the compiler had never seen (round 22). Made-up text in the
 * style of such documents, each with a near miss that must not fire.
 */
import { compile } from 'policyc';
import { describe, expect, it } from 'vitest';
import { tasksWithUnits as tasks } from '../../../test/support/tasks.js';

/** A plan whose first section's one item holds `sentence`. */
const plan = (sentence: string) => ['某县2024年工作方案', '一、组织领导', `（一）明确责任。${sentence}`, '二、保障措施', '（一）加强宣传。营造良好氛围。'].join('\n');

describe('a body set up in a sentence is the actor of the duty that follows it', () => {
  it('after the modifier that says who heads it, within its clause or over a comma', () => {
    expect(tasks(plan('成立以县长为组长、分管副县长为副组长的县秸秆禁烧领导小组，全面负责督查禁烧工作。'))).toEqual(['1.1 prose 县秸秆禁烧领导小组//']);
    expect(tasks(plan('成立由县长任主任，相关部门负责人参加的县旅游发展委员会，负责全县旅游重大问题的协调。'))).toEqual(['1.1 prose 县旅游发展委员会//']);
  });

  it('with its short form after it, or made anew ("调整完善")', () => {
    expect(tasks(plan('成立县防汛抗旱指挥部（以下简称县防指），负责领导全县防汛抗旱工作。'))).toEqual(['1.1 prose 县防汛抗旱指挥部//']);
    expect(tasks(plan('调整完善县森林防灭火指挥部，负责组织全县森林防灭火工作。'))).toEqual(['1.1 prose 县森林防灭火指挥部//']);
  });

  it('near misses: a body named after 的 that nothing sets up, or one whose setting-up word is in the sentence before, is no actor', () => {
    expect(tasks(plan('各乡镇要服从县长为组长的县领导小组，负责做好禁烧工作。'))).toEqual(['1.1 prose 各乡镇//']);
    expect(tasks(plan('县里已经成立专班。各乡镇要服从县长为组长的县领导小组，负责做好禁烧工作。'))).toEqual(['1.1 prose 各乡镇//']);
    expect(tasks(plan('健全以县长为组长的工作机制，负责统筹推进。'))).toEqual([]);
    // what a measure encourages is not yet set up to act
    expect(tasks(plan('鼓励龙头企业设立研发中心，参与关键技术攻关。'))).toEqual([]);
    // 并 joins a second predicate of the sentence's subject, not of the body it set up
    expect(tasks(plan('县教育局成立工作专班并负责日常管理。'))).toEqual(['1.1 prose 县教育局//']);
  });
});

describe('units a role noun designates ("A、B为牵头部门") and the stations and offices a township names alone', () => {
  it('a township\'s offices and stations as the lead its role noun makes them', () => {
    expect(tasks(plan('由王某某同志牵头，党政办、派出所为牵头部门，负责对全镇政治安全风险进行排查。'))).toEqual(['1.1 prose 党政办|派出所//']);
    expect(tasks(plan('司法所、财政所为配合单位。'))).toEqual(['1.1 prose /司法所|财政所/']);
  });

  it('a body named by its kind word alone, and a village with its peers in brackets, as subjects', () => {
    expect(tasks(plan('派出所负责现场秩序维护。'))).toEqual(['1.1 prose 派出所//']);
    expect(tasks(plan('各乡（镇）、村（居）负责组织实施。'))).toEqual(['1.1 prose //各乡(镇)|村(居)']);
  });

  it('near misses: a word for a class or a part named alone is no body; a kind word in a place\'s name is no subject', () => {
    expect(tasks(plan('公司负责现场秩序维护。'))).toEqual([]);
    expect(tasks(plan('窗口负责受理申请。'))).toEqual([]);
    expect(tasks(plan('村（社区）两委换届工作按程序进行。'))).toEqual([]);
  });
});

describe('"由A负责、B配合": units set after a 、 with a verb of helping assist whoever does the work', () => {
  it('after 负责 as after 牵头', () => {
    expect(tasks(plan('新建移民村由迁入乡镇负责、迁出乡镇配合，做好村党组织建立工作。'))).toEqual(['1.1 prose 迁入乡镇/迁出乡镇/']);
    expect(tasks(plan('由县教育局牵头、县财政局参与，制定实施细则。'))).toEqual(['1.1 prose 县教育局/县财政局/']);
  });

  it('near misses: what follows the 、 is work, or a unit with a verb of its own, not a helper', () => {
    expect(tasks(plan('由县教育局负责、统筹推进，确保按期完成。'))).toEqual(['1.1 prose 县教育局//']);
    expect(tasks(plan('县教育局负责、县财政局保障经费。'))).toEqual(['1.1 prose 县教育局//']);
  });
});

describe('a body set up with a role verb right after it ("设立办公室专项负责…"), or made up of units ("建立由A、B组成的X，负责…")', () => {
  it('the body set up acts', () => {
    expect(tasks(plan('成立专项整治工作领导小组，并设立办公室专项负责跟踪整治行动进展情况。'))).toEqual(['1.1 prose 办公室//']);
    expect(tasks(plan('镇建立由教育、公安、司法等部门组成的校园周边治安综合治理工作领导小组，负责统筹协调。'))).toEqual(['1.1 prose 校园周边治安综合治理工作领导小组//']);
  });

  it('a body set up by each place acts, and one set up lately keeps its modifier in its name', () => {
    expect(tasks(plan('各乡镇、街道成立应急指挥部负责组织本辖区气象灾害应对工作。'))).toEqual(['1.1 prose 应急指挥部//']);
    expect(tasks(plan('新成立的工作专班负责统筹推进。'))).toEqual(['1.1 prose 新成立的工作专班//']);
  });

  it('near misses: what is set up is no body, or a modifier names who leads', () => {
    expect(tasks(plan('设立专项资金用于奖补，县财政局负责。'))).toEqual(['1.1 prose 县财政局//']);
    expect(tasks(plan('各部门要建立健全工作机制，负责统筹推进。'))).toEqual(['1.1 prose 各部门//']);
    expect(tasks(plan('成立由县人武部牵头，宣传、教育等部门参与的征兵宣传领导机构，负责全县征兵宣传工作。'))).toEqual(['1.1 prose 县人武部/宣传部门|教育部门/']);
  });
});

describe('"以A为主，B配合": the units 以…为主 names lead', () => {
  it('a township\'s offices, a hospital', () => {
    expect(tasks(plan('周边治安秩序整治以乡综治办、派出所为主，国土、文化部门配合。'))).toEqual(['1.1 prose 乡综治办|派出所/国土部门|文化部门/']);
    expect(tasks(plan('食品卫生整治以卫生院为主。'))).toEqual(['1.1 prose 卫生院//']);
    // no word of work before 以, but the units that help after it
    expect(tasks(plan('食品卫生以卫生院为主，市场监管等部门配合。'))).toEqual(['1.1 prose 卫生院/市场监管等部门/']);
  });

  it('near misses: 以…为主 naming a way of working gives the actor no role', () => {
    expect(tasks(plan('各乡镇要坚持以预防为主。'))).toEqual([]);
    expect(tasks(plan('各乡镇要坚持以预防为主，县应急局负责指导。'))).toEqual(['1.1 prose 县应急局//']);
    expect(tasks(plan('以行业龙头企业为主，联合科研院所等单位，组建产业联盟。'))).toEqual([]);
  });
});

describe('schools and a count of bodies as units; principles a system is built on give no roles', () => {
  it('a middle and a primary school helping a lead; "14个乡镇人民政府" in a clause', () => {
    expect(tasks(plan('由乡综治办牵头，教办、中学、派出所、各村小学密切配合，开展集中整治。'))).toEqual(['1.1 prose 乡综治办/教办|中学|派出所|各村小学/']);
    expect(tasks(plan('引导干部职工消费脱贫地区产品。（市财政局、市总工会等部门和14个乡镇人民政府负责）'))).toEqual(['1.1 clause //市财政局|市总工会|14个乡镇人民政府']);
  });

  it('"建立统一管理、分级负责，分工配合、相互协调的…体制" records nothing; "分工负责" of units does', () => {
    expect(tasks(plan('各县（市、区）人民政府要加快建立统一管理、分级负责，分工配合、相互协调的节能管理体制。'))).toEqual([]);
    expect(tasks(plan('各成员单位要分工负责、密切配合。'))).toEqual(['1.1 prose 各成员单位//']);
  });

  it('near misses: a count of places in brackets is no clause; 集中学习 is no school', () => {
    expect(tasks(plan('推进服务全覆盖（14个乡镇）。'))).toEqual([]);
    expect(tasks(plan('集中学习有关文件，负责宣传。'))).toEqual([]);
  });
});

describe('a unit\'s alternatives in brackets, done over again ("万亩(次)") or in another magnitude ("亿棒(万亩)"), and the classifiers of birds and fungus sticks', () => {
  const targets = (sentence: string) =>
    compile({ path: 'p.txt', value: ['某省消费帮扶实施意见', '一、目标任务', sentence].join('\n') }).registry.targets.map((t) => `${t.value} ${t.unit} ${t.comparator}`);

  it('the comparator after the bracket is the target\'s', () => {
    expect(targets('到2020年，全省蔬菜种植面积达到2000万亩(次)以上，食用菌种植力争30亿棒(万亩)以上，生态家禽年出栏2.1亿羽以上。')).toEqual(['2000 万亩(次) gte', '30 亿棒(万亩) gte', '2.1 亿羽 gte']);
  });

  it('near misses: an inclusion note and a part in brackets are no alternatives', () => {
    expect(targets('到2025年，新建高标准农田100亩(含)以上。')).toEqual(['100 亩 gte']);
    expect(targets('到2025年，完成造林2000亩(其中人工造林500亩)。')).toEqual(['2000 亩 eq', '500 亩 eq']);
  });
});

describe('round 22\'s review: the same rules where they must not fire', () => {
  it('a principle\'s four characters said of a unit are its duty ("由县林业局统一负责、各乡镇配合")', () => {
    expect(tasks(plan('森林防火工作由县林业局统一负责、各乡镇配合。'))).toEqual(['1.1 prose 县林业局/各乡镇/']);
    expect(tasks(plan('县应急局归口负责、统一协调。'))).toEqual(['1.1 prose 县应急局//']);
  });

  it('a body named after another clause\'s 的 is not the one set up; a body another set up keeps its modifier', () => {
    expect(tasks(plan('县政府成立工作专班，配合省里的督查组，负责现场督导。'))).toEqual(['1.1 prose 工作专班//']);
    expect(tasks(plan('县政府成立的工作专班负责统筹推进。'))).toEqual(['1.1 prose 县政府成立的工作专班//']);
  });

  it('a body made up of named units, set up by 建立; 调整 alone sets up nothing', () => {
    expect(tasks(plan('建立由县发改委、县财政局组成的工作领导小组，负责统筹推进。'))).toEqual(['1.1 prose 工作领导小组//']);
    expect(tasks(plan('调整县应急指挥部成员单位，负责应急处置。'))).toEqual([]);
  });

  it('a body each place sets up in its own modifier is the actor, not a name holding the setting-up ("街道成立相应的…")', () => {
    expect(tasks(plan('各乡镇、街道成立相应的应急指挥部负责组织本辖区应对工作。'))).toEqual(['1.1 prose 应急指挥部//']);
  });

  it('what an encouraged measure sets up takes no duty, across the clauses of its modifier', () => {
    expect(tasks(plan('鼓励龙头企业组建由高校参加，上下游企业共同参与的产业技术创新联盟，负责关键技术攻关。')).join(' ')).not.toContain('联盟');
  });

  it('以…为主 after what is made up of units, and 中学 in learning by doing, give nothing', () => {
    expect(tasks(plan('研发投入以企业为主，政府给予支持。'))).toEqual([]);
    expect(tasks(plan('坚持在干中学、在学中干，各学校负责组织。'))).toEqual(['1.1 prose 各学校//']);
  });
});

describe('"负责人民调解": work whose word opens with 人 after 负责, not 负责人 the person', () => {
  it('the unit before 负责 leads the work', () => {
    expect(tasks(plan('司法所负责人民调解工作。'))).toEqual(['1.1 prose 司法所//']);
    expect(tasks(plan('县统计局负责人口普查，县人社局负责人才引进。'))).toEqual(['1.1 prose //县统计局|县人社局']);
    expect(tasks(plan('派出所、司法所负责人民调解工作。'))).toEqual(['1.1 prose //派出所|司法所']);
  });

  it('near miss: 负责人 the person is no unit\'s duty', () => {
    expect(tasks(plan('各单位负责人要亲自抓、负总责。'))).toEqual([]);
    expect(tasks(plan('县统计局负责人要亲自抓。'))).toEqual([]);
  });
});
