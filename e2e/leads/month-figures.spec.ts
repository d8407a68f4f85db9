import { expect, signInAndWait, test } from "../fixtures";

test("a group leader types the month's figures, sees the totals, saves, and finds them again", async ({ page }) => {
  await signInAndWait(page, "zuzhang");
  await page.goto("/groups");
  await page.getByRole("row", { name: /电子信息产业推进工作组/ }).getByRole("link", { name: "月报" }).click();
  await page.getByLabel("月份").fill("2026-09");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/month=2026-09/);

  const grid = page.getByRole("table", { name: "月度投资完成情况填报表" });
  const fixed = grid.getByRole("textbox", { name: /固定资产投资/ });
  const funds = grid.getByRole("textbox", { name: /到位资金/ });
  const count = await fixed.count();
  expect(count).toBeGreaterThan(1);

  // Type, Tab, type: the totals follow what is typed.
  await fixed.nth(0).fill("1200");
  await page.keyboard.press("Tab");
  await page.keyboard.type("300");
  await fixed.nth(1).fill("800");
  await expect(funds.nth(0)).toHaveValue("300");
  const expectedFixed = async () => {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += Number((await fixed.nth(i).inputValue()) || 0);
    return sum;
  };
  await expect(page.getByTestId("total-fixed-asset")).toHaveText((await expectedFixed()).toLocaleString("en-US"));

  // Bad input is refused beside the grid and nothing is sent.
  await fixed.nth(1).fill("8.5");
  await expect(page.getByText("请填写整数（万元）。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存" })).toBeDisabled();
  await fixed.nth(1).fill("800");

  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toContainText("已保存");
  await page.reload();
  await expect(fixed.nth(0)).toHaveValue("1200");
  await expect(funds.nth(0)).toHaveValue("300");
  await expect(fixed.nth(1)).toHaveValue("800");
});

test("a member reads the grid but cannot change it", async ({ page }) => {
  await signInAndWait(page, "zuyuan");
  await page.goto("/groups");
  await page.getByRole("row", { name: /电子信息产业推进工作组/ }).getByRole("link", { name: "月报" }).click();
  await expect(page.getByRole("table", { name: "月度投资完成情况填报表" })).toBeVisible();
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "月度投资完成情况填报表" }).getByRole("textbox").first()).toHaveAttribute("readonly", "");
});
