import { z } from "zod";
import { leadSources, stages } from "@/db/schema/enums";
import { id, optionalId, optionalIsoDate, optionalText, optionalWan, requiredText } from "./common";

/** A new lead, from the lead form, a meeting, a chain target or an import: one shape for all. */
export const leadCreateSchema = z.object({
  name: requiredText(200),
  companyId: id,
  taskGroupId: id,
  /** Exactly one responsible person; the group's leader when left empty. */
  ownerId: optionalId,
  districtId: optionalId,
  industryId: optionalId,
  source: z.enum(leadSources),
  stage: z.enum(stages).default("contact"),
  stageReason: optionalText(500),
  plannedInvestment: optionalWan,
  signedInvestment: optionalWan,
  signedOn: optionalIsoDate,
  nextFollowUpOn: optionalIsoDate,
  leaderId: optionalId,
  originTripId: optionalId,
  originMeetingId: optionalId,
  chainNodeId: optionalId,
  agreementId: optionalId,
  externalId: optionalText(64),
  description: optionalText(2000),
});

export type LeadCreateInput = z.output<typeof leadCreateSchema>;
