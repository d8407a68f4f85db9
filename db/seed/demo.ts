// The demo data of a fresh install: a believable Guang'an, dated relative to today. Writes nothing
// when the database already has users. Everything is written in one transaction; the pieces live
// in db/seed/demo/ (one file per area) and share a context with a deterministic random source.
import type { Executor } from "../client";
import { auditLog, users } from "../schema";
import { seedChains } from "./demo/chains";
import { seedCompanies } from "./demo/companies";
import { count, createContext, userId } from "./demo/context";
import { seedLeads } from "./demo/leads";
import { seedMeetings } from "./demo/meetings";
import { seedNotifications } from "./demo/notifications";
import { seedPartners } from "./demo/partners";
import { seedReference } from "./demo/reference";
import { seedTargets } from "./demo/targets";
import { seedTrips } from "./demo/trips";

export async function seedDemoData(
  db: Executor,
  options: { today?: Date; log?: (line: string) => void } = {},
): Promise<{ seeded: boolean }> {
  const existing = await db.select({ id: users.id }).from(users).limit(1);
  if (existing.length > 0) return { seeded: false };

  const ctx = createContext(options.today ?? new Date(), options.log ?? (() => undefined));
  await db.transaction(async (tx) => {
    await seedReference(tx, ctx);
    await seedCompanies(tx, ctx);
    await seedTrips(tx, ctx);
    await seedMeetings(tx, ctx);
    await seedChains(tx, ctx);
    await seedPartners(tx, ctx);
    await seedLeads(tx, ctx);
    await seedTargets(tx, ctx);
    await seedNotifications(tx, ctx);
    count(ctx, "auditLog", 1);
    await tx.insert(auditLog).values([
      {
        actorId: userId(ctx, "admin"),
        action: "seed",
        entity: "database",
        details: JSON.stringify({ today: ctx.today, rows: ctx.counts }),
        createdAt: ctx.now,
      },
    ]);
  });
  ctx.log(`demo data: ${Object.entries(ctx.counts).map(([table, n]) => `${table} ${n}`).join(", ")}`);
  return { seeded: true };
}
