import { clientAddress, expect, loginMessage, expectedNavigation, mainNavigation, signIn, signInAndWait, test } from "../fixtures";

test.describe("sign-in", () => {
  test("a visitor without a session is sent to the sign-in page", async ({ page }) => {
    await page.goto("/leads?stage=signed");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("用户名")).toBeVisible();
    await expect(page.getByLabel("密码")).toBeVisible();
    await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  });

  test("after signing in, the visitor lands on the page they asked for", async ({ page }) => {
    await page.goto("/leads?stage=signed");
    await page.getByLabel("用户名").fill("shuji");
    await page.getByLabel("密码").fill("guangan2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/leads\?stage=signed$/);
    await expect(page.getByRole("heading", { name: "项目" })).toBeVisible();
  });

  test("a wrong password gets a clear message and keeps the user name", async ({ page }) => {
    await signIn(page, "mishu", "not-the-password");
    await expect(loginMessage(page)).toHaveText("用户名或密码错误。");
    await expect(page.getByLabel("用户名")).toHaveValue("mishu");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown user name gets the same message", async ({ page }) => {
    await signIn(page, "nobody-here", "whatever");
    await expect(loginMessage(page)).toHaveText("用户名或密码错误。");
  });

  test("five wrong passwords lock the account for a while, even with the right password", async ({ page }) => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, "fushizhang5", `wrong-${attempt}`);
      await expect(loginMessage(page)).toHaveText("用户名或密码错误。");
    }
    await signIn(page, "fushizhang5", "wrong-5");
    await expect(loginMessage(page)).toContainText("账号已临时锁定");
    await signIn(page, "fushizhang5");
    await expect(loginMessage(page)).toContainText("账号已临时锁定");
    await expect(loginMessage(page)).toContainText("请 15 分钟后再试");
    await expect(page).toHaveURL(/\/login/);
  });

  test("an anonymous client that locks itself out of shizhang does not lock shizhang out", async ({ browser, baseURL }) => {
    const attacker = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientAddress(66) } });
    const page = await attacker.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(page, "shizhang", `guess-${attempt}`);
    await expect(loginMessage(page)).toContainText("账号已临时锁定");
    await signIn(page, "shizhang");
    await expect(loginMessage(page)).toContainText("账号已临时锁定");
    await attacker.close();

    // The mayor, from his own computer, signs in as usual.
    const owner = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientAddress(67) } });
    const mayor = await owner.newPage();
    await signIn(mayor, "shizhang");
    await expect(mayor).toHaveURL(/\/$/);
    await expect(mainNavigation(mayor)).toBeVisible();
    await owner.close();
  });

  test("the 21st sign-in attempt in a minute from one client is answered 429 with Retry-After", async ({ playwright, baseURL, browser }) => {
    const address = clientAddress(21);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address, accept: "application/json" } });
    for (let attempt = 1; attempt <= 20; attempt++) {
      const response = await api.post("/api/auth/callback/credentials", { form: { username: `nobody-${attempt}`, password: "whatever" } });
      expect(response.status()).toBe(401);
    }
    const refused = await api.post("/api/auth/callback/credentials", { form: { username: "shizhang", password: "guangan2026" } });
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toMatch(/尝试登录过于频繁，请 \d+ 秒后再试/);
    await api.dispose();

    // The form, from the same client, says how long to wait; no session cookie was set.
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
    const page = await context.newPage();
    await signIn(page, "shizhang");
    await expect(loginMessage(page)).toContainText("秒后再试");
    expect((await context.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
    await context.close();
  });

  for (const [username, areas] of Object.entries(expectedNavigation)) {
    test(`${username} signs in and sees exactly the navigation of their role`, async ({ page }) => {
      await signInAndWait(page, username);
      const links = mainNavigation(page).getByRole("link");
      await expect(links).toHaveText(areas);
    });
  }

  test("sign out ends the session", async ({ page }) => {
    await signInAndWait(page, "zuyuan");
    await page.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/trips");
    await expect(page).toHaveURL(/\/login/);
  });
});
