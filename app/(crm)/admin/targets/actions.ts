"use server";
import { revalidatePath } from "next/cache";
import { saveTargets } from "@/db/mutations/targets";
import { defineAction } from "@/lib/actions/define-action";
import { targetsSaveSchema } from "@/lib/validation/targets";

export const saveTargetsAction = defineAction({
  name: "target.save_year",
  schema: targetsSaveSchema,
  roles: ["admin"],
  async run({ input, tx, audit }) {
    const saved = await saveTargets(tx, input);
    for (const row of saved) await audit({ entity: "target", entityId: row.id, details: { year: input.year, ...input.rows.find((r) => r.scope === row.scope && r.scopeId === row.scopeId) } });
    if (saved.length === 0) await audit({ entity: "target", details: { year: input.year, unchanged: true } });
    revalidatePath("/admin/targets");
    revalidatePath("/");
    return { saved: saved.length };
  },
});
