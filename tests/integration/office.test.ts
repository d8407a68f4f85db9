// Issue 11 point 7: one name for the office. The admin sets the city's and the agency's names (one
// row, version checked, audited); nobody else may; the demo city has 广安市 / 广安市投资促进局.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { saveOfficeNames, saveOfficeNamesDefinition } from "@/db/mutations/office";
import { officeNames } from "@/db/queries/office";
import { auditLog, officeSettings } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { actionRunner, chineseMessagesKeepingKeys, runSuffix, userNamed } from "./helpers";

const act = actionRunner(chineseMessagesKeepingKeys);
let admin: CurrentUser;
let demoNames: { cityName: string; agencyName: string };

beforeAll(async () => {
  admin = await userNamed("admin");
  const office = await officeNames();
  demoNames = { cityName: office!.cityName, agencyName: office!.agencyName };
});

afterAll(async () => {
  // Put the demo city's names back for the files after this one.
  const now = await officeNames();
  if (now && (now.cityName !== demoNames.cityName || now.agencyName !== demoNames.agencyName)) {
    await act(saveOfficeNamesDefinition, admin, { ...demoNames, version: now.version });
  }
  await closeDatabase();
});

describe("the office's names", () => {
  it("are the demo city's in the demo data", () => {
    expect(demoNames).toEqual({ cityName: "广安市", agencyName: "广安市投资促进局" });
  });

  it("are set by the admin, version checked, with an audit row of before and after", async () => {
    const suffix = runSuffix().slice(-4);
    const before = (await officeNames())!;
    const names = { cityName: `测试市${suffix}`, agencyName: `测试市投资促进局${suffix}` };
    const saved = await act(saveOfficeNamesDefinition, admin, { ...names, version: before.version });
    expect(saved).toMatchObject({ ok: true, data: { id: 1, version: before.version + 1 } });
    expect(await officeNames()).toMatchObject({ ...names, version: before.version + 1 });
    const last = (
      await db.select({ entity: auditLog.entity, entityId: auditLog.entityId, actorId: auditLog.actorId, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "office.save_names")).orderBy(auditLog.id)
    ).at(-1)!;
    expect(last).toMatchObject({ entity: "office_settings", entityId: 1, actorId: admin.id });
    expect(JSON.parse(last.details!)).toEqual({ before: { cityName: before.cityName, agencyName: before.agencyName, reportDueDay: before.reportDueDay }, after: { ...names, reportDueDay: null } });

    // A second form opened at the old version: refused, the names stay.
    const stale = await act(saveOfficeNamesDefinition, admin, { cityName: "旧版本市", agencyName: "旧版本局", version: before.version });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await officeNames()).toMatchObject(names);
  });

  it("refuses everyone but the admin, and names too short or too long", async () => {
    const current = (await officeNames())!;
    for (const username of ["shuji", "mishu", "zuzhang", "zuyuan"]) {
      const user = await userNamed(username);
      expect(await act(saveOfficeNamesDefinition, user, { cityName: "别的市", agencyName: "别的局", version: current.version }), username).toMatchObject({ ok: false, code: "forbidden" });
    }
    const short = await act(saveOfficeNamesDefinition, admin, { cityName: "市", agencyName: "x".repeat(51), version: current.version });
    expect(short).toMatchObject({ ok: false, code: "invalid", fieldErrors: { cityName: ["validation.tooShort"], agencyName: ["validation.tooLong"] } });
    expect((await officeNames())!.version).toBe(current.version);
  });

  it("inserts the first names when a deployment has none (and refuses a form that expected some)", async () => {
    const rolledBack = new Error("roll back");
    const outcome = await db
      .transaction(async (tx) => {
        await tx.delete(officeSettings).where(eq(officeSettings.id, 1));
        await expect(saveOfficeNames(tx, admin, { cityName: "某某市", agencyName: "某某市投资促进局", reportDueDay: null, version: 3 })).rejects.toMatchObject({ name: "ConflictError" });
        const first = await saveOfficeNames(tx, admin, { cityName: "某某市", agencyName: "某某市投资促进局", reportDueDay: null, version: null });
        expect(first).toMatchObject({ id: 1, version: 1, before: null });
        // A second "first save" (another admin's form opened before the first) is a conflict.
        await expect(saveOfficeNames(tx, admin, { cityName: "另一市", agencyName: "另一市投资促进局", reportDueDay: null, version: null })).rejects.toMatchObject({ name: "ConflictError" });
        throw rolledBack;
      })
      .catch((e) => e);
    expect(outcome).toBe(rolledBack);
    expect(await officeNames()).not.toBeNull();
  });
});
