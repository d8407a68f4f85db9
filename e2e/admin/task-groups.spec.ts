import { expect, signInAndWait, test } from "../fixtures";

test("the admin changes a task group's heading leader and the groups list shows it", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/groups");
  await page.getByRole("row", { name: /健康养老产业推进工作组/ }).getByRole("link", { name: "编辑" }).click();
  await page.getByLabel("牵头市领导").selectOption({ label: "钱永强（副市长）" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存工作组 健康养老产业推进工作组");
  await expect(page.getByRole("row", { name: /健康养老产业推进工作组/ })).toContainText("钱永强");
});

test("only the admin may edit a task group", async ({ page }) => {
  await signInAndWait(page, "zuzhang");
  await page.goto("/groups");
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  const response = await page.goto("/admin/groups/1");
  expect(response?.status()).toBe(403);
});
