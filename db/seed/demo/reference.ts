// Reference data: districts, the 17 task groups, industries, the demo users and who belongs where.
import { eq } from "drizzle-orm";
import { hashPassword } from "../../../lib/auth/password";
import { districts, industries, officeSettings, taskGroupMembers, taskGroups, users } from "../../schema";
import type { DistrictKind, IndustryCategory } from "../../schema/enums";
import { demoAccounts, demoGroups, demoPassword } from "../demo-accounts";
import { addDays, at, count, insertAll, insertWithIds, need, type SeedContext, type Tx, userId } from "./context";

const g = demoGroups;

export const districtList: { name: string; kind: DistrictKind }[] = [
  { name: "广安区", kind: "district" },
  { name: "前锋区", kind: "district" },
  { name: "华蓥市", kind: "county_city" },
  { name: "岳池县", kind: "county" },
  { name: "武胜县", kind: "county" },
  { name: "邻水县", kind: "county" },
  { name: "广安经开区", kind: "park" },
];

/** Industries (name, category, task group). */
export const industryList: { name: string; category: IndustryCategory; group: string }[] = [
  { name: "装备制造", category: "industry", group: g.equipment },
  { name: "电子信息", category: "industry", group: g.electronics },
  { name: "轻纺", category: "industry", group: g.textiles },
  { name: "化工", category: "industry", group: g.chemicals },
  { name: "建材", category: "industry", group: g.buildingMaterials },
  { name: "食品饮料", category: "industry", group: g.foodDrink },
  { name: "有色金属", category: "industry", group: g.nonFerrous },
  { name: "医药", category: "industry", group: g.medicine },
  { name: "现代物流", category: "service", group: g.logistics },
  { name: "电子商务", category: "service", group: g.ecommerce },
  { name: "金融服务", category: "service", group: g.finance },
  { name: "文化创意", category: "service", group: g.creative },
  { name: "健康养老", category: "service", group: g.eldercare },
  { name: "服务外包", category: "service", group: g.outsourcing },
  { name: "现代农业", category: "agriculture", group: g.agriculture },
  { name: "生态文化旅游", category: "tourism", group: g.tourism },
  { name: "总部经济", category: "service", group: g.headquarters },
  { name: "国际贸易", category: "service", group: g.headquarters },
];

/** The city leader heading each task group (牵头市领导). */
const groupHeads: Record<string, string> = {
  [g.electronics]: "shuji",
  [g.equipment]: "shuji",
  [g.headquarters]: "shizhang",
  [g.medicine]: "shizhang",
  [g.buildingMaterials]: "shizhang",
  [g.chemicals]: "fushizhang1",
  [g.nonFerrous]: "fushizhang1",
  [g.finance]: "fushizhang1",
  [g.textiles]: "fushizhang2",
  [g.foodDrink]: "fushizhang2",
  [g.ecommerce]: "fushizhang2",
  [g.logistics]: "fushizhang3",
  [g.outsourcing]: "fushizhang3",
  [g.agriculture]: "fushizhang4",
  [g.tourism]: "fushizhang4",
  [g.creative]: "fushizhang5",
  [g.eldercare]: "fushizhang5",
};

/** Phone numbers of the demo accounts: fictional, derived from the position in the list. */
function staffPhone(index: number): string {
  return `0826-${String(2300000 + index * 137).slice(0, 7)}`;
}

export async function seedReference(tx: Tx, ctx: SeedContext): Promise<void> {
  const since = addDays(ctx.today, -1000);
  const createdAt = at(since, 9);

  const districtIds = await insertWithIds(
    districtList.map((d, i) => ({ name: d.name, kind: d.kind, sortOrder: i + 1, createdAt })),
    (chunk) => tx.insert(districts).values(chunk).returning({ id: districts.id }),
  );
  districtList.forEach((d, i) => ctx.districts.set(d.name, districtIds[i]));
  count(ctx, "districts", districtIds.length);

  // Users first (task groups point at their leader), with one hash shared by every demo account.
  const passwordHash = await hashPassword(demoPassword);
  const userIds = await insertWithIds(
    demoAccounts.map((a, i) => ({
      username: a.username,
      passwordHash,
      name: a.name,
      title: a.title,
      role: a.role,
      isPrincipal: a.principal ?? false,
      districtId: a.district ? need(ctx.districts, a.district, "district") : null,
      phone: staffPhone(i),
      createdAt,
      updatedAt: createdAt,
    })),
    (chunk) => tx.insert(users).values(chunk).returning({ id: users.id }),
  );
  demoAccounts.forEach((a, i) => ctx.users.set(a.username, userIds[i]));
  count(ctx, "users", userIds.length);
  // The secretaries work for their leaders (the admin sets it on the account page).
  for (const a of demoAccounts) {
    if (a.serves) await tx.update(users).set({ servesLeaderId: need(ctx.users, a.serves, "user") }).where(eq(users.id, need(ctx.users, a.username, "user")));
  }

  const groupNames = Object.values(g);
  const groupIds = await insertWithIds(
    groupNames.map((name, i) => {
      const head = demoAccounts.find((a) => a.username === groupHeads[name]);
      const industry = industryList.filter((x) => x.group === name).map((x) => x.name).join("、");
      return {
        name,
        leaderId: userId(ctx, groupHeads[name]),
        description: `由${head?.title ?? ""}${head?.name ?? ""}牵头，负责全市${industry}产业招商引资和重大项目促进工作，实行“一对一”专人跟踪服务。`,
        sortOrder: i + 1,
        createdAt,
        updatedAt: createdAt,
      };
    }),
    (chunk) => tx.insert(taskGroups).values(chunk).returning({ id: taskGroups.id }),
  );
  groupNames.forEach((name, i) => {
    ctx.groups.set(name, groupIds[i]);
    ctx.groupLeader.set(name, groupHeads[name]);
    const people = demoAccounts.filter((a) => a.group === name);
    const ordered = [...people.filter((a) => a.role === "group_lead"), ...people.filter((a) => a.role !== "group_lead")];
    ctx.groupPeople.set(name, ordered.map((a) => a.username));
  });
  count(ctx, "taskGroups", groupIds.length);

  const memberRows = demoAccounts
    .filter((a) => a.group !== null)
    .map((a) => ({
      taskGroupId: need(ctx.groups, a.group as string, "task group"),
      userId: userId(ctx, a.username),
      role: a.role === "group_lead" ? ("lead" as const) : ("member" as const),
      createdAt,
    }));
  await insertAll(memberRows, (chunk) => tx.insert(taskGroupMembers).values(chunk));
  count(ctx, "taskGroupMembers", memberRows.length);

  const industryIds = await insertWithIds(
    industryList.map((x, i) => ({
      name: x.name,
      category: x.category,
      taskGroupId: need(ctx.groups, x.group, "task group"),
      sortOrder: i + 1,
      createdAt,
    })),
    (chunk) => tx.insert(industries).values(chunk).returning({ id: industries.id }),
  );
  industryList.forEach((x, i) => ctx.industries.set(x.name, { id: industryIds[i], group: x.group }));
  count(ctx, "industries", industryIds.length);

  // Every group has a lead in the demo accounts; check it so a later edit of the list fails loudly.
  for (const name of groupNames) {
    if (!ctx.groupPeople.get(name)?.length) throw new Error(`seed: task group "${name}" has nobody`);
  }

  // The demo city's office, as its admin would have set it (a real deployment starts without one).
  await tx.insert(officeSettings).values({ id: 1, cityName: "广安市", agencyName: "广安市投资促进局", updatedById: userId(ctx, "admin"), updatedAt: createdAt });
  count(ctx, "officeSettings", 1);
}
