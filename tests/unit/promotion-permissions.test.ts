import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema/enums";
import { canEditChain, editsPartners, mayCreateChains } from "@/lib/auth/promotion-permissions";

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
    expect(roles.filter(editsPartners)).toEqual(["admin", "secretary"]);
  });
});
