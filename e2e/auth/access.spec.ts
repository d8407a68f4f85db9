import { expect, loginMessage, signInAndWait, test } from "../fixtures";

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
    const actionRequest = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
    await row.getByRole("button", { name: /停用/ }).click();
    const call = await actionRequest;
    await expect(page.getByRole("status")).toHaveText(/已停用用户/);
    await expect(row.getByText("已停用")).toBeVisible();
    const actionId = call.headers()["next-action"];
    const body = call.postData() ?? "";
    expect(body).toContain('"isActive":false');

    // A deactivated account cannot sign in.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto(`${baseURL}/login`);
    await otherPage.getByLabel("用户名").fill("fushizhang3");
    await otherPage.getByLabel("密码").fill("guangan2026");
    await otherPage.getByRole("button", { name: "登录" }).click();
    await expect(loginMessage(otherPage)).toHaveText("该账号已停用，请联系系统管理员。");

    // The admin reactivates it.
    await page.reload();
    await page.getByRole("row", { name: /fushizhang3/ }).getByRole("button", { name: /启用/ }).click();
    await expect(page.getByRole("status")).toHaveText(/已启用用户/);

    const replay = (context: { post: (url: string, options: object) => Promise<unknown> }) =>
      context.post(`${baseURL}/admin`, {
        headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        data: body,
        maxRedirects: 0,
      });

    // The same call without a session.
    const anonymous = await playwright.request.newContext();
    await replay(anonymous);
    await anonymous.dispose();

    // The same call from a member's session.
    const memberContext = await browser.newContext();
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${baseURL}/login`);
    await memberPage.getByLabel("用户名").fill("zuyuan");
    await memberPage.getByLabel("密码").fill("guangan2026");
    await memberPage.getByRole("button", { name: "登录" }).click();
    await expect(memberPage).toHaveURL(/\/$/);
    await replay(memberContext.request);

    // Nothing changed: the account is still active and can sign in.
    await page.reload();
    await expect(page.getByRole("row", { name: /fushizhang3/ }).getByText("正常")).toBeVisible();
    await otherPage.goto(`${baseURL}/login`);
    await otherPage.getByLabel("用户名").fill("fushizhang3");
    await otherPage.getByLabel("密码").fill("guangan2026");
    await otherPage.getByRole("button", { name: "登录" }).click();
    await expect(otherPage).toHaveURL(/\/$/);
    await other.close();
    await memberContext.close();
  });
});
