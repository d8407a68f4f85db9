import { z } from "zod";
import { meetingKinds } from "@/db/schema/enums";
import { newContactSchema } from "./company";
import { id, idList, optionalId, optionalIsoDate, optionalLongText, optionalText, optionalTime, requiredDate, requiredLongText, version } from "./common";

/** A meeting (会见/洽谈) as the form edits it; the same schema parses the server action's input. */
const meetingFields = z.object({
  /** Empty for a meeting in Guang'an (investors visiting the city). */
  tripId: optionalId,
  kind: z.enum(meetingKinds),
  heldOn: requiredDate,
  startsAt: optionalTime,
  place: optionalText(200),
  companyId: z.coerce.number().int().positive("meetings.companyRequired"),
  /** People of the company met, from its contacts. */
  contactIds: idList(30),
  /** People of the company met for the first time: added to its contacts with the meeting. */
  newContacts: z.array(newContactSchema).max(10, "formKit.tooMany").default([]),
  /** Our side: leaders and staff present. */
  attendeeIds: idList(30),
  summary: requiredLongText(5000),
  nextSteps: optionalLongText(2000),
  nextStepOwnerId: optionalId,
  nextStepDueOn: optionalIsoDate,
});

const isoShape = /^\d{4}-\d{2}-\d{2}$/;
const dueNotBeforeMeeting = (v: { heldOn: unknown; nextStepDueOn: unknown }) =>
  !(typeof v.heldOn === "string" && typeof v.nextStepDueOn === "string" && isoShape.test(v.heldOn.trim()) && isoShape.test(v.nextStepDueOn.trim())) ||
  v.nextStepDueOn.trim() >= v.heldOn.trim();

export const meetingCreateSchema = meetingFields.refine(dueNotBeforeMeeting, { path: ["nextStepDueOn"], message: "meetings.dueBeforeMeeting" });
export const meetingUpdateSchema = meetingFields
  .extend({ id, version })
  .refine(dueNotBeforeMeeting, { path: ["nextStepDueOn"], message: "meetings.dueBeforeMeeting" });

export type MeetingCreateInput = z.output<typeof meetingCreateSchema>;
export type MeetingUpdateInput = z.output<typeof meetingUpdateSchema>;
export type MeetingFormValues = z.input<typeof meetingCreateSchema>;
