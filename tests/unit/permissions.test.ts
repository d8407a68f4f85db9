import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema/enums";
import { areasFor, canUseArea, readsAllLeads, writesTrips } from "@/lib/auth/permissions";

describe("areas by role", () => {
  it("gives the admin area to admins only", () => {
    for (const role of roles) expect(canUseArea(role, "admin")).toBe(role === "admin");
  });

  it("lets every role read the working areas", () => {
    for (const role of roles) {
      expect(areasFor(role)).toEqual(
        expect.arrayContaining(["dashboard", "trips", "meetings", "companies", "leads", "board", "groups", "chains", "partners"]),
      );
    }
  });

  it("lets only admin, leaders and secretaries read every lead", () => {
    expect(roles.filter(readsAllLeads)).toEqual(["admin", "leader", "secretary"]);
  });

  it("lets only admin and secretaries log trips", () => {
    expect(roles.filter(writesTrips)).toEqual(["admin", "secretary"]);
  });
});
