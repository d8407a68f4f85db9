// The leadership cockpit (工作台 of leader and admin) and the report card (答卷).
import { expect, signInAndWait, test } from "../fixtures";

const year = new Date().getFullYear();

test.describe("cockpit and report card", () => {
  test("a leader opens the cockpit, changes the period and follows a card to the same leads", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await expect(page.getByRole("heading", { level: 1, name: "招商工作驾驶舱" })).toBeVisible();
    // Default: January to the current month.
    await expect(page.getByLabel("起始月份")).toHaveValue(`${year}-01`);

    await page.getByLabel("起始月份").fill(`${year}-01`);
    await page.getByLabel("截止月份").fill(`${year}-06`);
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${year}-01&to=${year}-06`));
    await expect(page.getByText(`${year}年1-6月招商引资主要指标`)).toBeVisible();

    const card = page.getByRole("link", { name: /^引进重大项目 \d+个$/ });
    const n = Number(/(\d+)个$/.exec((await card.getAttribute("aria-label"))!)![1]);
    expect(n).toBeGreaterThan(0);
    await card.click();
    await expect(page).toHaveURL(new RegExp(`/leads\\?signedFrom=${year}-01-01&signedTo=${year}-06-30`));
    await expect(page.getByText(`共 ${n} 条`)).toBeVisible();

    // The report card of the same period carries the same count in its first sentence.
    await page.goto(`/report?from=${year}-01&to=${year}-06`);
    await expect(page.getByRole("heading", { level: 1, name: `广安市${year}年1-6月招商引资工作情况` })).toBeVisible();
    await expect(page.getByTestId("report-sentence")).toContainText(`1-6月，全市共引进重大项目${n}个，其中投资1-5亿元（不含）项目`);
    await expect(page.getByRole("columnheader", { name: "区县（园区）" })).toBeVisible();
    const xlsx = await page.request.get(`/report/xlsx?from=${year}-01&to=${year}-06`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  });

  test("the fixed-asset card opens the leads with monthly figures in the period", async ({ page }) => {
    await signInAndWait(page, "admin");
    const card = page.getByRole("link", { name: /^完成固定资产投资 / });
    await card.click();
    await expect(page).toHaveURL(/\/leads\?reportFrom=\d{4}-01&reportTo=\d{4}-\d{2}/);
    await expect(page.getByText(/填报月度数据 \d{4}-01 至 \d{4}-\d{2}/)).toBeVisible();
  });

  test("a member gets the start page and is refused the report card, also by a crafted request", async ({ page }) => {
    await signInAndWait(page, "zuyuan");
    await expect(page.getByRole("heading", { level: 1, name: /您好/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "招商工作驾驶舱" })).toHaveCount(0);
    await page.goto(`/?from=${year}-01&to=${year}-06`);
    await expect(page.getByRole("heading", { name: "招商工作驾驶舱" })).toHaveCount(0);
    const response = await page.goto(`/report?year=${year}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
    const xlsx = await page.request.get(`/report/xlsx?year=${year}`);
    expect(xlsx.status()).toBe(403);
  });
});
