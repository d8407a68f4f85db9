// The audit log's filters in the URL (who, what, when, which row, the page): parsed here, never
// trusting the URL (anything malformed is dropped), and written back for links and the export.
import { z } from "zod";
// zod configured for the browser (jitless: no eval the Content-Security-Policy would report).
import "@/lib/validation/common";
import { first, type SearchParams } from "@/lib/list-params";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

const filterSchema = z.object({
  /** A user picked from the list (their id). */
  user: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  /** Typed text: a user name, a display name, or the name typed at a sign-in (contains). */
  who: z.string().trim().max(64).catch(""),
  /** An action ("lead.update") or a family of them ("auth.*"). */
  action: z.string().trim().regex(/^[a-z_]+(\.[a-z_]+)*(\.\*)?$/).max(64).optional().catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  entity: z.string().trim().regex(/^[a-z_]+$/).max(40).optional().catch(undefined),
  entityId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilter = z.output<typeof filterSchema>;

/** Reads the filters from the URL, never trusting it (anything malformed is dropped). */
export function parseAuditFilter(searchParams: SearchParams): AuditFilter {
  const pick = (key: string) => {
    const value = first(searchParams[key]);
    return value === "" ? undefined : value;
  };
  return filterSchema.parse({
    user: pick("user"),
    who: pick("who") ?? "",
    action: pick("action"),
    from: pick("from"),
    to: pick("to"),
    entity: pick("entity"),
    entityId: pick("entityId"),
    page: pick("page") ?? 1,
  });
}

/** The filters as URL parameters (page left out), for links and the export. */
export function auditFilterParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["user", "who", "action", "from", "to", "entity", "entityId"] as const) {
    const value = filter[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params;
}
