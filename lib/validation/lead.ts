import { z } from "zod";
import { answerLimits } from "@/lib/domain/enums";
import { leadSources, stages } from "@/db/schema/enums";
import { id, optionalId, optionalIsoDate, optionalLongText, optionalText, optionalWan, requiredLongText, requiredText, version } from "./common";

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
  stageReason: optionalLongText(500),
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
  description: optionalLongText(2000),
});

export type LeadCreateInput = z.output<typeof leadCreateSchema>;

/** Moving a lead to another stage (the board's drag, its "移动到…" menu, the lead page's dialog). */
export const leadStageMoveSchema = z.object({
  leadId: id,
  version,
  toStage: z.enum(stages),
  /** The reason (搁置, 终止, moving back) or, for other moves, an optional remark. */
  reason: optionalLongText(500),
  signedOn: optionalIsoDate,
  signedInvestment: optionalWan,
});
export type LeadStageMoveInput = z.output<typeof leadStageMoveSchema>;

/** Handing a lead to another responsible person of its task group. */
export const leadOwnerSchema = z.object({
  leadId: id,
  version,
  ownerId: id,
  note: optionalLongText(500),
});
export type LeadOwnerInput = z.output<typeof leadOwnerSchema>;

/** The lead's own fields; the amounts in 万元 (the signed ones only once signed). */
export const leadUpdateSchema = z.object({
  leadId: id,
  version,
  name: requiredText(200),
  districtId: optionalId,
  industryId: optionalId,
  source: z.enum(leadSources),
  plannedInvestment: optionalWan,
  signedInvestment: optionalWan,
  signedOn: optionalIsoDate,
  leaderId: optionalId,
  /** The partner agreement (区域合作) the lead came from. */
  agreementId: optionalId,
  description: optionalLongText(2000),
});
export type LeadUpdateInput = z.output<typeof leadUpdateSchema>;

export const logKinds = ["follow_up", "visit", "call", "note", "instruction"] as const;
export type LogKind = (typeof logKinds)[number];


/** A progress entry (跟进记录) or a leader's instruction (批示), with the next follow-up date. */
export const leadLogSchema = z
  .object({
    leadId: id,
    kind: z.enum(logKinds),
    body: requiredLongText(2000),
    nextFollowUpOn: optionalIsoDate,
    /** A 批示's 办理时限: in 1, 3 or 7 days, by a date (answerBy), or none. */
    answerWithin: z.enum(answerLimits).default(""),
    answerBy: optionalIsoDate,
  })
  .refine((v) => v.kind !== "instruction" || v.answerWithin !== "date" || v.answerBy, { path: ["answerBy"], message: "validation.required" });
export type LeadLogInput = z.output<typeof leadLogSchema>;

/** Several leads to one new owner; each with the version it was shown at. */
export const leadReassignSchema = z.object({
  leads: z
    .array(z.object({ id, version }))
    .min(1, "validation.required")
    .max(500, "validation.tooMany"),
  ownerId: id,
});
export type LeadReassignInput = z.output<typeof leadReassignSchema>;

const staleDays = z
  .union([z.literal(""), z.null(), z.coerce.number({ message: "validation.number" }).int("validation.integer").min(1, "validation.atLeastOne").max(3650, "validation.tooLarge")])
  .transform((v) => (v === "" ? null : v));

/** Per stage, the days without an event after which a lead is stale (empty: never). */
export const staleLimitsSchema = z.object(
  Object.fromEntries(stages.map((stage) => [stage, staleDays])) as Record<(typeof stages)[number], typeof staleDays>,
);
export type StaleLimitsInput = z.output<typeof staleLimitsSchema>;
