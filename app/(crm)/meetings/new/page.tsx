import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { industryOptions } from "@/db/queries/companies";
import { first, type SearchParams } from "@/lib/list-params";
import { getTrip, peopleByGroup, recentTripOptions, secretaryContext } from "@/db/queries/trips";
import { takesPartInWork, writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { meetingDayFor, tripAttendees } from "@/lib/domain/trip-context";
import { toIsoDate } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

/**
 * 记录会见. Opened from a trip (?trip=…), the meeting belongs to it. Opened on its own by a secretary,
 * it starts from her leader's trip of the moment (lib/domain/trip-context.ts): that trip chosen, its
 * leader and delegation as our side, today (or the trip's nearest day) as the date. She may change all of it.
 */
export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("meetings");
  if (!writesTrips(user)) forbidden();
  const rawTrip = first((await searchParams).trip);
  const tripId = rawTrip ? parseRouteId(rawTrip) : null;
  const today = toIsoDate(new Date());
  const [fixed, context] = await Promise.all([tripId ? getTrip(tripId) : null, rawTrip ? null : secretaryContext(user, today)]);
  if (rawTrip && !fixed) notFound();
  const trip = fixed ?? context?.trip ?? null;
  const [t, owners, industries, tripOptions] = await Promise.all([
    getTranslations(),
    peopleByGroup(),
    industryOptions(),
    fixed ? Promise.resolve([]) : recentTripOptions(40, trip?.id ?? null),
  ]);
  const self = takesPartInWork(user) ? user.id : null;
  const option = (o: NonNullable<typeof trip>) => ({ id: o.id, title: o.title, startOn: o.startOn, endOn: o.endOn, leaderId: o.leaderId, memberIds: o.members.map((m) => m.id) });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("meetings.newTitle")} subtitle={fixed ? fixed.title : t("meetings.newSubtitle")} />
      <MeetingForm
        trip={fixed ? option(fixed) : null}
        tripOptions={tripOptions}
        owners={owners}
        viewer={{ role: user.role, groupIds: user.groupIds }}
        self={self}
        today={today}
        industries={industries}
        cancelHref={fixed ? `/trips/${fixed.id}` : "/meetings"}
        defaults={{
          tripId: trip ? String(trip.id) : "",
          kind: trip ? "visit" : "incoming",
          heldOn: meetingDayFor(today, trip),
          startsAt: "",
          place: "",
          companyId: "",
          companyName: "",
          companyCity: null,
          contactIds: [],
          newContacts: [],
          attendeeIds: tripAttendees(trip ? { leaderId: trip.leaderId, memberIds: trip.members.map((m) => m.id) } : null, self),
          summary: "",
          nextSteps: "",
          nextStepOwnerId: "",
          nextStepDueOn: "",
        }}
      />
    </div>
  );
}
