// Directed promotion (定向招商) on the database of DATABASE_URL: partners and agreements kept by
// the admin and secretaries, counts by kind for a period, and the leads that came from agreements.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as partnerActions from "@/db/mutations/partners";
import { closeDatabase, db } from "@/db/client";
import { createLead, updateLead } from "@/db/mutations/leads";
import { agreementCounts, getPartner, listPartners, partnerCities } from "@/db/queries/partners";
import { agreementFiguresForCity, figuresByPartner } from "@/db/queries/promotion";
import { agreements, companies, industries, leads, partners } from "@/db/schema";
import type { ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { monthPeriod, yearPeriod } from "@/lib/domain/period";
import { toIsoDate } from "@/lib/format";
import { leadCreateSchema, leadUpdateSchema } from "@/lib/validation/lead";
import type { z } from "zod";
import { actionRunner, chineseMessagesKeepingKeys, mustSucceed, runSuffix, userNamed } from "./helpers";

const tag = runSuffix();
const run = actionRunner(chineseMessagesKeepingKeys);

let admin: CurrentUser;
let mishu: CurrentUser;
let shuji: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan: CurrentUser;
let zuyuan2: CurrentUser;

beforeAll(async () => {
  [admin, mishu, shuji, zuzhang, zuyuan, zuyuan2] = await Promise.all(["admin", "mishu", "shuji", "zuzhang", "zuyuan", "zuyuan2"].map(userNamed));
});

afterAll(async () => {
  await closeDatabase();
});

const city = `测试市${tag}`;
const partnerName = `测试高新区-${tag}`;

/** Agreements of every kind over two years, one still being negotiated. */
const plan = [
  { title: "政府间框架协议", kind: "gov_gov", signedOn: "2025-12-20", status: "implementing" },
  { title: "部门间投资促进协议", kind: "department", signedOn: "2026-02-10", status: "signed" },
  { title: "政府与功能区合作协议", kind: "gov_zone", signedOn: "2026-03-05", status: "signed" },
  { title: "电子元件项目合作协议", kind: "enterprise", signedOn: "2026-03-15", status: "implementing" },
  { title: "新材料项目合作协议", kind: "enterprise", signedOn: "2026-07-01", status: "signed" },
  { title: "共建产业园协议", kind: "co_park", signedOn: "2026-05-01", status: "implementing" },
  { title: "物流项目合作协议", kind: "enterprise", signedOn: "", status: "negotiating" },
] as const;

describe("partners and agreements", () => {
  let partnerId: number;
  const agreementIds: Record<string, number> = {};

  beforeAll(async () => {
    const partner = await mustSucceed(run(partnerActions.createPartnerDefinition, mishu, { name: partnerName, regionGroup: "yrd", city, description: "测试合作方" }));
    partnerId = partner.id;
    for (const a of plan) {
      const created = await mustSucceed(
        run(partnerActions.createAgreementDefinition, mishu, { partnerId, ...a, title: `${a.title}-${tag}`, sectors: "电子信息", signatories: "广安市人民政府、测试高新区管委会" }),
      );
      agreementIds[a.title] = created.id;
    }
  });

  it("counts the agreements signed in a year by kind, platform ones apart", async () => {
    const y2026 = await agreementCounts({ partnerId, period: yearPeriod(2026) });
    expect(y2026).toEqual({ total: 5, platform: 2, byKind: { gov_gov: 0, department: 1, gov_zone: 1, enterprise: 2, co_park: 1 } });
    const y2025 = await agreementCounts({ partnerId, period: yearPeriod(2025) });
    expect(y2025).toEqual({ total: 1, platform: 1, byKind: { gov_gov: 1, department: 0, gov_zone: 0, enterprise: 0, co_park: 0 } });
  });

  it("counts by a range of months, both ends included, across a year end", async () => {
    expect(await agreementCounts({ partnerId, period: monthPeriod("2026-03", "2026-05") })).toMatchObject({
      total: 3,
      platform: 1,
      byKind: { gov_zone: 1, enterprise: 1, co_park: 1 },
    });
    expect(await agreementCounts({ partnerId, period: monthPeriod("2025-12", "2026-02") })).toMatchObject({ total: 2, platform: 2 });
    // A reversed range is read the right way round.
    expect((await agreementCounts({ partnerId, period: monthPeriod("2026-07", "2026-01") })).total).toBe(5);
  });

  it("filters by city and region group, and lists the partner with its counts", async () => {
    expect(await partnerCities()).toContain(city);
    expect((await agreementCounts({ city, period: yearPeriod(2026) })).total).toBe(5);
    const listed = await listPartners(shuji, { city, period: yearPeriod(2026) });
    expect(listed).toEqual([
      expect.objectContaining({ id: partnerId, name: partnerName, regionGroup: "yrd", agreements: 7, platformAgreements: 3, agreementsInPeriod: 5, platformInPeriod: 2, leads: 0 }),
    ]);
    const yrd = await listPartners(shuji, { region: "yrd" });
    expect(yrd.map((p) => p.id)).toContain(partnerId);
    expect(yrd.every((p) => p.regionGroup === "yrd")).toBe(true);
    expect((await listPartners(shuji, { region: "prd" })).map((p) => p.id)).not.toContain(partnerId);
  });

  it("requires a signing date once an agreement is signed", async () => {
    const result = await run(partnerActions.createAgreementDefinition, mishu, { partnerId, title: `无日期-${tag}`, kind: "gov_gov", status: "signed" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { signedOn: ["partners.signedOnRequired"] } });
    expect(await run(partnerActions.createAgreementDefinition, mishu, { partnerId, title: `坏日期-${tag}`, kind: "gov_gov", status: "signed", signedOn: "2026-02-30" })).toMatchObject({
      ok: false,
      fieldErrors: { signedOn: ["validation.date"] },
    });
  });

  it("shows the leads from its agreements and their signed investment, within the viewer's scope", async () => {
    const [company] = await db
      .select({ id: companies.id })
      .from(companies)
      .innerJoin(industries, eq(industries.id, companies.industryId))
      .where(eq(industries.name, "电子信息"))
      .limit(1);
    const [group] = await db.select({ id: industries.taskGroupId }).from(industries).where(eq(industries.name, "电子信息"));
    // Every optional field given as the lead form sends it (empty), as the one lead-creation action expects.
    const empty = Object.fromEntries(Object.keys(leadCreateSchema.shape).map((k) => [k, ""]));
    const input = leadCreateSchema.parse({
      ...empty,
      stage: "contact",
      name: `电子元件项目-${tag}`,
      companyId: company.id,
      taskGroupId: group.id,
      source: "directed",
      agreementId: agreementIds["电子元件项目合作协议"],
    });
    const lead = await db.transaction((tx) => createLead(tx, mishu, input));
    expect((await getPartner(shuji, partnerId))?.signedInvestment).toBe(0);

    // Test setup standing in for the stage change of the leads area (issue 4): the lead is signed.
    await db.update(leads).set({ stage: "signed", signedOn: "2026-03-20", signedInvestment: 35_000 }).where(eq(leads.id, lead.id));

    const detail = (await getPartner(shuji, partnerId))!;
    expect(detail.leads.map((l) => [l.name, l.stage, l.isSigned])).toEqual([[`电子元件项目-${tag}`, "signed", true]]);
    expect(detail.signedInvestment).toBe(35_000);
    expect(detail.agreements.find((a) => a.id === agreementIds["电子元件项目合作协议"])?.leads).toBe(1);
    // Unsigned agreements come first, then the newest.
    expect(detail.agreements[0].status).toBe("negotiating");
    expect(detail.agreements.slice(1).map((a) => a.signedOn)).toEqual(["2026-07-01", "2026-05-01", "2026-03-15", "2026-03-05", "2026-02-10", "2025-12-20"]);

    // The member of the electronics group sees it; a member of another group does not.
    expect((await getPartner(zuyuan, partnerId))?.leads).toHaveLength(1);
    const outside = (await getPartner(zuyuan2, partnerId))!;
    expect(outside.leads).toEqual([]);
    expect(outside.signedInvestment).toBe(0);
    expect(outside.agreements).toHaveLength(plan.length);

    const listed = (await listPartners(shuji, { city }))[0];
    expect(listed).toMatchObject({ leads: 1, signedInvestment: 35_000 });

    // The cockpit's partner figures: introduced in the period, with the signed investment.
    const figure = (await figuresByPartner(shuji, yearPeriod(2026))).find((f) => f.partnerId === partnerId)!;
    expect(figure).toMatchObject({ agreements: 5, platformAgreements: 2, introduced: 1, signedInvestment: 35_000, href: `/partners/${partnerId}?year=2026` });
    expect((await figuresByPartner(shuji, yearPeriod(2025))).find((f) => f.partnerId === partnerId)).toMatchObject({ introduced: 0, agreements: 1 });
    expect((await figuresByPartner(zuyuan2, yearPeriod(2026))).find((f) => f.partnerId === partnerId)?.introduced).toBe(0);

    // An agreement with a lead is kept.
    const [withLead] = await db.select({ version: agreements.version }).from(agreements).where(eq(agreements.id, agreementIds["电子元件项目合作协议"]));
    expect(await run(partnerActions.deleteAgreementDefinition, mishu, { id: agreementIds["电子元件项目合作协议"], version: withLead.version })).toMatchObject({
      ok: false,
      fieldErrors: { agreement: ["partners.agreementHasLeads"] },
    });
  });

  it("ties a lead to the agreement it came from in the lead's own form, and the partner then lists it", async () => {
    const [company] = await db.select({ id: companies.id }).from(companies).limit(1);
    const [group] = await db.select({ id: industries.taskGroupId }).from(industries).where(eq(industries.name, "电子信息"));
    const empty = Object.fromEntries(Object.keys(leadCreateSchema.shape).map((k) => [k, ""]));
    const input = leadCreateSchema.parse({ ...empty, stage: "contact", name: `协议后补项目-${tag}`, companyId: company.id, taskGroupId: group.id, source: "directed" });
    const lead = await db.transaction((tx) => createLead(tx, mishu, input));
    expect((await getPartner(shuji, partnerId))!.leads.map((l) => l.id)).not.toContain(lead.id);
    const edit = (agreementId: number | "") =>
      db.transaction(async (tx) => {
        const [row] = await tx.select({ version: leads.version }).from(leads).where(eq(leads.id, lead.id));
        return updateLead(tx, mishu, leadUpdateSchema.parse({ leadId: lead.id, version: row.version, name: `协议后补项目-${tag}`, source: "directed", agreementId }));
      });
    await edit(agreementIds["电子元件项目合作协议"]);
    expect((await getPartner(shuji, partnerId))!.leads.map((l) => l.id)).toContain(lead.id);
    // An agreement that does not exist is refused beside the field; clearing it takes the lead off the partner.
    await expect(edit(999_999)).rejects.toMatchObject({ field: "agreementId" });
    await edit("");
    expect((await getPartner(shuji, partnerId))!.leads.map((l) => l.id)).not.toContain(lead.id);
  });

  it("refuses everyone but the admin and secretaries, also by crafted calls, and changes nothing", async () => {
    const [partnerBefore] = await db.select().from(partners).where(eq(partners.id, partnerId));
    const agreementsBefore = await db.select().from(agreements).where(eq(agreements.partnerId, partnerId));
    const target = agreementsBefore.find((a) => a.id === agreementIds["共建产业园协议"])!;
    for (const viewer of [zuyuan, zuzhang, shuji]) {
      const attempts: [ActionDefinition<z.ZodType, unknown>, unknown][] = [
        [partnerActions.createPartnerDefinition, { name: `越权合作方-${tag}`, regionGroup: "bohai" }],
        [partnerActions.updatePartnerDefinition, { id: partnerId, version: partnerBefore.version, name: `${partnerName}-改`, regionGroup: "bohai" }],
        [partnerActions.deletePartnerDefinition, { id: partnerId, version: partnerBefore.version }],
        [partnerActions.createAgreementDefinition, { partnerId, title: `越权协议-${tag}`, kind: "gov_gov", status: "signed", signedOn: "2026-01-01" }],
        [partnerActions.updateAgreementDefinition, { ...target, title: "篡改", id: target.id, version: target.version }],
        [partnerActions.deleteAgreementDefinition, { id: target.id, version: target.version }],
      ];
      for (const [definition, input] of attempts) {
        expect(await run(definition, viewer, input), `${definition.name} as ${viewer.username}`).toMatchObject({ ok: false, code: "forbidden" });
      }
    }
    expect(await db.select().from(partners).where(eq(partners.id, partnerId))).toEqual([partnerBefore]);
    expect(await db.select().from(agreements).where(eq(agreements.partnerId, partnerId))).toEqual(agreementsBefore);
    expect(await db.select().from(partners).where(eq(partners.name, `越权合作方-${tag}`))).toEqual([]);
  });

  it("edits with the version it read, and refuses a stale save naming who changed it", async () => {
    const [a] = await db.select().from(agreements).where(eq(agreements.id, agreementIds["共建产业园协议"]));
    const base = { partnerId, title: a.title, kind: a.kind, signedOn: a.signedOn, sectors: a.sectors, signatories: a.signatories, status: a.status, notes: a.notes, id: a.id };
    const saved = await mustSucceed(run(partnerActions.updateAgreementDefinition, mishu, { ...base, version: a.version, status: "completed" }));
    expect(saved.version).toBe(a.version + 1);
    expect(await run(partnerActions.updateAgreementDefinition, admin, { ...base, version: a.version, status: "terminated" })).toMatchObject({
      ok: false,
      code: "conflict",
      error: `已被${mishu.name}修改`,
    });
    const [p] = await db.select().from(partners).where(eq(partners.id, partnerId));
    await mustSucceed(run(partnerActions.updatePartnerDefinition, admin, { id: partnerId, version: p.version, name: partnerName, regionGroup: "yrd", city, description: "管理员修改" }));
    expect(await run(partnerActions.updatePartnerDefinition, mishu, { id: partnerId, version: p.version, name: partnerName, regionGroup: "yrd", city })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await run(partnerActions.createPartnerDefinition, mishu, { name: partnerName, regionGroup: "yrd" })).toMatchObject({ ok: false, fieldErrors: { name: ["partners.nameTaken"] } });
  });

  it("deletes an agreement without leads, but not a partner that still has agreements", async () => {
    const [p] = await db.select().from(partners).where(eq(partners.id, partnerId));
    expect(await run(partnerActions.deletePartnerDefinition, mishu, { id: partnerId, version: p.version })).toMatchObject({
      ok: false,
      fieldErrors: { partner: ["partners.partnerHasAgreements"] },
    });
    const [a] = await db.select().from(agreements).where(eq(agreements.id, agreementIds["物流项目合作协议"]));
    await mustSucceed(run(partnerActions.deleteAgreementDefinition, mishu, { id: a.id, version: a.version }));
    expect(await db.select().from(agreements).where(eq(agreements.id, a.id))).toEqual([]);

    const empty = await mustSucceed(run(partnerActions.createPartnerDefinition, admin, { name: `空合作方-${tag}`, regionGroup: "other" }));
    await mustSucceed(run(partnerActions.deletePartnerDefinition, admin, { id: empty.id, version: 1 }));
    expect(await db.select().from(partners).where(eq(partners.id, empty.id))).toEqual([]);
  });
});

describe("the Tianjin agreements of the demo city", () => {
  it("answer “20余个, 其中平台性近10个” in one figure", async () => {
    const today = toIsoDate(new Date());
    const thisYear = Number(today.slice(0, 4));
    // The seed dates the Tianjin agreements in its anchor year (this year from 10 June on).
    const anchorYear = today >= `${thisYear}-06-10` ? thisYear : thisYear - 1;
    const figures = await agreementFiguresForCity(shuji, "天津", yearPeriod(anchorYear));
    expect(figures.total).toBeGreaterThan(20);
    expect(figures.total).toBeLessThan(30);
    expect(figures.platform).toBeGreaterThanOrEqual(8);
    expect(figures.platform).toBeLessThanOrEqual(10);
    expect(figures.platform).toBe(figures.byKind.gov_gov + figures.byKind.department + figures.byKind.gov_zone);
    expect(figures.href).toBe(`/partners?city=${encodeURIComponent("天津")}&year=${anchorYear}`);
  });
});
