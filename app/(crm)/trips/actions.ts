"use server";
import { revalidatePath } from "next/cache";
import { createTrip, editTrip } from "@/db/mutations/trips";
import { defineAction } from "@/lib/actions/define-action";

/** Creates a trip with its delegation (secretary, admin). Rules live in db/mutations/trips.ts. */
export const createTripAction = defineAction({
  ...createTrip,
  async run(context) {
    const trip = await createTrip.run(context);
    revalidatePath("/trips");
    return trip;
  },
});

/** Saves an edited trip; a save based on an older version is refused. */
export const updateTripAction = defineAction({
  ...editTrip,
  async run(context) {
    const trip = await editTrip.run(context);
    revalidatePath("/trips");
    revalidatePath(`/trips/${trip.id}`);
    return trip;
  },
});
