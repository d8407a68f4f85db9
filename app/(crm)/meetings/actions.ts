"use server";
import { revalidatePath } from "next/cache";
import { createMeeting, editMeeting } from "@/db/mutations/meetings";
import { defineAction } from "@/lib/actions/define-action";

/** Logs a meeting (secretary, admin), under a trip or on its own. Rules live in db/mutations/meetings.ts. */
export const createMeetingAction = defineAction({
  ...createMeeting,
  async run(context) {
    const meeting = await createMeeting.run(context);
    revalidatePath("/meetings");
    if (context.input.tripId) revalidatePath(`/trips/${context.input.tripId}`);
    return meeting;
  },
});

/** Saves an edited meeting; the audit log keeps the changed fields before and after. */
export const updateMeetingAction = defineAction({
  ...editMeeting,
  async run(context) {
    const meeting = await editMeeting.run(context);
    revalidatePath("/meetings");
    revalidatePath(`/meetings/${meeting.id}`);
    if (context.input.tripId) revalidatePath(`/trips/${context.input.tripId}`);
    return meeting;
  },
});
