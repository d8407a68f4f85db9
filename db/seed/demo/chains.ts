// Industry chains (链式招商): the 华蓥 electronics chain with its missing parts, and 邻水's car parts.
import { chainNodeCompanies, chainNodes, chains } from "../../schema";
import type { ChainAim, ChainPosition, ChainPresence } from "../../schema/enums";
import { addDays, at, count, insertAll, insertWithIds, need, type SeedContext, type Tx } from "./context";

type Part = {
  name: string;
  presence: ChainPresence;
  aim: ChainAim | null;
  /** Companies on the part: local ones (key) and targets (key, priority 1–3). */
  local?: string[];
  targets?: [string, number][];
};

type Segment = { name: string; position: ChainPosition; presence: ChainPresence; parts: Part[] };

type ChainPlan = { name: string; district: string; industry: string; description: string; segments: Segment[] };

export const huayingChain = "华蓥电子信息产业链";
export const linshuiChain = "邻水县汽车零部件产业链";

const plans: ChainPlan[] = [
  {
    name: huayingChain,
    district: "华蓥市",
    industry: "电子信息",
    description:
      "围绕手机、平板电脑从零部件生产到整机研发制造，按“缺什么填什么”梳理产业链，开展延链、补链、扩链、强链招商。目前“大件”齐全，芯片、IC驱动、柔性线路板等“小件”暂缺。",
    segments: [
      {
        name: "上游·核心元器件",
        position: "upstream",
        presence: "partial",
        parts: [
          { name: "芯片", presence: "missing", aim: "fill", targets: [["huaxin", 1], ["zhongke", 2]] },
          { name: "IC驱动", presence: "missing", aim: "fill", targets: [["chuangxian", 1], ["weixin", 2]] },
          { name: "柔性线路板", presence: "missing", aim: "fill", targets: [["roulian", 1], ["jingke", 2]] },
          { name: "锂电池", presence: "present", aim: "strengthen", local: ["hyline"], targets: [["ruineng", 3]] },
          { name: "电子视窗防护镜片", presence: "present", aim: "strengthen", local: ["hyoptic"] },
          { name: "手机盖板", presence: "present", aim: "widen", local: ["guangyu"], targets: [["jingai", 2]] },
          { name: "被动元器件", presence: "partial", aim: "extend" },
        ],
      },
      {
        name: "中游·模组与结构件",
        position: "midstream",
        presence: "partial",
        parts: [
          { name: "显示模组", presence: "partial", aim: "extend", targets: [["pengshi", 1]] },
          { name: "摄像头模组", presence: "present", aim: "strengthen", local: ["jingyan"], targets: [["yusheng", 3]] },
          { name: "精密结构件", presence: "partial", aim: "widen", targets: [["hengli", 2]] },
          { name: "电声器件", presence: "present", aim: "widen", local: ["jingyan"] },
        ],
      },
      {
        name: "下游·整机与应用",
        position: "downstream",
        presence: "present",
        parts: [
          { name: "整机组装", presence: "present", aim: "strengthen", local: ["huaxian"] },
          { name: "智能终端研发", presence: "present", aim: "extend", local: ["zhiwei", "huaxian"], targets: [["tianfuzd", 2]] },
          { name: "VR/AR设备", presence: "present", aim: "extend", local: ["huanshi"], targets: [["yuanjing", 3]] },
          { name: "平板电脑", presence: "present", aim: "widen", local: ["huaxian"] },
        ],
      },
    ],
  },
  {
    name: linshuiChain,
    district: "邻水县",
    industry: "装备制造",
    description: "瞄准高端装备制造业，实行“清单制”精准招商，围绕汽车线束、汽车配件等补齐汽车零部件配套。",
    segments: [
      {
        name: "上游·材料与基础件",
        position: "upstream",
        presence: "partial",
        parts: [
          { name: "精密铸件", presence: "present", aim: "strengthen", local: ["ruifeng"] },
          { name: "铝合金型材", presence: "missing", aim: "fill", targets: [["jinlv", 2]] },
        ],
      },
      {
        name: "中游·总成与系统",
        position: "midstream",
        presence: "partial",
        parts: [
          { name: "汽车线束", presence: "present", aim: "strengthen", targets: [["yuxing", 1]] },
          { name: "汽车内饰件", presence: "partial", aim: "widen", targets: [["yicheng", 1]] },
          { name: "新能源汽车电控部件", presence: "missing", aim: "fill", targets: [["zhuochi", 1]] },
        ],
      },
      {
        name: "下游·整车配套",
        position: "downstream",
        presence: "partial",
        parts: [{ name: "汽车配件", presence: "present", aim: "extend", local: ["ruifeng"], targets: [["huarui", 2]] }],
      },
    ],
  },
];

export async function seedChains(tx: Tx, ctx: SeedContext): Promise<void> {
  const createdAt = at(addDays(ctx.today, -950), 10);
  const chainIds = await insertWithIds(
    plans.map((p) => ({
      name: p.name,
      districtId: need(ctx.districts, p.district, "district"),
      industryId: need(ctx.industries, p.industry, "industry").id,
      description: p.description,
      createdAt,
      updatedAt: createdAt,
    })),
    (chunk) => tx.insert(chains).values(chunk).returning({ id: chains.id }),
  );
  count(ctx, "chains", chainIds.length);

  const links: (typeof chainNodeCompanies.$inferInsert)[] = [];
  for (const [c, plan] of plans.entries()) {
    const chainId = chainIds[c];
    const segmentIds = await insertWithIds(
      plan.segments.map((s, i) => ({
        chainId,
        parentId: null,
        name: s.name,
        position: s.position,
        presence: s.presence,
        aim: null,
        sortOrder: i + 1,
        createdAt,
        updatedAt: createdAt,
      })),
      (chunk) => tx.insert(chainNodes).values(chunk).returning({ id: chainNodes.id }),
    );
    const parts = plan.segments.flatMap((s, i) => s.parts.map((part) => ({ part, segment: s, parentId: segmentIds[i] })));
    const partIds = await insertWithIds(
      parts.map(({ part, segment, parentId }, i) => ({
        chainId,
        parentId,
        name: part.name,
        position: segment.position,
        presence: part.presence,
        aim: part.aim,
        sortOrder: i + 1,
        createdAt,
        updatedAt: createdAt,
      })),
      (chunk) => tx.insert(chainNodes).values(chunk).returning({ id: chainNodes.id }),
    );
    count(ctx, "chainNodes", segmentIds.length + partIds.length);
    parts.forEach(({ part }, i) => {
      ctx.chainNodes.set(part.name, { id: partIds[i], chain: plan.name, name: part.name, presence: part.presence });
      for (const key of part.local ?? []) {
        links.push({ chainNodeId: partIds[i], companyId: need(ctx.companyByKey, key, "company").id, role: "local", createdAt });
      }
      for (const [key, priority] of part.targets ?? []) {
        links.push({
          chainNodeId: partIds[i],
          companyId: need(ctx.companyByKey, key, "company").id,
          role: "target",
          priority,
          createdAt,
        });
      }
    });
  }
  await insertAll(links, (chunk) => tx.insert(chainNodeCompanies).values(chunk));
  count(ctx, "chainNodeCompanies", links.length);
}
