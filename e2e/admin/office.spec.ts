// Issue 11 point 7: one name for the office. The admin sets the city's and the agency's names; the
// sidebar (everyone's) and the 答卷 show them. The demo city's names are put back at the end, since the
// cockpit spec reads 广安市 in the 答卷's title.
import type { Page } from "@playwright/test";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";

async function setNames(page: Page, city: string, agency: string) {
  await page.goto("/admin");
  await page.getByRole("link", { name: "设置单位名称" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "单位名称" })).toBeVisible();
  await page.getByLabel("城市名称").fill(city);
  await page.getByLabel("单位名称").fill(agency);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("单位名称已保存");
  await expect(page).toHaveURL(/\/admin$/);
}

test("the admin sets the office's names: the sidebar and the 答卷 name them", async ({ page, browser, baseURL }) => {
  await signInAndWait(page, "admin");
  // The demo city's names, as the seed wrote them.
  await expect(page.getByTestId("office-name")).toHaveText("广安市投资促进局");

  // Too short is refused beside the field, nothing saved.
  await page.goto("/admin/office");
  await page.getByLabel("城市名称").fill("市");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("内容过短。")).toBeVisible();

  await setNames(page, "测试市", "测试市投资促进服务中心");
  await expect(page.getByTestId("office-name")).toHaveText("测试市投资促进服务中心");
  await expect(page.getByRole("region", { name: "单位名称" })).toContainText("测试市 · 测试市投资促进服务中心");

  // A city leader's sidebar and 答卷 (heading and signature) follow.
  const { context, page: leader } = await signedInContext(browser, baseURL, "shuji");
  await expect(leader.getByTestId("office-name")).toHaveText("测试市投资促进服务中心");
  await leader.goto("/report?year=2026");
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(/^测试市2026年.*招商引资工作情况$/);
  await expect(leader.getByTestId("report-made-on")).toContainText("测试市投资促进服务中心");
  await expect(leader.locator("body")).not.toContainText("广安市投资促进");
  await context.close();

  await setNames(page, "广安市", "广安市投资促进局");
  await expect(page.getByTestId("office-name")).toHaveText("广安市投资促进局");
});

test("nobody but the admin opens the office's names", async ({ page }) => {
  await signInAndWait(page, "zuzhang");
  expect((await page.goto("/admin/office"))?.status()).toBe(403);
});
