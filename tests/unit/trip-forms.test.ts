// The schemas the trip, meeting and company forms and their server actions share.
import { describe, expect, it } from "vitest";
import { withCreditCodeCheckChar } from "@/lib/domain/credit-code";
import { companyCreateSchema, contactUpdateSchema, optionalCreditCode } from "@/lib/validation/company";
import { meetingCreateSchema, meetingUpdateSchema } from "@/lib/validation/meeting";
import { tripCreateSchema, tripUpdateSchema } from "@/lib/validation/trip";

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const trip = {
  title: "市委书记率队赴天津考察",
  leaderId: "2",
  memberIds: ["9", "13", "9"],
  startOn: "2026-04-23",
  endOn: "2026-04-26",
  destinations: "天津市滨海新区",
  region: "bohai",
  purpose: "",
  status: "planned",
};

describe("trip schema", () => {
  it("accepts what the form sends and turns it into typed values", () => {
    const parsed = tripCreateSchema.parse(trip);
    expect(parsed).toMatchObject({ leaderId: 2, memberIds: [9, 13], purpose: null });
  });

  it("refuses an end date before the start, on the end date", () => {
    expect(messagesOf(tripCreateSchema.safeParse({ ...trip, endOn: "2026-04-22" }))).toEqual({ endOn: "trips.endBeforeStart" });
    expect(messagesOf(tripUpdateSchema.safeParse({ ...trip, id: 1, version: 1, endOn: "2026-04-22" }))).toEqual({ endOn: "trips.endBeforeStart" });
    expect(tripCreateSchema.safeParse({ ...trip, endOn: trip.startOn }).success).toBe(true);
  });

  it("says which fields are missing or malformed, all at once", () => {
    expect(messagesOf(tripCreateSchema.safeParse({ ...trip, title: " ", leaderId: "", startOn: "", endOn: "2026-02-30" }))).toEqual({
      title: "validation.required",
      leaderId: "trips.leaderRequired",
      startOn: "validation.required",
      endOn: "validation.date",
    });
  });

  it("parses its own output again unchanged (the client and the server parse the same values)", () => {
    const once = tripUpdateSchema.parse({ ...trip, id: "5", version: "3" });
    expect(tripUpdateSchema.parse(once)).toEqual(once);
  });
});

describe("credit code field", () => {
  const valid = withCreditCodeCheckChar("91120116MA05JXY81");

  it("accepts a valid code typed in lower case with spaces, stored cleaned", () => {
    const typed = `${valid.slice(0, 6).toLowerCase()} ${valid.slice(6)}`;
    expect(optionalCreditCode.parse(typed)).toBe(valid);
  });

  it("leaves an empty code empty", () => {
    expect(optionalCreditCode.parse("")).toBeNull();
    expect(optionalCreditCode.parse("   ")).toBeNull();
    expect(optionalCreditCode.parse(null)).toBeNull();
  });

  it("refuses a wrong length and a wrong check character with distinct messages", () => {
    expect(messagesOf(optionalCreditCode.safeParse(valid.slice(0, 17)))).toEqual({ "": "companies.creditCodeLength" });
    const wrong = valid.slice(0, 17) + (valid[17] === "0" ? "1" : "0");
    expect(messagesOf(optionalCreditCode.safeParse(wrong))).toEqual({ "": "companies.creditCodeInvalid" });
    expect(messagesOf(companyCreateSchema.safeParse({ name: "天津某公司", creditCode: wrong }))).toEqual({ creditCode: "companies.creditCodeInvalid" });
  });
});

describe("meeting schema", () => {
  const meeting = {
    tripId: "3",
    kind: "talks",
    heldOn: "2026-04-24",
    startsAt: "09:30",
    place: "",
    companyId: "12",
    contactIds: ["4"],
    newContacts: [{ name: "韩立", title: "董事长", phone: "138-2200-1234" }],
    attendeeIds: ["2", "9"],
    summary: "双方就项目落地进行了洽谈。",
    nextSteps: "",
    nextStepOwnerId: "",
    nextStepDueOn: "",
  };

  it("accepts a meeting as the phone form sends it", () => {
    expect(meetingCreateSchema.parse(meeting)).toMatchObject({ tripId: 3, companyId: 12, nextStepOwnerId: null, nextStepDueOn: null, place: null });
    expect(meetingCreateSchema.parse({ ...meeting, tripId: "" }).tripId).toBeNull();
  });

  it("needs a company and a summary, with messages the person can act on", () => {
    expect(messagesOf(meetingCreateSchema.safeParse({ ...meeting, companyId: "", summary: "" }))).toEqual({
      companyId: "meetings.companyRequired",
      summary: "validation.required",
    });
  });

  it("refuses a due date before the meeting, a bad time and a bad phone number", () => {
    expect(messagesOf(meetingCreateSchema.safeParse({ ...meeting, nextStepDueOn: "2026-04-23" }))).toEqual({ nextStepDueOn: "meetings.dueBeforeMeeting" });
    expect(messagesOf(meetingCreateSchema.safeParse({ ...meeting, startsAt: "25:00" }))).toEqual({ startsAt: "formKit.invalidTime" });
    expect(messagesOf(meetingCreateSchema.safeParse({ ...meeting, newContacts: [{ name: "韩立", phone: "call me" }] }))).toEqual({
      "newContacts.0.phone": "formKit.invalidPhone",
    });
  });

  it("parses its own output again unchanged", () => {
    const once = meetingUpdateSchema.parse({ ...meeting, id: 7, version: 2 });
    expect(meetingUpdateSchema.parse(once)).toEqual(once);
  });
});

describe("contact schema", () => {
  it("carries the version of the row it was loaded at", () => {
    expect(contactUpdateSchema.parse({ id: "3", version: "2", name: "赵明", email: "" })).toMatchObject({ id: 3, version: 2, email: null });
    expect(messagesOf(contactUpdateSchema.safeParse({ id: 3, version: 1, name: "赵明", email: "not-an-email" }))).toEqual({ email: "formKit.invalidEmail" });
    expect(contactUpdateSchema.safeParse({ id: 3, version: 0, name: "赵明" }).success).toBe(false);
    expect(contactUpdateSchema.safeParse({ id: 3, name: "赵明" }).success).toBe(false);
  });
});

describe("optional fields", () => {
  it("may be left out of the input altogether", () => {
    expect(companyCreateSchema.parse({ name: "天津某公司" })).toEqual({
      name: "天津某公司",
      creditCode: null,
      industryId: null,
      province: null,
      city: null,
      address: null,
      description: null,
    });
    const minimal = meetingCreateSchema.parse({ kind: "incoming", heldOn: "2026-05-01", companyId: 1, summary: "来访座谈。" });
    expect(minimal).toMatchObject({ tripId: null, startsAt: null, contactIds: [], newContacts: [], attendeeIds: [], nextStepOwnerId: null, nextStepDueOn: null });
  });
});
