// The bell and the notifications page, as 王磊 meets them: the demo's unread count on the bell, a
// notification opened lands on what it is about and the count drops by one, 全部已读 empties the
// bell, his choice of the daily digest is kept, the English switch speaks English; on a phone the
// bell sits in the top bar.
import { expect, signInAndWait, test, waitForHydration } from "../fixtures";

const unreadIn = (label: string | null) => Number(/（(\d+) 条未读）/.exec(label ?? "")?.[1] ?? 0);

test("王磊 opens a notification from the bell, reads them all, chooses his digest and reads them in English", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAndWait(page, "zuyuan");
  const bell = page.getByRole("link", { name: /^通知（\d+ 条未读）$/ });
  await expect(bell).toBeVisible();
  const unread = unreadIn(await bell.getAttribute("aria-label"));
  // The demo gives him a new task, an overdue one and the 月报 reminder.
  expect(unread).toBeGreaterThanOrEqual(3);
  await expect(bell).toContainText(String(unread));

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "条未读" })).toHaveText(`${unread} 条未读`);
  const list = page.getByRole("list", { name: "通知列表" });
  const assigned = list.getByRole("link").filter({ hasText: /^未读：新待办：/ }).first();
  await expect(assigned).toContainText(/到期）/);
  await expect(assigned).toContainText("张伟");
  await expect(list.getByRole("link").filter({ hasText: "周立群 对「" }).first()).toContainText("作出批示");

  // Opening it marks it read and goes to the task's page.
  await assigned.click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByRole("heading", { level: 1, name: "待办" })).toBeVisible();
  await expect(page.getByRole("link", { name: `通知（${unread - 1} 条未读）` })).toBeVisible();

  await page.goto("/notifications?filter=unread");
  await expect(page.getByRole("navigation", { name: "筛选通知" }).getByRole("link", { name: "未读" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("list", { name: "通知列表" }).getByRole("listitem")).toHaveCount(unread - 1);

  await waitForHydration(page);
  await page.getByRole("button", { name: "全部已读" }).click();
  await expect(page.getByText(`已将 ${unread - 1} 条通知标为已读`)).toBeVisible();
  await expect(page.getByText("没有未读通知。")).toBeVisible();
  const quietBell = page.getByRole("link", { name: "通知", exact: true });
  await expect(quietBell).toBeVisible();
  await expect(quietBell).toHaveText("");
  await page.getByRole("link", { name: "查看全部通知" }).click();
  await expect(page.getByRole("list", { name: "通知列表" }).getByRole("link").filter({ hasText: /^未读：/ })).toHaveCount(0);

  // His choices: 明日到期 in the app only, kept after a reload; then back as it was.
  await page.goto("/account");
  await waitForHydration(page);
  const settings = page.getByRole("region", { name: "通知设置" });
  await expect(settings).toContainText("每天早上");
  const dueTomorrow = settings.getByRole("group", { name: "明日到期" });
  await expect(dueTomorrow.getByRole("radio", { name: "站内 + 每日摘要" })).toBeChecked();
  await dueTomorrow.getByText("仅站内").click();
  await settings.getByRole("button", { name: "保存通知设置" }).click();
  await expect(page.getByText("通知设置已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "通知设置" }).getByRole("group", { name: "明日到期" }).getByRole("radio", { name: "仅站内" })).toBeChecked();
  await waitForHydration(page);
  await page.getByRole("region", { name: "通知设置" }).getByRole("group", { name: "明日到期" }).getByText("站内 + 每日摘要").click();
  await page.getByRole("button", { name: "保存通知设置" }).click();
  await expect(page.getByText("通知设置已保存")).toBeVisible();

  // In English the sentences are English.
  await page.goto("/notifications");
  await waitForHydration(page);
  await page.getByRole("complementary").getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const english = page.getByRole("list", { name: "Notifications" });
  await expect(english.getByRole("link").filter({ hasText: /^New task: / }).first()).toBeVisible();
  await expect(english.getByRole("link").filter({ hasText: /周立群 wrote an instruction on “/ }).first()).toBeVisible();
  await page.getByRole("complementary").getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
});

test("on a phone the bell is in the top bar and the page fits the screen", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL });
  const page = await context.newPage();
  await signInAndWait(page, "zuzhang");
  const bell = page.getByRole("banner").getByRole("link", { name: /^通知（\d+ 条未读）$/ });
  await expect(bell).toBeVisible();
  const box = await bell.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  await expect(page.getByRole("list", { name: "通知列表" }).getByRole("link").filter({ hasText: "月报请于" }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test("signed out, the page and the count send to the sign-in page", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fnotifications/);
  const count = await context.request.get("/notifications/count", { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(count.status());
  await context.close();
});
