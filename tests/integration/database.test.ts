// What the app relies on from the database, on whichever dialect DATABASE_URL names:
// real transaction rollback, enforced foreign keys and unique keys, and aggregates that map to
// numbers. Every row inserted here carries this run's unique tag and is removed afterwards.
import { eq, inArray, like, sql, sum } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db, dialect } from "@/db/client";
import { districts, taskGroupMembers, taskGroups, users } from "@/db/schema";

const tag = `it-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const named = (what: string) => `${tag}-${what}`;

/** The messages of an error and of its causes (drizzle wraps driver errors in DrizzleQueryError). */
function messagesOf(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    parts.push(`${String(code ?? "")} ${String(message ?? e)}`);
  }
  return parts.join(" | ");
}

async function failureOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return messagesOf(error);
  }
  throw new Error("expected the database to refuse this statement, but it succeeded");
}

async function insertUser(username: string) {
  const [row] = await db
    .insert(users)
    .values({ username, passwordHash: "x", name: username, role: "member" })
    .returning({ id: users.id });
  return row.id;
}

afterAll(async () => {
  try {
    const pattern = `${tag}-%`;
    await db.delete(taskGroups).where(like(taskGroups.name, pattern));
    await db.delete(users).where(like(users.username, pattern));
    await db.delete(districts).where(like(districts.name, pattern));
  } finally {
    await closeDatabase();
  }
});

describe(`database (${process.env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite"})`, () => {
  it("runs on the dialect DATABASE_URL names", () => {
    expect(dialect()).toBe(process.env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite");
  });

  it("rolls a transaction back when its callback throws", async () => {
    const name = named("rollback");
    let seenInside = 0;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(districts).values({ name, kind: "district" });
        seenInside = (await tx.select().from(districts).where(eq(districts.name, name))).length;
        throw new Error("roll back, please");
      }),
    ).rejects.toThrow("roll back, please");
    expect(seenInside).toBe(1);
    expect(await db.select().from(districts).where(eq(districts.name, name))).toEqual([]);
  });

  it("commits a transaction whose callback returns", async () => {
    const name = named("commit");
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(districts).values({ name, kind: "park" }).returning({ id: districts.id });
      return row.id;
    });
    const rows = await db.select({ id: districts.id, kind: districts.kind }).from(districts).where(eq(districts.name, name));
    expect(rows).toEqual([{ id, kind: "park" }]);
  });

  it("refuses a row whose foreign key points nowhere", async () => {
    const [group] = await db
      .insert(taskGroups)
      .values({ name: named("group") })
      .returning({ id: taskGroups.id });
    const missingUserId = 2_000_000_000;
    const message = await failureOf(() =>
      db.insert(taskGroupMembers).values({ taskGroupId: group.id, userId: missingUserId, role: "member" }),
    );
    expect(message).toMatch(/foreign key|23503/i);
    expect(await db.select().from(taskGroupMembers).where(eq(taskGroupMembers.userId, missingUserId))).toEqual([]);
  });

  it("cascades deletes along ON DELETE CASCADE foreign keys", async () => {
    const userId = await insertUser(named("cascade-user"));
    const [group] = await db
      .insert(taskGroups)
      .values({ name: named("cascade-group") })
      .returning({ id: taskGroups.id });
    await db.insert(taskGroupMembers).values({ taskGroupId: group.id, userId, role: "lead" });
    await db.delete(taskGroups).where(eq(taskGroups.id, group.id));
    expect(await db.select().from(taskGroupMembers).where(eq(taskGroupMembers.userId, userId))).toEqual([]);
  });

  it("refuses a second user with the same username", async () => {
    const username = named("dup");
    await insertUser(username);
    const message = await failureOf(() => insertUser(username));
    expect(message).toMatch(/unique|duplicate|23505/i);
    expect(await db.select({ id: users.id }).from(users).where(eq(users.username, username))).toHaveLength(1);
  });

  it("sums an integer column into something that maps to a number", async () => {
    const names = [named("sum-a"), named("sum-b"), named("sum-c")];
    await db.insert(districts).values([
      { name: names[0], kind: "district", sortOrder: 7 },
      { name: names[1], kind: "county", sortOrder: 35 },
      { name: names[2], kind: "county_city", sortOrder: 1_000_000 },
    ]);
    const [raw] = await db
      .select({ total: sum(districts.sortOrder) })
      .from(districts)
      .where(inArray(districts.name, names));
    expect(Number(raw.total)).toBe(1_000_042);

    const [mapped] = await db
      .select({ total: sum(districts.sortOrder).mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) })
      .from(districts)
      .where(inArray(districts.name, names));
    expect(mapped).toEqual({ total: 1_000_042, count: 3 });

    const [none] = await db
      .select({ total: sum(districts.sortOrder) })
      .from(districts)
      .where(eq(districts.name, named("no-such-district")));
    expect(none.total).toBeNull();
  });

  it("round-trips booleans, timestamps and defaults", async () => {
    const username = named("types");
    const lockedUntil = new Date("2030-01-02T03:04:05.678Z");
    await db
      .insert(users)
      .values({ username, passwordHash: "x", name: "类型", role: "admin", isActive: false, lockedUntil });
    const [row] = await db.select().from(users).where(eq(users.username, username));
    expect(row.isActive).toBe(false);
    expect(row.lockedUntil).toBeInstanceOf(Date);
    expect(row.lockedUntil?.toISOString()).toBe(lockedUntil.toISOString());
    expect(row.createdAt).toBeInstanceOf(Date);
    expect(row.failedLogins).toBe(0);
    expect(row.version).toBe(1);
    expect(row.name).toBe("类型");
  });
});
