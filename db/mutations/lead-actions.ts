// The lead actions as plain definitions (schema, rule, run, revalidate). app/(crm)/leads/actions.ts turns each
// into a server action with defineAction; integration tests and the benchmark run the very same
// definitions through runAction, so what they measure and prove is what the pages call.
import type { ActionDefinition, Revalidation } from "@/lib/actions/run-action";
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
export const createLeadDefinition = {
  name: "lead.create",
  schema: leadCreateSchema,
  rule: mayCreateLeads,
  async run({ input, user, tx, audit }) {
    const lead = await createLead(tx, user, input);
    await audit({ entity: "lead", entityId: lead.id });
    return lead;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadCreateSchema, { id: number; ownerId: number }>;

export const moveLeadStageDefinition = {
  name: "lead.move_stage",
  schema: leadStageMoveSchema,
  rule: mayChangeLeads,
  async run({ input, user, tx, audit }) {
    const moved = await moveLeadStage(tx, user, input);
    await audit({ entity: "lead", entityId: moved.id });
    return moved;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadStageMoveSchema, Awaited<ReturnType<typeof moveLeadStage>>>;

export const changeLeadOwnerDefinition = {
  name: "lead.change_owner",
  schema: leadOwnerSchema,
  rule: mayReassignAny,
  async run({ input, user, tx, audit }) {
    const changed = await changeLeadOwner(tx, user, input);
    await audit({ entity: "lead", entityId: changed.id });
    return changed;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadOwnerSchema, Awaited<ReturnType<typeof changeLeadOwner>>>;

export const reassignLeadsDefinition = {
  name: "lead.reassign",
  schema: leadReassignSchema,
  rule: mayReassignAny,
  async run({ input, user, tx, audit }) {
    const result = await reassignLeads(tx, user, input);
    for (const id of result.ids) await audit({ entity: "lead", entityId: id, details: { ownerId: input.ownerId } });
    return { changed: result.changed };
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadReassignSchema, { changed: number }>;

export const updateLeadDefinition = {
  name: "lead.update",
  schema: leadUpdateSchema,
  rule: mayChangeLeads,
  async run({ input, user, tx, audit }) {
    const updated = await updateLead(tx, user, input);
    await audit({ entity: "lead", entityId: updated.id, details: { ...input, changedFields: updated.changedFields } });
    return updated;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadUpdateSchema, Awaited<ReturnType<typeof updateLead>>>;

export const addLeadLogDefinition = {
  name: "lead.log",
  schema: leadLogSchema,
  rule: anyone,
  async run({ input, user, tx, audit }) {
    const logged = await addLeadLog(tx, user, input);
    await audit({ entity: "lead", entityId: logged.id });
    return logged;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof leadLogSchema, Awaited<ReturnType<typeof addLeadLog>>>;

export const setStaleLimitsDefinition = {
  name: "stage_settings.update",
  schema: staleLimitsSchema,
  rule: managesSettings,
  async run({ input, user, tx, audit }) {
    const saved = await setStaleLimits(tx, user, input);
    await audit({ entity: "stage_settings" });
    return saved;
  },
  revalidate: leadPages,
} satisfies ActionDefinition<typeof staleLimitsSchema, Awaited<ReturnType<typeof setStaleLimits>>>;
