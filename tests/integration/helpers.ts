// Shared by the integration tests: the demo city's people, running actions, and the messages runAction needs
// (`messages` passes message keys through, so tests can assert them; `chineseMessages` resolves
// them as defineAction does, so tests can assert what the person reads).
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db/client";
import { createLead } from "@/db/mutations/leads";
import { loadCurrentUser } from "@/db/queries/users";
import { companies, taskGroups, users } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import { runAction, type ActionDefinition, type ActionMessages } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { LeadCreateInput } from "@/lib/validation/lead";
import zh from "@/messages/zh-CN";

export const messages: ActionMessages = {
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  invalid: "invalid",
  notFound: "not found",
  unexpected: "unexpected",
  conflict: (who) => `changed by ${who}`,
  translate: (key) => key,
};

/** A message key resolved in Chinese, as defineAction resolves it (unknown keys stay as they are). */
export function translateZh(key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zh);
  return typeof value === "string" ? value : key;
}

export const chineseMessages: ActionMessages = {
  unauthenticated: "请先登录",
  forbidden: "无权操作",
  invalid: "输入有误",
  notFound: "不存在",
  unexpected: "系统出现异常",
  conflict: (who) => `已被${who}修改`,
  translate: translateZh,
};

/** The Chinese refusals, with message keys (field errors) passed through, so tests can assert both. */
export const chineseMessagesKeepingKeys: ActionMessages = { ...chineseMessages, translate: (key) => key };

/** runAction with these messages fixed: for tests that call many definitions as many people. */
export const actionRunner =
  (actionMessages: ActionMessages) =>
  <S extends z.ZodType, T>(definition: ActionDefinition<S, T>, user: CurrentUser, input: unknown) =>
    runAction(definition, user, input, actionMessages);

/** The data of an action that has to succeed for the test to go on; a refusal fails with its reasons. */
export async function mustSucceed<T>(result: Promise<ActionResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(`action failed: ${settled.code} ${settled.error} ${JSON.stringify(settled.fieldErrors ?? {})}`);
  return settled.data;
}

export async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const user = row ? await loadCurrentUser(row.id) : null;
  if (!user) throw new Error(`no active user ${username}`);
  return user;
}

export async function companyNamed(name: string): Promise<number> {
  const [row] = await db.select({ id: companies.id }).from(companies).where(eq(companies.name, name));
  if (!row) throw new Error(`no company ${name}`);
  return row.id;
}

export async function groupNamed(name: string): Promise<number> {
  const [row] = await db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.name, name));
  if (!row) throw new Error(`no task group ${name}`);
  return row.id;
}

/** A lead written by `user` straight through the data layer (no action) at `now`: the fields given, the rest empty, in 接触. */
export function insertLead(
  user: CurrentUser,
  fields: Pick<LeadCreateInput, "name" | "companyId" | "taskGroupId" | "source"> & Partial<LeadCreateInput>,
  now = new Date(),
) {
  const empty = {
    ownerId: null,
    districtId: null,
    industryId: null,
    stage: "contact",
    stageReason: null,
    plannedInvestment: null,
    signedInvestment: null,
    signedOn: null,
    nextFollowUpOn: null,
    leaderId: null,
    originTripId: null,
    originMeetingId: null,
    chainNodeId: null,
    agreementId: null,
    externalId: null,
    description: null,
  } satisfies Omit<LeadCreateInput, "name" | "companyId" | "taskGroupId" | "source">;
  return db.transaction((tx) => createLead(tx, user, { ...empty, ...fields }, now));
}

/** A suffix that keeps this run's rows apart from the demo city and from other runs. */
export const runSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

export const isoDay = (days: number) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
