// The company directory on the database of DATABASE_URL (SQLite and PostgreSQL): credit codes
// checked, no duplicate by code or by name, search by part of a Chinese name, who may write, and
// a company's meetings, trips and leads read within the viewer's scope.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createCompany, createContact, editCompany, editContact, insertCompany, insertContact } from "@/db/mutations/companies";
import { companyMeetings, companyTrips, findDuplicateCompany, listCompanies, lookupCompanies } from "@/db/queries/companies";
import { listLeads } from "@/db/queries/leads/table";
import { parseLeadFilters } from "@/lib/lead-filters";
import { relatedLeads } from "@/db/queries/related-leads";
import { auditLog, companies, contacts, leads, meetings } from "@/db/schema";
import { ForbiddenError } from "@/lib/actions/errors";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { withCreditCodeCheckChar } from "@/lib/domain/credit-code";
import { companyNamed, messages, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let mishu: CurrentUser;
let admin: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang2: CurrentUser;
let shuji: CurrentUser;

// A fresh valid code per run: the last nine characters come from the run suffix.
const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const body = Array.from({ length: 9 }, (_, i) => alphabet[(run.charCodeAt(i % run.length) * 7 + i * 11) % alphabet.length]).join("");
const validCode = withCreditCodeCheckChar(`91120116${body}`);
const wrongCode = validCode.slice(0, 17) + alphabet[(alphabet.indexOf(validCode[17]) + 1) % alphabet.length];

beforeAll(async () => {
  [mishu, admin, zuyuan, zuzhang2, shuji] = await Promise.all(["mishu", "admin", "zuyuan", "zuzhang2", "shuji"].map(userNamed));
});

afterAll(async () => {
  await closeDatabase();
});

describe("adding a company", () => {
  it("stores a valid credit code cleaned, the normalised name, and an audit row", async () => {
    const name = `天津海川柔性电路科技（天津）有限公司${run}`;
    const result = await runAction(createCompany, mishu, { name, creditCode: ` ${validCode.toLowerCase()} `, city: "天津" }, messages);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await db.select().from(companies).where(eq(companies.id, result.data.id));
    expect(row).toMatchObject({ name, creditCode: validCode, normalizedName: `天津海川柔性电路科技(天津)有限公司${run}`.toLowerCase(), createdById: mishu.id });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entity, "company"), eq(auditLog.entityId, row.id)));
    expect(audits.map((a) => a.action)).toEqual(["company.create"]);
  });

  it("refuses a wrong check character and a wrong length, on the credit code", async () => {
    expect(await runAction(createCompany, mishu, { name: `校验位错误${run}`, creditCode: wrongCode }, messages)).toMatchObject({
      ok: false,
      fieldErrors: { creditCode: ["companies.creditCodeInvalid"] },
    });
    expect(await runAction(createCompany, mishu, { name: `位数错误${run}`, creditCode: validCode.slice(0, 16) }, messages)).toMatchObject({
      fieldErrors: { creditCode: ["companies.creditCodeLength"] },
    });
    expect(await db.select().from(companies).where(eq(companies.name, `校验位错误${run}`))).toHaveLength(0);
  });

  it("refuses a company whose credit code is already registered, and writes nothing", async () => {
    const name = `同码企业${run}`;
    const result = await runAction(createCompany, mishu, { name, creditCode: validCode }, messages);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { creditCode: ["companies.duplicateCode"] } });
    expect(await db.select().from(companies).where(eq(companies.name, name))).toHaveLength(0);
  });

  it("refuses the same name written with other spaces, bracket widths or letter case", async () => {
    for (const name of ["天津津重 智能装备有限公司", "天津津重智能装备有限公司　", "裕星汽车电子线束（天津）有限公司"]) {
      const result = await runAction(createCompany, mishu, { name }, messages);
      expect(result, name).toMatchObject({ ok: false, fieldErrors: { name: ["companies.duplicateName"] } });
    }
  });

  it("finds the company a new one would duplicate, the credit code first", async () => {
    const jinzhong = await companyNamed("天津津重智能装备有限公司");
    expect(await findDuplicateCompany(db, { name: "天津津重 智能装备有限公司", creditCode: null })).toMatchObject({ id: jinzhong, matchedBy: "name" });
    expect(await findDuplicateCompany(db, { name: "天津津重智能装备有限公司", creditCode: validCode.toLowerCase() })).toMatchObject({ matchedBy: "creditCode" });
    expect(await findDuplicateCompany(db, { name: "天津津重智能装备有限公司", creditCode: null }, jinzhong)).toBeNull();
    expect(await findDuplicateCompany(db, { name: `从未登记的企业${run}`, creditCode: null })).toBeNull();
  });

  it.each(["zuyuan", "zuzhang2", "shuji"])("refuses %s (a crafted request), also in the data-access layer", async (username) => {
    const user = await userNamed(username);
    const name = `越权企业${username}${run}`;
    expect(await runAction(createCompany, user, { name }, messages)).toMatchObject({ ok: false, code: "forbidden" });
    await expect(
      db.transaction((tx) => insertCompany(tx, user, { name, creditCode: null, industryId: null, province: null, city: null, address: null, description: null })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.select().from(companies).where(eq(companies.name, name))).toHaveLength(0);
  });
});

describe("editing a company", () => {
  it("may keep its own name and code, refuses another company's, and refuses a stale version", async () => {
    const name = `编辑企业${run}`;
    const created = await runAction(createCompany, admin, { name }, messages);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    expect(await runAction(editCompany, mishu, { id, version: 1, name, city: "天津" }, messages)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await runAction(editCompany, mishu, { id, version: 2, name: "天津津港国际贸易有限公司" }, messages)).toMatchObject({
      fieldErrors: { name: ["companies.duplicateName"] },
    });
    expect(await runAction(editCompany, admin, { id, version: 1, name, city: "北京" }, messages)).toMatchObject({ ok: false, code: "conflict", error: "changed by 张伟" });
    expect(await runAction(editCompany, zuyuan, { id, version: 2, name, city: "北京" }, messages)).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await db.select({ city: companies.city, version: companies.version }).from(companies).where(eq(companies.id, id));
    expect(row).toEqual({ city: "天津", version: 2 });
  });
});

describe("contacts", () => {
  it("a secretary adds and corrects one; a stale correction and a member are refused", async () => {
    const companyId = await companyNamed("天津津重智能装备有限公司");
    const name = `赵明${run}`;
    const added = await runAction(createContact, mishu, { companyId, name, title: "总经理", phone: "022-5566 7788" }, messages);
    if (!added.ok) throw new Error(added.error);
    const [row] = await db.select().from(contacts).where(eq(contacts.id, added.data.id));
    expect(row.version).toBe(1);

    const fixed = await runAction(editContact, mishu, { id: row.id, version: row.version, name, title: "董事长", phone: "022-5566 7788" }, messages);
    expect(fixed).toMatchObject({ ok: true, data: { version: 2 } });
    // A second save based on the same version is refused, naming who changed it.
    expect(await runAction(editContact, admin, { id: row.id, version: row.version, name, title: "副总经理" }, messages)).toMatchObject({
      ok: false,
      code: "conflict",
      error: `changed by ${mishu.name}`,
    });
    const [after] = await db.select({ title: contacts.title, version: contacts.version }).from(contacts).where(eq(contacts.id, row.id));
    expect(after).toEqual({ title: "董事长", version: 2 });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "contact.update"), eq(auditLog.entityId, row.id)));
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ before: { title: "总经理" }, after: { title: "董事长" } });

    expect(await runAction(createContact, zuyuan, { companyId, name: `越权${run}` }, messages)).toMatchObject({ code: "forbidden" });
    await expect(
      db.transaction((tx) => insertContact(tx, zuyuan, { companyId, name: `越权${run}`, title: null, phone: null, email: null, notes: null })),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("finding and reading companies", () => {
  it("finds companies by part of their Chinese name, ignoring spaces and bracket widths", async () => {
    const found = await lookupCompanies("津重");
    expect(found.map((c) => c.name)).toContain("天津津重智能装备有限公司");
    expect((await lookupCompanies("线束（天津）")).map((c) => c.name)).toContain("裕星汽车电子线束(天津)有限公司");
    expect(await lookupCompanies("   ")).toEqual([]);
    const listed = await listCompanies(zuyuan, { page: 1, pageSize: 100, sort: null, dir: "asc", q: "智能" });
    expect(listed.total).toBeGreaterThan(0);
    for (const row of listed.rows) expect(`${row.name}${row.city ?? ""}`).toMatch(/智能/);
  });

  it("shows a company's meetings and trips to all, and only the leads the viewer may read", async () => {
    const companyId = await companyNamed("天津津重智能装备有限公司");
    const allLeads = await db.select({ id: leads.id, taskGroupId: leads.taskGroupId }).from(leads).where(eq(leads.companyId, companyId));
    expect((await relatedLeads(shuji, { company: companyId })).length).toBe(allLeads.length);
    for (const viewer of [zuzhang2, zuyuan]) {
      const own = allLeads.filter((l) => viewer.groupIds.includes(l.taskGroupId)).length;
      expect((await relatedLeads(viewer, { company: companyId })).length).toBe(own);
      // "查看全部" opens the leads table filtered by the company: the same leads, within the same scope.
      const filtered = await listLeads(viewer, { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" }, parseLeadFilters({ company: String(companyId) }));
      expect(filtered.rows.map((l) => l.id).sort()).toEqual((await relatedLeads(viewer, { company: companyId })).map((l) => l.id).sort());
    }
    // The electronics group follows none of this equipment maker's leads.
    expect(allLeads.filter((l) => zuyuan.groupIds.includes(l.taskGroupId)).length).toBeLessThan(allLeads.length);

    const met = await db.select({ id: meetings.id, tripId: meetings.tripId }).from(meetings).where(eq(meetings.companyId, companyId));
    expect((await companyMeetings(companyId)).length).toBe(met.length);
    const trips = await companyTrips(zuyuan, companyId);
    for (const tripId of new Set(met.map((m) => m.tripId).filter((t): t is number => t !== null))) {
      expect(trips.map((t) => t.id)).toContain(tripId);
    }
  });
});
