// Crafted requests to the other writes that point at rows: a meeting's trip, company and
// attendees, a trip's leader, a company's industry, an agreement's partner region, a chain's
// district and industry, a year's target for a group or district, a task group's industries.
// Each missing or unfit row gets a message on its field (never "系统出现异常", which a
// foreign-key failure used to give on PostgreSQL) and nothing is written. SQLite and PostgreSQL.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChainDefinition } from "@/db/mutations/chains";
import { createAgreementDefinition } from "@/db/mutations/partners";
import { closeDatabase, db } from "@/db/client";
import { createCompany } from "@/db/mutations/companies";
import { createMeeting } from "@/db/mutations/meetings";
import { saveTargetsDefinition } from "@/db/mutations/targets";
import { updateTaskGroup } from "@/db/mutations/task-groups";
import { createTrip } from "@/db/mutations/trips";
import { agreements, chains, companies, districts, industries, meetings, targets, taskGroups, trips } from "@/db/schema";
import { runAction, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { z } from "zod";
import { companyNamed, messages, runSuffix, userNamed } from "./helpers";

const missing = 987_654_321;
const tag = runSuffix();
let admin: CurrentUser;
let mishu: CurrentUser;
let zuzhang: CurrentUser;
let companyId = 0;
let districtId = 0;

const act = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>, user: CurrentUser, input: unknown) => runAction(definition, user, input, messages);

beforeAll(async () => {
  [admin, mishu, zuzhang] = await Promise.all(["admin", "mishu", "zuzhang"].map(userNamed));
  companyId = await companyNamed("深圳华芯微电子股份有限公司");
  [{ id: districtId }] = await db.select({ id: districts.id }).from(districts).limit(1);
});

afterAll(async () => {
  await closeDatabase();
});

describe("meetings", () => {
  const meeting = (summary: string, extra: Record<string, unknown>) => ({ kind: "visit", heldOn: "2026-05-12", companyId, summary, ...extra });
  const meetingsWith = (summary: string) => db.select({ id: meetings.id }).from(meetings).where(eq(meetings.summary, summary));

  it("refuse a trip, company or attendee that does not exist, an admin or a retired person as attendee", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ["tripId", { tripId: missing }, "meetings.tripNotFound"],
      ["companyId", { companyId: missing }, "meetings.companyNotFound"],
      ["attendeeIds", { attendeeIds: [missing] }, "formKit.personInvalid"],
      ["attendeeIds", { attendeeIds: [admin.id] }, "formKit.personInvalid"],
      ["nextStepOwnerId", { nextStepOwnerId: missing }, "formKit.personInvalid"],
    ];
    for (const [field, extra, key] of cases) {
      const summary = `核对引用-${field}-${key}-${tag}`;
      const result = await act(createMeeting, mishu, meeting(summary, extra));
      expect(result, `${field} ${JSON.stringify(extra)}`).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [key] } });
      expect(await meetingsWith(summary)).toHaveLength(0);
    }
  });
});

describe("trips", () => {
  it("refuse a leader who is not an active city leader, and a member who does not exist", async () => {
    const trip = (title: string, extra: Record<string, unknown>) => ({
      title,
      leaderId: zuzhang.id,
      startOn: "2026-06-01",
      endOn: "2026-06-03",
      destinations: "深圳",
      region: "prd",
      status: "planned",
      ...extra,
    });
    for (const [field, extra, key] of [
      ["leaderId", { leaderId: zuzhang.id }, "trips.leaderInvalid"],
      ["leaderId", { leaderId: missing }, "trips.leaderInvalid"],
      ["memberIds", { leaderId: (await userNamed("shuji")).id, memberIds: [missing] }, "formKit.personInvalid"],
    ] as const) {
      const title = `核对带队-${field}-${tag}-${String(extra.leaderId)}`;
      const result = await act(createTrip, mishu, trip(title, extra));
      expect(result, title).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [key] } });
      expect(await db.select({ id: trips.id }).from(trips).where(eq(trips.title, title))).toHaveLength(0);
    }
  });
});

describe("companies", () => {
  it("refuse an industry that does not exist, on the industry", async () => {
    const name = `无此产业${tag}有限公司`;
    const result = await act(createCompany, mishu, { name, industryId: missing });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { industryId: ["integrity.industryUnknown"] } });
    expect(await db.select({ id: companies.id }).from(companies).where(eq(companies.name, name))).toHaveLength(0);
  });
});

describe("agreements", () => {
  it("refuse a partner region that does not exist, on the field (not “not found”)", async () => {
    const title = `无此地区协议${tag}`;
    const result = await act(createAgreementDefinition, mishu, { partnerId: missing, title, kind: "gov_gov", status: "negotiating" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { partnerId: ["integrity.partnerUnknown"] } });
    expect(await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.title, title))).toHaveLength(0);
  });
});

describe("chains", () => {
  it("refuse a district or industry that does not exist, with the field's own message", async () => {
    const [industry] = await db.select({ id: industries.id }).from(industries).where(eq(industries.name, "电子信息"));
    for (const [field, input, key] of [
      ["districtId", { districtId: missing, industryId: industry.id }, "integrity.districtUnknown"],
      ["industryId", { districtId, industryId: missing }, "integrity.industryUnknown"],
    ] as const) {
      const name = `核对产业链-${field}-${tag}`;
      const result = await act(createChainDefinition, admin, { name, description: "", ...input });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { [field]: [key] } });
      expect(await db.select({ id: chains.id }).from(chains).where(eq(chains.name, name))).toHaveLength(0);
    }
  });
});

describe("targets", () => {
  it("refuse a group or district that does not exist, on its row", async () => {
    const year = 2039;
    for (const scope of ["group", "district"] as const) {
      const result = await act(saveTargetsDefinition, admin, {
        year,
        rows: [{ scope, scopeId: missing, projects: 5, signedInvestment: 100, fixedAsset: 0, fundsInPlace: 0, version: null }],
      });
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "rows.0.scopeId": [scope === "group" ? "integrity.groupUnknown" : "integrity.districtUnknown"] } });
    }
    expect(await db.select({ id: targets.id }).from(targets).where(eq(targets.year, year))).toHaveLength(0);
  });
});

describe("task groups", () => {
  it("refuse an industry that does not exist among the group's industries", async () => {
    const [group] = await db.select().from(taskGroups).limit(1);
    const attempt = await db
      .transaction((tx) => updateTaskGroup(tx, { id: group.id, version: group.version, name: group.name, leaderId: group.leaderId, description: group.description, industryIds: [missing] }))
      .catch((error: unknown) => error);
    expect(attempt).toMatchObject({ name: "FieldError", field: "industryIds", messageKey: "integrity.industryUnknown" });
    const [after] = await db.select().from(taskGroups).where(eq(taskGroups.id, group.id));
    expect(after.version).toBe(group.version);
  });
});
