// The region of a trip's destinations is the same whether the form suggests it or the import stores it.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { importFile } from "@/db/import/run-import";
import { loadCurrentUser } from "@/db/queries/users";
import { trips, users } from "@/db/schema";
import { regionOfDestinations } from "@/lib/domain/region";

const csv = (text: string) => new TextEncoder().encode(text);
const purpose = `区域测试-${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  await closeDatabase();
});

describe("region of an imported trip", () => {
  it("is the region the trip form suggests for the same destinations", async () => {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, "admin"));
    const admin = (await loadCurrentUser(row.id))!;
    const places = ["天津、上海", "河北省保定市", "山东省烟台市", "廊坊市", "上海、天津", "新疆乌鲁木齐市"];
    const file = `带队领导,开始日期,结束日期,目的地,事由\n${places.map((p) => `shuji,2026-03-02,2026-03-04,"${p}",${purpose}`).join("\n")}\n`;
    const outcome = await importFile({ kind: "trips", data: csv(file), fileName: "trips.csv", user: admin, commit: true, now: new Date("2026-11-27T00:00:00Z") });
    expect(outcome).toEqual({ ok: true, committed: true, rows: places.length });
    const stored = new Map((await db.select().from(trips).where(eq(trips.purpose, purpose))).map((t) => [t.destinations, t.region]));
    expect(Object.fromEntries(stored)).toEqual({
      "天津、上海": "bohai",
      河北省保定市: "bohai",
      山东省烟台市: "bohai",
      廊坊市: "bohai",
      "上海、天津": "yrd",
      新疆乌鲁木齐市: "other",
    });
    for (const place of places) expect(stored.get(place), place).toBe(regionOfDestinations(place) ?? "other");
  });
});
