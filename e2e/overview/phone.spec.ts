// On a 390×844 phone: the tab bar of each person's day, the lists as cards a thumb can open, the
// meetings list's filters, and the skip link to the main content.
import type { Page } from "@playwright/test";
import { expect, signedInContext, signInAndWait, test } from "../fixtures";
import { phone } from "../trips/helpers";

test.use(phone);

const date = /\d{4}年\d{1,2}月\d{1,2}日/;

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** The list of cards named like the page's table (which the phone does not show), its first card checked. */
async function expectCards(page: Page, name: string, status: RegExp) {
  await expect(page.getByRole("table", { name })).toBeHidden();
  const first = page.getByRole("list", { name }).getByRole("link").first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(date);
  await expect(first).toContainText(status);
  expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoSidewaysScroll(page);
  return first;
}

test("the secretary's phone: her tabs, 记录会见 on the 工作台, and every list as cards that open the record", async ({ page }) => {
  await signInAndWait(page, "mishu");
  const tabs = page.getByRole("navigation", { name: "常用" });
  await expect(tabs.getByRole("link")).toHaveText(["工作台", "会见", "项目", "我的"]);
  await expect(tabs.getByRole("link", { name: "工作台" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").getByRole("link", { name: "＋ 记录会见" })).toHaveAttribute("href", "/meetings/new");
  await expectNoSidewaysScroll(page);

  await tabs.getByRole("link", { name: "会见" }).tap();
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(tabs.getByRole("link", { name: "会见" })).toHaveAttribute("aria-current", "page");
  await expectCards(page, "会见", /考察拜访|会见洽谈|来访洽谈|推介活动/);
  // Only the next steps past due and not done; the chip takes the filter off again.
  await page.locator("summary", { hasText: "筛选" }).tap();
  await page.getByLabel("只看逾期未办的下一步").check();
  await page.getByRole("button", { name: "筛选", exact: true }).tap();
  await expect(page).toHaveURL(/\/meetings\?overdue=1$/);
  const overdue = page.getByRole("list", { name: "会见" }).getByRole("link");
  await expect(overdue.first()).toBeVisible();
  for (const text of await overdue.allTextContents()) expect(text).toContain("逾期");
  await expectNoSidewaysScroll(page);
  await page.getByRole("list", { name: "已选筛选条件" }).getByRole("link", { name: "清除“下一步逾期未办”" }).tap();
  await expect(page).toHaveURL(/\/meetings$/);

  await page.goto("/trips");
  await expectCards(page, "考察", /计划|进行中|已完成/);

  await tabs.getByRole("link", { name: "项目" }).tap();
  await expect(page).toHaveURL(/\/leads$/);
  const card = await expectCards(page, "项目", /接触|洽谈|考察|意向|签约|开工|投产|搁置|终止/);
  // The sort the table's headings give on a desk is a select above the cards.
  await page.getByLabel("排序").selectOption({ label: "最近跟进（降序）" });
  await expect(page).toHaveURL(/sort=lastActivityAt&dir=desc/);
  await page.locator("summary", { hasText: "筛选条件" }).tap();
  await expect(page.getByRole("form", { name: "筛选条件" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The whole card is the way to the lead.
  const text = (await card.textContent()) ?? "";
  await card.tap();
  await expect(page).toHaveURL(/\/leads\/\d+$/);
  expect(text).toContain(await page.getByRole("heading", { level: 1 }).textContent());
});

test("a leader's tabs lead to 看板 and 我的 (language, sign-out); no tab bar on a desk; the skip link reaches the main content", async ({ browser, baseURL }) => {
  const { context, page } = await signedInContext(browser, baseURL, "shuji", phone);
  const tabs = page.getByRole("navigation", { name: "常用" });
  await expect(tabs.getByRole("link")).toHaveText(["工作台", "会见", "看板", "我的"]);
  await tabs.getByRole("link", { name: "我的" }).tap();
  await expect(page).toHaveURL(/\/account$/);
  await expect(tabs.getByRole("link", { name: "我的" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("main").getByRole("button", { name: "退出", exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "English" })).toBeVisible();
  // Nothing hides behind the bar: the page's end scrolls clear of it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const bar = (await tabs.boundingBox())!;
  const lastDevice = page.getByRole("list", { name: "已登录的设备" }).getByRole("listitem").last();
  const end = (await lastDevice.boundingBox())!;
  expect(end.y + end.height).toBeLessThanOrEqual(bar.y);

  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(tabs).toBeHidden();

  // The first Tab of a page reaches the skip link; it moves the focus to the main content.
  await page.goto("/meetings");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await context.close();
});
