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

    const card = page.getByRole("link", { name: /^引进重大项目 \d+ 个$/ });
    const n = Number(/(\d+) 个$/.exec((await card.textContent())!)![1]);
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

  test("the report card counts the trips the principal leaders led that took place, and its card lists exactly them", async ({ page }) => {
    await signInAndWait(page, "shuji");
    const card = page.getByRole("link", { name: /^主要领导率队考察对接 \d+ 场次$/ });
    const n = Number(/(\d+) 场次$/.exec((await card.textContent())!)![1]);
    const all = Number(/(\d+) 场次$/.exec((await page.getByRole("link", { name: /^市领导率队考察对接（全部） \d+ 场次$/ }).textContent())!)![1]);
    // The demo city's vice-mayors lead trips too: counted among all leaders' trips only.
    expect(all).toBeGreaterThan(n);
    await expect(card).toHaveAttribute("title", /书记、市长率队/);
    await card.click();
    await expect(page).toHaveURL(/\/trips\?led=principal&startFrom=\d{4}-01-01&startTo=\d{4}-\d{2}-\d{2}&held=1/);
    await expect(page.getByText(/^书记、市长率队 · 出发日期 .+ · 已出发或已完成$/)).toBeVisible();
    await expect(page.getByText(`共 ${n} 条`)).toBeVisible();
    const table = page.getByRole("table", { name: "考察" });
    const leaders = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(leaders).toHaveLength(Math.min(n, 20));
    for (const leader of leaders) expect(leader).toMatch(/周立群|陈志远/);
    const statuses = await table.locator("tbody tr td:nth-child(6)").allTextContents();
    for (const status of statuses) expect(status).not.toContain("计划");

    // The report card's sentence says the same number.
    await page.goto("/report");
    await expect(page.getByTestId("report-sentence")).toContainText(`市党政主要领导率队开展项目考察对接活动${n}场次`);
  });

  test("each money card opens its leads with that amount and a 合计 equal to the card", async ({ page }) => {
    await signInAndWait(page, "admin");
    for (const [label, url] of [
      ["签约投资", /\/leads\?signedFrom=\d{4}-01-01&signedTo=\d{4}-\d{2}-\d{2}&sum=signed/],
      ["完成固定资产投资", /\/leads\?reportFrom=\d{4}-01&reportTo=\d{4}-\d{2}&sum=fixedAsset/],
      ["到位资金", /\/leads\?reportFrom=\d{4}-01&reportTo=\d{4}-\d{2}&sum=fundsInPlace/],
    ] as const) {
      await page.goto("/");
      const card = page.getByRole("link", { name: new RegExp(`^${label} [\\d.,]+ 亿元$`) });
      const value = /([\d.,]+) 亿元$/.exec((await card.textContent())!)![1];
      await card.click();
      await expect(page).toHaveURL(url);
      await expect(page.getByTestId("money-total")).toHaveText(value);
      await expect(page.getByRole("table", { name: "项目" }).locator("tfoot")).toContainText("合计");
    }
    await expect(page.getByRole("columnheader", { name: "期内到位资金（亿元）" })).toBeVisible();
  });

  test("the leads table keeps a 未填写 filter that the cockpit's unfilled rows link to, and clears it", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await page.goto("/leads?unfilled=industry");
    const active = page.getByRole("list", { name: "已选筛选条件" });
    await expect(active).toContainText("行业：未填写");
    const shown = Number(/共 (\d+) 条/.exec((await page.getByText(/^共 \d+ 条/).first().textContent())!)![1]);
    await page.goto("/leads");
    const all = Number(/共 (\d+) 条/.exec((await page.getByText(/^共 \d+ 条/).first().textContent())!)![1]);
    expect(shown).toBeLessThan(all);
    await page.goto("/leads?unfilled=industry");
    await active.getByRole("link", { name: "重置 行业：未填写" }).click();
    await expect(page).not.toHaveURL(/unfilled=/);
  });

  test("on a phone in English the cockpit fits the screen, names no Chinese unit, and its section bar leads to each section", async ({ page, baseURL }) => {
    await signInAndWait(page, "shuji");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Promotion cockpit" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Amounts in bn or m CNY, never 亿元 or 万元 (names of places and groups stay as they are).
    await expect(page.getByRole("link", { name: /^Signed investment [\d.,]+ (bn|m) CNY$/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Signed (CNY)" }).first()).toBeVisible();
    expect(await page.getByRole("main").innerText()).not.toMatch(/亿|万元/);
    // The trend picture too: the phone's version, in English, with the amounts' axis in bn CNY.
    const chart = page.getByRole("img", { name: "Projects introduced and amounts by month" });
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBe(360);
    const drawing = await (await page.request.get(await chart.evaluate((img: HTMLImageElement) => img.currentSrc))).text();
    expect(drawing).toContain("bn CNY");
    expect(drawing).not.toMatch(/[\u4e00-\u9fff]/);

    const sections = page.getByRole("navigation", { name: "Cockpit sections" });
    await expect(sections.getByRole("link")).toHaveText(["Figures", "Trend", "Ranking", "Districts", "Task groups", "Industries", "Sources", "Partners", "Chains", "Funnel"]);
    await sections.getByRole("link", { name: "Funnel" }).click();
    await expect(page).toHaveURL(/#cockpit-funnel$/);
    // The section's heading lands below the sticky header and section bar, not under them.
    const heading = page.getByRole("heading", { level: 2, name: "Pipeline funnel" });
    await expect(heading).toBeInViewport();
    const [bar, title] = await Promise.all([sections.boundingBox(), heading.boundingBox()]);
    expect(title!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    await expect(page.getByTestId("funnel-bars")).toContainText("Contact");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
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
