// Notifications (通知) on the database of DATABASE_URL (SQLite and PostgreSQL): the demo's, a user's
// own list a page at a time, opening one (only one's own, only from this site), 全部已读, the bell's
// count route, and the choices per kind — also by crafted calls from another user.
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { markAllNotificationsRead, saveNotificationPreferences } from "@/db/mutations/notification-actions";
import { notify } from "@/db/mutations/notifications";
import { notificationDeliveries, notificationList, notificationToOpen, unreadNotificationCount } from "@/db/queries/notifications";
import { auditLog, leads, notificationPreferences, notifications, tasks } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { choosableKinds, defaultDelivery } from "@/lib/notifications/kinds";
import { messages, mustSucceed, runSuffix, userNamed } from "./helpers";

// The routes read the signed-in user from the session; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user, getSessionUser: async () => session.user }));
const { GET: openRoute } = await import("@/app/(crm)/notifications/[id]/open/route");
const { GET: countRoute } = await import("@/app/(crm)/notifications/count/route");

const run = runSuffix();
let zuyuan: CurrentUser;
let zuyuan2: CurrentUser;
let zy01b: CurrentUser;
let shuji: CurrentUser;

const unreadOf = async (id: number) => (await db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id)))[0].readAt === null;

function open(id: number | string, headers: Record<string, string> = {}) {
  const request = new Request(`http://crm.test/notifications/${id}/open`, { headers: { host: "crm.test", ...headers } });
  return openRoute(request, { params: Promise.resolve({ id: String(id) }) });
}

beforeAll(async () => {
  [zuyuan, zuyuan2, zy01b, shuji] = await Promise.all(["zuyuan", "zuyuan2", "zy01b", "shuji"].map(userNamed));
});
beforeEach(() => {
  session.user = null;
});
afterAll(closeDatabase);

describe("the demo's notifications", () => {
  it("tell 王磊 of his real tasks and 周立群 of the answer to his 批示, unread, about the demo's own rows", async () => {
    expect(await unreadNotificationCount(zuyuan.id)).toBeGreaterThanOrEqual(3);
    // The seed's are his first (other test files tell him more, in any order).
    const seeded = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, zuyuan.id), isNull(notifications.readAt)))
      .orderBy(asc(notifications.id))
      .limit(3);
    const { rows } = await notificationList(zuyuan.id, { unreadOnly: true, before: seeded[2]!.id + 1 });
    const assigned = rows.find((n) => n.kind === "task_assigned");
    expect(assigned?.taskId).toBeTruthy();
    const [task] = await db.select().from(tasks).where(eq(tasks.id, assigned!.taskId!));
    expect(task).toMatchObject({ ownerId: zuyuan.id, status: "open", title: assigned!.params.title });
    expect(rows.map((n) => n.kind)).toEqual(expect.arrayContaining(["task_assigned", "task_overdue", "report_due"]));

    const [firstAnswer] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, shuji.id), eq(notifications.kind, "instruction_answered"), isNull(notifications.readAt)))
      .orderBy(asc(notifications.id))
      .limit(1);
    const answered = (await notificationList(shuji.id, { unreadOnly: true, before: firstAnswer!.id + 1 })).rows.find((n) => n.kind === "instruction_answered");
    expect(answered).toMatchObject({ actorName: "王磊" });
    const [lead] = await db.select({ name: leads.name, ownerId: leads.ownerId }).from(leads).where(eq(leads.id, answered!.leadId!));
    expect(lead).toEqual({ name: answered!.params.leadName, ownerId: zuyuan.id });
  });
});

describe("a user's own list", () => {
  it("is newest first, 30 a page, continues below the last id, filters the unread, and holds nobody else's", async () => {
    for (let i = 1; i <= 35; i++) {
      await notify(db, { userId: zy01b.id, kind: "task_assigned", actorId: shuji.id, params: { title: `第${i}项（${run}）`, dueOn: null } });
    }
    const first = await notificationList(zy01b.id);
    expect(first.rows).toHaveLength(30);
    expect(first.rows[0].params.title).toBe(`第35项（${run}）`);
    expect(first.rows.every((n) => n.actorName === "周立群")).toBe(true);
    const second = await notificationList(zy01b.id, { before: first.nextBefore! });
    expect(second.rows.slice(0, 5).map((n) => n.params.title)).toEqual([5, 4, 3, 2, 1].map((i) => `第${i}项（${run}）`));

    const owners = await db.select({ userId: notifications.userId }).from(notifications).where(inArray(notifications.id, [...first.rows, ...second.rows].map((n) => n.id)));
    expect(new Set(owners.map((o) => o.userId))).toEqual(new Set([zy01b.id]));

    await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, first.rows[0].id));
    expect((await notificationList(zy01b.id, { unreadOnly: true })).rows.map((n) => n.id)).not.toContain(first.rows[0].id);
  });
});

describe("opening a notification", () => {
  async function freshFor(user: CurrentUser, leadId: number | null = null) {
    await notify(db, { userId: user.id, kind: "lead_reassigned", actorId: shuji.id, leadId, params: { leadName: `开封测试（${run}）` } });
    const [row] = await db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, user.id)).orderBy(desc(notifications.id)).limit(1);
    return row.id;
  }

  it("marks the reader's own notification read and sends them to the lead it is about", async () => {
    const [lead] = await db.select({ id: leads.id }).from(leads).where(eq(leads.ownerId, zuyuan.id)).limit(1);
    const id = await freshFor(zuyuan, lead.id);
    const before = await unreadNotificationCount(zuyuan.id);
    session.user = zuyuan;
    const response = await open(id, { "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/leads/${lead.id}`);
    expect(await unreadOf(id)).toBe(false);
    expect(await unreadNotificationCount(zuyuan.id)).toBe(before - 1);
  });

  it("refuses another user's notification (404) and leaves it unread", async () => {
    const id = await freshFor(zuyuan);
    expect(await notificationToOpen(zuyuan2, id)).toBeNull();
    session.user = zuyuan2;
    const response = await open(id, { "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(404);
    expect(await unreadOf(id)).toBe(true);
  });

  it("from another site or as a prefetch only sends on, marking nothing", async () => {
    const id = await freshFor(zuyuan);
    session.user = zuyuan;
    expect((await open(id, { "sec-fetch-site": "cross-site" })).status).toBe(303);
    expect((await open(id, { origin: "https://evil.example" })).status).toBe(303);
    expect((await open(id, { "sec-fetch-site": "same-origin", "next-router-prefetch": "1" })).status).toBe(303);
    expect(await unreadOf(id)).toBe(true);
  });

  it("answers 401 to no one signed in, and 404 to an id that is not a number", async () => {
    const id = await freshFor(zuyuan);
    expect((await open(id)).status).toBe(401);
    session.user = zuyuan;
    expect((await open("1e3")).status).toBe(404);
    expect(await unreadOf(id)).toBe(true);
  });

  it("takes a 月报 reminder to the reader's group's 月报 of that month", async () => {
    const [group] = zuyuan.groupIds;
    const [reminder] = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, zuyuan.id), eq(notifications.kind, "report_due")))
      .limit(1);
    const target = await notificationToOpen(zuyuan, reminder.id);
    expect(target).toMatchObject({ kind: "report_due", reportGroupId: group });
    expect(target?.reportMonth).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe("the bell's count", () => {
  it("is the signed-in user's unread count, never cached; 401 without a session", async () => {
    expect((await countRoute(new Request("http://crm.test/notifications/count"))).status).toBe(401);
    session.user = zuyuan;
    const response = await countRoute(new Request("http://crm.test/notifications/count"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ unread: await unreadNotificationCount(zuyuan.id) });
  });
});

describe("全部已读", () => {
  it("reads the caller's own notifications only, with its audit row", async () => {
    await notify(db, { userId: zuyuan2.id, kind: "task_assigned", actorId: shuji.id, params: { title: `李海的（${run}）`, dueOn: null } });
    const others = await unreadNotificationCount(zuyuan.id);
    expect(others).toBeGreaterThan(0);
    const { read } = await mustSucceed(runAction(markAllNotificationsRead, zuyuan2, {}, messages));
    expect(read).toBeGreaterThan(0);
    expect(await unreadNotificationCount(zuyuan2.id)).toBe(0);
    expect(await unreadNotificationCount(zuyuan.id)).toBe(others);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "notification.mark_all_read"), eq(auditLog.actorId, zuyuan2.id)));
    expect(audit).toBeTruthy();
  });

  it("takes nothing else: a crafted user id is refused", async () => {
    const before = await unreadNotificationCount(zuyuan.id);
    const result = await runAction(markAllNotificationsRead, zuyuan2, { userId: zuyuan.id }, messages);
    expect(result.ok).toBe(false);
    expect(await unreadNotificationCount(zuyuan.id)).toBe(before);
  });
});

describe("通知设置", () => {
  const allApp = Object.fromEntries(choosableKinds.map((kind) => [kind, "app"]));

  it("keeps each user's own choice, and only what differs from the default", async () => {
    await mustSucceed(runAction(saveNotificationPreferences, zy01b, { ...allApp, lead_changed: "digest" }, messages));
    const chosen = await notificationDeliveries(zy01b.id);
    expect(chosen).toMatchObject({ lead_changed: "digest", task_due: "app", task_overdue: "app", report_due: "app", task_assigned: "app" });
    expect(await notificationDeliveries(zuyuan2.id)).toEqual(defaultDelivery);
    const rows = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, zy01b.id));
    // task_assigned is "app" by default: no row for it.
    expect(rows.map((r) => r.kind).sort()).toEqual(["instruction_received", "lead_changed", "report_due", "task_due", "task_overdue"]);

    // Back to the defaults: no rows left.
    await mustSucceed(runAction(saveNotificationPreferences, zy01b, Object.fromEntries(choosableKinds.map((kind) => [kind, defaultDelivery[kind]])), messages));
    expect(await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, zy01b.id))).toEqual([]);
  });

  it("refuses an unknown kind or delivery, the admin's kind, a missing kind and another user's id", async () => {
    for (const input of [
      { ...allApp, task_due: "sms" },
      { ...allApp, made_up: "app" },
      { ...allApp, channel_paused: "digest" },
      { task_due: "digest" },
      { ...allApp, userId: zuyuan.id },
    ]) {
      const result = await runAction(saveNotificationPreferences, zuyuan2, input, messages);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    expect(await notificationDeliveries(zuyuan.id)).toEqual(defaultDelivery);
    expect(await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, zuyuan2.id))).toEqual([]);
  });
});
