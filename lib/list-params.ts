// The state of every list lives in the URL: ?page=2&size=20&sort=name&dir=desc&q=…
// This parses it, never trusting it; db/queries/order-by.ts turns it into ORDER BY.
import { z } from "zod";
// zod configured for the browser (jitless: no eval the Content-Security-Policy would report).
import "@/lib/validation/common";

export const pageSizes = [20, 50, 100] as const;

export type ListParams<S extends string = string> = {
  page: number;
  pageSize: number;
  sort: S | null;
  dir: "asc" | "desc";
  q: string;
};

const baseSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .int()
    .refine((n) => (pageSizes as readonly number[]).includes(n))
    .catch(20),
  sort: z.string().max(40).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  q: z.string().trim().max(100).catch(""),
});

export type SearchParams = Record<string, string | string[] | undefined>;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseListParams<S extends string>(
  searchParams: SearchParams,
  sortable: Record<S, unknown>,
): ListParams<S> {
  const raw = baseSchema.parse({
    page: first(searchParams.page) ?? 1,
    size: first(searchParams.size) ?? 20,
    sort: first(searchParams.sort),
    dir: first(searchParams.dir) ?? "asc",
    q: first(searchParams.q) ?? "",
  });
  const sort = raw.sort && Object.hasOwn(sortable, raw.sort) ? (raw.sort as S) : null;
  return { page: raw.page, pageSize: raw.size, sort, dir: raw.dir, q: raw.q };
}

/** Rows skipped before the page (OFFSET). */
export const pageOf = (params: ListParams) => (params.page - 1) * params.pageSize;
