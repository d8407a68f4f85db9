// 外发通知: the admin adds a 企业微信 robot for the electronics group pointing at the local test
// receiver, sends the test message (the receiver gets it, the delivery log shows it); then
// `npm run jobs:run-once --now …`, run twice against the same database as the server, posts the
// group's morning digest once. The 月报截止日 is set on the office page.
import { expect, signInAndWait, test, waitForHydration } from "../fixtures";
import { runJobsOnce } from "../jobs";
import { startChatReceiver, type ChatReceiver } from "../../tests/support/chat-receiver";

let receiver: ChatReceiver;

test.beforeAll(async () => {
  receiver = await startChatReceiver();
});

test.afterAll(async () => {
  await receiver.close();
});

test("a 企业微信 robot for 电子信息 gets the test message, then the morning digest once", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const path = `/wecom/electronics-${testInfo.project.name}-${Date.now().toString(36)}`;
  await signInAndWait(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "外发通知" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "外发通知" })).toBeVisible();
  await page.getByRole("link", { name: "添加群机器人" }).click();
  await waitForHydration(page);
  await page.getByRole("textbox", { name: "名称" }).fill("电子信息组企业微信群");
  await expect(page.getByLabel("机器人类型")).toHaveValue("wecom");
  // A webhook that is not https is refused beside the field.
  await page.getByLabel("Webhook 地址").fill("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x");
  await page.getByRole("combobox", { name: "任务组" }).selectOption({ label: "电子信息产业推进工作组" });
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("Webhook 地址须以 https:// 开头（http 仅限本机地址）")).toBeVisible();
  await page.getByLabel("Webhook 地址").fill(`${receiver.url}${path}`);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/admin\/channels\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "群机器人：电子信息组企业微信群" })).toBeVisible();
  await expect(page.getByText("还没有发送记录")).toBeVisible();

  await waitForHydration(page);
  await page.getByRole("button", { name: "发送测试消息" }).click();
  await expect(page.getByTestId("channel-test-result")).toHaveText("测试消息已送达（HTTP 200）");
  expect(receiver.at(path)).toHaveLength(1);
  expect(receiver.at(path)[0]!.text).toContain("测试消息 · 电子信息组企业微信群");
  const log = page.getByRole("region", { name: /发送记录/ });
  await expect(log.getByRole("row")).toHaveCount(2);
  await expect(log.getByRole("row").nth(1)).toContainText("测试消息");
  await expect(log.getByRole("row").nth(1)).toContainText("成功");
  await expect(log.getByRole("row").nth(1)).toContainText("HTTP 200");
  await expect(log.getByRole("row").nth(1)).toContainText("第 1 次");

  // Tomorrow morning, China time: the jobs run from the command line, twice (as a cron line and a
  // second server would), on the server's database.
  const tomorrow = new Date(Date.now() + 86_400_000);
  const moment = `${new Date(+tomorrow + 8 * 3_600_000).toISOString().slice(0, 10)}T09:00:00+08:00`;
  const runOnce = () => runJobsOnce(testInfo.project.name, moment);
  const first = await runOnce();
  expect(first).toMatch(/reminders \S+: done/);
  expect(first).toMatch(/digests \S+: done/);
  const second = await runOnce();
  expect(second).toMatch(/digests \S+: skipped \(already done\)/);
  const digests = receiver.at(path).filter((m) => m.text.includes("电子信息产业推进工作组 · 每日摘要"));
  expect(digests).toHaveLength(1);
  expect(digests[0]!.text).toMatch(/逾期待办|滞后项目|待答复批示|个人提醒/);

  await page.reload();
  await expect(log.getByRole("row")).toHaveCount(3);
  await expect(log.getByRole("row").nth(1)).toContainText("每日摘要");
  await expect(log.getByRole("row").nth(1)).toContainText("成功");
});

test("the admin sets the 月报截止日 on the office page", async ({ page }) => {
  await signInAndWait(page, "admin");
  await page.goto("/admin/office");
  await waitForHydration(page);
  await page.getByLabel("月报截止日").fill("29");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请填写 1 到 28 之间的日期")).toBeVisible();
  await page.getByLabel("月报截止日").fill("10");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toHaveText("单位名称已保存");
  await page.goto("/admin/office");
  await expect(page.getByLabel("月报截止日")).toHaveValue("10");
});
