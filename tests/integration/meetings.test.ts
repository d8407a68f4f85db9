// Meetings on the database of DATABASE_URL (SQLite and PostgreSQL): writing one with the people met
// (new ones join the company's contacts), the rules checked on the server, who may write, the
// history of an edit, conflicts, and the leads a meeting led to, read within scope.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createMeeting, editMeeting, insertMeeting } from "@/db/mutations/meetings";
import { createTrip } from "@/db/mutations/trips";
import { getMeeting, meetingHistory } from "@/db/queries/meetings";
import { listLeads } from "@/db/queries/leads/table";
import { parseLeadFilters } from "@/lib/lead-filters";
import { relatedLeads } from "@/db/queries/related-leads";
import { auditLog, contacts, meetings } from "@/db/schema";
import { ForbiddenError } from "@/lib/actions/errors";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseChanges } from "@/lib/domain/changes";
import { meetingCreateSchema } from "@/lib/validation/meeting";
import { companyNamed, groupNamed, insertLead, isoDay, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let mishu: CurrentUser;
let mishu2: CurrentUser;
let shuji: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan2: CurrentUser;
let tripId: number;
let jinzhong: number;
let jingang: number;

const meeting = (overrides: Record<string, unknown> = {}) => ({
  tripId,
  kind: "talks",
  heldOn: isoDay(0),
  startsAt: "09:30",
  place: "天津滨海高新区",
  companyId: jinzhong,
  contactIds: [],
  newContacts: [],
  attendeeIds: [shuji.id, mishu.id],
  summary: `洽谈智能装备项目（${run}）。`,
  nextSteps: "两周内报送园区配套方案。",
  nextStepOwnerId: zuyuan.id,
  nextStepDueOn: isoDay(14),
  ...overrides,
});

beforeAll(async () => {
  [mishu, mishu2, shuji, zuyuan, zuzhang, zuyuan2] = await Promise.all(["mishu", "mishu2", "shuji", "zuyuan", "zuzhang", "zuyuan2"].map(userNamed));
  [jinzhong, jingang] = await Promise.all([companyNamed("天津津重智能装备有限公司"), companyNamed("天津津港国际贸易有限公司")]);
  ({ id: tripId } = await mustSucceed(
    runAction(
      createTrip,
      mishu,
      { title: `会见测试考察${run}`, leaderId: shuji.id, memberIds: [], startOn: isoDay(-1), endOn: isoDay(2), destinations: "天津市", region: "bohai", status: "ongoing" },
      messages,
    ),
  ));
});

afterAll(async () => {
  await closeDatabase();
});

describe("logging a meeting", () => {
  it("writes the meeting, adds new people to the company's contacts and links both sides", async () => {
    const [existing] = await db.select({ id: contacts.id, name: contacts.name }).from(contacts).where(eq(contacts.companyId, jinzhong)).limit(1);
    const newName = `韩立${run}`;
    const result = await runAction(
      createMeeting,
      mishu,
      meeting({ contactIds: [existing.id], newContacts: [{ name: newName, title: "董事长", phone: "138-2200-1234" }] }),
      messages,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [added] = await db.select().from(contacts).where(and(eq(contacts.companyId, jinzhong), eq(contacts.name, newName)));
    expect(added).toMatchObject({ title: "董事长", phone: "138-2200-1234" });
    const saved = await getMeeting(result.data.id);
    expect(saved?.contacts.map((c) => c.name).sort()).toEqual([existing.name, newName].sort());
    expect(saved?.attendees.map((a) => a.name).sort()).toEqual(["周立群", "张伟"].sort());
    expect(saved).toMatchObject({ tripId, companyName: "天津津重智能装备有限公司", nextStepOwnerName: "王磊", createdByName: "张伟" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, result.data.id)));
    expect(audit.action).toBe("meeting.create");
  });

  it("logs a meeting without a trip (investors visiting the city)", async () => {
    const result = await runAction(createMeeting, mishu, meeting({ tripId: "", kind: "incoming", heldOn: isoDay(-30) }), messages);
    expect(result.ok).toBe(true);
  });

  it("refuses a date outside the trip, on the date", async () => {
    const summary = `考察日期之外${run}`;
    const result = await runAction(createMeeting, mishu, meeting({ heldOn: isoDay(5), nextStepDueOn: isoDay(20), summary }), messages);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { heldOn: ["meetings.outsideTrip"] } });
    expect(await db.select().from(meetings).where(eq(meetings.summary, summary))).toHaveLength(0);
  });

  it("refuses people met who belong to another company", async () => {
    const [other] = await db.select({ id: contacts.id }).from(contacts).where(eq(contacts.companyId, jingang)).limit(1);
    const result = await runAction(createMeeting, mishu, meeting({ contactIds: [other.id] }), messages);
    expect(result).toMatchObject({ ok: false, fieldErrors: { contactIds: ["meetings.contactNotOfCompany"] } });
  });

  it("refuses a due date before the meeting and a company that does not exist", async () => {
    expect(await runAction(createMeeting, mishu, meeting({ nextStepDueOn: isoDay(-1) }), messages)).toMatchObject({
      fieldErrors: { nextStepDueOn: ["meetings.dueBeforeMeeting"] },
    });
    expect(await runAction(createMeeting, mishu, meeting({ companyId: 999_999 }), messages)).toMatchObject({
      fieldErrors: { companyId: ["meetings.companyNotFound"] },
    });
  });

  it.each(["zuyuan", "zuzhang", "shuji"])("refuses %s (a crafted request) and writes nothing, also in the data-access layer", async (username) => {
    const user = await userNamed(username);
    const summary = `越权会见${username}${run}`;
    expect(await runAction(createMeeting, user, meeting({ summary }), messages)).toMatchObject({ ok: false, code: "forbidden" });
    await expect(db.transaction((tx) => insertMeeting(tx, user, meetingCreateSchema.parse(meeting({ summary }))))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.select().from(meetings).where(eq(meetings.summary, summary))).toHaveLength(0);
  });
});

describe("editing a meeting", () => {
  it("keeps a readable history of the changed fields, and refuses a stale save naming who changed it", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting({ summary: `原始摘要${run}` }), messages));

    const edited = await runAction(
      editMeeting,
      mishu,
      meeting({ id, version: 1, summary: `修改后的摘要${run}`, attendeeIds: [shuji.id, mishu.id, zuzhang.id], companyId: jingang }),
      messages,
    );
    expect(edited).toMatchObject({ ok: true, data: { id, version: 2, changed: ["company", "summary", "attendees"] } });

    const stale = await runAction(editMeeting, mishu2, meeting({ id, version: 1, summary: `过期的修改${run}` }), messages);
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: "changed by 张伟" });

    const history = await meetingHistory(id);
    expect(history.map((h) => h.action)).toEqual(["meeting.update", "meeting.create"]);
    expect(history[0].actorName).toBe("张伟");
    expect(history[0].changes).toEqual({
      before: { company: "天津津重智能装备有限公司", summary: `原始摘要${run}`, attendees: ["周立群", "张伟"] },
      after: { company: "天津津港国际贸易有限公司", summary: `修改后的摘要${run}`, attendees: ["周立群", "张伟", "唐振宇"] },
    });
    const [row] = await db.select({ summary: meetings.summary, version: meetings.version }).from(meetings).where(eq(meetings.id, id));
    expect(row).toEqual({ summary: `修改后的摘要${run}`, version: 2 });
  });

  it("refuses a member's edit with the current version and changes nothing", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting({ summary: `成员改会见${run}` }), messages));
    expect(await runAction(editMeeting, zuyuan, meeting({ id, version: 1, summary: "已篡改" }), messages)).toMatchObject({ ok: false, code: "forbidden" });
    const [row] = await db.select({ summary: meetings.summary, version: meetings.version }).from(meetings).where(eq(meetings.id, id));
    expect(row).toEqual({ summary: `成员改会见${run}`, version: 1 });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "meeting"), eq(auditLog.entityId, id)))
      .orderBy(asc(auditLog.id));
    // No change was written; the refused attempt is recorded as such (issue 9), and the meeting's
    // history still shows only its creation.
    expect(audits.map((a) => a.action)).toEqual(["meeting.create", "access.forbidden"]);
    expect(audits[1]).toMatchObject({ actorId: zuyuan.id, username: zuyuan.username });
    expect(parseChanges(audits[0].details).after).toMatchObject({ summary: `成员改会见${run}` });
    expect((await meetingHistory(id)).map((h) => h.action)).toEqual(["meeting.create"]);
  });
});

describe("the leads a meeting led to", () => {
  it("are read within the viewer's scope", async () => {
    const { id: meetingId } = await mustSucceed(runAction(createMeeting, mishu, meeting({ summary: `形成项目${run}` }), messages));
    const electronics = await groupNamed("电子信息产业推进工作组");
    await insertLead(mishu, { name: `会见项目${run}`, companyId: jinzhong, taskGroupId: electronics, ownerId: zuyuan.id, source: "leader_trip", plannedInvestment: 20_000, leaderId: shuji.id, originTripId: tripId, originMeetingId: meetingId });
    expect((await relatedLeads(mishu, { meeting: meetingId })).map((l) => [l.name, l.groupName, l.ownerName])).toEqual([[`会见项目${run}`, "电子信息产业推进工作组", "王磊"]]);
    expect(await relatedLeads(zuzhang, { meeting: meetingId })).toHaveLength(1);
    expect(await relatedLeads(zuyuan2, { meeting: meetingId })).toEqual([]);
    // "查看全部" opens the leads table filtered by the meeting: the same leads, within the same scope.
    const filtered = parseLeadFilters({ meeting: String(meetingId) });
    expect((await listLeads(mishu, { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" }, filtered)).rows.map((l) => l.name)).toEqual([`会见项目${run}`]);
    expect((await listLeads(zuyuan2, { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" }, filtered)).total).toBe(0);
  });
});
