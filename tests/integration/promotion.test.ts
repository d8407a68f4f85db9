// The cockpit's figures of chain-based and directed promotion, checked against the demo city's rows
// on the database of DATABASE_URL.
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { listChains } from "@/db/queries/chains";
import { chainRates, figuresByPartner, figuresBySource } from "@/db/queries/promotion";
import { loadCurrentUser } from "@/db/queries/users";
import { agreements, leads, leadSources, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { monthPeriod, yearPeriod } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { toIsoDate } from "@/lib/format";

async function userNamed(username: string): Promise<CurrentUser> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return (await loadCurrentUser(row.id))!;
}

afterAll(async () => {
  await closeDatabase();
});

const thisYear = Number(toIsoDate(new Date()).slice(0, 4));

/** The introduced leads of a period, straight from the table (the rule, without the query under test). */
async function introducedRows(period: { from: string; to: string }) {
  return db
    .select({ id: leads.id, source: leads.source, taskGroupId: leads.taskGroupId, signed: leads.signedInvestment, agreementId: leads.agreementId })
    .from(leads)
    .where(and(inArray(leads.stage, [...signedStages]), gte(leads.signedOn, period.from), lte(leads.signedOn, period.to)));
}

describe("cockpit figures of chain-based and directed promotion", () => {
  it("by source: every source, introduced leads and signed investment of the period", async () => {
    const shuji = await userNamed("shuji");
    for (const period of [yearPeriod(thisYear), yearPeriod(thisYear - 1), monthPeriod(`${thisYear}-01`, `${thisYear}-07`)]) {
      const figures = await figuresBySource(shuji, period);
      expect(figures.map((f) => f.source)).toEqual([...leadSources]);
      const rows = await introducedRows(period);
      for (const figure of figures) {
        const own = rows.filter((r) => r.source === figure.source);
        expect(figure.introduced).toBe(own.length);
        expect(figure.signedInvestment).toBe(own.reduce((n, r) => n + (r.signed ?? 0), 0));
      }
    }
    const year = await figuresBySource(shuji, yearPeriod(thisYear));
    expect(year.reduce((n, f) => n + f.introduced, 0)).toBeGreaterThan(0);
    expect(year.find((f) => f.source === "directed")?.introduced).toBeGreaterThan(0);
  });

  it("by source, within the viewer's scope", async () => {
    const zuyuan2 = await userNamed("zuyuan2");
    const period = yearPeriod(thisYear);
    const rows = (await introducedRows(period)).filter((r) => zuyuan2.groupIds.includes(r.taskGroupId));
    const figures = await figuresBySource(zuyuan2, period);
    expect(figures.reduce((n, f) => n + f.introduced, 0)).toBe(rows.length);
    expect(figures.reduce((n, f) => n + f.signedInvestment, 0)).toBe(rows.reduce((n, r) => n + (r.signed ?? 0), 0));
  });

  it("by partner: agreements signed and leads introduced in the period, linked to the partner page", async () => {
    const shuji = await userNamed("shuji");
    const period = yearPeriod(thisYear);
    const figures = await figuresByPartner(shuji, period);
    const agreementRows = await db.select({ id: agreements.id, partnerId: agreements.partnerId, signedOn: agreements.signedOn }).from(agreements);
    const rows = await introducedRows(period);
    for (const figure of figures) {
      const own = agreementRows.filter((a) => a.partnerId === figure.partnerId);
      expect(figure.agreements).toBe(own.filter((a) => a.signedOn && a.signedOn >= period.from && a.signedOn <= period.to).length);
      const ids = new Set(own.map((a) => a.id));
      const introduced = rows.filter((r) => r.agreementId !== null && ids.has(r.agreementId));
      expect(figure.introduced).toBe(introduced.length);
      expect(figure.signedInvestment).toBe(introduced.reduce((n, r) => n + (r.signed ?? 0), 0));
      expect(figure.href).toBe(`/partners/${figure.partnerId}?year=${thisYear}`);
    }
    expect(figures.find((f) => f.name === "天津市国有企业")?.introduced).toBeGreaterThan(0);
  });

  it("each chain's supporting rate, as the chain list shows it", async () => {
    const shuji = await userNamed("shuji");
    const rates = await chainRates(shuji);
    const list = await listChains(shuji);
    expect(rates.map((r) => [r.chainId, r.rate, r.href])).toEqual(list.map((c) => [c.id, c.rate, `/chains/${c.id}`]));
    const huaying = rates.find((r) => r.name === "华蓥电子信息产业链")!;
    expect(huaying.rate).toBeGreaterThan(0.6);
    expect(huaying.filled).toBeGreaterThanOrEqual(1);
  });
});
