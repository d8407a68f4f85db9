import { everyArea, expect, loginMessage, mainNavigation, signIn, signInAndWait, test, waitForHydration } from "../fixtures";

test("the admin creates an account for a new task-group member, who signs in and sees only that group's leads", async ({ page, browser, baseURL }) => {
  const username = `xinren${Date.now().toString(36)}`;
  await signInAndWait(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "新建用户" }).click();

  // Bad input is refused beside the field and what was typed stays.
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("初始密码").fill("short");
  await page.getByLabel("姓名").fill("刘新");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("密码至少8位。")).toBeVisible();
  await expect(page.getByLabel("姓名")).toHaveValue("刘新");

  await page.getByLabel("初始密码").fill("Xinren-2026");
  await page.getByLabel("职务").fill("市卫健委科员");
  // Only a secretary works for a leader: the field is there for that role alone, offering the leaders.
  await page.getByLabel("角色").selectOption({ label: "秘书" });
  await expect(page.getByLabel("服务领导").getByRole("option", { name: "周立群（市委书记）" })).toHaveCount(1);
  await page.getByLabel("角色").selectOption({ label: "工作组成员" });
  await expect(page.getByLabel("服务领导")).toHaveCount(0);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("工作组成员须至少加入一个工作组。")).toBeVisible();
  await page.getByLabel("医药产业推进工作组").selectOption({ label: "成员" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("已新建用户 刘新");
  await expect(page).toHaveURL(/\/admin$/);
  // The list says which leader each secretary works for.
  await page.goto("/admin?q=mishu");
  const secretary = page.getByRole("table", { name: "用户" }).getByRole("row").filter({ hasText: "张伟" });
  await expect(secretary.getByRole("cell").nth(5)).toHaveText("周立群");

  const context = await browser.newContext({ baseURL });
  const newcomer = await context.newPage();
  await signIn(newcomer, username, "Xinren-2026");
  // The admin chose this password: the newcomer picks their own first, then signs in with it.
  await expect(newcomer).toHaveURL(/\/account$/);
  await waitForHydration(newcomer);
  await newcomer.getByLabel("当前密码").fill("Xinren-2026");
  await newcomer.getByLabel(/^新密码/).fill("Liuxin-Yiyao-4729");
  await newcomer.getByLabel("再次输入新密码").fill("Liuxin-Yiyao-4729");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer).toHaveURL(/\/login\?changed=1$/);
  await signIn(newcomer, username, "Liuxin-Yiyao-4729");
  await expect(newcomer).toHaveURL(/\/$/);
  await expect(mainNavigation(newcomer).getByRole("link")).toHaveText(everyArea);
  await newcomer.goto("/leads?size=100");
  const groups = await newcomer.getByRole("table", { name: "项目" }).locator("tbody tr td:nth-child(2)").allTextContents();
  expect(groups.length).toBeGreaterThan(0);
  expect(new Set(groups)).toEqual(new Set(["医药产业推进工作组"]));

  // The admin resets the password: the newcomer is out at once, the old password stops working,
  // the new one works (and must be changed again).
  await page.goto(`/admin?q=${username}`);
  await page.getByRole("link", { name: "刘新" }).click();
  await page.getByLabel("新密码").fill("Another-2026");
  await page.getByRole("button", { name: "重置密码" }).click();
  await expect(page.getByRole("status")).toHaveText("已重置 刘新 的密码");
  await newcomer.goto("/leads");
  await expect(newcomer).toHaveURL(/\/login/);
  await signIn(newcomer, username, "Liuxin-Yiyao-4729");
  await expect(loginMessage(newcomer)).toHaveText("用户名或密码错误。");
  await signIn(newcomer, username, "Another-2026");
  await expect(newcomer).toHaveURL(/\/account$/);
  await context.close();
});
