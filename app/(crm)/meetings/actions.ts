"use server";
import { createMeeting, editMeeting } from "@/db/mutations/meetings";
import { defineAction } from "@/lib/actions/define-action";

/** Logs a meeting (secretary, admin), under a trip or on its own. Rules live in db/mutations/meetings.ts. */
export const createMeetingAction = defineAction(createMeeting);

/** Saves an edited meeting; the audit log keeps the changed fields before and after. */
export const updateMeetingAction = defineAction(editMeeting);
