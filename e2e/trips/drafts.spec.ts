// Nothing typed is lost: a meeting half-filled on a phone survives a failed validation, a dropped
// connection and a reload, and the draft is gone once the meeting is saved.
import { expect, signInAndWait, test } from "../fixtures";
import { expectFieldMessage, phone, pickCompany, runId } from "./helpers";

test.use(phone);

test("a half-filled meeting survives a validation error, a dropped connection and a reload; saving clears the draft", async ({ page, context }) => {
  test.setTimeout(90_000);
  const run = runId();
  const place = `天津滨海新区管委会会议室${run}`;
  const summary = `企业有意在广安设立西南区域总部，需进一步了解用地条件（${run}）。`;
  await signInAndWait(page, "mishu");

  // A trip of the demo city, opened from the list as a secretary would.
  await page.goto("/trips?dest=天津");
  await page.getByRole("list", { name: "考察" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  const tripUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "记录会见" }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?trip=\d+$/);
  const formUrl = new URL(page.url()).pathname + new URL(page.url()).search;

  // Validation: no company and no summary yet. Messages beside the fields; what was typed stays.
  await page.getByRole("textbox", { name: "地点", exact: true }).fill(place);
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldMessage(page.getByRole("textbox", { name: "会谈摘要" }), "此项必填。");
  await expectFieldMessage(page.getByRole("combobox", { name: "企业" }), /请选择企业，或新建企业。/);
  await expect(page.getByRole("textbox", { name: "地点", exact: true })).toHaveValue(place);

  await pickCompany(page, "津重", "天津津重智能装备有限公司");
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summary);

  // The connection drops while saving: a clear message, nothing lost.
  await context.setOffline(true);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "网络连接中断" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${formUrl.replace("?", "\\?")}$`));
  await expect(page.getByRole("textbox", { name: "会谈摘要" })).toHaveValue(summary);
  await expect(page.getByTestId("picked-company")).toHaveText("天津津重智能装备有限公司");
  await context.setOffline(false);

  // The phone reloads the page (or the browser was closed): the draft comes back.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "已恢复上次未保存的内容" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "会谈摘要" })).toHaveValue(summary);
  await expect(page.getByRole("textbox", { name: "地点", exact: true })).toHaveValue(place);
  await expect(page.getByTestId("picked-company")).toHaveText("天津津重智能装备有限公司");

  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByText(summary)).toBeVisible();

  // Saved: the draft is gone, the next meeting starts empty.
  await page.goto(formUrl);
  await expect(page.getByRole("heading", { level: 1, name: "记录会见" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "会谈摘要" })).toHaveValue("");
  await expect(page.getByText("已恢复上次未保存的内容")).toHaveCount(0);
  await page.goto(tripUrl);
  await expect(page.getByRole("region", { name: "会见洽谈" })).toContainText(summary);
});

test("a new trip's draft survives a reload and can be discarded", async ({ page }) => {
  const run = runId();
  const title = `副市长率队赴深圳考察${run}`;
  await signInAndWait(page, "mishu2");
  await page.goto("/trips/new");
  await page.getByLabel("考察名称").fill(title);
  await page.getByLabel("目的地").fill("广东省深圳市");
  await expect(page.getByLabel("区域")).toHaveValue("prd");
  await page.reload();
  await expect(page.getByLabel("考察名称")).toHaveValue(title);
  await expect(page.getByLabel("目的地")).toHaveValue("广东省深圳市");
  await page.getByRole("button", { name: "放弃并重新填写" }).click();
  await expect(page.getByLabel("考察名称")).toHaveValue("");
  await page.reload();
  await expect(page.getByLabel("考察名称")).toHaveValue("");
});
