// What a lead made from a meeting starts with: the meeting's company, the trip and its leader, and a
// source that says how the lead came (a leader's trip is 一把手招商).
import type { LeadSource, MeetingKind, Role } from "@/lib/domain/enums";

export type MeetingForLead = {
  kind: MeetingKind;
  companyName: string;
  companyIndustryId: number | null;
  summary: string | null;
  nextStepDueOn: string | null;
  trip: { id: number; leaderId: number; leaderRole: Role } | null;
  /** Our side at the meeting, to find the leader of a meeting held without a trip. */
  attendees: { id: number; role: Role }[];
};

export type LeadDefaults = {
  name: string;
  source: LeadSource;
  originTripId: number | null;
  leaderId: number | null;
  industryId: number | null;
  nextFollowUpOn: string | null;
  description: string | null;
};

/** Source by kind of meeting when no city leader took part. */
const sourceOfKind: Record<MeetingKind, LeadSource> = {
  visit: "task_group",
  talks: "task_group",
  incoming: "task_group",
  event: "directed",
};

export function leadDefaultsFromMeeting(meeting: MeetingForLead): LeadDefaults {
  const leaderId =
    meeting.trip?.leaderRole === "leader" ? meeting.trip.leaderId : (meeting.attendees.find((a) => a.role === "leader")?.id ?? null);
  return {
    name: `${meeting.companyName}合作项目`,
    source: leaderId !== null ? "leader_trip" : sourceOfKind[meeting.kind],
    originTripId: meeting.trip?.id ?? null,
    leaderId,
    industryId: meeting.companyIndustryId,
    nextFollowUpOn: meeting.nextStepDueOn,
    description: meeting.summary,
  };
}
