// 督办: overdue follow-ups and stale leads per task group and per owner, and each person's own
// on the start page.
import { expect, mainNavigation, signInAndWait, test } from "../fixtures";

test.describe("督办 (supervision)", () => {
  test("a group leader sees the group's overdue and stale leads by owner and opens them", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await mainNavigation(page).getByRole("link", { name: "督办", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "督办" })).toBeVisible();
    const byGroup = page.getByRole("table", { name: "按工作组" });
    await expect(byGroup.locator("tbody tr")).toHaveCount(1);
    await expect(byGroup).toContainText("电子信息产业推进工作组");
    const byOwner = page.getByRole("table", { name: "按责任人" });
    await expect(byOwner.locator("tbody tr").first()).toBeVisible();
    const overdueList = page.getByRole("region", { name: "逾期未跟进" });
    const staleList = page.getByRole("region", { name: "滞后项目" });
    await expect(overdueList.getByRole("listitem").first()).toContainText(/逾期 \d+ 天/);
    await expect(staleList.getByRole("listitem").first()).toContainText(/\d+ 天无跟进（本阶段期限 30 天）/);

    // A count per owner opens the table filtered to exactly those leads.
    const link = byOwner.getByRole("link", { name: /逾期未跟进 \d+$/ }).first();
    const label = (await link.getAttribute("aria-label"))!;
    const [owner, , n] = label.split(" ");
    await link.click();
    await expect(page).toHaveURL(/\/leads\?owner=\d+&attention=overdue/);
    await expect(page.getByText(`共 ${n} 条`)).toBeVisible();
    const owners = await page.getByRole("table", { name: "项目" }).locator("tbody tr td:nth-child(4)").allTextContents();
    expect(new Set(owners)).toEqual(new Set([owner]));
  });

  test("the start page counts and lists the group's overdue and stale leads, or only the person's own", async ({ page }) => {
    await signInAndWait(page, "zuyuan");
    // Every card says whose leads it counts, and the list under it counts the same leads.
    const group = page.getByRole("region", { name: "督办事项（本组）" });
    await expect(group).toBeVisible();
    const overdueCard = page.getByRole("link", { name: /^逾期未跟进 本组 \d+个$/ });
    const groupOverdue = Number(/(\d+)个/.exec(await overdueCard.innerText())![1]);
    await expect(group.getByRole("region", { name: "逾期未跟进" }).getByRole("heading")).toContainText(`${groupOverdue} 个`);
    for (const text of await group.getByRole("listitem").allTextContents()) expect(text).toContain("电子信息产业推进工作组");

    await page.getByRole("link", { name: "只看我的" }).click();
    await expect(page).toHaveURL(/\/\?mine=1$/);
    const mine = page.getByRole("region", { name: "督办事项（我的）" });
    await expect(mine).toBeVisible();
    const myOverdue = Number(/(\d+)个/.exec(await page.getByRole("link", { name: /^逾期未跟进 我的 \d+个$/ }).innerText())![1]);
    expect(myOverdue).toBeLessThanOrEqual(groupOverdue);
    const items = mine.getByRole("listitem");
    await expect(items.first()).toBeVisible();
    await items.first().getByRole("link").click();
    await expect(page.getByRole("heading", { name: "基本信息" })).toBeVisible();
    await expect(page.getByText("王磊（市投促委项目促进科科长）", { exact: true })).toBeVisible();
  });

  test("the admin sets a stage's stale limit and the marks follow it", async ({ page }) => {
    await signInAndWait(page, "admin");
    await page.goto("/supervision");
    const form = page.getByRole("form", { name: "滞后期限" });
    await expect(form.getByLabel("投产（天）")).toHaveValue("30");
    await form.getByLabel("投产（天）").fill("0");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.getByLabel("投产（天）")).toHaveAccessibleDescription("不能小于1。");
    await form.getByLabel("投产（天）").fill("3650");
    await form.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toHaveText("滞后期限已保存。");
    await page.goto("/leads?stage=operating&stale=1");
    await expect(page.getByText("共 0 条")).toBeVisible();
    await page.goto("/supervision");
    await page.getByRole("form", { name: "滞后期限" }).getByLabel("投产（天）").fill("30");
    await page.getByRole("form", { name: "滞后期限" }).getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toHaveText("滞后期限已保存。");
    await page.goto("/leads?stage=operating&stale=1");
    await expect(page.getByText("共 0 条")).toHaveCount(0);
  });

  test("others may not change the stale limits", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/supervision");
    await expect(page.getByRole("form", { name: "滞后期限" })).toHaveCount(0);
  });
});
