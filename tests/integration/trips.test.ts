// Trips on the database of DATABASE_URL (SQLite and PostgreSQL): who may write them, the rules of
// the form checked on the server, the history of an edit, conflicts, the list's filters, and the
// leads of a trip read within the viewer's scope.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { insertMeeting } from "@/db/mutations/meetings";
import { createTrip, editTrip, insertTrip, updateTrip } from "@/db/mutations/trips";
import { leadFiltersToParams, parseLeadFilters } from "@/lib/lead-filters";
import { listLeads } from "@/db/queries/leads/table";
import { relatedLeads } from "@/db/queries/related-leads";
import { listTrips, tripMeetings } from "@/db/queries/trips";
import { noTripFilters } from "@/lib/trip-filters";
import { auditLog, tripMembers, trips, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/actions/errors";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseChanges } from "@/lib/domain/changes";
import { tripCreateSchema } from "@/lib/validation/trip";
import { companyNamed, groupNamed, insertLead, isoDay, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let mishu: CurrentUser;
let admin: CurrentUser;
let shuji: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan2: CurrentUser;

const input = (overrides: Record<string, unknown> = {}) => ({
  title: `市委书记率队赴天津考察${run}`,
  leaderId: shuji.id,
  memberIds: [zuzhang.id, zuyuan.id, zuyuan.id, shuji.id],
  startOn: isoDay(-1),
  endOn: isoDay(2),
  destinations: "天津市滨海新区",
  region: "bohai",
  purpose: "对接电子信息企业。",
  status: "ongoing",
  ...overrides,
});

const allRows = { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" };

beforeAll(async () => {
  [mishu, admin, shuji, zuyuan, zuzhang, zuyuan2] = await Promise.all(
    ["mishu", "admin", "shuji", "zuyuan", "zuzhang", "zuyuan2"].map(userNamed),
  );
});

afterAll(async () => {
  await closeDatabase();
});

describe("creating a trip", () => {
  it("a secretary creates it with its delegation (the leader apart, no one twice) and its audit row", async () => {
    const result = await runAction(createTrip, mishu, input(), messages);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await db.select().from(trips).where(eq(trips.id, result.data.id));
    expect(row).toMatchObject({ title: `市委书记率队赴天津考察${run}`, leaderId: shuji.id, status: "ongoing", createdById: mishu.id, version: 1 });
    const members = await db.select({ userId: tripMembers.userId }).from(tripMembers).where(eq(tripMembers.tripId, row.id));
    expect(members.map((m) => m.userId).sort()).toEqual([zuzhang.id, zuyuan.id].sort());
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entity, "trip"), eq(auditLog.entityId, row.id)));
    expect(audit).toMatchObject({ action: "trip.create", actorId: mishu.id });
    expect(parseChanges(audit.details).after).toMatchObject({ leader: "周立群", members: expect.arrayContaining(["唐振宇", "王磊"]) });
  });

  it("refuses an end date before the start on the end date, and writes nothing", async () => {
    const title = `结束早于开始${run}`;
    const result = await runAction(createTrip, mishu, input({ title, endOn: isoDay(-5) }), messages);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { endOn: ["trips.endBeforeStart"] } });
    expect(await db.select().from(trips).where(eq(trips.title, title))).toHaveLength(0);
  });

  it("refuses a trip led by someone who is not a city leader", async () => {
    const result = await runAction(createTrip, mishu, input({ title: `非领导带队${run}`, leaderId: zuzhang.id }), messages);
    expect(result).toMatchObject({ ok: false, fieldErrors: { leaderId: ["trips.leaderInvalid"] } });
  });

  it("refuses a delegation member who does not exist", async () => {
    const result = await runAction(createTrip, mishu, input({ title: `无此人${run}`, memberIds: [999_999] }), messages);
    expect(result).toMatchObject({ ok: false, fieldErrors: { memberIds: ["formKit.personInvalid"] } });
  });

  it.each(["zuyuan", "zuzhang", "shuji"])("refuses %s (a crafted request) and writes nothing", async (username) => {
    const title = `越权新建${username}${run}`;
    const result = await runAction(createTrip, await userNamed(username), input({ title }), messages);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.select().from(trips).where(eq(trips.title, title))).toHaveLength(0);
  });

  it("is refused in the data-access layer too, whoever calls it", async () => {
    const parsed = tripCreateSchema.parse(input({ title: `数据层拒绝${run}` }));
    await expect(db.transaction((tx) => insertTrip(tx, zuyuan, parsed))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(db.transaction((tx) => insertTrip(tx, shuji, parsed))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("editing a trip", () => {
  it("keeps the changed fields before and after in the audit log, and bumps the version", async () => {
    const { id } = await mustSucceed(runAction(createTrip, mishu, input({ title: `编辑历史${run}` }), messages));
    const edited = await runAction(editTrip, admin, { ...input({ title: `编辑历史${run}`, purpose: "改为对接总部经济项目。", memberIds: [zuzhang.id] }), id, version: 1 }, messages);
    expect(edited).toMatchObject({ ok: true, data: { id, version: 2 } });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "trip.update"), eq(auditLog.entityId, id)));
    expect(parseChanges(audit.details)).toEqual({
      before: { purpose: "对接电子信息企业。", members: ["唐振宇", "王磊"] },
      after: { purpose: "改为对接总部经济项目。", members: ["唐振宇"] },
    });
  });

  it("refuses a save based on an older version, naming who changed it, and changes nothing", async () => {
    const { id } = await mustSucceed(runAction(createTrip, mishu, input({ title: `并发编辑${run}` }), messages));
    const first = await runAction(editTrip, mishu, { ...input({ title: `并发编辑${run}`, purpose: "第一次保存" }), id, version: 1 }, messages);
    expect(first.ok).toBe(true);
    const second = await runAction(editTrip, admin, { ...input({ title: `并发编辑${run}`, purpose: "过期的保存" }), id, version: 1 }, messages);
    expect(second).toMatchObject({ ok: false, code: "conflict", error: "changed by 张伟" });
    const [row] = await db.select({ purpose: trips.purpose, version: trips.version }).from(trips).where(eq(trips.id, id));
    expect(row).toEqual({ purpose: "第一次保存", version: 2 });
  });

  it("refuses a member even with the current version, in the action and in the data-access layer", async () => {
    const { id } = await mustSucceed(runAction(createTrip, mishu, input({ title: `成员改考察${run}` }), messages));
    const crafted = { ...input({ title: `已篡改${run}` }), id, version: 1 };
    expect(await runAction(editTrip, zuyuan, crafted, messages)).toMatchObject({ ok: false, code: "forbidden" });
    await expect(
      db.transaction((tx) => updateTrip(tx, zuyuan, { ...tripCreateSchema.parse(input({ title: `已篡改${run}` })), id, version: 1 })),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const [row] = await db.select({ title: trips.title, version: trips.version }).from(trips).where(eq(trips.id, id));
    expect(row).toEqual({ title: `成员改考察${run}`, version: 1 });
  });
});

describe("the trips list", () => {
  it("filters by leader, region, status, destination and dates in SQL", async () => {
    const everything = await db.select({ id: trips.id, leaderId: trips.leaderId, region: trips.region, status: trips.status, startOn: trips.startOn, endOn: trips.endOn, destinations: trips.destinations }).from(trips);
    const check = async (filters: Partial<typeof noTripFilters>, keep: (t: (typeof everything)[number]) => boolean) => {
      const listed = await listTrips(allRows, { ...noTripFilters, ...filters });
      const expected = everything.filter(keep).length;
      expect(expected).toBeGreaterThan(0);
      expect(listed.total).toBe(expected);
    };
    await check({ leaderId: shuji.id }, (t) => t.leaderId === shuji.id);
    await check({ region: "prd" }, (t) => t.region === "prd");
    await check({ status: "done", region: "bohai" }, (t) => t.status === "done" && t.region === "bohai");
    await check({ destination: "中关村" }, (t) => t.destinations.includes("中关村"));
    const from = isoDay(-60);
    const to = isoDay(0);
    await check({ from, to }, (t) => t.endOn >= from && t.startOn <= to);
  });

  it("searches titles, destinations and leaders' names", async () => {
    const listed = await listTrips({ ...allRows, q: "陈志远" }, noTripFilters);
    expect(listed.total).toBeGreaterThan(0);
    const [chen] = await db.select({ id: users.id }).from(users).where(eq(users.username, "shizhang"));
    const byLeader = await db.select({ id: trips.id }).from(trips).where(eq(trips.leaderId, chen.id));
    expect(listed.total).toBe(byLeader.length);
  });
});

describe("a trip's meetings and leads", () => {
  it("lists meetings in the order they were held and the leads within each viewer's scope", async () => {
    const { id: tripId } = await mustSucceed(runAction(createTrip, mishu, input({ title: `行程会见${run}` }), messages));
    const company = await companyNamed("天津津重智能装备有限公司");
    const base = { tripId, kind: "talks" as const, place: null, companyId: company, contactIds: [], newContacts: [], attendeeIds: [shuji.id, mishu.id], nextSteps: null, nextStepOwnerId: null, nextStepDueOn: null };
    const late = await db.transaction((tx) => insertMeeting(tx, mishu, { ...base, heldOn: isoDay(1), startsAt: "09:00", summary: "第二天" }));
    const noTime = await db.transaction((tx) => insertMeeting(tx, mishu, { ...base, heldOn: isoDay(0), startsAt: null, summary: "第一天，未记时间" }));
    const early = await db.transaction((tx) => insertMeeting(tx, mishu, { ...base, heldOn: isoDay(0), startsAt: "08:30", summary: "第一天上午" }));
    expect((await tripMeetings(tripId)).map((m) => m.id)).toEqual([noTime.id, early.id, late.id]);

    const electronics = await groupNamed("电子信息产业推进工作组");
    await insertLead(mishu, { name: `行程项目${run}`, companyId: company, taskGroupId: electronics, source: "leader_trip", plannedInvestment: 10_000, leaderId: shuji.id, originMeetingId: early.id });
    expect((await relatedLeads(mishu, { trip: tripId })).map((l) => l.name)).toEqual([`行程项目${run}`]);
    expect((await relatedLeads(zuzhang, { trip: tripId })).map((l) => l.name)).toEqual([`行程项目${run}`]);
    expect(await relatedLeads(zuyuan2, { trip: tripId })).toEqual([]);
    // "查看全部" opens the leads table filtered by the trip: the same leads, within the same scope.
    const filtered = parseLeadFilters({ trip: String(tripId) });
    expect(leadFiltersToParams(filtered)).toEqual({ trip: String(tripId) });
    expect((await listLeads(mishu, { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" }, filtered)).rows.map((l) => l.name)).toEqual([`行程项目${run}`]);
    expect((await listLeads(zuyuan2, { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" }, filtered)).total).toBe(0);
  });
});
