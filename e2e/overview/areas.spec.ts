import { expect, mainNavigation, signInAndWait, test, waitForHydration } from "../fixtures";

test.describe("every area shows real records", () => {
  test("the leader walks through every area and finds the city's data", async ({ page }) => {
    await signInAndWait(page, "shuji");
    const checks: [string, RegExp][] = [
      ["考察", /天津/],
      ["会见", /\S/],
      ["客商", /\S/],
      ["项目", /\S/],
      ["工作组", /电子信息产业推进工作组/],
      ["产业链", /华蓥电子信息产业链/],
      ["区域合作", /天津滨海高新区/],
    ];
    for (const [area, text] of checks) {
      await mainNavigation(page).getByRole("link", { name: area, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: area })).toBeVisible();
      const table = page.getByRole("table");
      await expect(table.getByRole("row").nth(1)).toBeVisible();
      await expect(table).toContainText(text);
      await expect(table).not.toContainText("暂无数据");
    }
    await mainNavigation(page).getByRole("link", { name: "看板", exact: true }).click();
    for (const stage of ["接触", "洽谈", "考察", "意向", "签约", "开工", "投产", "搁置", "终止"]) {
      await expect(page.getByRole("region", { name: stage })).toBeVisible();
    }
  });

  test("a member sees only the leads of their own task group", async ({ page }) => {
    await signInAndWait(page, "zuyuan2");
    await page.goto("/leads?size=100");
    const rows = page.getByRole("table", { name: "项目" }).getByRole("row");
    await expect(rows.nth(1)).toBeVisible();
    const groups = await page.getByRole("table", { name: "项目" }).locator("tbody tr td:nth-child(2)").allTextContents();
    expect(groups.length).toBeGreaterThan(0);
    expect(new Set(groups)).toEqual(new Set(["装备制造产业推进工作组"]));
  });

  test("the companies directory finds a company by part of its Chinese name", async ({ page }) => {
    await signInAndWait(page, "mishu");
    await page.goto("/companies");
    const firstName = (await page.getByRole("table", { name: "客商" }).locator("tbody tr td").first().textContent()) ?? "";
    const part = firstName.slice(2, 4);
    await page.getByRole("searchbox").fill(part);
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(part)}`));
    const names = await page.getByRole("table", { name: "客商" }).locator("tbody tr td:first-child").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain(part);
  });

  test("the language switch turns the interface to English and is remembered", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Leads" })).toBeVisible();
    await page.goto("/trips");
    await expect(page.getByRole("heading", { level: 1, name: "Trips" })).toBeVisible();
    await page.getByRole("button", { name: "中文" }).click();
    await expect(mainNavigation(page).getByRole("link", { name: "项目" })).toBeVisible();
  });

  test("on a phone the menu opens the same navigation", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("用户名").fill("mishu");
    await page.getByLabel("密码").fill("guangan2026");
    await page.getByRole("button", { name: "登录" }).click();
    // The menu opens once React has hydrated the start page (this context's page is not the fixture's).
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await waitForHydration(page);
    await page.getByRole("button", { name: "菜单" }).click();
    await mainNavigation(page).getByRole("link", { name: "考察" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "考察" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
