// The 待办 page's filters in the URL (?status=done&due=overdue&all=1&page=2), parsed here, never
// trusting the URL; db/queries/tasks.ts turns them into SQL.
import { z } from "zod";
import { taskStatuses, type TaskStatus } from "@/lib/domain/enums";
import { first, type SearchParams } from "@/lib/list-params";

export const taskDueBands = ["overdue", "today", "week"] as const;
export type TaskDueBand = (typeof taskDueBands)[number];

export type TaskFilters = {
  status: TaskStatus;
  /** Due before today, today, or within the week ahead (today and six days on). */
  due: TaskDueBand | null;
  /** The reader's own tasks (the default), or every task they may read (all=1). */
  mine: boolean;
  /** One task group's tasks, or one person's (督办's links); read within the reader's scope all the same. */
  groupId: number | null;
  ownerId: number | null;
  page: number;
};

const filterId = z.coerce.number().int().positive().max(2 ** 31).nullable().catch(null);

export function parseTaskFilters(searchParams: SearchParams): TaskFilters {
  return {
    status: z.enum(taskStatuses).catch("open").parse(first(searchParams.status) ?? "open"),
    due: z.enum(taskDueBands).nullable().catch(null).parse(first(searchParams.due) ?? null),
    mine: first(searchParams.all) !== "1",
    groupId: filterId.parse(first(searchParams.group) ?? null),
    ownerId: filterId.parse(first(searchParams.owner) ?? null),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).parse(first(searchParams.page) ?? 1),
  };
}

/** The 待办 page with these filters (page 1 unless given). */
export function tasksHref(filters: Omit<TaskFilters, "page" | "groupId" | "ownerId"> & Partial<Pick<TaskFilters, "page" | "groupId" | "ownerId">>): string {
  const params = new URLSearchParams();
  if (filters.status !== "open") params.set("status", filters.status);
  if (filters.due) params.set("due", filters.due);
  if (!filters.mine) params.set("all", "1");
  if (filters.groupId) params.set("group", String(filters.groupId));
  if (filters.ownerId) params.set("owner", String(filters.ownerId));
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/tasks?${query}` : "/tasks";
}
