"use server";
import { createTrip, editTrip } from "@/db/mutations/trips";
import { defineAction } from "@/lib/actions/define-action";

/** Creates a trip with its delegation (secretary, admin). Rules live in db/mutations/trips.ts. */
export const createTripAction = defineAction(createTrip);

/** Saves an edited trip; a save based on an older version is refused. */
export const updateTripAction = defineAction(editTrip);
