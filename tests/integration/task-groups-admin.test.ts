import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { updateTaskGroup } from "@/db/mutations/task-groups";
import { industries, taskGroups, users } from "@/db/schema";

afterAll(async () => {
  await closeDatabase();
});

describe("editing a task group", () => {
  it("renames it, changes its heading leader and industries, and refuses a stale save or a non-leader", async () => {
    const [group] = await db.select().from(taskGroups).where(eq(taskGroups.name, "文化创意产业推进工作组"));
    const [leader] = await db.select({ id: users.id }).from(users).where(eq(users.username, "fushizhang2"));
    const [secretary] = await db.select({ id: users.id }).from(users).where(eq(users.username, "mishu"));
    const own = await db.select({ id: industries.id }).from(industries).where(eq(industries.taskGroupId, group.id));
    const input = { id: group.id, version: group.version, name: "文化创意与会展产业推进工作组", leaderId: leader.id, description: "推进文化创意和会展项目", industryIds: own.map((i) => i.id) };
    await expect(db.transaction((tx) => updateTaskGroup(tx, { ...input, leaderId: secretary.id }))).rejects.toMatchObject({ field: "leaderId" });
    const saved = await db.transaction((tx) => updateTaskGroup(tx, input));
    expect(saved).toMatchObject({ name: "文化创意与会展产业推进工作组", version: group.version + 1 });
    await expect(db.transaction((tx) => updateTaskGroup(tx, { ...input, name: "旧版本的修改" }))).rejects.toMatchObject({ name: "ConflictError" });
    const [after] = await db.select().from(taskGroups).where(eq(taskGroups.id, group.id));
    expect(after).toMatchObject({ name: "文化创意与会展产业推进工作组", leaderId: leader.id });
    await db.transaction((tx) => updateTaskGroup(tx, { ...input, version: after.version, name: group.name, leaderId: group.leaderId }));
  });
});
