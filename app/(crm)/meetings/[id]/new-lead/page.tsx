import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingLeadForm } from "@/components/meetings/meeting-lead-form";
import { getMeeting, leadFormOptions } from "@/db/queries/meetings";
import { relatedLeads } from "@/db/queries/related-leads";
import { mayCreateLeads, ownsOwnLeadsOnly } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { leadDefaultsFromMeeting } from "@/lib/domain/meeting-lead";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("lead.title") };
}

/** Meeting → lead: a lead form filled in from the meeting, saved by the leads feature's one creation path. */
export default async function MeetingNewLeadPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("leads");
  if (!mayCreateLeads(user)) forbidden();
  const id = parseRouteId((await params).id);
  const meeting = id ? await getMeeting(id) : null;
  if (!meeting) notFound();
  const [t, options, existing] = await Promise.all([getTranslations(), leadFormOptions(user), relatedLeads(user, { meeting: meeting.id })]);
  const defaults = leadDefaultsFromMeeting({
    kind: meeting.kind,
    companyName: meeting.companyName,
    companyIndustryId: meeting.companyIndustryId,
    summary: meeting.summary,
    nextStepDueOn: meeting.nextStepDueOn,
    trip: meeting.tripId && meeting.tripLeaderId && meeting.tripLeaderRole ? { id: meeting.tripId, leaderId: meeting.tripLeaderId, leaderRole: meeting.tripLeaderRole } : null,
    attendees: meeting.attendees.map((a) => ({ id: a.id, role: a.role })),
  });
  const leaderName =
    defaults.leaderId === null
      ? null
      : defaults.leaderId === meeting.tripLeaderId
        ? meeting.tripLeaderName
        : (meeting.attendees.find((a) => a.id === defaults.leaderId)?.name ?? null);
  // Suggest the task group that follows the company's industry, when the user may add leads to it.
  const suggestedGroup = options.industries.find((i) => i.id === defaults.industryId)?.taskGroupId ?? null;
  const groupId = suggestedGroup && options.groups.some((g) => g.id === suggestedGroup) ? suggestedGroup : null;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("meetings.lead.title")} subtitle={t("meetings.lead.subtitle")} />
      {existing.length > 0 ? (
        <p role="note" className="mx-auto mb-4 max-w-2xl rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("meetings.lead.existing", { names: existing.map((l) => l.name).join("、") })}{" "}
          <Link href={`/meetings/${meeting.id}`} className="underline">
            {t("meetings.lead.backToMeeting")}
          </Link>
        </p>
      ) : null}
      <MeetingLeadForm
        meetingId={meeting.id}
        companyName={meeting.companyName}
        tripTitle={meeting.tripTitle}
        leaderName={leaderName}
        // A member's new lead is their own: they are the one owner offered.
        groups={ownsOwnLeadsOnly(user) ? options.groups.map((g) => ({ ...g, people: g.people.filter((p) => p.id === user.id) })) : options.groups}
        districts={options.districts}
        industries={options.industries.map(({ id: industryId, name }) => ({ id: industryId, name }))}
        defaults={{
          name: defaults.name,
          companyId: meeting.companyId,
          taskGroupId: groupId ? String(groupId) : "",
          ownerId: "",
          districtId: "",
          industryId: defaults.industryId ? String(defaults.industryId) : "",
          source: defaults.source,
          stage: "contact",
          plannedInvestment: "",
          signedInvestment: "",
          signedOn: "",
          chainNodeId: "",
          agreementId: "",
          nextFollowUpOn: defaults.nextFollowUpOn ?? "",
          leaderId: defaults.leaderId,
          originTripId: defaults.originTripId,
          originMeetingId: meeting.id,
          description: defaults.description ?? "",
        }}
      />
    </div>
  );
}
