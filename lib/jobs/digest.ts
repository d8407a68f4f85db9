// The morning digest (每日摘要) for the group chats: per task group with a channel, one message with
// its overdue tasks by owner, its stale leads (as 督办 counts them) and the 批示 waiting for an answer,
// then, per person of the group, how many of yesterday's unread notifications they asked to get in
// the digest; the leadership's channels get the same counts for every group. Names, stages and
// owners only. A handful of grouped queries for all groups at once, whatever their number.
import "server-only";
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { db } from "@/db/client";
import { queueChatMessage } from "@/db/mutations/chat-outbox";
import { staleCondition } from "@/db/queries/leads/filters";
import { loadStaleLimits } from "@/db/queries/stage-settings";
import { chatChannels, leads, notificationPreferences, notifications, tableAlias, taskGroupMembers, taskGroups, tasks, users } from "@/db/schema";
import { notificationKinds, type NotificationKind, type Stage } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/format";
import { defaultDelivery } from "@/lib/notifications/kinds";
import zhMessages from "@/messages/zh-CN";

/** Overdue tasks listed per group (the rest are counted), stale leads named, 批示 listed. */
const overdueListed = 20;
const staleNamed = 3;
const instructionsListed = 5;
const dayMs = 86_400_000;

const owner = tableAlias(users, "digest_owner");

type Rows<T> = T[];

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/** A grouped list's first rows per task group (row_number over the group), as one query for all groups. */
function ranked<T extends Record<string, SQL.Aliased>>(fields: T, order: SQL) {
  return { ...fields, rn: sql<number>`row_number() over (partition by ${tasks.taskGroupId} order by ${order})`.as("rn") };
}

async function channelAudiences() {
  const rows = await db
    .selectDistinct({ audience: chatChannels.audience, groupId: chatChannels.taskGroupId })
    .from(chatChannels)
    .where(and(eq(chatChannels.isActive, true), isNull(chatChannels.pausedAt)));
  return {
    leadership: rows.some((r) => r.audience === "leadership"),
    groupIds: [...new Set(rows.filter((r) => r.audience === "group" && r.groupId != null).map((r) => r.groupId!))],
  };
}

/** Everything the digests say, for these groups (all groups for the counts when the leadership has a channel). */
export async function digestData(now: Date, groupIds: number[], allGroups: boolean) {
  const today = toIsoDate(now);
  const limits = await loadStaleLimits();
  const countedGroups = allGroups ? undefined : groupIds;
  const inGroups = (column: typeof tasks.taskGroupId | typeof leads.taskGroupId, ids: number[] | undefined) =>
    ids === undefined ? isNotNull(column) : inArray(column, ids.length ? ids : [-1]);
  const overdueTask = and(eq(tasks.status, "open"), isNotNull(tasks.dueOn), lt(tasks.dueOn, today));
  const waitingInstruction = and(eq(tasks.status, "open"), eq(tasks.source, "instruction"));
  const stale = and(staleCondition(limits, now), inGroups(leads.taskGroupId, countedGroups));

  const overdueRanked = db
    .select(
      ranked(
        {
          groupId: sql<number>`${tasks.taskGroupId}`.as("group_id"),
          title: sql<string>`${tasks.title}`.as("title"),
          dueOn: sql<string>`${tasks.dueOn}`.as("due_on"),
          ownerId: sql<number>`${tasks.ownerId}`.as("owner_id"),
          ownerName: sql<string>`${owner.name}`.as("owner_name"),
          leadName: sql<string | null>`${leads.name}`.as("lead_name"),
        },
        sql`${tasks.dueOn}, ${tasks.id}`,
      ),
    )
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .leftJoin(leads, eq(leads.id, tasks.leadId))
    .where(and(overdueTask, inGroups(tasks.taskGroupId, groupIds)))
    .as("overdue_ranked");
  const instructionsRanked = db
    .select(
      ranked(
        {
          groupId: sql<number>`${tasks.taskGroupId}`.as("group_id"),
          dueOn: sql<string | null>`${tasks.dueOn}`.as("due_on"),
          ownerName: sql<string>`${owner.name}`.as("owner_name"),
          leadName: sql<string | null>`${leads.name}`.as("lead_name"),
        },
        sql`${tasks.dueOn}, ${tasks.id}`,
      ),
    )
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .leftJoin(leads, eq(leads.id, tasks.leadId))
    .where(and(waitingInstruction, inGroups(tasks.taskGroupId, groupIds)))
    .as("instructions_ranked");
  const staleRanked = db
    .select({
      groupId: sql<number>`${leads.taskGroupId}`.as("group_id"),
      name: sql<string>`${leads.name}`.as("lead_name"),
      stage: sql<Stage>`${leads.stage}`.as("stage"),
      ownerName: sql<string>`${owner.name}`.as("owner_name"),
      rn: sql<number>`row_number() over (partition by ${leads.taskGroupId} order by ${leads.lastActivityAt}, ${leads.id})`.as("rn"),
    })
    .from(leads)
    .innerJoin(owner, eq(owner.id, leads.ownerId))
    .where(and(staleCondition(limits, now), inGroups(leads.taskGroupId, groupIds)))
    .as("stale_ranked");

  // Per person of the groups: yesterday's unread notifications of the kinds they get in the digest.
  const digestByDefault = notificationKinds.filter((kind) => defaultDelivery[kind] === "digest");
  const wantsDigest = or(
    eq(notificationPreferences.delivery, "digest"),
    and(isNull(notificationPreferences.delivery), inArray(notifications.kind, digestByDefault)),
  );

  const [groups, overdueRows, overdueCounts, staleRows, staleCounts, instructionRows, instructionCounts, personal] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db.select().from(overdueRanked).where(lte(overdueRanked.rn, overdueListed)),
    db
      .select({ groupId: tasks.taskGroupId, ownerId: tasks.ownerId, n: count() })
      .from(tasks)
      .where(and(overdueTask, inGroups(tasks.taskGroupId, countedGroups)))
      .groupBy(tasks.taskGroupId, tasks.ownerId),
    db.select().from(staleRanked).where(lte(staleRanked.rn, staleNamed)),
    db.select({ groupId: leads.taskGroupId, n: count() }).from(leads).where(stale).groupBy(leads.taskGroupId),
    db.select().from(instructionsRanked).where(lte(instructionsRanked.rn, instructionsListed)),
    db
      .select({ groupId: tasks.taskGroupId, n: count() })
      .from(tasks)
      .where(and(waitingInstruction, inGroups(tasks.taskGroupId, countedGroups)))
      .groupBy(tasks.taskGroupId),
    groupIds.length
      ? db
          .select({ groupId: taskGroupMembers.taskGroupId, userId: users.id, name: users.name, kind: notifications.kind, n: count() })
          .from(notifications)
          .innerJoin(users, eq(users.id, notifications.userId))
          .innerJoin(taskGroupMembers, eq(taskGroupMembers.userId, notifications.userId))
          .leftJoin(
            notificationPreferences,
            and(eq(notificationPreferences.userId, notifications.userId), eq(notificationPreferences.kind, notifications.kind)),
          )
          .where(
            and(
              inArray(taskGroupMembers.taskGroupId, groupIds),
              gte(notifications.createdAt, new Date(+now - dayMs)),
              lte(notifications.createdAt, now),
              isNull(notifications.readAt),
              wantsDigest,
            ),
          )
          .groupBy(taskGroupMembers.taskGroupId, users.id, users.name, notifications.kind)
      : Promise.resolve([]),
  ]);

  const byGroup = <T extends { groupId: number | null }>(rows: Rows<T>) => {
    const map = new Map<number, T[]>();
    for (const row of rows) if (row.groupId != null) map.set(Number(row.groupId), [...(map.get(Number(row.groupId)) ?? []), row]);
    return map;
  };
  const sum = (rows: { n: number | string }[] | undefined) => (rows ?? []).reduce((total, r) => total + Number(r.n), 0);
  const overdueCountsByGroup = byGroup(overdueCounts);
  const staleCountsByGroup = byGroup(staleCounts);
  const instructionCountsByGroup = byGroup(instructionCounts);
  const overdueByGroup = byGroup(overdueRows);
  const staleByGroup = byGroup(staleRows);
  const instructionsByGroup = byGroup(instructionRows);
  const personalByGroup = byGroup(personal);

  return {
    today,
    groups: groups.map((group) => ({
      id: group.id,
      name: group.name,
      overdue: {
        total: sum(overdueCountsByGroup.get(group.id)),
        perOwner: new Map((overdueCountsByGroup.get(group.id) ?? []).map((r) => [r.ownerId, Number(r.n)])),
        rows: (overdueByGroup.get(group.id) ?? []).map((r) => ({ ...r, ownerId: Number(r.ownerId), daysOverdue: daysBetween(String(r.dueOn), today) })),
      },
      stale: { total: sum(staleCountsByGroup.get(group.id)), named: staleByGroup.get(group.id) ?? [] },
      instructions: { total: sum(instructionCountsByGroup.get(group.id)), rows: instructionsByGroup.get(group.id) ?? [] },
      personal: personalByGroup.get(group.id) ?? [],
    })),
  };
}

type DigestData = Awaited<ReturnType<typeof digestData>>;
type GroupDigest = DigestData["groups"][number];

const t = createTranslator({ locale: "zh-CN", messages: zhMessages, namespace: "chatDigest" });
const tEnum = createTranslator({ locale: "zh-CN", messages: zhMessages, namespace: "enum" });

const dayLabel = (iso: string) => t("day", { month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

/** The group's digest as robot-neutral markdown; null when there is nothing to say. */
export function groupDigestBody(group: GroupDigest): string | null {
  const lines: string[] = [];
  if (group.overdue.total) {
    lines.push(t("overdueHeading", { count: group.overdue.total }));
    const owners = new Map<number, { name: string; rows: GroupDigest["overdue"]["rows"] }>();
    for (const row of group.overdue.rows) {
      const entry = owners.get(row.ownerId) ?? { name: row.ownerName, rows: [] };
      entry.rows.push(row);
      owners.set(row.ownerId, entry);
    }
    for (const [ownerId, { name, rows }] of owners) {
      lines.push(t("overdueOwner", { name, count: group.overdue.perOwner.get(ownerId) ?? rows.length }));
      for (const row of rows) {
        lines.push(
          row.leadName
            ? t("overdueTaskOfLead", { title: row.title, days: row.daysOverdue, lead: row.leadName })
            : t("overdueTask", { title: row.title, days: row.daysOverdue }),
        );
      }
    }
    const more = group.overdue.total - group.overdue.rows.length;
    if (more > 0) lines.push(t("more", { count: more }));
  }
  if (group.stale.total) {
    const names = group.stale.named.map((lead) => t("staleLead", { name: lead.name, stage: tEnum(`stage.${lead.stage}` as never), owner: lead.ownerName }));
    lines.push(t("staleLine", { count: group.stale.total, names: names.join("、"), more: group.stale.total > names.length ? "more" : "none" }));
  }
  if (group.instructions.total) {
    lines.push(t("instructionsHeading", { count: group.instructions.total }));
    for (const row of group.instructions.rows) {
      lines.push(t("instruction", { lead: row.leadName ?? "—", owner: row.ownerName, due: row.dueOn ? dayLabel(String(row.dueOn)) : "—" }));
    }
  }
  const people = new Map<number, { name: string; counts: Partial<Record<NotificationKind, number>> }>();
  for (const row of group.personal) {
    const entry = people.get(row.userId) ?? { name: row.name, counts: {} };
    entry.counts[row.kind] = Number(row.n);
    people.set(row.userId, entry);
  }
  if (people.size) {
    lines.push(t("personalHeading"));
    for (const [, { name, counts }] of people) {
      const parts = notificationKinds.filter((kind) => counts[kind]).map((kind) => t(`personal.${kind}`, { count: counts[kind]! }));
      lines.push(t("personalLine", { name, parts: parts.join(t("separator")) }));
    }
  }
  return lines.length ? lines.join("\n") : null;
}

/** The leadership's digest: per group with anything to say, its three counts; null when all is well. */
export function leadershipDigestBody(data: DigestData): string | null {
  const lines = data.groups
    .filter((g) => g.overdue.total || g.stale.total || g.instructions.total)
    .map((g) => t("leadershipGroup", { name: g.name, overdue: g.overdue.total, stale: g.stale.total, instructions: g.instructions.total }));
  if (!lines.length) return null;
  const total = (pick: (g: GroupDigest) => number) => data.groups.reduce((n, g) => n + pick(g), 0);
  lines.push(
    t("leadershipTotal", { overdue: total((g) => g.overdue.total), stale: total((g) => g.stale.total), instructions: total((g) => g.instructions.total) }),
  );
  return lines.join("\n");
}

/** The digests job: queues today's digest for each channel (once per group and day: the dedupe key). */
export async function runDigests(now: Date) {
  const audiences = await channelAudiences();
  if (!audiences.leadership && !audiences.groupIds.length) return { groups: 0, queued: 0 };
  const data = await digestData(now, audiences.groupIds, audiences.leadership);
  let queued = 0;
  let groupsWithNews = 0;
  await db.transaction(async (tx) => {
    for (const group of data.groups.filter((g) => audiences.groupIds.includes(g.id))) {
      const body = groupDigestBody(group);
      if (!body) continue;
      groupsWithNews += 1;
      queued += await queueChatMessage(
        tx,
        { kind: "digest", taskGroupId: group.id, leadership: false, title: t("groupTitle", { name: group.name, day: dayLabel(data.today) }), body, dedupeKey: `digest:group:${group.id}:${data.today}` },
        now,
      );
    }
    const leadershipBody = audiences.leadership ? leadershipDigestBody(data) : null;
    if (leadershipBody) {
      queued += await queueChatMessage(
        tx,
        { kind: "digest", taskGroupId: null, leadership: true, title: t("leadershipTitle", { day: dayLabel(data.today) }), body: leadershipBody, dedupeKey: `digest:leadership:${data.today}` },
        now,
      );
    }
  });
  return { groups: groupsWithNews, queued };
}
