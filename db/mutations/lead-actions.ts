// The lead actions as plain definitions (schema, rule, run, revalidate). app/(crm)/leads/actions.ts turns each
// into a server action with defineAction; integration tests and the benchmark run the very same
// definitions through runAction, so what they measure and prove is what the pages call.
import { actionDefinition, auditedChange, type Revalidation } from "@/lib/actions/run-action";
import {
  leadCreateSchema,
  leadLogSchema,
  leadOwnerSchema,
  leadReassignSchema,
  leadStageMoveSchema,
  leadUpdateSchema,
  staleLimitsSchema,
} from "@/lib/validation/lead";
import { addLeadLog, changeLeadOwner, createLead, moveLeadStage, reassignLeads, setStaleLimits, updateLead } from "./leads";
import { anyone, managesSettings, mayChangeLeads, mayCreateLeads, mayReassignAny } from "@/lib/auth/policy";

/** Every page that shows leads reads them fresh after a change. */
const leadPages: readonly Revalidation[] = [{ path: "/", type: "layout" }];

/**
 * Creates a lead (from the lead form, a meeting or a chain target): policy.mayCreateLeads here,
 * policy.mayCreateLeadIn(the group) in createLead. City leaders give instructions instead.
 */
export const createLeadDefinition = auditedChange({ name: "lead.create", schema: leadCreateSchema, rule: mayCreateLeads, entity: "lead", change: createLead, revalidate: leadPages });
export const moveLeadStageDefinition = auditedChange({ name: "lead.move_stage", schema: leadStageMoveSchema, rule: mayChangeLeads, entity: "lead", change: moveLeadStage, revalidate: leadPages });
export const changeLeadOwnerDefinition = auditedChange({ name: "lead.change_owner", schema: leadOwnerSchema, rule: mayReassignAny, entity: "lead", change: changeLeadOwner, revalidate: leadPages });
export const addLeadLogDefinition = auditedChange({ name: "lead.log", schema: leadLogSchema, rule: anyone, entity: "lead", change: addLeadLog, revalidate: leadPages });
export const updateLeadDefinition = auditedChange({
  name: "lead.update",
  schema: leadUpdateSchema,
  rule: mayChangeLeads,
  entity: "lead",
  change: updateLead,
  details: (updated, input) => ({ ...input, changedFields: updated.changedFields }),
  revalidate: leadPages,
});

export const reassignLeadsDefinition = actionDefinition({
  name: "lead.reassign",
  schema: leadReassignSchema,
  rule: mayReassignAny,
  async run({ input, user, tx, audit }) {
    const result = await reassignLeads(tx, user, input);
    for (const id of result.ids) await audit({ entity: "lead", entityId: id, details: { ownerId: input.ownerId } });
    return { changed: result.changed };
  },
  revalidate: leadPages,
});

export const setStaleLimitsDefinition = actionDefinition({
  name: "stage_settings.update",
  schema: staleLimitsSchema,
  rule: managesSettings,
  async run({ input, user, tx, audit }) {
    const saved = await setStaleLimits(tx, user, input);
    await audit({ entity: "stage_settings" });
    return saved;
  },
  revalidate: leadPages,
});
