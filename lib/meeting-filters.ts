// The meetings list's filters in the URL (?trip=3&leader=5&from=2026-01-01&to=…&owner=7&overdue=1),
// parsed here, never trusting the URL; db/queries/meetings.ts turns them into SQL.
import { z } from "zod";
// zod configured for the browser (jitless: no eval the Content-Security-Policy would report).
import "@/lib/validation/common";
import { first, type SearchParams } from "@/lib/list-params";

export type MeetingFilters = {
  /** The trip the meetings belong to (所属考察). */
  tripId: number | null;
  /** A city leader who led the meeting's trip (带队领导) or attended it (会见领导). */
  leaderId: number | null;
  /** Meetings held on or after this date. */
  from: string | null;
  /** Meetings held on or before this date. */
  to: string | null;
  /** Whose next step it is (下一步责任人). */
  ownerId: number | null;
  /** Next step past its due date and not done (no lead made from the meeting yet). */
  overdue: boolean;
};

export const noMeetingFilters: MeetingFilters = { tripId: null, leaderId: null, from: null, to: null, ownerId: null, overdue: false };

/** The URL's names of the filters, in the order the chips show them. */
export const meetingFilterKeys = ["trip", "leader", "from", "to", "owner", "overdue"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null);

export function parseMeetingFilters(searchParams: SearchParams): MeetingFilters {
  return {
    tripId: id.parse(first(searchParams.trip) ?? null),
    leaderId: id.parse(first(searchParams.leader) ?? null),
    from: isoDate.nullable().catch(null).parse(first(searchParams.from) ?? null),
    to: isoDate.nullable().catch(null).parse(first(searchParams.to) ?? null),
    ownerId: id.parse(first(searchParams.owner) ?? null),
    overdue: first(searchParams.overdue) === "1",
  };
}

export const hasMeetingFilters = (filters: MeetingFilters) =>
  filters.tripId !== null || filters.leaderId !== null || filters.from !== null || filters.to !== null || filters.ownerId !== null || filters.overdue;

/** The meetings list filtered to the given filters. */
export function meetingsHref(filters: Partial<MeetingFilters>): string {
  const params = new URLSearchParams();
  if (filters.tripId) params.set("trip", String(filters.tripId));
  if (filters.leaderId) params.set("leader", String(filters.leaderId));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.ownerId) params.set("owner", String(filters.ownerId));
  if (filters.overdue) params.set("overdue", "1");
  const query = params.toString();
  return query ? `/meetings?${query}` : "/meetings";
}
