import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { industryOptions } from "@/db/queries/companies";
import { companyContacts } from "@/db/queries/contacts";
import { getMeeting } from "@/db/queries/meetings";
import { peopleByGroup, recentTripOptions } from "@/db/queries/trips";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/format";
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
  const [t, owners, industries, tripOptions, contacts] = await Promise.all([
    getTranslations(),
    peopleByGroup(),
    industryOptions(),
    // The meeting's own trip stays a choice even when it is older than the recent ones.
    recentTripOptions(40, meeting.tripId),
    companyContacts(meeting.companyId),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("meetings.editTitle")} subtitle={meeting.companyName} />
      <MeetingForm
        trip={null}
        tripOptions={tripOptions}
        owners={owners}
        viewer={{ role: user.role, groupIds: user.groupIds }}
        self={null}
        today={toIsoDate(new Date())}
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
