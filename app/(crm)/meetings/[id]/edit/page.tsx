import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { industryOptions } from "@/db/queries/companies";
import { companyContacts } from "@/db/queries/contacts";
import { getMeeting } from "@/db/queries/meetings";
import { peopleOptions, recentTripOptions } from "@/db/queries/trips";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("editTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("meetings");
  if (!writesTrips(user)) forbidden();
  const id = parseRouteId((await params).id);
  const meeting = id ? await getMeeting(id) : null;
  if (!meeting) notFound();
  const [t, people, industries, tripOptions, contacts] = await Promise.all([
    getTranslations(),
    peopleOptions(),
    industryOptions(),
    recentTripOptions(),
    companyContacts(meeting.companyId),
  ]);
  // The meeting's own trip stays a choice even when it is older than the recent ones.
  if (meeting.tripId && !tripOptions.some((o) => o.id === meeting.tripId)) {
    tripOptions.push({ id: meeting.tripId, title: meeting.tripTitle ?? "", startOn: meeting.tripStartOn ?? "", endOn: meeting.tripEndOn ?? "" });
  }
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("meetings.editTitle")} subtitle={meeting.companyName} />
      <MeetingForm
        trip={null}
        tripOptions={tripOptions}
        people={people}
        industries={industries}
        cancelHref={`/meetings/${meeting.id}`}
        edit={{ id: meeting.id, version: meeting.version, contacts: contacts.map((c) => ({ id: c.id, name: c.name, title: c.title })) }}
        defaults={{
          id: meeting.id,
          version: meeting.version,
          tripId: meeting.tripId ? String(meeting.tripId) : "",
          kind: meeting.kind,
          heldOn: meeting.heldOn,
          startsAt: meeting.startsAt ?? "",
          place: meeting.place ?? "",
          companyId: String(meeting.companyId),
          companyName: meeting.companyName,
          companyCity: meeting.companyCity,
          contactIds: meeting.contacts.map((c) => String(c.id)),
          newContacts: [],
          attendeeIds: meeting.attendees.map((a) => String(a.id)),
          summary: meeting.summary ?? "",
          nextSteps: meeting.nextSteps ?? "",
          nextStepOwnerId: meeting.nextStepOwnerId ? String(meeting.nextStepOwnerId) : "",
          nextStepDueOn: meeting.nextStepDueOn ?? "",
        }}
      />
    </div>
  );
}
