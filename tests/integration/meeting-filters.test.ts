// The meetings list's filters on the database of DATABASE_URL (SQLite and PostgreSQL): by trip, by
// leader (the trip's leader or a leader who attended), by date, by next-step owner and overdue (past
// due and no lead made from the meeting yet, among the leads the viewer reads), as the URL gives them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDatabase, db } from "@/db/client";
import { createMeeting } from "@/db/mutations/meetings";
import { setTaskStatus } from "@/db/mutations/tasks";
import { createTrip } from "@/db/mutations/trips";
import { listMeetings } from "@/db/queries/meetings";
import { tasks } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseListParams } from "@/lib/list-params";
import { parseMeetingFilters } from "@/lib/meeting-filters";
import { companyNamed, groupNamed, insertLead, isoDay, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let mishu: CurrentUser;
let shuji: CurrentUser;
let shizhang: CurrentUser;
let zuyuan: CurrentUser;
let zuyuan2: CurrentUser;
let tripId: number;
const ids: Record<"onTrip" | "turnedLead" | "visit" | "ahead", number> = { onTrip: 0, turnedLead: 0, visit: 0, ahead: 0 };

/** The meetings of this run (found by the run's mark in the summary) the URL's filters give `viewer`. */
async function listed(viewer: CurrentUser, query: Record<string, string>) {
  const sp = { q: run, size: "100", ...query };
  const { rows, total } = await listMeetings(viewer, parseListParams(sp, { heldOn: null }), parseMeetingFilters(sp));
  expect(total).toBe(rows.length);
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return rows.map((r) => byId.get(r.id)).sort();
}

beforeAll(async () => {
  [mishu, shuji, shizhang, zuyuan, zuyuan2] = await Promise.all(["mishu", "shuji", "shizhang", "zuyuan", "zuyuan2"].map(userNamed));
  const company = await companyNamed("天津津重智能装备有限公司");
  ({ id: tripId } = await mustSucceed(
    runAction(
      createTrip,
      mishu,
      { title: `筛选测试考察${run}`, leaderId: shuji.id, memberIds: [], startOn: isoDay(-12), endOn: isoDay(-8), destinations: "天津市", region: "bohai", status: "done" },
      messages,
    ),
  ));
  const meeting = async (fields: Record<string, unknown>) =>
    (
      await mustSucceed(
        runAction(
          createMeeting,
          mishu,
          {
            tripId: "",
            kind: "talks",
            startsAt: "",
            place: "",
            companyId: company,
            contactIds: [],
            newContacts: [],
            attendeeIds: [mishu.id],
            nextSteps: "",
            nextStepOwnerId: "",
            nextStepDueOn: "",
            ...fields,
            summary: `筛选测试${run}：${String(fields.heldOn)}`,
          },
          messages,
        ),
      )
    ).id;
  // On the trip, its next step three days late.
  ids.onTrip = await meeting({ tripId, heldOn: isoDay(-10), nextSteps: "报送方案", nextStepOwnerId: zuyuan.id, nextStepDueOn: isoDay(-3) });
  // On the trip, late too, but a lead (electronics group) was made from it.
  ids.turnedLead = await meeting({ tripId, heldOn: isoDay(-9), nextSteps: "形成项目", nextStepOwnerId: zuyuan2.id, nextStepDueOn: isoDay(-2) });
  // A visit to the city the mayor attended, no next step.
  ids.visit = await meeting({ kind: "incoming", heldOn: isoDay(-5), attendeeIds: [shizhang.id, mishu.id] });
  // Today, its next step due in five days.
  ids.ahead = await meeting({ heldOn: isoDay(0), nextSteps: "再次洽谈", nextStepOwnerId: zuyuan.id, nextStepDueOn: isoDay(5) });
  await insertLead(mishu, {
    name: `筛选测试项目${run}`,
    companyId: company,
    taskGroupId: await groupNamed("电子信息产业推进工作组"),
    ownerId: zuyuan.id,
    source: "leader_trip",
    originTripId: tripId,
    originMeetingId: ids.turnedLead,
  });
});

afterAll(async () => {
  await closeDatabase();
});

describe("the meetings list's filters", () => {
  it("lists all four unfiltered, each with its leader and next step", async () => {
    expect(await listed(mishu, {})).toEqual(["ahead", "onTrip", "turnedLead", "visit"]);
    const { rows } = await listMeetings(mishu, parseListParams({ q: run }, { heldOn: null }), parseMeetingFilters({}));
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(row(ids.onTrip)).toMatchObject({ leaderName: "周立群", nextStepOwnerName: "王磊", nextStepDueOn: isoDay(-3), overdue: true });
    expect(row(ids.visit)).toMatchObject({ leaderName: "陈志远", tripId: null, overdue: false });
    expect(row(ids.ahead)).toMatchObject({ leaderName: null, overdue: false });
  });

  it("filters by trip, by leader (led the trip or attended) and by the dates held", async () => {
    expect(await listed(mishu, { trip: String(tripId) })).toEqual(["onTrip", "turnedLead"]);
    expect(await listed(mishu, { leader: String(shuji.id) })).toEqual(["onTrip", "turnedLead"]);
    expect(await listed(mishu, { leader: String(shizhang.id) })).toEqual(["visit"]);
    expect(await listed(mishu, { from: isoDay(-9), to: isoDay(-5) })).toEqual(["turnedLead", "visit"]);
    expect(await listed(mishu, { from: isoDay(-1) })).toEqual(["ahead"]);
    expect(await listed(mishu, { trip: String(tripId), to: isoDay(-10) })).toEqual(["onTrip"]);
  });

  it("filters by whose next step it is, and by overdue: past due and no lead made from the meeting", async () => {
    expect(await listed(mishu, { owner: String(zuyuan.id) })).toEqual(["ahead", "onTrip"]);
    expect(await listed(mishu, { overdue: "1" })).toEqual(["onTrip"]);
    expect(await listed(mishu, { overdue: "1", owner: String(zuyuan2.id) })).toEqual([]);
    // The lead belongs to the electronics group: a member of another group does not read it, so for
    // him that meeting's next step is still open.
    expect(await listed(zuyuan2, { overdue: "1" })).toEqual(["onTrip", "turnedLead"]);
    expect(await listed(zuyuan, { overdue: "1" })).toEqual(["onTrip"]);
  });

  it("a next step marked done on its task is no longer overdue", async () => {
    const [task] = await db.select({ id: tasks.id, version: tasks.version }).from(tasks).where(eq(tasks.meetingId, ids.onTrip));
    await mustSucceed(runAction(setTaskStatus, zuyuan, { id: task.id, version: task.version, done: true, note: null }, messages));
    expect(await listed(mishu, { overdue: "1" })).toEqual([]);
    await mustSucceed(runAction(setTaskStatus, zuyuan, { id: task.id, version: task.version + 1, done: false, note: null }, messages));
    expect(await listed(mishu, { overdue: "1" })).toEqual(["onTrip"]);
  });

  it("ignores filters the URL gets wrong", async () => {
    expect(await listed(mishu, { trip: "abc", leader: "-3", from: "2026-13", owner: "1.5", overdue: "yes" })).toEqual(["ahead", "onTrip", "turnedLead", "visit"]);
  });
});
