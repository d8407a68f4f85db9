// The meetings list's filters: kept in the URL, each shown as a chip that removes it.
import { expect, signInAndWait, test } from "../fixtures";

test("the secretary filters meetings by leader and by overdue next steps; a chip's × removes one filter and the form follows", async ({ page }) => {
  await signInAndWait(page, "mishu");
  await page.goto("/meetings?size=100");
  const table = page.getByRole("table", { name: "会见" });
  const leaders = () => table.locator("tbody tr td:nth-child(4)").allTextContents();
  const all = (await leaders()).length;
  expect(all).toBeGreaterThan(5);

  await page.locator("summary", { hasText: "筛选" }).click();
  const form = page.getByRole("form", { name: "筛选" });
  await form.getByLabel("领导（带队或会见）").selectOption({ label: "周立群（市委书记）" });
  await form.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/leader=\d+/);
  const chips = page.getByRole("list", { name: "已选筛选条件" });
  await expect(chips.getByRole("link", { name: "清除“领导：周立群”" })).toBeVisible();
  const byLeader = await leaders();
  expect(byLeader.length).toBeGreaterThan(0);
  expect(byLeader.length).toBeLessThan(all);
  for (const leader of byLeader) expect(leader).toContain("周立群");

  await form.getByLabel("只看逾期未办的下一步").check();
  await form.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(chips.getByRole("link", { name: "清除“下一步逾期未办”" })).toBeVisible();
  expect((await leaders()).length).toBeLessThanOrEqual(byLeader.length);

  // Removing the leader chip keeps the overdue filter, and the form no longer names a leader.
  await chips.getByRole("link", { name: "清除“领导：周立群”" }).click();
  await expect(page).not.toHaveURL(/leader=/);
  await expect(page).toHaveURL(/overdue=1/);
  await expect(form.getByLabel("领导（带队或会见）")).toHaveValue("");
  await expect(form.getByLabel("只看逾期未办的下一步")).toBeChecked();
});
