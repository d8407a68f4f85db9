// The lead actions as plain definitions (schema, roles, run). app/(crm)/leads/actions.ts turns each
// into a server action with defineAction; integration tests and the benchmark run the very same
// definitions through runAction, so what they measure and prove is what the pages call.
import { roles } from "@/db/schema/enums";
import type { ActionDefinition } from "@/lib/actions/run-action";
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

/** Creates a lead (from the lead form, a meeting or a chain target). Row rules live in createLead. */
export const createLeadDefinition = {
  name: "lead.create",
  schema: leadCreateSchema,
  roles,
  async run({ input, user, tx, audit }) {
    const lead = await createLead(tx, user, input);
    await audit({ entity: "lead", entityId: lead.id });
    return lead;
  },
} satisfies ActionDefinition<typeof leadCreateSchema, { id: number; ownerId: number }>;

/** City leaders give instructions instead of moving leads; everyone else by the row rules. */
const changers = ["admin", "secretary", "group_lead", "member"] as const;

export const moveLeadStageDefinition = {
  name: "lead.move_stage",
  schema: leadStageMoveSchema,
  roles: changers,
  async run({ input, user, tx, audit }) {
    const moved = await moveLeadStage(tx, user, input);
    await audit({ entity: "lead", entityId: moved.id });
    return moved;
  },
} satisfies ActionDefinition<typeof leadStageMoveSchema, Awaited<ReturnType<typeof moveLeadStage>>>;

export const changeLeadOwnerDefinition = {
  name: "lead.change_owner",
  schema: leadOwnerSchema,
  roles: ["admin", "secretary", "group_lead"],
  async run({ input, user, tx, audit }) {
    const changed = await changeLeadOwner(tx, user, input);
    await audit({ entity: "lead", entityId: changed.id });
    return changed;
  },
} satisfies ActionDefinition<typeof leadOwnerSchema, Awaited<ReturnType<typeof changeLeadOwner>>>;

export const reassignLeadsDefinition = {
  name: "lead.reassign",
  schema: leadReassignSchema,
  roles: ["admin", "secretary", "group_lead"],
  async run({ input, user, tx, audit }) {
    const result = await reassignLeads(tx, user, input);
    for (const id of result.ids) await audit({ entity: "lead", entityId: id, details: { ownerId: input.ownerId } });
    return { changed: result.changed };
  },
} satisfies ActionDefinition<typeof leadReassignSchema, { changed: number }>;

export const updateLeadDefinition = {
  name: "lead.update",
  schema: leadUpdateSchema,
  roles: changers,
  async run({ input, user, tx, audit }) {
    const updated = await updateLead(tx, user, input);
    await audit({ entity: "lead", entityId: updated.id, details: { ...input, changedFields: updated.changedFields } });
    return updated;
  },
} satisfies ActionDefinition<typeof leadUpdateSchema, Awaited<ReturnType<typeof updateLead>>>;

export const addLeadLogDefinition = {
  name: "lead.log",
  schema: leadLogSchema,
  roles,
  async run({ input, user, tx, audit }) {
    const logged = await addLeadLog(tx, user, input);
    await audit({ entity: "lead", entityId: logged.id });
    return logged;
  },
} satisfies ActionDefinition<typeof leadLogSchema, Awaited<ReturnType<typeof addLeadLog>>>;

export const setStaleLimitsDefinition = {
  name: "stage_settings.update",
  schema: staleLimitsSchema,
  roles: ["admin"],
  async run({ input, user, tx, audit }) {
    const saved = await setStaleLimits(tx, user, input);
    await audit({ entity: "stage_settings" });
    return saved;
  },
} satisfies ActionDefinition<typeof staleLimitsSchema, Awaited<ReturnType<typeof setStaleLimits>>>;
