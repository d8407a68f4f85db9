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
  /** Trips led by the principal leaders (党政主要领导), or by any city leader. */
  led: TripLeaders | null;
  /** Trips that start within these dates (both included). */
  startFrom: string | null;
  startTo: string | null;
  /** Only trips that took place: under way or done (not planned). */
  held: boolean;
};

export const tripLeaders = ["principal", "leaders"] as const;
export type TripLeaders = (typeof tripLeaders)[number];

export const noTripFilters: TripFilters = {
  leaderId: null,
  from: null,
  to: null,
  destination: "",
  region: null,
  status: null,
  led: null,
  startFrom: null,
  startTo: null,
  held: false,
};

/**
 * The trips the figures count (docs/domain.md, "Trips led by the leaders"): led by a principal
 * leader, or by any city leader, starting within the dates and not after today, that took place.
 * The count and the list behind its link both read these filters.
 */
export function countedTripFilters(led: TripLeaders, from: string, to: string, today: string): TripFilters {
  return { ...noTripFilters, led, startFrom: from, startTo: to < today ? to : today, held: true };
}

/** The trips list filtered to the given filters. */
export function tripsHref(filters: TripFilters): string {
  const params = new URLSearchParams();
  if (filters.leaderId) params.set("leader", String(filters.leaderId));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.destination) params.set("dest", filters.destination);
  if (filters.region) params.set("region", filters.region);
  if (filters.status) params.set("status", filters.status);
  if (filters.led) params.set("led", filters.led);
  if (filters.startFrom) params.set("startFrom", filters.startFrom);
  if (filters.startTo) params.set("startTo", filters.startTo);
  if (filters.held) params.set("held", "1");
  const query = params.toString();
  return query ? `/trips?${query}` : "/trips";
}

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
    led: z.enum(tripLeaders).nullable().catch(null).parse(first(searchParams.led) ?? null),
    startFrom: isoDate.nullable().catch(null).parse(first(searchParams.startFrom) ?? null),
    startTo: isoDate.nullable().catch(null).parse(first(searchParams.startTo) ?? null),
    held: first(searchParams.held) === "1",
  };
}
