// One page of a list from its parsed URL state (lib/list-params.ts): ORDER BY the chosen column
// then a stable tail, the page's rows and the number of rows in all, read at once.
import { asc, desc, type AnyColumn, type SQL } from "drizzle-orm";
import { pageOf, type ListParams } from "@/lib/list-params";

export function orderByFrom<S extends string>(
  params: ListParams<S>,
  sortable: Record<S, AnyColumn | SQL>,
  fallback: SQL[],
): SQL[] {
  if (!params.sort) return fallback;
  const column = sortable[params.sort];
  return [params.dir === "desc" ? desc(column) : asc(column), ...fallback];
}

/** A list's select before its ORDER BY (drizzle's select builder, on either database). */
type Unordered<R> = { orderBy(...columns: SQL[]): { limit(n: number): { offset(n: number): PromiseLike<R[]> } } };

/** The page of `params` of the rows in `order`, and the total `count` gives, read at once. */
export async function listPage<R>(params: ListParams, rows: Unordered<R>, order: SQL[], count: PromiseLike<{ total: number }[]>) {
  const [page, [{ total }]] = await Promise.all([rows.orderBy(...order).limit(params.pageSize).offset(pageOf(params)), count]);
  return { rows: page, total };
}
