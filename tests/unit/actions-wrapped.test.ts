// Every server action goes through defineAction (lib/actions/define-action.ts): it validates, checks
// the policy rule, runs one transaction with its audit row and revalidates after the commit. This
// test imports every "use server" module under app/ and fails on any export defineAction did not
// make (it marks what it makes: lib/actions/marker.ts). Next.js and Auth.js stand-ins keep the
// imports free of a request and a database.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { definedActionName } from "@/lib/actions/marker";

vi.mock("next/headers", () => ({ headers: vi.fn(), cookies: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getTranslations: vi.fn(), getLocale: vi.fn() }));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));

/**
 * Deliberate exceptions, each with its reason. Nothing else may be exported unwrapped.
 */
const exceptions: Record<string, string> = {
  // Touches no data and needs no session: it only sets the language cookie.
  "app/actions/locale.ts#setLocaleAction": "sets the interface-language cookie; no data, no session",
  // Auth.js ends the session and clears its cookie; there is no input and nothing to audit here
  // (the session's end is recorded by lib/auth's sign-out event as auth.sign_out).
  "app/actions/sign-out.ts#signOutAction": "Auth.js sign-out; recorded as auth.sign_out by lib/auth",
  // Counts the current-password guess on the sign-in throttle outside the transaction (so a refusal
  // still counts), then runs the defineAction-made user.change_password and signs the user out.
  "app/(crm)/account/actions.ts#changePasswordAction": "throttles the password guess around a defineAction-made action",
};

const root = path.resolve(__dirname, "../..");

function serverActionModules(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...serverActionModules(full));
    else if (/\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(full, "utf8"))) found.push(full);
  }
  return found;
}

const modules = serverActionModules(path.join(root, "app")).map((full) => path.relative(root, full).split(path.sep).join("/"));

describe("every server action is made by defineAction", () => {
  it("finds the action modules", () => {
    expect(modules).toContain("app/(crm)/leads/actions.ts");
    expect(modules).toContain("app/(crm)/chains/actions.ts");
    expect(modules.length).toBeGreaterThanOrEqual(12);
  });

  it.each(modules)("%s exports only defineAction-made actions (or a listed exception)", async (file) => {
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const unwrapped = Object.entries(exports)
      .filter(([name, value]) => !definedActionName(value) && !exceptions[`${file}#${name}`])
      .map(([name]) => name);
    expect(unwrapped, `${file}: exports not made by defineAction`).toEqual([]);
    // The first import of a module loads the app's whole server side: slow on a busy machine.
  }, 60_000);

  it("lists no exception that no longer exists", async () => {
    for (const key of Object.keys(exceptions)) {
      const [file, name] = key.split("#");
      const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      expect(typeof exports[name], key).toBe("function");
      expect(definedActionName(exports[name]), key).toBeUndefined();
    }
  });
});

describe("each action admits the roles it admitted before `rule` replaced `roles`", () => {
  const allRoles = ["admin", "leader", "secretary", "group_lead", "member"] as const;
  /** A user of the role in one group they lead and belong to (the rule sees the role; rows decide the rest). */
  const userOf = (role: (typeof allRoles)[number]) => ({ id: 1, username: role, name: role, title: null, role, groupIds: [1], leadGroupIds: role === "group_lead" ? [1] : [] });
  const admitted = (rule: (user: ReturnType<typeof userOf>) => boolean) => allRoles.filter((role) => rule(userOf(role)));

  it("keeps every definition's roles", async () => {
    const leads = await import("@/db/mutations/lead-actions");
    const chains = await import("@/db/mutations/chains");
    const partners = await import("@/db/mutations/partners");
    const office = await import("@/db/mutations/office");
    const [companies, meetings, trips, targets, reports] = await Promise.all([
      import("@/db/mutations/companies"),
      import("@/db/mutations/meetings"),
      import("@/db/mutations/trips"),
      import("@/db/mutations/targets"),
      import("@/db/mutations/reports"),
    ]);
    const writers = ["admin", "secretary"];
    const table: [string, { rule: (user: never) => boolean }, string[]][] = [
      // City leaders give 批示 and no longer create leads (issue 10: one lead-creation rule).
      ["lead.create", leads.createLeadDefinition, ["admin", "secretary", "group_lead", "member"]],
      ["lead.move_stage", leads.moveLeadStageDefinition, ["admin", "secretary", "group_lead", "member"]],
      ["lead.update", leads.updateLeadDefinition, ["admin", "secretary", "group_lead", "member"]],
      ["lead.change_owner", leads.changeLeadOwnerDefinition, ["admin", "secretary", "group_lead"]],
      ["lead.reassign", leads.reassignLeadsDefinition, ["admin", "secretary", "group_lead"]],
      ["lead.log", leads.addLeadLogDefinition, [...allRoles]],
      ["stage_settings.update", leads.setStaleLimitsDefinition, ["admin"]],
      ["chain.create", chains.createChainDefinition, ["admin", "group_lead"]],
      ["chain.company.add", chains.addNodeCompanyDefinition, ["admin", "group_lead"]],
      ["partner.create", partners.createPartnerDefinition, writers],
      ["agreement.delete", partners.deleteAgreementDefinition, writers],
      ["company.create", companies.createCompany, writers],
      ["contact.update", companies.editContact, writers],
      ["meeting.create", meetings.createMeeting, writers],
      ["trip.update", trips.editTrip, writers],
      ["target.save_year", targets.saveTargetsDefinition, ["admin"]],
      // Members enter their own leads' figures (issue 11); the rows decide whose.
      ["investment_report.save_month", reports.saveMonthFiguresDefinition, ["admin", "group_lead", "member"]],
      ["office.save_names", office.saveOfficeNamesDefinition, ["admin"]],
    ];
    for (const [name, definition, roles] of table) {
      expect(admitted(definition.rule as (user: ReturnType<typeof userOf>) => boolean), name).toEqual(roles);
    }
  });
});
