// ORDER BY of a list from its parsed URL state (lib/list-params.ts): the chosen column, then a
// stable tail.
import { asc, desc, type AnyColumn, type SQL } from "drizzle-orm";
import type { ListParams } from "@/lib/list-params";

export function orderByFrom<S extends string>(
  params: ListParams<S>,
  sortable: Record<S, AnyColumn | SQL>,
  fallback: SQL[],
): SQL[] {
  if (!params.sort) return fallback;
  const column = sortable[params.sort];
  return [params.dir === "desc" ? desc(column) : asc(column), ...fallback];
}
