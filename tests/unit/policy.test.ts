// The policy table (lib/auth/policy.ts): every access rule of the product, by role and, where it
// matters, by the row. Row scoping of what a user reads is tested in SQL (tests/integration/scoping.test.ts).
import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema/enums";
import {
  type Actor,
  areasFor,
  canChangeLead,
  canEditChain,
  canEnterFigures,
  canEnterFiguresOf,
  correctsGroupFigures,
  canImport,
  canInstruct,
  canReassignLead,
  canUseArea,
  editsPartners,
  managesAccounts,
  managesSettings,
  managesSessionsOf,
  mayCreateChains,
  mayCreateLeadIn,
  mayCreateLeads,
  mayReassignAny,
  ownsOwnLeadsOnly,
  readsAllLeads,
  readsCockpit,
  readsGroupFigures,
  writesTrips,
} from "@/lib/auth/policy";


describe("areas by role", () => {
  it("gives the admin area to admins only", () => {
    for (const role of roles) expect(canUseArea({ role }, "admin")).toBe(role === "admin");
  });

  it("lets every role read the working areas", () => {
    for (const role of roles) {
      expect(areasFor({ role })).toEqual(
        expect.arrayContaining(["dashboard", "trips", "meetings", "companies", "leads", "board", "groups", "chains", "partners"]),
      );
    }
  });

  it("lets only admin, leaders and secretaries read every lead", () => {
    expect(roles.filter((role) => readsAllLeads({ role }))).toEqual(["admin", "leader", "secretary"]);
  });

  it("lets only admin and secretaries log trips", () => {
    expect(roles.filter((role) => writesTrips({ role }))).toEqual(["admin", "secretary"]);
  });
});


describe("who keeps chains and partner records", () => {
  it("lets the admin and the leads of the chain's task group change a chain, nobody else", () => {
    expect(canEditChain({ role: "admin", leadGroupIds: [] }, 3)).toBe(true);
    expect(canEditChain({ role: "admin", leadGroupIds: [] }, null)).toBe(true);
    expect(canEditChain({ role: "group_lead", leadGroupIds: [3] }, 3)).toBe(true);
    expect(canEditChain({ role: "group_lead", leadGroupIds: [4] }, 3)).toBe(false);
    expect(canEditChain({ role: "group_lead", leadGroupIds: [3] }, null)).toBe(false);
    // Membership alone, leading a trip or keeping a leader's diary is not enough.
    for (const role of ["member", "leader", "secretary"] as const) expect(canEditChain({ role, leadGroupIds: [3] }, 3)).toBe(false);
  });

  it("offers a new chain to the admin and to group leads who lead a group", () => {
    expect(mayCreateChains({ role: "admin", leadGroupIds: [] })).toBe(true);
    expect(mayCreateChains({ role: "group_lead", leadGroupIds: [1] })).toBe(true);
    expect(mayCreateChains({ role: "group_lead", leadGroupIds: [] })).toBe(false);
    expect(mayCreateChains({ role: "member", leadGroupIds: [1] })).toBe(false);
  });

  it("lets only the admin and secretaries keep partners and agreements", () => {
    expect(roles.filter((role) => editsPartners({ role }))).toEqual(["admin", "secretary"]);
  });
});

const groupA = 1;
const groupB = 2;
const actor = (role: Actor["role"], groupIds: number[] = [], id = 10): Actor => ({ id, role, groupIds });
const leadOfA = (ownerId: number) => ({ taskGroupId: groupA, ownerId });

describe("who may read and change a lead", () => {
  // Who may read a lead is decided in SQL (db/queries/scope.ts) and tested on both databases in
  // tests/integration/scoping.test.ts.
  it("lets a member change only the leads they own in their group", () => {
    expect(canChangeLead(actor("member", [groupA], 10), leadOfA(10))).toBe(true);
    expect(canChangeLead(actor("member", [groupA], 10), leadOfA(11))).toBe(false);
    expect(canChangeLead(actor("member", [groupB], 10), leadOfA(10))).toBe(false);
  });

  it("lets a group lead change and reassign their groups' leads, and no other", () => {
    expect(canChangeLead(actor("group_lead", [groupA]), leadOfA(11))).toBe(true);
    expect(canReassignLead(actor("group_lead", [groupA]), leadOfA(11))).toBe(true);
    expect(canChangeLead(actor("group_lead", [groupB]), leadOfA(11))).toBe(false);
    expect(canReassignLead(actor("group_lead", [groupB]), leadOfA(11))).toBe(false);
  });

  it("lets secretaries and admins change anything; city leaders instruct instead", () => {
    for (const role of ["admin", "secretary"] as const) {
      expect(canChangeLead(actor(role), leadOfA(11))).toBe(true);
      expect(canReassignLead(actor(role), leadOfA(11))).toBe(true);
      expect(canInstruct(actor(role))).toBe(false);
    }
    expect(canChangeLead(actor("leader"), leadOfA(11))).toBe(false);
    expect(canReassignLead(actor("leader"), leadOfA(11))).toBe(false);
    expect(canInstruct(actor("leader"))).toBe(true);
    expect(canReassignLead(actor("member", [groupA], 11), leadOfA(11))).toBe(false);
    expect(mayReassignAny({ role: "member" })).toBe(false);
    expect(mayReassignAny({ role: "group_lead" })).toBe(true);
  });
});

describe("who creates leads (one rule for the form, meetings, chain targets)", () => {
  const user = (role: Actor["role"], groupIds: number[] = []) => ({ id: 10, role, groupIds });

  it("lets the admin and secretaries create leads in any group", () => {
    for (const role of ["admin", "secretary"] as const) {
      expect(mayCreateLeadIn(user(role), groupA)).toBe(true);
      expect(mayCreateLeads(user(role))).toBe(true);
    }
  });

  it("lets group leads and members create leads in their own groups only", () => {
    for (const role of ["group_lead", "member"] as const) {
      expect(mayCreateLeadIn(user(role, [groupA]), groupA)).toBe(true);
      expect(mayCreateLeadIn(user(role, [groupA]), groupB)).toBe(false);
      expect(mayCreateLeads(user(role, [groupA]))).toBe(true);
      expect(mayCreateLeads(user(role, []))).toBe(false);
    }
  });

  it("never lets a city leader own or create a lead: they give instructions", () => {
    expect(mayCreateLeadIn(user("leader", [groupA]), groupA)).toBe(false);
    expect(mayCreateLeads(user("leader", [groupA]))).toBe(false);
    expect(canInstruct(user("leader"))).toBe(true);
  });

  it("makes a member the owner of the leads they create", () => {
    expect(roles.filter((role) => ownsOwnLeadsOnly({ role }))).toEqual(["member"]);
  });
});

describe("cockpit, figures, import and accounts", () => {
  it("shows the cockpit to the admin and city leaders", () => {
    expect(roles.filter((role) => readsCockpit({ role }))).toEqual(["admin", "leader"]);
  });

  it("opens a group's 月报 to those who read every lead and to the group's own people", () => {
    const table: [Parameters<typeof readsGroupFigures>[0], boolean][] = [
      [{ role: "admin", groupIds: [] }, true],
      [{ role: "leader", groupIds: [] }, true],
      [{ role: "secretary", groupIds: [] }, true],
      [{ role: "group_lead", groupIds: [3] }, true],
      [{ role: "group_lead", groupIds: [4] }, false],
      [{ role: "member", groupIds: [3] }, true],
      [{ role: "member", groupIds: [4] }, false],
    ];
    for (const [who, expected] of table) expect(readsGroupFigures(who, 3), JSON.stringify(who)).toBe(expected);
  });

  it("lets members enter their own leads' month figures, group leads their groups', the admin any", () => {
    const lead = { taskGroupId: 3, ownerId: 7 };
    const others = { taskGroupId: 3, ownerId: 8 };
    const table: [Parameters<typeof canEnterFiguresOf>[0], boolean, boolean][] = [
      // who, own lead (owner 7), another's lead in group 3
      [{ id: 1, role: "admin", groupIds: [], leadGroupIds: [] }, true, true],
      [{ id: 7, role: "group_lead", groupIds: [3], leadGroupIds: [3] }, true, true],
      [{ id: 7, role: "group_lead", groupIds: [3], leadGroupIds: [4] }, true, false],
      [{ id: 9, role: "group_lead", groupIds: [4], leadGroupIds: [4] }, false, false],
      [{ id: 7, role: "member", groupIds: [3], leadGroupIds: [] }, true, false],
      [{ id: 7, role: "member", groupIds: [4], leadGroupIds: [] }, false, false],
      [{ id: 7, role: "leader", groupIds: [3], leadGroupIds: [3] }, false, false],
      [{ id: 7, role: "secretary", groupIds: [3], leadGroupIds: [] }, false, false],
    ];
    for (const [who, own, another] of table) {
      expect(canEnterFiguresOf(who, lead), `${who.role} own`).toBe(own);
      expect(canEnterFiguresOf(who, others), `${who.role} another's`).toBe(another);
    }
    expect(canEnterFigures({ role: "admin", groupIds: [], leadGroupIds: [] }, 3)).toBe(true);
    expect(canEnterFigures({ role: "group_lead", groupIds: [3], leadGroupIds: [3] }, 3)).toBe(true);
    expect(canEnterFigures({ role: "member", groupIds: [3], leadGroupIds: [] }, 3)).toBe(true);
    expect(canEnterFigures({ role: "member", groupIds: [4], leadGroupIds: [] }, 3)).toBe(false);
    for (const role of ["leader", "secretary"] as const) expect(canEnterFigures({ role, groupIds: [3], leadGroupIds: [3] }, 3)).toBe(false);
    expect(correctsGroupFigures({ role: "group_lead", leadGroupIds: [3] }, 3)).toBe(true);
    expect(correctsGroupFigures({ role: "group_lead", leadGroupIds: [4] }, 3)).toBe(false);
    expect(correctsGroupFigures({ role: "member", leadGroupIds: [3] }, 3)).toBe(false);
    expect(correctsGroupFigures({ role: "admin", leadGroupIds: [] }, 3)).toBe(true);
  });

  it("leaves imports and accounts to the admin; everyone sees their own sessions", () => {
    expect(roles.filter((role) => canImport({ role }))).toEqual(["admin"]);
    expect(roles.filter((role) => managesAccounts({ role }))).toEqual(["admin"]);
    expect(roles.filter((role) => managesSettings({ role }))).toEqual(["admin"]);
    expect(managesSessionsOf({ id: 5, role: "member" }, 5)).toBe(true);
    expect(managesSessionsOf({ id: 5, role: "member" }, 6)).toBe(false);
    expect(managesSessionsOf({ id: 1, role: "admin" }, 6)).toBe(true);
  });
});
