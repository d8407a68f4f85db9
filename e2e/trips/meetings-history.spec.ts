// Editing a meeting keeps its history (who changed which field, from what, to what), and a save
// based on an older version is refused with a message naming who changed it, keeping what was typed.
import { expect, signInAndWait, test } from "../fixtures";
import { runId } from "./helpers";

test("an edited meeting shows who changed what; a stale save is refused and keeps the typed text", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const run = runId();
  const summary = `企业确认将派技术团队赴华蓥考察厂房（${run}）。`;
  const staleSummary = `另一位秘书同时补充的内容（${run}）。`;

  await signInAndWait(page, "mishu");
  await page.goto("/meetings?q=津港");
  await page.getByRole("table", { name: "会见" }).getByRole("link", { name: "天津津港国际贸易有限公司" }).first().click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const meetingUrl = new URL(page.url()).pathname;
  const before = (await page.getByRole("region", { name: "会谈摘要" }).locator("p").first().textContent())?.trim() ?? "";

  // A second secretary opens the same meeting for editing now.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInAndWait(otherPage, "mishu2");
  await otherPage.goto(`${meetingUrl}/edit`);
  await expect(otherPage.getByRole("textbox", { name: "会谈摘要" })).toHaveValue(before);

  // The first one saves a change.
  await page.getByRole("link", { name: "编辑" }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summary);
  await page.getByRole("textbox", { name: "时间", exact: true }).fill("10:15");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(new RegExp(`${meetingUrl}$`));
  await expect(page.getByRole("status").filter({ hasText: "已保存修改（2项）" })).toBeVisible();

  const history = page.getByRole("region", { name: "修改记录" });
  const latest = history.getByRole("listitem").first();
  await expect(latest).toContainText("张伟 修改了记录");
  await expect(latest).toContainText("会谈摘要");
  await expect(latest.getByRole("deletion").first()).toBeVisible();
  await expect(latest).toContainText(summary);
  await expect(latest).toContainText("10:15");
  await expect(latest).not.toContainText("地点");

  // The second one saves the form opened before: refused, naming who changed it; their text stays.
  await otherPage.getByRole("textbox", { name: "会谈摘要" }).fill(staleSummary);
  await otherPage.getByRole("button", { name: "保存" }).click();
  await expect(otherPage.getByRole("alert").filter({ hasText: /该记录已被张伟于.*修改，请刷新后再保存。/ })).toBeVisible();
  await expect(otherPage.getByRole("textbox", { name: "会谈摘要" })).toHaveValue(staleSummary);
  await expect(otherPage).toHaveURL(/\/edit$/);
  await other.close();

  await page.reload();
  await expect(page.getByRole("region", { name: "会谈摘要" })).toContainText(summary);
  await expect(page.getByText(staleSummary)).toHaveCount(0);
});
