// Who may change trips, meetings and companies: secretaries and administrators. Every role reads
// them; a member sees no button to change them, is refused the forms, and a crafted request changes nothing.
// (Turning a meeting into a lead is lead creation: a member may, in their own group.)
import type { Page } from "@playwright/test";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction, replayWithoutSession } from "../replay";
import { isoDay, runId } from "./helpers";

/** The secretary's new-trip form, filled for a trip to 天津市 (not yet saved). */
async function fillNewTrip(page: Page, trip: { title: string; leader: string; from: string; to: string }) {
  await page.goto("/trips/new");
  await page.getByLabel("考察名称").fill(trip.title);
  await page.getByLabel("带队领导").selectOption({ label: trip.leader });
  await page.getByLabel("开始日期").fill(trip.from);
  await page.getByLabel("结束日期").fill(trip.to);
  await page.getByLabel("目的地").fill("天津市");
}

test("a member reads trips, meetings and companies but is offered no way to change them, and the forms refuse them", async ({ page }) => {
  await signInAndWait(page, "zuyuan");
  await page.goto("/trips");
  await expect(page.getByRole("table", { name: "考察" })).toContainText("天津");
  await expect(page.getByRole("link", { name: "新建考察" })).toHaveCount(0);
  await page.getByRole("table", { name: "考察" }).locator("tbody").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  const tripUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "考察报告" })).toBeVisible();
  await expect(page.getByRole("link", { name: "记录会见" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);

  await page.goto("/meetings");
  await expect(page.getByRole("link", { name: "记录会见" })).toHaveCount(0);
  await page.getByRole("table", { name: "会见" }).locator("tbody").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const meetingUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  // A member creates leads in their own group, so a meeting may become one of their leads.
  await expect(page.getByRole("link", { name: "转为项目" })).toHaveCount(1);

  await page.goto("/companies");
  await expect(page.getByRole("link", { name: "新建企业" })).toHaveCount(0);

  for (const path of ["/trips/new", `${tripUrl}/edit`, "/meetings/new", `${meetingUrl}/edit`, "/companies/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  }
  expect((await page.goto(`${meetingUrl}/new-lead`))?.status()).toBe(200);
});

test("creating a trip and a meeting: the secretary may; the same requests from a member's session create nothing", async ({ page, browser, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const run = runId();
  const title = `市长率队赴天津对接航空物流企业${run}`;
  const summary = `双方就航空物流分拨中心项目交换了意见（${run}）。`;
  await signInAndWait(page, "mishu2");

  // The secretary creates a trip; the browser's server-action call is recorded.
  await fillNewTrip(page, { title, leader: "陈志远（市委副书记、市长）", from: isoDay(10), to: isoDay(12) });
  const createTrip = await recordServerAction(page, () => page.getByRole("button", { name: "保存" }).click());
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  const tripUrl = new URL(page.url()).pathname;

  // …and logs a meeting under it.
  await page.getByRole("link", { name: "记录会见" }).click();
  await page.getByRole("combobox", { name: "企业" }).fill("津港");
  await page.getByRole("option", { name: "天津津港国际贸易有限公司" }).click();
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summary);
  const createMeeting = await recordServerAction(page, () => page.getByRole("button", { name: "保存" }).click());
  await expect(page).toHaveURL(/\/meetings\/\d+$/);

  // The same two requests, sent from a member's session, and without any session.
  const member = await signedInContext(browser, baseURL, "zuyuan");
  const tripReply = await replayServerAction(member.context.request, createTrip);
  expect(await tripReply.text()).toContain("forbidden");
  const meetingReply = await replayServerAction(member.context.request, createMeeting);
  expect(await meetingReply.text()).toContain("forbidden");
  await replayWithoutSession(playwright.request, createTrip, createMeeting);

  // Still one trip and one meeting.
  await page.goto(`/trips?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("table", { name: "考察" }).getByRole("link", { name: title })).toHaveCount(1);
  await page.goto(`/meetings?q=${encodeURIComponent(summary)}`);
  await expect(page.getByText("共 1 条")).toBeVisible();
  await page.goto(tripUrl);
  await expect(page.getByRole("region", { name: "会见洽谈" }).getByRole("article")).toHaveCount(1);
  await member.context.close();
});

test("editing a trip: a member's crafted request with the current version changes nothing", async ({ page, browser, baseURL }) => {
  const run = runId();
  const title = `常务副市长率队赴天津考察${run}`;
  await signInAndWait(page, "mishu");
  await fillNewTrip(page, { title, leader: "赵海峰（常务副市长）", from: isoDay(20), to: isoDay(21) });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  const tripUrl = new URL(page.url()).pathname;

  // The secretary edits it once (version 1 → 2); the call is recorded.
  await page.getByRole("link", { name: "编辑" }).click();
  await page.getByLabel("考察目的").fill("对接天津港航物流企业。");
  const edit = await recordServerAction(page, () => page.getByRole("button", { name: "保存" }).click());
  await expect(page).toHaveURL(new RegExp(`${tripUrl}$`));
  await expect(page.getByText("对接天津港航物流企业。")).toBeVisible();

  // A member sends it with the current version and another title: refused for the role, not for the version.
  const body = (edit.postData() ?? "").replace(/"version":"?1"?/, '"version":2').replace(title, `${title}（已篡改）`);
  expect(body).toContain('"version":2');
  const member = await signedInContext(browser, baseURL, "zuyuan");
  const reply = await replayServerAction(member.context.request, edit, body);
  expect(await reply.text()).toContain("forbidden");
  await member.context.close();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  await expect(page.getByText("已篡改")).toHaveCount(0);
});
