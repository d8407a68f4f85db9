import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { industryOptions } from "@/db/queries/companies";
import { first, type SearchParams } from "@/lib/list-params";
import { getTrip, peopleOptions, recentTripOptions } from "@/db/queries/trips";
import { takesPartInWork, writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

/** Today when it falls within the trip, else the trip's nearest day. */
function defaultDay(today: string, trip: { startOn: string; endOn: string } | null): string {
  if (!trip) return today;
  if (today < trip.startOn) return trip.startOn;
  if (today > trip.endOn) return trip.endOn;
  return today;
}

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("meetings");
  if (!writesTrips(user)) forbidden();
  const rawTrip = first((await searchParams).trip);
  const tripId = rawTrip ? parseRouteId(rawTrip) : null;
  const trip = tripId ? await getTrip(tripId) : null;
  if (rawTrip && !trip) notFound();
  const [t, people, industries, tripOptions] = await Promise.all([
    getTranslations(),
    peopleOptions(),
    industryOptions(),
    trip ? Promise.resolve([]) : recentTripOptions(),
  ]);
  const attendees = trip ? [trip.leaderId, ...trip.members.map((m) => m.id)] : [];
  if (takesPartInWork(user) && !attendees.includes(user.id)) attendees.push(user.id);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("meetings.newTitle")} subtitle={trip ? trip.title : t("meetings.newSubtitle")} />
      <MeetingForm
        trip={trip ? { id: trip.id, title: trip.title, startOn: trip.startOn, endOn: trip.endOn } : null}
        tripOptions={tripOptions}
        people={people}
        industries={industries}
        cancelHref={trip ? `/trips/${trip.id}` : "/meetings"}
        defaults={{
          tripId: trip ? String(trip.id) : "",
          kind: trip ? "visit" : "incoming",
          heldOn: defaultDay(toIsoDate(new Date()), trip),
          startsAt: "",
          place: "",
          companyId: "",
          companyName: "",
          companyCity: null,
          contactIds: [],
          newContacts: [],
          attendeeIds: attendees.map(String),
          summary: "",
          nextSteps: "",
          nextStepOwnerId: "",
          nextStepDueOn: "",
        }}
      />
    </div>
  );
}
