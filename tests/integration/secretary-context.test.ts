// The secretary's context: the city leader the admin says she works for (only a secretary has one,
// and only an active city leader can be it), and the trip her meeting form starts from (his trip under
// way today, else his next one within a few days, else none).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createUser, updateUser } from "@/db/mutations/users";
import { secretaryContext, servedLeader } from "@/db/queries/trips";
import { getUserForEdit, listUsers } from "@/db/queries/users";
import { trips, users } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesAccounts } from "@/lib/auth/policy";
import { addIsoDays } from "@/lib/domain/trip-context";
import type { TripStatus } from "@/lib/domain/enums";
import { toIsoDate } from "@/lib/format";
import { userCreateSchema, userUpdateSchema } from "@/lib/validation/user";
import { messages, userNamed } from "./helpers";

const run = Math.random().toString(36).slice(2, 8);
const today = toIsoDate(new Date());
let admin: CurrentUser;
let mishu: CurrentUser;
let shuji: CurrentUser;
let zuyuan: CurrentUser;

type Run = Parameters<Parameters<typeof runAction>[0]["run"]>[0];
const createAccount = {
  name: "user.create",
  schema: userCreateSchema,
  rule: managesAccounts,
  run: async ({ input, tx, audit }: Run) => {
    const user = await createUser(tx, input as never);
    await audit({ entity: "user", entityId: user.id });
    return user;
  },
};
const updateAccount = {
  name: "user.update",
  schema: userUpdateSchema,
  rule: managesAccounts,
  run: async ({ input, user, tx, audit }: Run) => {
    const updated = await updateUser(tx, user.id, input as never);
    await audit({ entity: "user", entityId: updated.id });
    return updated;
  },
};

const account = (overrides: Record<string, unknown>) => ({ password: "abcdefgh-2026", name: "测试", memberships: [], ...overrides });

async function newAccount(overrides: Record<string, unknown>): Promise<CurrentUser> {
  const result = await runAction(createAccount, admin, account(overrides), messages);
  if (!result.ok) throw new Error(`account refused: ${JSON.stringify(result)}`);
  return userNamed(String(overrides.username));
}

async function addTrip(leaderId: number, from: number, days: number, status: TripStatus = "ongoing") {
  const startOn = addIsoDays(today, from);
  const [row] = await db
    .insert(trips)
    .values({ title: `考察${run}-${from}-${status}`, leaderId, startOn, endOn: addIsoDays(startOn, days - 1), destinations: "重庆市", region: "chengyu", status, createdById: admin.id })
    .returning({ id: trips.id });
  return row.id;
}

beforeAll(async () => {
  [admin, mishu, shuji, zuyuan] = await Promise.all(["admin", "mishu", "shuji", "zuyuan"].map(userNamed));
});

afterAll(async () => {
  await closeDatabase();
});

describe("the leader a secretary works for, set by the admin", () => {
  it("a secretary may work for an active city leader: stored, on her account page and in the accounts list", async () => {
    const username = `sec-${run}`;
    const secretary = await newAccount({ username, role: "secretary", servesLeaderId: shuji.id });
    const [row] = await db.select({ servesLeaderId: users.servesLeaderId }).from(users).where(eq(users.id, secretary.id));
    expect(row.servesLeaderId).toBe(shuji.id);
    expect((await getUserForEdit(admin, secretary.id))?.servesLeaderId).toBe(shuji.id);
    const listed = await listUsers(admin, { page: 1, pageSize: 10, sort: null, dir: "asc", q: username });
    expect(listed.rows.map((r) => [r.username, r.servesLeaderName])).toEqual([[username, "周立群"]]);
    expect(await servedLeader(secretary)).toMatchObject({ id: shuji.id, name: "周立群" });
  });

  it("nobody but a secretary has one: refused beside the field, on creating and on editing", async () => {
    const member = await runAction(createAccount, admin, account({ username: `m-${run}`, role: "leader", servesLeaderId: shuji.id }), messages);
    expect(member).toMatchObject({ ok: false, fieldErrors: { servesLeaderId: ["admin.servesLeaderSecretaryOnly"] } });
    const [row] = await db.select({ id: users.id, version: users.version, role: users.role }).from(users).where(eq(users.username, "zuyuan"));
    const edit = await runAction(
      updateAccount,
      admin,
      { id: row.id, version: row.version, isActive: true, name: "王磊", role: "member", servesLeaderId: shuji.id, memberships: zuyuan.groupIds.map((taskGroupId) => ({ taskGroupId, role: "member" })) },
      messages,
    );
    expect(edit).toMatchObject({ ok: false, fieldErrors: { servesLeaderId: ["admin.servesLeaderSecretaryOnly"] } });
    // The mutation holds the rule too, whatever reaches it.
    await expect(db.transaction((tx) => createUser(tx, { ...account({ username: `d-${run}`, role: "member" }), servesLeaderId: shuji.id } as never))).rejects.toMatchObject({
      field: "servesLeaderId",
      messageKey: "admin.servesLeaderSecretaryOnly",
    });
  });

  it("the leader must be an active city leader: a member or a deactivated leader is refused", async () => {
    const notLeader = await runAction(createAccount, admin, account({ username: `s1-${run}`, role: "secretary", servesLeaderId: zuyuan.id }), messages);
    expect(notLeader).toMatchObject({ ok: false, fieldErrors: { servesLeaderId: ["admin.servesLeaderNotLeader"] } });
    const gone = await newAccount({ username: `gone-${run}`, role: "leader" });
    await db.update(users).set({ isActive: false }).where(eq(users.id, gone.id));
    const inactive = await runAction(createAccount, admin, account({ username: `s2-${run}`, role: "secretary", servesLeaderId: gone.id }), messages);
    expect(inactive).toMatchObject({ ok: false, fieldErrors: { servesLeaderId: ["admin.servesLeaderNotLeader"] } });
    expect(await db.select().from(users).where(eq(users.username, `s2-${run}`))).toHaveLength(0);
  });

  it("a member asks in vain: only the admin links accounts", async () => {
    const refused = await runAction(createAccount, zuyuan, account({ username: `s3-${run}`, role: "secretary", servesLeaderId: shuji.id }), messages);
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("the trip a secretary's meeting form starts from", () => {
  let leader: CurrentUser;
  let secretary: CurrentUser;
  beforeAll(async () => {
    leader = await newAccount({ username: `ld-${run}`, name: `领导${run}`, role: "leader" });
    secretary = await newAccount({ username: `ms-${run}`, role: "secretary", servesLeaderId: leader.id });
  });

  it("none while her leader has no trip under way or about to start; his trip in 5 days is not yet hers", async () => {
    await addTrip(leader.id, -10, 3, "done");
    await addTrip(leader.id, 5, 3, "planned");
    expect(await secretaryContext(secretary, today)).toEqual({ leader: { id: leader.id, name: `领导${run}`, title: null }, trip: null });
  });

  it("his trip starting within three days, then his trip under way, the one started last winning; a trip marked done is over", async () => {
    const soon = await addTrip(leader.id, 2, 3, "planned");
    expect((await secretaryContext(secretary, today))?.trip?.id).toBe(soon);
    const underWay = await addTrip(leader.id, -2, 5);
    const context = await secretaryContext(secretary, today);
    expect(context?.trip).toMatchObject({ id: underWay, leaderId: leader.id, members: [] });
    const later = await addTrip(leader.id, 0, 2);
    expect((await secretaryContext(secretary, today))?.trip?.id).toBe(later);
    await db.update(trips).set({ status: "done" }).where(eq(trips.id, later));
    expect((await secretaryContext(secretary, today))?.trip?.id).toBe(underWay);
    // Another leader's trip under way is never hers.
    await addTrip(shuji.id, -1, 4);
    expect((await secretaryContext(secretary, today))?.trip?.id).toBe(underWay);
  });

  it("nobody else has a context: a member, and a secretary the admin has not linked", async () => {
    expect(await secretaryContext(zuyuan, today)).toBeNull();
    const unlinked = await newAccount({ username: `ul-${run}`, role: "secretary" });
    expect(await secretaryContext(unlinked, today)).toBeNull();
  });

  it("the demo city: 张伟 works for 周立群, whose trip to 重庆 set out today", async () => {
    const context = await secretaryContext(mishu, today);
    expect(context?.leader.name).toBe("周立群");
    expect(context?.trip).toMatchObject({ title: "市委书记率队赴重庆两江新区考察电子信息企业", startOn: today, status: "ongoing" });
    expect(context?.trip?.members.map((m) => m.name)).toEqual(expect.arrayContaining(["张伟", "唐振宇", "王磊"]));
  });
});
