// The pure rules behind the secretary's forms: the trip of the moment, the day and the people a
// meeting of a trip starts with, how owners are grouped, and who may work for a leader.
import { describe, expect, it } from "vitest";
import { addIsoDays, meetingDayFor, tripAttendees, tripOfTheMoment, type TripWindow } from "@/lib/domain/trip-context";
import { ownerSections, type OwnerPerson } from "@/lib/domain/owner-sections";
import { userCreateSchema } from "@/lib/validation/user";
import { servesALeader } from "@/lib/auth/policy";

const today = "2026-12-03";
const trip = (id: number, from: number, days: number, status: TripWindow["status"] = "ongoing"): TripWindow => {
  const startOn = addIsoDays(today, from);
  return { id, startOn, endOn: addIsoDays(startOn, days - 1), status };
};

describe("the trip of the moment", () => {
  it("is the trip under way today, the one started last when two overlap, then the one entered last", () => {
    expect(tripOfTheMoment([trip(1, -3, 5), trip(2, -1, 2), trip(3, 1, 3)], today)?.id).toBe(2);
    expect(tripOfTheMoment([trip(4, -1, 3), trip(5, -1, 3)], today)?.id).toBe(5);
    // Ending today still counts; a trip marked done does not.
    expect(tripOfTheMoment([trip(6, -2, 3)], today)?.id).toBe(6);
    expect(tripOfTheMoment([trip(7, -1, 3, "done"), trip(8, -4, 6, "planned")], today)?.id).toBe(8);
  });

  it("else the next one starting within three days, the earliest; nothing further ahead or already over", () => {
    expect(tripOfTheMoment([trip(1, 3, 2), trip(2, 2, 2, "planned")], today)?.id).toBe(2);
    expect(tripOfTheMoment([trip(3, 4, 2), trip(4, -5, 3)], today)).toBeNull();
    expect(tripOfTheMoment([], today)).toBeNull();
  });

  it("counts calendar days across a month and a year", () => {
    expect(addIsoDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addIsoDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});

describe("a new meeting of a trip", () => {
  it("is dated today within the trip, else its nearest day", () => {
    expect(meetingDayFor(today, { startOn: "2026-12-01", endOn: "2026-12-05" })).toBe(today);
    expect(meetingDayFor(today, { startOn: "2026-12-05", endOn: "2026-12-07" })).toBe("2026-12-05");
    expect(meetingDayFor(today, { startOn: "2026-11-01", endOn: "2026-11-03" })).toBe("2026-11-03");
    expect(meetingDayFor(today, null)).toBe(today);
  });

  it("has the leader and delegation on our side, and whoever logs it once", () => {
    expect(tripAttendees({ leaderId: 2, memberIds: [9, 5] }, 9)).toEqual(["2", "9", "5"]);
    expect(tripAttendees({ leaderId: 2, memberIds: [5] }, 9)).toEqual(["2", "5", "9"]);
    expect(tripAttendees(null, 9)).toEqual(["9"]);
    expect(tripAttendees({ leaderId: 2, memberIds: [] }, null)).toEqual(["2"]);
  });
});

describe("the owners of a next step, grouped", () => {
  const groups = [
    { id: 1, name: "装备制造" },
    { id: 2, name: "电子信息" },
    { id: 3, name: "轻纺" },
  ];
  const people: OwnerPerson[] = [
    { id: 10, name: "周立群", title: "市委书记", role: "leader", groupIds: [] },
    { id: 11, name: "张伟", title: "秘书", role: "secretary", groupIds: [] },
    { id: 12, name: "李娜", title: "秘书", role: "secretary", groupIds: [] },
    { id: 20, name: "马志刚", title: null, role: "group_lead", groupIds: [1] },
    { id: 21, name: "唐振宇", title: null, role: "group_lead", groupIds: [2] },
    { id: 22, name: "王磊", title: null, role: "member", groupIds: [2, 3] },
    { id: 23, name: "蒋文斌", title: null, role: "group_lead", groupIds: [3] },
  ];
  const summary = (sections: ReturnType<typeof ownerSections>) =>
    sections.map((s) => [s.kind === "group" ? s.name : s.kind === "role" ? (s.role ?? "other") : "trip", s.mine, s.people.map((p) => p.id)]);

  it("puts the viewer's own groups first, then the other groups in order, then leaders and secretaries; everyone once", () => {
    expect(summary(ownerSections(people, groups, { role: "member", groupIds: [3] }))).toEqual([
      ["轻纺", true, [22, 23]],
      ["装备制造", false, [20]],
      ["电子信息", false, [21]],
      ["leader", false, [10]],
      ["secretary", false, [11, 12]],
    ]);
  });

  it("gives someone in no task group the people of their role first, after the trip's delegation", () => {
    expect(summary(ownerSections(people, groups, { role: "secretary", groupIds: [] }, [10, 22, 11]))).toEqual([
      ["trip", false, [10, 22, 11]],
      ["secretary", true, [12]],
      ["装备制造", false, [20]],
      ["电子信息", false, [21]],
      ["轻纺", false, [23]],
    ]);
  });
});

describe("who works for a leader", () => {
  const base = { username: "new-sec", password: "abcdefgh", name: "新秘书", memberships: [] };
  it("only a secretary, by the policy and by the form's schema", () => {
    expect(servesALeader({ role: "secretary" })).toBe(true);
    for (const role of ["admin", "leader", "group_lead", "member"] as const) expect(servesALeader({ role })).toBe(false);
    expect(userCreateSchema.safeParse({ ...base, role: "secretary", servesLeaderId: "2" }).data?.servesLeaderId).toBe(2);
    const refused = userCreateSchema.safeParse({ ...base, role: "leader", servesLeaderId: "2" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["servesLeaderId", "admin.servesLeaderSecretaryOnly"]]);
    expect(userCreateSchema.safeParse({ ...base, role: "leader", servesLeaderId: "" }).success).toBe(true);
  });
});
