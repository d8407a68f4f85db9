import { expect, loginMessage, signIn, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction, replayWithoutSession } from "../replay";

test.describe("who may go where", () => {
  for (const username of ["shuji", "mishu", "zuzhang", "zuyuan"]) {
    test(`${username} is refused the admin page with a 403 that explains why`, async ({ page }) => {
      await signInAndWait(page, username);
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
      await expect(page.getByText("没有使用此功能的权限")).toBeVisible();
    });
  }

  test("admin opens the admin page and sees the users from the database", async ({ page }) => {
    await signInAndWait(page, "admin");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "用户" })).toBeVisible();
    const users = page.getByRole("table", { name: "用户" });
    await expect(users.getByRole("row", { name: /zuzhang2/ })).toBeVisible();
  });

  test("health answers without a session", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.ok).toBe(true);
    expect(["sqlite", "postgres"]).toContain(body.dialect);
  });
});

test.describe("server actions refuse crafted requests", () => {
  test("deactivating a user: admin may; without a session or as a member nothing changes", async ({ page, browser, playwright, baseURL }) => {
    await signInAndWait(page, "admin");
    await page.goto("/admin?q=fushizhang3");
    const row = page.getByRole("row", { name: /fushizhang3/ });
    await expect(row.getByText("正常")).toBeVisible();

    // The admin deactivates the account; record the server action call the browser makes.
    const call = await recordServerAction(page, () => row.getByRole("button", { name: /停用/ }).click());
    await expect(page.getByRole("status")).toHaveText(/已停用用户/);
    await expect(row.getByText("已停用")).toBeVisible();
    expect(call.postData()).toContain('"isActive":false');

    // A deactivated account cannot sign in.
    const other = await browser.newContext({ baseURL });
    const otherPage = await other.newPage();
    await signIn(otherPage, "fushizhang3");
    await expect(loginMessage(otherPage)).toHaveText("该账号已停用，请联系系统管理员。");

    // The admin reactivates it.
    await page.reload();
    await page.getByRole("row", { name: /fushizhang3/ }).getByRole("button", { name: /启用/ }).click();
    await expect(page.getByRole("status")).toHaveText(/已启用用户/);

    // The same call without a session.
    await replayWithoutSession(playwright.request, call);

    // The same call from a member's session.
    const { context: memberContext, page: memberPage } = await signedInContext(browser, baseURL, "zuyuan");
    await expect(memberPage).toHaveURL(/\/$/);
    await replayServerAction(memberContext.request, call);

    // Nothing changed: the account is still active and can sign in.
    await page.reload();
    await expect(page.getByRole("row", { name: /fushizhang3/ }).getByText("正常")).toBeVisible();
    await signIn(otherPage, "fushizhang3");
    await expect(otherPage).toHaveURL(/\/$/);
    await other.close();
    await memberContext.close();
  });
});
