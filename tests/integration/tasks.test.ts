// Tasks (待办) on the database of DATABASE_URL (SQLite and PostgreSQL): a meeting's next step is its
// task, kept in step as the meeting is edited; 我的待办 in bands; who reads and who closes a task
// (also by crafted calls); two people closing the same task at once.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createMeeting, editMeeting } from "@/db/mutations/meetings";
import { setTaskStatus } from "@/db/mutations/tasks";
import { myOpenTasks, taskInScope, taskList } from "@/db/queries/tasks";
import { meetings, tasks } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { parseTaskFilters } from "@/lib/task-filters";
import { companyNamed, isoDay, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let mishu: CurrentUser;
let shuji: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan2: CurrentUser;
let zuzhang2: CurrentUser;
let companyId: number;

const meeting = (overrides: Record<string, unknown> = {}) => ({
  tripId: null,
  kind: "incoming",
  heldOn: isoDay(-2),
  startsAt: "10:00",
  place: "广安市政府",
  companyId,
  contactIds: [],
  newContacts: [],
  attendeeIds: [shuji.id, mishu.id],
  summary: `来访洽谈（${run}）。`,
  nextSteps: `报送园区配套方案（${run}）`,
  nextStepOwnerId: zuyuan.id,
  nextStepDueOn: isoDay(1),
  ...overrides,
});

const taskOf = async (meetingId: number) => (await db.select().from(tasks).where(eq(tasks.meetingId, meetingId)))[0];

async function edit(id: number, overrides: Record<string, unknown>) {
  const [current] = await db.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, id));
  return mustSucceed(runAction(editMeeting, mishu, meeting({ id, version: current.version, ...overrides }), messages));
}

beforeAll(async () => {
  [mishu, shuji, zuyuan, zuzhang, zuyuan2, zuzhang2] = await Promise.all(["mishu", "shuji", "zuyuan", "zuzhang", "zuyuan2", "zuzhang2"].map(userNamed));
  companyId = await companyNamed("天津津重智能装备有限公司");
});
afterAll(closeDatabase);

describe("a meeting's next step is its task", () => {
  it("is created with the meeting, follows its edits, reopens when the step changes and is cancelled when it goes", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting(), messages));
    const first = await taskOf(id);
    expect(first).toMatchObject({ title: `报送园区配套方案（${run}）`, ownerId: zuyuan.id, dueOn: isoDay(1), status: "open", source: "meeting", createdById: mishu.id });

    // A later date: the same task, with the new date.
    await edit(id, { nextStepDueOn: isoDay(3) });
    const moved = await taskOf(id);
    expect(moved).toMatchObject({ id: first.id, dueOn: isoDay(3), status: "open" });

    // Done by its owner; an edit of the meeting's summary leaves it done.
    await mustSucceed(runAction(setTaskStatus, zuyuan, { id: first.id, version: moved.version, done: true, note: "方案已报送" }, messages));
    await edit(id, { nextStepDueOn: isoDay(3), summary: `来访洽谈，补记（${run}）。` });
    expect(await taskOf(id)).toMatchObject({ status: "done", doneNote: "方案已报送" });

    // Given to someone else: a new commitment, open again, for them.
    await edit(id, { nextStepDueOn: isoDay(3), nextStepOwnerId: zuyuan2.id });
    expect(await taskOf(id)).toMatchObject({ id: first.id, ownerId: zuyuan2.id, status: "open", doneNote: null, doneAt: null });

    // No next step any more: cancelled, not deleted; and back again: open.
    await edit(id, { nextSteps: "", nextStepOwnerId: null, nextStepDueOn: null });
    expect(await taskOf(id)).toMatchObject({ status: "cancelled" });
    await edit(id, { nextStepOwnerId: zuyuan2.id, nextStepDueOn: isoDay(3) });
    expect(await taskOf(id)).toMatchObject({ id: first.id, status: "open" });
  });

  it("is not made for a meeting without an owner for its next step", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting({ nextStepOwnerId: null }), messages));
    expect(await taskOf(id)).toBeUndefined();
  });
});

describe("我的待办", () => {
  it("lists the owner's open tasks by band, overdue first, and counts them", async () => {
    const late = await mustSucceed(runAction(createMeeting, mishu, meeting({ nextSteps: `逾期事项（${run}）`, nextStepDueOn: isoDay(-1), heldOn: isoDay(-3) }), messages));
    const soon = await mustSucceed(runAction(createMeeting, mishu, meeting({ nextSteps: `本周事项（${run}）`, nextStepDueOn: isoDay(2) }), messages));
    const mine = await myOpenTasks(zuyuan, isoDay(0), 500);
    const lateTask = mine.rows.find((row) => row.meetingId === late.id)!;
    const soonTask = mine.rows.find((row) => row.meetingId === soon.id)!;
    expect(lateTask.band).toBe("overdue");
    expect(soonTask.band).toBe("week");
    expect(mine.rows.indexOf(lateTask)).toBeLessThan(mine.rows.indexOf(soonTask));
    expect(mine.rows.every((row) => row.ownerId === zuyuan.id && row.status === "open")).toBe(true);
    expect(mine.overdue).toBeGreaterThanOrEqual(1);
    expect(mine.total).toBe((await taskList(zuyuan, { ...parseTaskFilters({}), page: 1 }, isoDay(0))).total);
  });
});

describe("who reads and who closes a task", () => {
  it("keeps another group's member out, lets the group's lead in, and lets only the owner's side close it", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting({ nextSteps: `范围测试（${run}）` }), messages));
    const task = await taskOf(id);

    // The equipment group's people do not see the electronics member's task, even by its id.
    expect(await taskInScope(zuyuan2, task.id)).toBeNull();
    expect(await taskInScope(zuzhang2, task.id)).toBeNull();
    const everything = await taskList(zuyuan2, { ...parseTaskFilters({ all: "1" }), page: 1 }, isoDay(0));
    expect(everything.rows.some((row) => row.id === task.id)).toBe(false);
    const crafted = await runAction(setTaskStatus, zuyuan2, { id: task.id, version: task.version, done: true, note: null }, messages);
    expect(crafted).toMatchObject({ ok: false, code: "not_found" });

    // The electronics group's lead sees it among the group's; a city leader reads it but does not close it.
    const groupView = await taskList(zuzhang, { ...parseTaskFilters({ all: "1" }), page: 1 }, isoDay(0));
    expect(groupView.total).toBeGreaterThan(0);
    expect(await taskInScope(zuzhang, task.id)).not.toBeNull();
    expect(await taskInScope(shuji, task.id)).not.toBeNull();
    expect(await runAction(setTaskStatus, shuji, { id: task.id, version: task.version, done: true, note: null }, messages)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await taskOf(id)).toMatchObject({ status: "open", version: task.version });
  });

  it("two people closing the same task at once: one succeeds, the other is told who changed it", async () => {
    const { id } = await mustSucceed(runAction(createMeeting, mishu, meeting({ nextSteps: `并发测试（${run}）` }), messages));
    const task = await taskOf(id);
    const [a, b] = await Promise.all([
      runAction(setTaskStatus, zuyuan, { id: task.id, version: task.version, done: true, note: "甲" }, messages),
      runAction(setTaskStatus, mishu, { id: task.id, version: task.version, done: true, note: "乙" }, messages),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "conflict" });
    expect(await taskOf(id)).toMatchObject({ status: "done", version: task.version + 1 });
  });
});
