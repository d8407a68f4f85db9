// Sessions that can be ended: a copied session cookie stops working at once after sign-out, after a
// password change and after "退出该设备"; a password set by the admin must be changed first.
import type { Browser, BrowserContext } from "@playwright/test";
import { expect, loginMessage, mainNavigation, signIn, signInAndWait, test } from "../fixtures";

/** Another browser holding a copy of `source`'s cookies, as a thief with the cookie would. */
async function copyOfCookies(browser: Browser, source: BrowserContext, baseURL: string | undefined) {
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(await source.cookies());
  return thief;
}

async function expectSignedIn(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/trips");
  await expect(page).toHaveURL(/\/trips/);
  await expect(mainNavigation(page)).toBeVisible();
}

async function expectSignedOut(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/trips");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("用户名")).toBeVisible();
}

test("a copied session cookie stops working as soon as its owner signs out", async ({ page, context, browser, baseURL }) => {
  await signInAndWait(page, "zuyuan2");
  const thief = await copyOfCookies(browser, context, baseURL);
  await expectSignedIn(thief);
  await page.getByRole("button", { name: "退出", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectSignedOut(thief);
  await thief.close();
});

test("“退出该设备” on the account page ends that device's session, and any copy of its cookie", async ({ page, browser, baseURL }) => {
  await signInAndWait(page, "mishu2");
  const phone = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49" });
  // A device of its own: signed in through the form, not with a copy of the desktop's session.
  const phonePage = await phone.newPage();
  await signIn(phonePage, "mishu2");
  await expect(phonePage).toHaveURL(/\/$/);
  const thief = await copyOfCookies(browser, phone, baseURL);
  await expectSignedIn(thief);

  await page.getByRole("link", { name: "我的账号" }).first().click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "我的账号" })).toBeVisible();
  const devices = page.getByRole("table", { name: "已登录的设备" });
  const thisDevice = devices.getByRole("row").filter({ hasText: "本设备" });
  await expect(thisDevice).toHaveCount(1);
  await expect(thisDevice.getByRole("button", { name: "退出该设备" })).toHaveCount(0);
  const phoneRow = devices.getByRole("row").filter({ hasText: "微信 8 · iPhone" });
  await expect(phoneRow).toHaveCount(1);
  await phoneRow.getByRole("button", { name: "退出该设备" }).click();
  await phoneRow.getByRole("button", { name: "确认退出" }).click();
  await expect(page.getByRole("status")).toHaveText("已退出该设备。");
  await expect(devices.getByRole("row").filter({ hasText: "微信 8 · iPhone" })).toHaveCount(0);

  await expectSignedOut(phone);
  await expectSignedOut(thief);
  // This device is still signed in, and on a phone-sized screen the devices are cards, not a table.
  await expectSignedIn(page.context());
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/account");
  const cards = page.getByRole("list", { name: "已登录的设备" });
  await expect(cards.getByRole("listitem").filter({ hasText: "本设备" })).toHaveCount(1);
  await expect(page.getByRole("table", { name: "已登录的设备" })).toBeHidden();
  await phone.close();
  await thief.close();
});

test("a password set by the admin must be changed first; the rules are explained; the change ends every session", async ({ page, browser, baseURL }) => {
  test.slow(); // a long story: the admin, the user, the rules, a copied cookie
  const username = `anquan${Date.now().toString(36)}`;
  const temporary = "Linshi-2026";
  const chosen = "Yuanlin-Qiao-8361";

  // The admin creates the account and chooses its first password.
  await signInAndWait(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("初始密码").fill(temporary);
  await page.getByLabel("姓名").fill("安全测试员");
  await page.getByLabel("角色").selectOption({ label: "秘书" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已新建用户 安全测试员");

  // Signing in leads to the account page, and nothing else opens until the password is changed.
  const user = await browser.newContext({ baseURL });
  const userPage = await user.newPage();
  await signIn(userPage, username, temporary);
  await expect(userPage).toHaveURL(/\/account$/);
  await expect(userPage.getByRole("alert").filter({ hasText: "请先修改密码" })).toBeVisible();
  await expect(mainNavigation(userPage).getByRole("link")).toHaveCount(0);
  await userPage.goto("/leads");
  await expect(userPage).toHaveURL(/\/account$/);
  const export_ = await userPage.request.get("/leads/export?format=csv", { maxRedirects: 0 });
  expect(export_.status()).not.toBe(200);
  const thief = await copyOfCookies(browser, user, baseURL);

  // The rules, each with its message.
  const change = async (current: string, next: string, again = next) => {
    await userPage.getByLabel("当前密码").fill(current);
    await userPage.getByLabel(/^新密码/).fill(next);
    await userPage.getByLabel("再次输入新密码").fill(again);
    await userPage.getByRole("button", { name: "修改密码" }).click();
  };
  await expect(userPage.getByText("至少 10 个字符；不能是用户名")).toBeVisible();
  await change(temporary, "Duan-2026");
  await expect(userPage.getByText("新密码至少需要 10 个字符。")).toBeVisible();
  await change(temporary, username);
  await expect(userPage.getByText("新密码不能是用户名，也不能包含用户名。")).toBeVisible();
  await change(temporary, "password1234");
  await expect(userPage.getByText("新密码太常见或太容易被猜到")).toBeVisible();
  await change("not-the-password", chosen);
  await expect(userPage.getByText("当前密码不正确。")).toBeVisible();
  await change(temporary, chosen, `${chosen}x`);
  await expect(userPage.getByText("两次输入的新密码不一致。")).toBeVisible();

  // The admin sees the user's signed-in devices.
  await page.goto(`/admin?q=${username}`);
  await page.getByRole("link", { name: "安全测试员" }).click();
  const userSessions = page.getByRole("table", { name: "安全测试员 已登录的设备" });
  await expect(userSessions.getByRole("row")).toHaveCount(2);
  await expect(userSessions).toContainText("Chrome");

  await change(temporary, chosen);
  await expect(userPage).toHaveURL(/\/login\?changed=1$/);
  await expect(userPage.getByRole("status").filter({ hasText: "密码已修改" })).toBeVisible();
  await expectSignedOut(thief);

  await signIn(userPage, username, temporary);
  await expect(loginMessage(userPage)).toHaveText("用户名或密码错误。");
  await signIn(userPage, username, chosen);
  await expect(userPage).toHaveURL(/\/$/);
  await expect(mainNavigation(userPage).getByRole("link").first()).toBeVisible();

  // The admin ends all of the user's sessions: the user is out at once.
  await page.reload();
  await page.getByRole("button", { name: "退出全部设备" }).click();
  await page.getByRole("button", { name: "确认全部退出" }).click();
  await expect(page.getByRole("status")).toHaveText("已退出 1 个设备。");
  await expectSignedOut(user);
  await user.close();
  await thief.close();
});
