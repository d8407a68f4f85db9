// A meeting's next step reaches its owner: the secretary gives 王磊 a step due tomorrow; he finds it
// under 我的待办 on his 工作台 (本周到期), closes it with a note, and finds it among the done on 待办;
// the equipment group's member never sees it.
import { expect, signInAndWait, signedInContext, test, waitForHydration } from "../fixtures";
import { isoDay, logMeetingWithStep, runId } from "./helpers";

const chineseDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

test("a next step for 王磊 lands in his 我的待办, and he closes it with a note", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const step = `报送园区配套方案（${runId()}）`;

  await signInAndWait(page, "mishu");
  await logMeetingWithStep(page, { summary: "就智能装备项目落地广安交换意见。", step, owner: "王磊", dueOn: isoDay(1) });

  const wang = await signedInContext(browser, baseURL, "zuyuan");
  const mine = wang.page.getByRole("region", { name: "我的待办" });
  const week = mine.getByRole("group", { name: "本周到期" });
  const item = week.getByRole("listitem").filter({ hasText: step });
  await expect(item).toContainText(`${chineseDate(isoDay(1))}到期`);
  await expect(item.getByRole("link", { name: /来自会见：天津津重智能装备有限公司/ })).toBeVisible();
  await waitForHydration(wang.page);
  await item.getByRole("button", { name: `完成：${step}` }).click();
  await item.getByLabel("完成情况（选填）").fill("方案已报送企业，等待回复。");
  await item.getByRole("button", { name: "确认完成" }).click();
  await expect(mine.getByText(step)).toHaveCount(0);

  await wang.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "待办" }).click();
  await expect(wang.page.getByRole("heading", { level: 1, name: "待办" })).toBeVisible();
  await wang.page.getByRole("navigation", { name: "筛选待办" }).getByRole("link", { name: "已完成" }).click();
  await expect(wang.page).toHaveURL(/\/tasks\?status=done$/);
  const done = wang.page.getByRole("listitem").filter({ hasText: step });
  await expect(done).toContainText("方案已报送企业，等待回复。");
  await expect(done).toContainText(`${chineseDate(isoDay(0))}完成`);
  await wang.context.close();

  // The equipment group's member: not among all the tasks they can see, open or done.
  const li = await signedInContext(browser, baseURL, "zuyuan2");
  for (const path of ["/tasks?all=1", "/tasks?all=1&status=done"]) {
    await li.page.goto(path);
    await expect(li.page.getByRole("heading", { level: 1, name: "待办" })).toBeVisible();
    await expect(li.page.getByText(step)).toHaveCount(0);
  }
  await li.context.close();
});
