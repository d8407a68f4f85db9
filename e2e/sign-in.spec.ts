import { expect, loginMessage, expectedNavigation, mainNavigation, signIn, signInAndWait, test } from "./fixtures";

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
    await expect(page).toHaveURL(/\/login/);
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
