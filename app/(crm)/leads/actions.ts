"use server";
import { revalidatePath } from "next/cache";
import { createLead } from "@/db/mutations/leads";
import { roles } from "@/db/schema/enums";
import { defineAction } from "@/lib/actions/define-action";
import { leadCreateSchema } from "@/lib/validation/lead";

/** Creates a lead (from the lead form, a meeting or a chain target). Row rules live in createLead. */
export const createLeadAction = defineAction({
  name: "lead.create",
  schema: leadCreateSchema,
  roles,
  async run({ input, user, tx, audit }) {
    const lead = await createLead(tx, user, input);
    await audit({ entity: "lead", entityId: lead.id });
    revalidatePath("/leads");
    return lead;
  },
});
