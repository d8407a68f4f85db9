// Trips led by city leaders (一把手招商), dated relative to today, and who went on them.
import { tripMembers, trips } from "../../schema";
import type { RegionGroup, TripStatus } from "../../schema/enums";
import { demoAccounts, demoGroups } from "../demo-accounts";
import {
  addDays,
  at,
  count,
  insertAll,
  insertWithIds,
  minIso,
  need,
  type SeedContext,
  type TripRef,
  type Tx,
  userId,
} from "./context";

const g = demoGroups;

type TripPlan = {
  title: string;
  leader: string;
  /** Days before today the trip starts (negative: in the future), or a month-day of the anchor year. */
  when: number | string;
  days: number;
  cities: string[];
  destinations: string;
  region: RegionGroup;
  focus: string[];
  must: string[];
  purpose: string;
};

const plans: TripPlan[] = [
  { title: "市委书记率队赴天津滨海高新区考察并签署合作协议", leader: "shuji", when: "04-23", days: 4, cities: ["天津"], destinations: "天津市滨海新区、天津滨海高新区", region: "bohai", focus: [g.electronics, g.headquarters, g.nonFerrous], must: ["yuxing", "jinzhong", "jingang"], purpose: "与天津滨海高新区签署合作协议，考察对接重点企业，打造东西部区域合作发展样板。" },
  { title: "市长率队赴天津举行合作项目签约仪式", leader: "shizhang", when: "06-02", days: 3, cities: ["天津"], destinations: "天津市", region: "bohai", focus: [g.headquarters, g.finance, g.ecommerce], must: ["zimaotong", "jingang", "binrong", "yunshang", "jinlv", "kangtai"], purpose: "出席广安市与天津市相关国有企业合作项目签约仪式，推动8个合作项目落地。" },
  { title: "市长率队赴深圳考察电子信息企业", leader: "shizhang", when: 350, days: 4, cities: ["深圳"], destinations: "广东省深圳市", region: "prd", focus: [g.electronics], must: ["xusheng", "ruineng"], purpose: "考察电子信息龙头企业，推介华蓥电子信息产业园。" },
  { title: "常务副市长率队赴成都、重庆对接汽车零部件企业", leader: "fushizhang1", when: 326, days: 3, cities: ["成都", "重庆"], destinations: "四川省成都市、重庆市", region: "chengyu", focus: [g.equipment], must: ["huarui"], purpose: "对接汽车零部件配套企业，推进邻水县汽车零部件产业链招商。" },
  { title: "市委书记率队赴北京考察对接重点企业", leader: "shuji", when: 312, days: 3, cities: ["北京"], destinations: "北京市", region: "bohai", focus: [g.buildingMaterials, g.outsourcing], must: ["zhuoyuan", "xingdou"], purpose: "考察新型建材和北斗信息技术企业，洽谈重大项目落户广安。" },
  { title: "副市长率队赴上海考察健康养老项目", leader: "fushizhang5", when: 295, days: 3, cities: ["上海"], destinations: "上海市", region: "yrd", focus: [g.eldercare, g.creative], must: ["yikang"], purpose: "考察康养服务企业，推介华蓥山康养资源。" },
  { title: "市委书记率队赴深圳、东莞开展电子信息产业链招商", leader: "shuji", when: 270, days: 4, cities: ["深圳", "东莞"], destinations: "广东省深圳市、东莞市", region: "prd", focus: [g.electronics], must: ["xusheng", "ruineng", "jingai"], purpose: "围绕华蓥电子信息产业链“缺什么填什么”，对接手机盖板、锂电池、防护镜片等配套企业。" },
  { title: "市长率队赴苏州工业园区、上海学习考察", leader: "shizhang", when: 250, days: 4, cities: ["苏州", "上海"], destinations: "江苏省苏州工业园区、上海市", region: "yrd", focus: [g.outsourcing, g.headquarters], must: ["yunqi", "pujiang"], purpose: "学习苏州工业园区开发建设经验，对接服务外包和总部经济项目。" },
  { title: "副市长率队赴山东考察现代农业和汽车内饰件项目", leader: "fushizhang4", when: 232, days: 3, cities: ["潍坊", "淄博"], destinations: "山东省潍坊市、淄博市", region: "other", focus: [g.agriculture, g.equipment], must: ["yicheng", "lvyuan"], purpose: "考察设施农业和汽车内饰件企业，推进项目签约落地。" },
  { title: "市长率队赴成都参加投资推介会", leader: "shizhang", when: 215, days: 2, cities: ["成都"], destinations: "四川省成都市", region: "chengyu", focus: [g.foodDrink, g.buildingMaterials], must: ["shuzhu"], purpose: "参加投资推介会，集中推介广安重点产业和园区。" },
  { title: "市委书记率队赴北京中关村对接科技企业", leader: "shuji", when: 200, days: 3, cities: ["北京"], destinations: "北京市中关村", region: "bohai", focus: [g.electronics, g.medicine], must: ["zhongke", "huakang"], purpose: "对接中关村科技企业，推动高新技术项目向广安转移。" },
  { title: "常务副市长率队赴天津对接国有企业", leader: "fushizhang1", when: 190, days: 3, cities: ["天津"], destinations: "天津市", region: "bohai", focus: [g.chemicals, g.finance], must: ["haijing", "binrong"], purpose: "对接天津市相关国有企业，筹备合作项目签约。" },
  { title: "市委书记率队赴深圳推进广安(深圳)合作产业园建设", leader: "shuji", when: 160, days: 3, cities: ["深圳"], destinations: "广东省深圳市", region: "prd", focus: [g.equipment, g.finance], must: ["jinyuan", "huijin"], purpose: "推进广安(深圳)合作产业园合资公司组建，对接入园企业。" },
  { title: "副市长率队赴重庆考察现代物流项目", leader: "fushizhang3", when: 140, days: 2, cities: ["重庆"], destinations: "重庆市", region: "chengyu", focus: [g.logistics, g.foodDrink], must: ["lugang"], purpose: "考察现代物流和供应链企业，推进公铁联运物流园项目。" },
  { title: "市长率队赴上海、苏州开展精准招商", leader: "shizhang", when: 120, days: 4, cities: ["上海", "苏州"], destinations: "上海市、江苏省苏州市", region: "yrd", focus: [g.equipment, g.electronics], must: ["zhuochi", "jingke"], purpose: "对接新能源汽车零部件和柔性电子企业，开展精准招商。" },
  { title: "市委书记率队赴深圳、东莞考察电子信息企业", leader: "shuji", when: 100, days: 4, cities: ["深圳", "东莞"], destinations: "广东省深圳市、东莞市", region: "prd", focus: [g.electronics], must: ["huaxin", "chuangxian", "roulian"], purpose: "对接芯片、IC驱动、柔性线路板等上游企业，补齐华蓥电子信息产业链短板。" },
  { title: "副市长率队赴北京对接文化旅游项目", leader: "fushizhang4", when: 85, days: 3, cities: ["北京"], destinations: "北京市", region: "bohai", focus: [g.tourism, g.creative], must: ["huaxia", "xinghe"], purpose: "对接文化旅游投资企业，推介红色旅游和华蓥山生态旅游资源。" },
  { title: "市长率队赴天津开展定向招商", leader: "shizhang", when: 70, days: 3, cities: ["天津"], destinations: "天津市", region: "bohai", focus: [g.equipment, g.medicine], must: ["jinzhong", "kangtai"], purpose: "跟进对津合作协议落实，开展定向招商。" },
  { title: "市委书记率队赴成都考察医药和食品企业", leader: "shuji", when: 55, days: 2, cities: ["成都"], destinations: "四川省成都市", region: "chengyu", focus: [g.medicine, g.foodDrink], must: ["shucao", "weiyuan"], purpose: "考察医药和食品企业，推动成渝地区产业协作。" },
  { title: "副市长率队赴广州、佛山考察轻纺和食品饮料企业", leader: "fushizhang2", when: 40, days: 3, cities: ["广州", "佛山"], destinations: "广东省广州市、佛山市", region: "prd", focus: [g.textiles, g.foodDrink], must: ["yayi", "yuexiang"], purpose: "对接轻纺和食品饮料企业，承接珠三角产业转移。" },
  { title: "市长率队赴深圳开展电子信息产业链补链招商", leader: "shizhang", when: 25, days: 4, cities: ["深圳"], destinations: "广东省深圳市", region: "prd", focus: [g.electronics], must: ["pengshi", "hengli", "roulian"], purpose: "围绕显示模组、精密结构件、柔性线路板开展补链招商。" },
  { title: "市委书记率队赴北京中关村对接高新产业孵化园", leader: "shuji", when: 12, days: 3, cities: ["北京"], destinations: "北京市中关村", region: "bohai", focus: [g.electronics, g.outsourcing], must: ["zhongke", "xingdou", "taihe"], purpose: "与中关村高新产业孵化园深化战略合作，对接孵化企业转移项目。" },
  { title: "副市长率队赴杭州、绍兴考察电子商务和轻纺企业", leader: "fushizhang2", when: 1, days: 3, cities: ["杭州", "绍兴"], destinations: "浙江省杭州市、绍兴市", region: "yrd", focus: [g.ecommerce, g.textiles], must: ["youpin", "yunfan", "jinlun"], purpose: "考察直播电商和纺织企业，推介广安电商产业园。" },
  { title: "市委书记率队赴天津回访滨海高新区", leader: "shuji", when: -9, days: 4, cities: ["天津"], destinations: "天津市滨海新区、天津滨海高新区", region: "bohai", focus: [g.electronics, g.headquarters], must: [], purpose: "回访天津滨海高新区，推进共建创新示范园建设。" },
  { title: "市长率队赴上海参加长三角投资推介会", leader: "shizhang", when: -20, days: 3, cities: ["上海"], destinations: "上海市", region: "yrd", focus: [g.headquarters, g.eldercare], must: [], purpose: "参加长三角投资推介会，开展总部经济和康养项目招商。" },
  // Under way today: the trip the demo secretary (mishu) finds her meeting form starting from. It set
  // out this morning, so no meeting is logged yet (seedMeetings leaves trips starting today alone).
  { title: "市委书记率队赴重庆两江新区考察电子信息企业", leader: "shuji", when: 0, days: 3, cities: ["重庆"], destinations: "重庆市两江新区", region: "chengyu", focus: [g.electronics, g.equipment], must: [], purpose: "考察两江新区集成电路和智能终端企业，推介华蓥电子信息产业园，推动成渝地区产业协作。" },
];

/** The secretary who logs a leader's trips: the one who works for him, else the mayor's secretary. */
export function secretaryOf(leader: string): string {
  return demoAccounts.find((a) => a.serves === leader)?.username ?? "mishu2";
}

function statusOf(ctx: SeedContext, startOn: string, endOn: string): TripStatus {
  if (endOn < ctx.today) return "done";
  if (startOn > ctx.today) return "planned";
  return "ongoing";
}

export async function seedTrips(tx: Tx, ctx: SeedContext): Promise<void> {
  const refs: Omit<TripRef, "id">[] = plans.map((p) => {
    // The anchor year is chosen so that the document's dated trips (April, early June) are past.
    const start = typeof p.when === "string" ? `${ctx.anchorYear}-${p.when}` : addDays(ctx.today, -p.when);
    const endOn = addDays(start, p.days - 1);
    const staff: string[] = [];
    for (const group of p.focus.slice(0, 2)) {
      const people = need(ctx.groupPeople, group, "task group people");
      for (const person of people.slice(0, staff.length === 0 ? 2 : 1)) if (!staff.includes(person)) staff.push(person);
    }
    return {
      title: p.title,
      leader: p.leader,
      secretary: secretaryOf(p.leader),
      staff,
      startOn: start,
      endOn,
      cities: p.cities,
      status: statusOf(ctx, start, endOn),
      focus: p.focus,
      must: p.must,
    };
  });

  const ids = await insertWithIds(
    refs.map((r, i) => {
      const created = at(minIso(addDays(r.startOn, -7), addDays(ctx.today, -2)), 16, 30);
      return {
        title: r.title,
        leaderId: userId(ctx, r.leader),
        startOn: r.startOn,
        endOn: r.endOn,
        destinations: plans[i].destinations,
        region: plans[i].region,
        purpose: plans[i].purpose,
        status: r.status,
        createdById: userId(ctx, r.secretary),
        createdAt: created,
        updatedAt: r.status === "planned" ? created : at(minIso(r.endOn, addDays(ctx.today, -1)), 20),
      };
    }),
    (chunk) => tx.insert(trips).values(chunk).returning({ id: trips.id }),
  );
  refs.forEach((r, i) => ctx.trips.push({ id: ids[i], ...r }));
  count(ctx, "trips", ids.length);

  const memberRows = ctx.trips.flatMap((t) =>
    [t.secretary, ...t.staff].map((u) => ({ tripId: t.id, userId: userId(ctx, u) })),
  );
  await insertAll(memberRows, (chunk) => tx.insert(tripMembers).values(chunk));
  count(ctx, "tripMembers", memberRows.length);
}
