// The cockpit and the report card, checked against rows this test writes itself in 2017 (a year the
// demo city does not use): every expected figure is computed here from those rows, and every card's
// link, read back by parseLeadFilters and run through listLeads, must list exactly the counted leads.
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { leaderTripFigures, listTrips } from "@/db/queries/trips";
import { parseTripFilters } from "@/lib/trip-filters";
import { breakdown, funnel, funnelStages, headlineFigures, monthlyTrend, reportCard } from "@/db/queries/cockpit";
import { moveLeadStage } from "@/db/mutations/leads";
import { insertLead } from "./helpers";
import { listLeads } from "@/db/queries/leads/table";
import type { LeadSort } from "@/lib/lead-sort";
import { parseLeadFilters } from "@/lib/lead-filters";
import type { ListParams } from "@/lib/list-params";
import { figuresByPartner } from "@/db/queries/promotion";
import { targetsFor } from "@/db/queries/targets";
import { loadCurrentUser } from "@/db/queries/users";
import { agreements, companies, districts, industries, investmentReports, leadEvents, leads, targets, taskGroups, trips, users, type Stage } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { percentOfTarget } from "@/lib/domain/kpi";
import { reportSentence } from "@/lib/domain/report-card";
import { monthPeriod, yearPeriod, type Period } from "@/lib/domain/period";
import { bandOf } from "@/lib/domain/size-bands";
import { signedStages } from "@/lib/domain/stages";

const year = 2017;
let leader: CurrentUser;
let member: CurrentUser;
type Row = { id: number; stage: Stage; signedOn: string | null; signed: number | null; group: number; district: number | null };
const rows: Row[] = [];
const reports: { leadId: number; monthOn: string; fixedAsset: number; fundsInPlace: number }[] = [];
const tripRows: { id: number; startOn: string; principal: boolean; byLeader: boolean; held: boolean }[] = [];
/** The test's trips the figures count: held, led as asked, starting within the dates and not after today. */
const countedTrips = (led: "principal" | "leaders", from: string, to: string, today = "2099-12-31") =>
  tripRows.filter((t) => t.held && (led === "principal" ? t.principal : t.byLeader) && t.startOn >= from && t.startOn <= to && t.startOn <= today);
let groupIds: number[] = [];
let districtIds: number[] = [];
const targetRows: { group: number; projects: number; signed: number; fixed: number; funds: number }[] = [];

async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await loadCurrentUser(row.id))!;
}

const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);

beforeAll(async () => {
  leader = await userNamed("shuji");
  member = await userNamed("zuyuan");
  const admin = await userNamed("admin");
  const secretary = await userNamed("mishu");
  groupIds = (await db.select({ id: taskGroups.id }).from(taskGroups).orderBy(taskGroups.id).limit(3)).map((g) => g.id);
  districtIds = (await db.select({ id: districts.id }).from(districts).orderBy(districts.id).limit(2)).map((d) => d.id);
  const [industry] = await db.select({ id: industries.id }).from(industries).limit(1);
  const [company] = await db
    .insert(companies)
    .values({ name: "驾驶舱测试企业2017", normalizedName: "驾驶舱测试企业2017" })
    .returning({ id: companies.id });
  // Stage, signing date, signed amount (万元): introduced, bands, outside the period, not signed.
  const plan: [Stage, string | null, number | null][] = [
    ["signed", "2017-01-15", 8_000],
    ["signed", "2017-02-03", 10_000],
    ["started", "2017-03-20", 49_999],
    ["operating", "2017-05-01", 50_000],
    ["signed", "2017-07-31", 120_000],
    ["signed", "2017-08-01", 30_000],
    ["started", "2017-11-30", 7_000],
    ["negotiating", null, null],
    ["dropped", "2017-04-04", 60_000],
  ];
  for (const [i, [stage, signedOn, signed]] of plan.entries()) {
    const group = groupIds[i % groupIds.length];
    const district = i === 2 ? null : districtIds[i % districtIds.length];
    const [lead] = await db
      .insert(leads)
      .values({
        name: `驾驶舱测试项目2017-${i}`,
        companyId: company.id,
        taskGroupId: group,
        ownerId: admin.id,
        districtId: district,
        industryId: industry.id,
        source: i % 2 ? "chain" : "directed",
        stage,
        plannedInvestment: signed,
        signedInvestment: signed,
        signedOn,
        stageEnteredAt: at("2017-01-01"),
        lastActivityAt: at("2017-12-01"),
      })
      .returning({ id: leads.id });
    rows.push({ id: lead.id, stage, signedOn, signed, group, district });
  }
  // Monthly figures: in the period, after it, and one of a lead never introduced.
  const plannedReports: [number, string, number, number][] = [
    [0, "2017-02-01", 1_500, 900],
    [0, "2017-07-01", 2_250, 0],
    [1, "2017-03-01", 12_345, 6_789],
    [3, "2017-06-01", 40_000, 35_000],
    [4, "2017-09-01", 9_999, 8_888],
    [7, "2017-04-01", 111, 222],
  ];
  for (const [i, monthOn, fixedAsset, fundsInPlace] of plannedReports) {
    await db.insert(investmentReports).values({ leadId: rows[i].id, monthOn, fixedAsset, fundsInPlace });
    reports.push({ leadId: rows[i].id, monthOn, fixedAsset, fundsInPlace });
  }
  // Trips: by the principal leaders (counted in the 答卷) in and after the period, one of them only
  // planned; by a vice-mayor (counted among all city leaders' trips) and by a secretary (never).
  const principals = new Set((await db.select({ id: users.id }).from(users).where(eq(users.isPrincipal, true))).map((u) => u.id));
  const viceMayor = await userNamed("fushizhang1");
  const mayor = await userNamed("shizhang");
  for (const [startOn, who, status] of [
    ["2017-03-10", leader, "done"],
    ["2017-07-30", leader, "ongoing"],
    ["2017-10-10", leader, "done"],
    ["2017-06-06", mayor, "planned"],
    ["2017-05-05", viceMayor, "done"],
    ["2017-04-10", secretary, "done"],
  ] as const) {
    const [trip] = await db
      .insert(trips)
      .values({ title: `驾驶舱测试考察${startOn}`, leaderId: who.id, startOn, endOn: startOn, destinations: "深圳", region: "prd", status })
      .returning({ id: trips.id });
    tripRows.push({ id: trip.id, startOn, principal: principals.has(who.id), byLeader: who.role === "leader", held: status !== "planned" });
  }
  // Targets of the year for the three groups.
  for (const [i, group] of groupIds.entries()) {
    const row = { group, projects: 3 + i, signed: 100_000 * (i + 1), fixed: 50_000 + i, funds: 40_000 + i };
    await db.insert(targets).values({ year, taskGroupId: group, projects: row.projects, signedInvestment: row.signed, fixedAsset: row.fixed, fundsInPlace: row.funds });
    targetRows.push(row);
  }
  // Stage histories written by the app's own changes, at the given moments: three leads leave 接触
  // after 7, 10 and 20 days, one of them leaves 洽谈 after 31; a fourth leaves 接触 in 2018.
  const moves: [string, [string, Stage][]][] = [
    ["2017-02-01", [["2017-02-08", "negotiating"]]],
    ["2017-03-01", [["2017-03-11", "negotiating"], ["2017-04-11", "inspecting"]]],
    ["2017-03-05", [["2017-03-25", "negotiating"]]],
    ["2017-12-20", [["2018-01-30", "negotiating"]]],
  ];
  for (const [i, [createdOn, steps]] of moves.entries()) {
    const taskGroupId = groupIds.find((g) => !member.groupIds.includes(g))!;
    const lead = await insertLead(admin, { name: `驾驶舱漏斗测试2017-${i}`, companyId: company.id, taskGroupId, source: "chain" }, at(createdOn));
    let version = 1;
    for (const [movedOn, toStage] of steps) {
      ({ version } = await db.transaction((tx) => moveLeadStage(tx, admin, { leadId: lead.id, version, toStage, reason: null, signedOn: null, signedInvestment: null }, at(movedOn))));
    }
  }
});

afterAll(async () => {
  await closeDatabase();
});

const introduced = (p: Period) => rows.filter((r) => signedStages.includes(r.stage) && r.signedOn && r.signedOn >= p.from && r.signedOn <= p.to);
const reportsIn = (p: Period) => reports.filter((r) => r.monthOn >= `${p.fromMonth}-01` && r.monthOn <= `${p.toMonth}-01`);
const sumOf = <T>(list: T[], f: (x: T) => number) => list.reduce((n, x) => n + f(x), 0);
const page: ListParams<LeadSort> = { page: 1, pageSize: 500, sort: null, dir: "asc", q: "" };

async function idsBehind(href: string) {
  const sp = Object.fromEntries(new URL(href, "http://x").searchParams.entries());
  const { rows: listed, total } = await listLeads(leader, page, parseLeadFilters(sp));
  expect(listed.length).toBe(total);
  return listed.map((r) => r.id).sort((a, b) => a - b);
}
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
/** The leads table behind a link, all on one page, with its money 合计. */
async function viewBehind(href: string) {
  const sp = Object.fromEntries(new URL(href, "http://x").searchParams.entries());
  const { rows: listed, money } = await listLeads(leader, page, parseLeadFilters(sp));
  return { listed, money };
}
/** The trips the trips list shows for a link, all on one page. */
async function tripIdsBehind(href: string) {
  const sp = Object.fromEntries(new URL(href, "http://x").searchParams.entries());
  const { rows: listed, total } = await listTrips({ ...page, pageSize: 100, sort: null }, parseTripFilters(sp));
  expect(listed.length).toBe(total);
  return listed.map((r) => r.id).sort((a, b) => a - b);
}

describe("cockpit figures", () => {
  for (const period of [monthPeriod(`${year}-01`, `${year}-07`), yearPeriod(year), monthPeriod(`${year}-03`, `${year}-03`)]) {
    it(`cards of ${period.fromMonth}..${period.toMonth} equal the test's own rows, each against the target`, async () => {
      const cards = await headlineFigures(leader, period);
      const intro = introduced(period);
      const inReports = reportsIn(period);
      const targetsTotal = { projects: sumOf(targetRows, (t) => t.projects), signed: sumOf(targetRows, (t) => t.signed) };
      expect(cards.introduced.value).toBe(intro.length);
      expect(cards.introduced.target).toBe(targetsTotal.projects);
      expect(cards.introduced.percent).toBe(percentOfTarget(intro.length, targetsTotal.projects));
      expect(cards.from1to5.value).toBe(intro.filter((r) => bandOf(r.signed) === "1to5").length);
      expect(cards.over5.value).toBe(intro.filter((r) => bandOf(r.signed) === "5plus").length);
      expect(cards.signedInvestment.value).toBe(sumOf(intro, (r) => r.signed ?? 0));
      expect(cards.signedInvestment.target).toBe(targetsTotal.signed);
      expect(cards.fixedAsset.value).toBe(sumOf(inReports, (r) => r.fixedAsset));
      expect(cards.fixedAsset.target).toBe(sumOf(targetRows, (t) => t.fixed));
      expect(cards.fundsInPlace.value).toBe(sumOf(inReports, (r) => r.fundsInPlace));
      expect(cards.fundsInPlace.target).toBe(sumOf(targetRows, (t) => t.funds));
      expect(cards.principalTrips.value).toBe(countedTrips("principal", period.from, period.to).length);
      expect(cards.leaderTrips.value).toBe(countedTrips("leaders", period.from, period.to).length);
      expect(await tripIdsBehind(cards.principalTrips.href!)).toEqual(sorted(countedTrips("principal", period.from, period.to).map((t) => t.id)));
      expect(await tripIdsBehind(cards.leaderTrips.href!)).toEqual(sorted(countedTrips("leaders", period.from, period.to).map((t) => t.id)));

      // Each card's link lists exactly the leads it counted.
      expect(await idsBehind(cards.introduced.href!)).toEqual(sorted(intro.map((r) => r.id)));
      expect(await idsBehind(cards.signedInvestment.href!)).toEqual(sorted(intro.map((r) => r.id)));
      expect(await idsBehind(cards.from1to5.href!)).toEqual(sorted(intro.filter((r) => bandOf(r.signed) === "1to5").map((r) => r.id)));
      expect(await idsBehind(cards.over5.href!)).toEqual(sorted(intro.filter((r) => bandOf(r.signed) === "5plus").map((r) => r.id)));
      const reportedIds = sorted([...new Set(inReports.map((r) => r.leadId))]);
      expect(await idsBehind(cards.fixedAsset.href!)).toEqual(reportedIds);
      expect(await idsBehind(cards.fundsInPlace.href!)).toEqual(reportedIds);

      // Each money card's table sums, per lead and in its 合计, exactly the card's figure.
      for (const [key, perLead] of [
        ["signedInvestment", (id: number) => rows.find((r) => r.id === id)!.signed ?? 0],
        ["fixedAsset", (id: number) => sumOf(inReports.filter((r) => r.leadId === id), (r) => r.fixedAsset)],
        ["fundsInPlace", (id: number) => sumOf(inReports.filter((r) => r.leadId === id), (r) => r.fundsInPlace)],
      ] as const) {
        const { listed, money } = await viewBehind(cards[key].href!);
        expect(money?.total).toBe(cards[key].value);
        if (key !== "signedInvestment") for (const row of listed) expect({ id: row.id, amount: row.amount }).toEqual({ id: row.id, amount: perLead(row.id) });
      }
    });
  }

  it("by task group and district: counts, amounts, targets and links of each row", async () => {
    const period = monthPeriod(`${year}-01`, `${year}-07`);
    const intro = introduced(period);
    const byGroup = await breakdown(leader, period, "group");
    for (const target of targetRows) {
      const row = byGroup.find((r) => r.id === target.group)!;
      const own = intro.filter((r) => r.group === target.group);
      expect(row.introduced).toBe(own.length);
      expect(row.signedInvestment).toBe(sumOf(own, (r) => r.signed ?? 0));
      expect(row.fixedAsset).toBe(sumOf(reportsIn(period).filter((x) => rows.find((r) => r.id === x.leadId)!.group === target.group), (x) => x.fixedAsset));
      expect(row.target?.projects).toBe(target.projects);
      expect(row.percent).toBe(percentOfTarget(own.length, target.projects));
      expect(await idsBehind(row.introducedHref!)).toEqual(sorted(own.map((r) => r.id)));
    }
    const byDistrict = await breakdown(leader, period, "district");
    for (const district of districtIds) {
      const row = byDistrict.find((r) => r.id === district)!;
      const own = intro.filter((r) => r.district === district);
      expect(row.introduced).toBe(own.length);
      expect(await idsBehind(row.introducedHref!)).toEqual(sorted(own.map((r) => r.id)));
      const reported = [...new Set(reportsIn(period).filter((x) => rows.find((r) => r.id === x.leadId)!.district === district).map((x) => x.leadId))];
      expect(await idsBehind(row.reportedHref!)).toEqual(sorted(reported));
    }
    // The lead without a district is counted in the "not filled in" row, whose link lists exactly
    // the leads introduced in the period that leave the district empty.
    const unset = byDistrict.find((r) => r.id === null)!;
    const unsetOwn = intro.filter((r) => r.district === null);
    expect(unset.introduced).toBe(unsetOwn.length);
    expect(unset.introducedHref).toContain("unfilled=district");
    expect(await idsBehind(unset.introducedHref!)).toEqual(sorted(unsetOwn.map((r) => r.id)));
  });

  it("counts the principal leaders' trips that took place by today, as the document does", async () => {
    // The demo city names its party secretary and mayor principal leaders, not the vice-mayors.
    expect([...(await db.select({ username: users.username }).from(users).where(eq(users.isPrincipal, true)))].map((u) => u.username).sort()).toEqual(["shizhang", "shuji"]);
    // On 2017-07-15 the trip starting on 07-30 has not taken place yet.
    const figures = await leaderTripFigures(`${year}-01-01`, `${year}-12-31`, `${year}-07-15`);
    expect(figures.principal.value).toBe(countedTrips("principal", `${year}-01-01`, `${year}-12-31`, `${year}-07-15`).length);
    expect(figures.principal.value).toBe(1);
    expect(figures.leaders.value).toBe(2);
    expect(await tripIdsBehind(figures.principal.href)).toEqual(sorted(countedTrips("principal", `${year}-01-01`, `${year}-07-15`).map((t) => t.id)));
  });

  it("a lead given to another task group or district takes its monthly figures with it", async () => {
    const period = monthPeriod(`${year}-01`, `${year}-07`);
    const moved = rows[1];
    const fixedOf = (breakdownRows: Awaited<ReturnType<typeof breakdown>>, id: number | null) => breakdownRows.find((r) => r.id === id)?.fixedAsset ?? 0;
    const own = sumOf(reportsIn(period).filter((r) => r.leadId === moved.id), (r) => r.fixedAsset);
    expect(own).toBeGreaterThan(0);
    const [groupBefore, districtBefore] = [await breakdown(leader, period, "group"), await breakdown(leader, period, "district")];
    const otherGroup = groupIds.find((g) => g !== moved.group)!;
    await db.update(leads).set({ taskGroupId: otherGroup, districtId: null }).where(eq(leads.id, moved.id));
    try {
      const [groupAfter, districtAfter] = [await breakdown(leader, period, "group"), await breakdown(leader, period, "district")];
      expect(fixedOf(groupAfter, moved.group)).toBe(fixedOf(groupBefore, moved.group) - own);
      expect(fixedOf(groupAfter, otherGroup)).toBe(fixedOf(groupBefore, otherGroup) + own);
      expect(fixedOf(districtAfter, null)).toBe(fixedOf(districtBefore, null) + own);
    } finally {
      await db.update(leads).set({ taskGroupId: moved.group, districtId: moved.district }).where(eq(leads.id, moved.id));
    }
    expect(fixedOf(await breakdown(leader, period, "group"), moved.group)).toBe(fixedOf(groupBefore, moved.group));
  });

  it("month by month", async () => {
    const period = yearPeriod(year);
    const trend = await monthlyTrend(leader, period);
    expect(trend).toHaveLength(12);
    for (const m of trend) {
      const own = introduced(monthPeriod(m.month, m.month));
      expect(m.introduced).toBe(own.length);
      expect(m.fixedAsset).toBe(sumOf(reports.filter((r) => r.monthOn === `${m.month}-01`), (r) => r.fixedAsset));
      // A month nobody reported figures for is told apart from a month of zeros (the chart leaves a gap).
      expect(m.reported).toBe(reports.some((r) => r.monthOn === `${m.month}-01`));
      expect(await idsBehind(m.introducedHref)).toEqual(sorted(own.map((r) => r.id)));
    }
  });

  it("the funnel's median days in stage are those of the leads that left the stage in the period", async () => {
    const days = async (period: Period) => Object.fromEntries((await funnel(leader, period)).map((s) => [s.stage, s.medianDays]));
    expect(await days(yearPeriod(year))).toMatchObject({ contact: 10, negotiating: 31, inspecting: null, signed: null });
    // Only the moves of February and March: 7 and (10 + 20) / 2.
    expect((await days(monthPeriod(`${year}-02`, `${year}-02`))).contact).toBe(7);
    expect((await days(monthPeriod(`${year}-03`, `${year}-03`))).contact).toBe(15);
    // The lead that left 接触 in January 2018 counts in 2018 only.
    expect((await days(monthPeriod("2018-01", "2018-01"))).contact).toBe(41);
    // A member of another group does not see these moves.
    expect((await funnel(member, yearPeriod(year))).find((s) => s.stage === "contact")?.medianDays).toBeNull();
  });

  it("the funnel counts each lead at the furthest stage its history reached", async () => {
    // Independently of furthestStage: the furthest forward stage among the stages each lead's
    // created and stage events went from and to. (Not its stage now: some tests set a stage
    // directly, as setup, without the change that would record it.)
    const history = await db
      .select({ leadId: leadEvents.leadId, name: leads.name, fromStage: leadEvents.fromStage, toStage: leadEvents.toStage, furthest: leads.furthestStage })
      .from(leadEvents)
      .innerJoin(leads, eq(leads.id, leadEvents.leadId))
      .where(inArray(leadEvents.kind, ["created", "stage"]));
    const fromHistory = new Map<number, { name: string; rank: number; stored: number }>();
    for (const e of history) {
      const rank = Math.max(...[e.fromStage, e.toStage].map((stage) => funnelStages.indexOf(stage ?? "dropped")));
      fromHistory.set(e.leadId, { name: e.name, rank: Math.max(fromHistory.get(e.leadId)?.rank ?? -1, rank), stored: funnelStages.indexOf(e.furthest ?? "dropped") });
    }
    expect(fromHistory.size).toBeGreaterThan(100);
    for (const [leadId, { name, rank, stored }] of fromHistory) expect({ leadId, name, furthest: stored }).toEqual({ leadId, name, furthest: rank });

    // Each forward stage: the leads whose furthest stage is it or later.
    const all = await db.select({ furthest: leads.furthestStage }).from(leads);
    const stages = await funnel(leader, yearPeriod(year));
    for (const [i, stage] of funnelStages.entries()) {
      const expected = all.filter((l) => l.furthest && funnelStages.indexOf(l.furthest) >= i).length;
      expect({ stage, reached: stages.find((s) => s.stage === stage)?.reached }).toEqual({ stage, reached: expected });
    }
  });

  it("the report card's first sentence carries the same figures", async () => {
    const period = monthPeriod(`${year}-01`, `${year}-07`);
    const intro = introduced(period);
    const card = await reportCard(leader, period);
    const expected = reportSentence(period, {
      introduced: intro.length,
      from1to5: intro.filter((r) => bandOf(r.signed) === "1to5").length,
      over5: intro.filter((r) => bandOf(r.signed) === "5plus").length,
      fixedAsset: sumOf(reportsIn(period), (r) => r.fixedAsset),
      fundsInPlace: sumOf(reportsIn(period), (r) => r.fundsInPlace),
      leaderTrips: countedTrips("principal", period.from, period.to).length,
    });
    expect(card.sentence).toBe(expected);
    expect(card.sentence.startsWith(`1-7月，全市共引进重大项目${intro.length}个`)).toBe(true);
  });

  it("targets of the year: the city total is the sum of the groups'", async () => {
    const t = await targetsFor(year);
    expect(t.city.projects).toBe(sumOf(targetRows, (r) => r.projects));
    expect(t.groups.map((g) => g.id)).toEqual(targetRows.map((r) => r.group));
    expect((await targetsFor(1999)).hasTargets).toBe(false);
  });

  it("a member's figures stay within their task groups", async () => {
    const period = yearPeriod(year);
    const cards = await headlineFigures(member, period);
    expect(cards.introduced.value).toBe(introduced(period).filter((r) => member.groupIds.includes(r.group)).length);
  });
});

describe("partner figures in the cockpit", () => {
  it("each partner's introduced count links to exactly its introduced leads", async () => {
    const period = yearPeriod(Number(new Date().toISOString().slice(0, 4)));
    const figures = await figuresByPartner(leader, period);
    expect(figures.some((f) => f.introduced > 0)).toBe(true);
    for (const figure of figures) {
      const own = await db
        .select({ id: leads.id })
        .from(leads)
        .innerJoin(agreements, eq(agreements.id, leads.agreementId))
        .where(and(eq(agreements.partnerId, figure.partnerId), inArray(leads.stage, [...signedStages]), gte(leads.signedOn, period.from), lte(leads.signedOn, period.to)));
      expect(own.length).toBe(figure.introduced);
      expect(await idsBehind(figure.introducedHref)).toEqual(sorted(own.map((r) => r.id)));
    }
  });
});
