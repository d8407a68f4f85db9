// The lead a target company of a chain part becomes (链式招商): source "chain", linked to the part,
// in the task group of the chain's industry, in the chain's district and industry. The "生成项目"
// button and the tests build the input of createLeadAction with this, so both make the same lead.
import type { z } from "zod";
import type { leadCreateSchema } from "@/lib/validation/lead";

export type TargetLeadContext = {
  chain: { districtId: number; industryId: number; taskGroupId: number };
  chainNodeId: number;
  companyId: number;
};

export function leadFromTarget(
  context: TargetLeadContext,
  fields: { name: string; ownerId?: number | "" | null; plannedInvestment?: number | string | null },
): z.input<typeof leadCreateSchema> {
  return {
    name: fields.name,
    companyId: context.companyId,
    taskGroupId: context.chain.taskGroupId,
    ownerId: fields.ownerId ?? "",
    districtId: context.chain.districtId,
    industryId: context.chain.industryId,
    source: "chain",
    stage: "contact",
    chainNodeId: context.chainNodeId,
    plannedInvestment: fields.plannedInvestment ?? "",
    signedInvestment: "",
    signedOn: "",
    nextFollowUpOn: "",
    leaderId: "",
    originTripId: "",
    originMeetingId: "",
    agreementId: "",
  };
}
