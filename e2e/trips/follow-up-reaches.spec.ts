// A meeting's next step reaches people in time: the secretary gives 王磊 a step due tomorrow; he is
// told at once (the bell, 新待办) and finds it in 我的待办. The day after it is due, the morning jobs
// run — twice at once, as two servers or a server and a cron line would — and 王磊 is told it is
// overdue, once; the electronics group's 企业微信 robot gets the morning digest naming it and him,
// once. The equipment group's member is told nothing about it.
import { expect, signedInContext, signInAndWait, test, waitForHydration } from "../fixtures";
import { runJobsOnce } from "../jobs";
import { startChatReceiver, type ChatReceiver } from "../../tests/support/chat-receiver";
import { isoDay, logMeetingWithStep, runId } from "./helpers";

let receiver: ChatReceiver;
test.beforeAll(async () => {
  receiver = await startChatReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

test("a step due tomorrow: 王磊 is told at once, then overdue the day after, and his group's chat gets the digest once", async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const step = `落实标准厂房租赁方案（${runId()}）`;
  const path = `/wecom/follow-up-${testInfo.project.name}-${runId()}`;

  // The admin links a 企业微信 robot (here the local receiver) to the electronics group.
  await signInAndWait(page, "admin");
  await page.goto("/admin/channels/new");
  await waitForHydration(page);
  await page.getByRole("textbox", { name: "名称" }).fill(`电子信息组工作群 ${runId()}`);
  await page.getByLabel("Webhook 地址").fill(`${receiver.url}${path}`);
  await page.getByRole("combobox", { name: "任务组" }).selectOption({ label: "电子信息产业推进工作组" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/admin\/channels\/\d+$/);

  // The secretary logs the meeting with its step for 王磊, due tomorrow.
  const secretary = await signedInContext(browser, baseURL, "mishu");
  await logMeetingWithStep(secretary.page, { summary: "商谈标准厂房租赁及设备进场安排。", step, owner: "王磊", dueOn: isoDay(1) });
  await secretary.context.close();

  // 王磊: the bell counts it, the notifications page says so, 我的待办 lists it.
  const wang = await signedInContext(browser, baseURL, "zuyuan");
  await expect(wang.page.getByRole("link", { name: /^通知（\d+ 条未读）$/ }).first()).toBeVisible();
  await expect(wang.page.getByRole("region", { name: "我的待办" }).getByText(step)).toBeVisible();
  await wang.page.goto("/notifications?filter=unread");
  await expect(wang.page.getByRole("listitem").filter({ hasText: `新待办：${step}` })).toContainText("张伟");

  // The day after it is due, 09:00 in China: the jobs run twice at once on the server's database.
  const runOnce = () => runJobsOnce(testInfo.project.name, `${isoDay(2)}T09:00:00+08:00`);
  const outputs = await Promise.all([runOnce(), runOnce()]);
  expect(outputs.filter((o) => /digests \S+: done/.test(o))).toHaveLength(1);

  const digests = receiver.at(path).filter((m) => m.text.includes("电子信息产业推进工作组 · 每日摘要"));
  expect(digests).toHaveLength(1);
  expect(digests[0]!.text).toContain(step);
  expect(digests[0]!.text).toContain("王磊");

  await wang.page.reload();
  const overdue = wang.page.getByRole("listitem").filter({ hasText: step }).filter({ hasText: "已逾期" });
  await expect(overdue).toHaveCount(1);
  await wang.context.close();

  // The equipment group's member: told nothing about it.
  const li = await signedInContext(browser, baseURL, "zuyuan2");
  await li.page.goto("/notifications");
  await expect(li.page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  await expect(li.page.getByText(step)).toHaveCount(0);
  await li.context.close();
});
