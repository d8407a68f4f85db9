// The trip list's filters in the URL (?leader=3&from=2026-01-01&to=…&dest=天津&region=bohai&status=done),
// parsed here, never trusting the URL.
import { z } from "zod";
// zod configured for the browser (jitless: no eval the Content-Security-Policy would report).
import "@/lib/validation/common";
import { regionGroups, tripStatuses, type RegionGroup, type TripStatus } from "@/lib/domain/enums";
import { first, type SearchParams } from "@/lib/list-params";

export type TripFilters = {
  leaderId: number | null;
  /** Trips under way on or after this date (they end on or after it). */
  from: string | null;
  /** Trips that start on or before this date. */
  to: string | null;
  destination: string;
  region: RegionGroup | null;
  status: TripStatus | null;
};

export const noTripFilters: TripFilters = { leaderId: null, from: null, to: null, destination: "", region: null, status: null };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The list's filters from the URL (?leader=3&from=2026-01-01&to=…&dest=天津&region=bohai&status=done), never trusted. */
export function parseTripFilters(searchParams: SearchParams): TripFilters {
  return {
    leaderId: z.coerce.number().int().positive().nullable().catch(null).parse(first(searchParams.leader) ?? null),
    from: isoDate.nullable().catch(null).parse(first(searchParams.from) ?? null),
    to: isoDate.nullable().catch(null).parse(first(searchParams.to) ?? null),
    destination: z.string().trim().max(50).catch("").parse(first(searchParams.dest) ?? ""),
    region: z.enum(regionGroups).nullable().catch(null).parse(first(searchParams.region) ?? null),
    status: z.enum(tripStatuses).nullable().catch(null).parse(first(searchParams.status) ?? null),
  };
}
