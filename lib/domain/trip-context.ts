// The trip a secretary is logging: what her meeting form starts from. A secretary works for one city
// leader (users.serves_leader_id, set by the admin); while he is travelling, every meeting she logs
// belongs to his trip, with his delegation across the table.
//
// The rule (dates are China's calendar days, ISO strings):
//   1. his trip under way today: started on or before today, ending today or later, and not marked
//      done (a trip marked 已结束 came back early). When two overlap, the one that started last wins
//      (then the one entered last);
//   2. else his next trip starting within `upcomingTripDays` days (a meeting logged the evening
//      before leaving, or a delegation waiting on a late flight), the earliest first;
//   3. else none: the form starts without a trip and she picks one, or logs a meeting in Guang'an.
import type { TripStatus } from "./enums";

/** How many days ahead a trip that has not started yet is still the one being logged. */
export const upcomingTripDays = 3;

export type TripWindow = { id: number; startOn: string; endOn: string; status: TripStatus };

/** `iso` moved by `days` calendar days. */
export function addIsoDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The trip of the moment among a leader's trips, by the rule above; null when there is none. */
export function tripOfTheMoment<T extends TripWindow>(trips: readonly T[], today: string): T | null {
  const live = trips.filter((t) => t.status !== "done");
  const underWay = live
    .filter((t) => t.startOn <= today && t.endOn >= today)
    .sort((a, b) => (a.startOn === b.startOn ? b.id - a.id : a.startOn < b.startOn ? 1 : -1));
  if (underWay[0]) return underWay[0];
  const last = addIsoDays(today, upcomingTripDays);
  const soon = live
    .filter((t) => t.startOn > today && t.startOn <= last)
    .sort((a, b) => (a.startOn === b.startOn ? a.id - b.id : a.startOn < b.startOn ? -1 : 1));
  return soon[0] ?? null;
}

/** The day a new meeting of a trip starts at: today when it falls within the trip, else the trip's nearest day. */
export function meetingDayFor(today: string, trip: { startOn: string; endOn: string } | null): string {
  if (!trip) return today;
  if (today < trip.startOn) return trip.startOn;
  if (today > trip.endOn) return trip.endOn;
  return today;
}

/**
 * Our side at a meeting of a trip: its leader and delegation, and whoever logs it when they take part
 * in the work (the admin does not). Ids as strings, as the form's checkboxes hold them.
 */
export function tripAttendees(trip: { leaderId: number; memberIds: readonly number[] } | null, self: number | null): string[] {
  const ids = trip ? [trip.leaderId, ...trip.memberIds] : [];
  if (self !== null && !ids.includes(self)) ids.push(self);
  return [...new Set(ids)].map(String);
}
