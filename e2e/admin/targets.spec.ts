import { expect, signInAndWait, test } from "../fixtures";

test("the admin sets a task group's annual target and the city total follows", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "年度目标" }).click();
  await page.getByLabel("年度").selectOption("2025");
  await page.getByRole("button", { name: "查看" }).click();
  const groups = page.getByRole("table", { name: "工作组目标" });
  const projects = groups.getByRole("textbox", { name: /引进项目/ });
  const before = await projects.evaluateAll((inputs) => inputs.reduce((sum, el) => sum + Number((el as HTMLInputElement).value || 0), 0));
  const first = projects.first();
  const old = Number(await first.inputValue());
  await first.fill(String(old + 7));
  await expect(groups.getByRole("row", { name: /全市合计/ }).getByRole("cell").first()).toHaveText((before + 7).toLocaleString("en-US"));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toContainText("已保存");
  await page.reload();
  await expect(page.getByRole("table", { name: "工作组目标" }).getByRole("textbox", { name: /引进项目/ }).first()).toHaveValue(String(old + 7));
});

test("the targets page is the admin's alone", async ({ page }) => {
  await signInAndWait(page, "zuzhang");
  const response = await page.goto("/admin/targets");
  expect(response?.status()).toBe(403);
});
