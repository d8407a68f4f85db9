// The demo accounts written by the demo seed (db/seed/demo.ts). The README and the end-to-end tests
// import this list so they always name the same people. All names are fictional.
import type { Role } from "../schema/enums";

/** The one password of every demo account. */
export const demoPassword = "guangan2026";

export type DemoAccount = {
  username: string;
  /** Chinese display name. */
  name: string;
  title: string;
  role: Role;
  /** Task group (产业推进工作组) the account belongs to; null for admin, leaders and secretaries. */
  group: string | null;
  /** District the account works in, when it is a district official. */
  district?: string;
  /** One of the city's principal leaders (党政主要领导). */
  principal?: boolean;
  /** A secretary's leader (username): her meeting and trip forms start from him and his trip under way. */
  serves?: string;
};

export const demoGroups = {
  equipment: "装备制造产业推进工作组",
  electronics: "电子信息产业推进工作组",
  textiles: "轻纺产业推进工作组",
  chemicals: "化工产业推进工作组",
  buildingMaterials: "建材产业推进工作组",
  foodDrink: "食品饮料产业推进工作组",
  nonFerrous: "有色金属产业推进工作组",
  medicine: "医药产业推进工作组",
  logistics: "现代物流产业推进工作组",
  ecommerce: "电子商务产业推进工作组",
  finance: "金融服务产业推进工作组",
  creative: "文化创意产业推进工作组",
  eldercare: "健康养老产业推进工作组",
  outsourcing: "服务外包产业推进工作组",
  agriculture: "现代农业产业推进工作组",
  tourism: "生态文化旅游产业推进工作组",
  headquarters: "总部经济与国际贸易产业推进工作组",
} as const;

const g = demoGroups;

export const demoAccounts: readonly DemoAccount[] = [
  { username: "admin", name: "系统管理员", title: "市投促委信息中心", role: "admin", group: null },

  // City leaders (市级领导): each heads one or more task groups.
  { username: "shuji", name: "周立群", title: "市委书记", role: "leader", group: null, principal: true },
  { username: "shizhang", name: "陈志远", title: "市委副书记、市长", role: "leader", group: null, principal: true },
  { username: "fushizhang1", name: "赵海峰", title: "常务副市长", role: "leader", group: null },
  { username: "fushizhang2", name: "孙雅琴", title: "副市长", role: "leader", group: null },
  { username: "fushizhang3", name: "钱永强", title: "副市长", role: "leader", group: null },
  { username: "fushizhang4", name: "杨光辉", title: "副市长", role: "leader", group: null },
  { username: "fushizhang5", name: "黄晓敏", title: "副市长", role: "leader", group: null },

  // Secretaries log trips and meetings.
  { username: "mishu", name: "张伟", title: "市委书记秘书", role: "secretary", group: null, serves: "shuji" },
  { username: "mishu2", name: "李娜", title: "市长秘书", role: "secretary", group: null, serves: "shizhang" },

  // Task-group leads (组长) and members (专业小分队).
  { username: "zuzhang2", name: "马志刚", title: "市经信委副主任", role: "group_lead", group: g.equipment },
  { username: "zuyuan2", name: "李海", title: "市经信委装备工业科科长", role: "member", group: g.equipment },
  { username: "zy01b", name: "周敏", title: "邻水县投促局副局长", role: "member", group: g.equipment, district: "邻水县" },

  { username: "zuzhang", name: "唐振宇", title: "市投促委副主任", role: "group_lead", group: g.electronics },
  { username: "zuyuan", name: "王磊", title: "市投促委项目促进科科长", role: "member", group: g.electronics },
  { username: "zy02b", name: "陈思", title: "华蓥市投促局副局长", role: "member", group: g.electronics, district: "华蓥市" },

  { username: "zz03", name: "蒋文斌", title: "市经信委副调研员", role: "group_lead", group: g.textiles },
  { username: "zy03a", name: "吴晓丽", title: "前锋区投促局科长", role: "member", group: g.textiles, district: "前锋区" },

  { username: "zz04", name: "邓国庆", title: "广安经开区管委会副主任", role: "group_lead", group: g.chemicals, district: "广安经开区" },
  { username: "zy04a", name: "郑凯", title: "广安经开区投资促进局科长", role: "member", group: g.chemicals, district: "广安经开区" },
  { username: "zy04b", name: "朱琳", title: "市经信委原材料工业科科员", role: "member", group: g.chemicals },

  { username: "zz05", name: "谢明亮", title: "市住建局副局长", role: "group_lead", group: g.buildingMaterials },
  { username: "zy05a", name: "许波", title: "市住建局建筑业管理科科长", role: "member", group: g.buildingMaterials },

  { username: "zz06", name: "胡小燕", title: "市商务局副局长", role: "group_lead", group: g.foodDrink },
  { username: "zy06a", name: "沈佳", title: "岳池县投促局科长", role: "member", group: g.foodDrink, district: "岳池县" },

  { username: "zz07", name: "郭强", title: "市经信委总工程师", role: "group_lead", group: g.nonFerrous },
  { username: "zy07a", name: "高翔", title: "市经信委原材料工业科科长", role: "member", group: g.nonFerrous },

  { username: "zz08", name: "曾丽萍", title: "市卫计委副主任", role: "group_lead", group: g.medicine },
  { username: "zy08a", name: "梁燕", title: "市食药监局科长", role: "member", group: g.medicine },
  { username: "zy08b", name: "宋杰", title: "广安经开区投资促进局科员", role: "member", group: g.medicine, district: "广安经开区" },

  { username: "zz09", name: "彭涛", title: "市发改委副主任", role: "group_lead", group: g.logistics },
  { username: "zy09a", name: "曹阳", title: "市商务局流通科科长", role: "member", group: g.logistics },

  { username: "zz10", name: "林静", title: "市商务局副局长", role: "group_lead", group: g.ecommerce },
  { username: "zy10a", name: "贾敏", title: "市商务局电子商务科科长", role: "member", group: g.ecommerce },

  { username: "zz11", name: "韩冰", title: "市金融办副主任", role: "group_lead", group: g.finance },
  { username: "zy11a", name: "潘伟", title: "市金融办金融发展科科长", role: "member", group: g.finance },

  { username: "zz12", name: "冯雪梅", title: "市文广新局副局长", role: "group_lead", group: g.creative },
  { username: "zy12a", name: "杜娟", title: "市文广新局文化产业科科长", role: "member", group: g.creative },

  { username: "zz13", name: "董春燕", title: "市民政局副局长", role: "group_lead", group: g.eldercare },
  { username: "zy13a", name: "夏雨", title: "市民政局养老服务科科长", role: "member", group: g.eldercare },

  { username: "zz14", name: "袁立新", title: "市科知局副局长", role: "group_lead", group: g.outsourcing },
  { username: "zy14a", name: "钟鸣", title: "市科知局高新技术科科长", role: "member", group: g.outsourcing },

  { username: "zz15", name: "邹德明", title: "市农业局副局长", role: "group_lead", group: g.agriculture },
  { username: "zy15a", name: "汪洋", title: "武胜县投促局副局长", role: "member", group: g.agriculture, district: "武胜县" },
  { username: "zy15b", name: "段红", title: "岳池县农业局科长", role: "member", group: g.agriculture, district: "岳池县" },

  { username: "zz16", name: "田野", title: "市旅游局副局长", role: "group_lead", group: g.tourism },
  { username: "zy16a", name: "雷鸣", title: "华蓥市旅游局副局长", role: "member", group: g.tourism, district: "华蓥市" },
  { username: "zy16b", name: "白雪", title: "广安区投促局科长", role: "member", group: g.tourism, district: "广安区" },

  { username: "zz17", name: "魏东升", title: "市投促委副主任", role: "group_lead", group: g.headquarters },
  { username: "zy17a", name: "秦川", title: "市投促委对外联络科科长", role: "member", group: g.headquarters },
];

