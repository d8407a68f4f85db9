// The lead page: two people editing one lead (the second save is refused and keeps what was
// typed), the pipeline's refusals beside the field, follow-ups with the next date, 批示 by leaders.
import type { Browser, Page } from "@playwright/test";
import { formatDate, toIsoDate } from "../../lib/format";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";


/** The first lead of a stage in the viewer's table, opened on its page. */
async function openFirstLead(page: Page, query: string) {
  await page.goto(`/leads?${query}`);
  const link = page.getByRole("table", { name: "项目" }).locator("tbody tr a").first();
  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { name, url: page.url() };
}

/** The group lead (zuzhang) and a secretary (mishu), each in a browser of their own, on the first lead of `query` in the lead's table. */
async function twoPeopleOnOneLead(browser: Browser, baseURL: string | undefined, query: string) {
  const inChina = { locale: "zh-CN", timezoneId: "Asia/Shanghai" };
  const first = await signedInContext(browser, baseURL, "zuzhang", inChina);
  const second = await signedInContext(browser, baseURL, "mishu", inChina);
  const { url } = await openFirstLead(first.page, query);
  await second.page.goto(url);
  return { first, second };
}

test.describe("the lead page", () => {
  test("two browsers edit one lead: the second save is refused with who and when, and nothing is lost", async ({ browser, baseURL }) => {
    const { first, second } = await twoPeopleOnOneLead(browser, baseURL, "stage=negotiating&sort=name&dir=desc");

    // Both open the edit form on the same version.
    await first.page.getByRole("button", { name: "编辑" }).click();
    await second.page.getByRole("button", { name: "编辑" }).click();
    const firstForm = first.page.getByRole("dialog", { name: "编辑项目信息" });
    const secondForm = second.page.getByRole("dialog", { name: "编辑项目信息" });
    await firstForm.getByLabel("计划投资（万元）").fill("61000");
    await secondForm.getByLabel("计划投资（万元）").fill("73500");
    await secondForm.getByLabel("项目简介").fill("企业拟追加投资，建设二期生产线。");

    await firstForm.getByRole("button", { name: "保存" }).click();
    await expect(firstForm).toBeHidden();
    await expect(first.page.getByRole("status")).toHaveText("项目信息已保存。");

    await secondForm.getByRole("button", { name: "保存" }).click();
    const alert = secondForm.getByRole("alert");
    await expect(alert).toHaveText(/^该记录已被唐振宇于\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}修改，请刷新后再保存。$/);
    // What was typed is still there.
    await expect(secondForm.getByLabel("计划投资（万元）")).toHaveValue("73500");
    await expect(secondForm.getByLabel("项目简介")).toHaveValue("企业拟追加投资，建设二期生产线。");
    // Nothing of the first save was overwritten.
    await second.page.reload();
    await expect(second.page.getByText("6.10 亿元", { exact: true })).toBeVisible();

    // After 刷新 the second person saves deliberately over the newer version, keeping their text.
    await second.page.getByRole("button", { name: "编辑" }).click();
    const retry = second.page.getByRole("dialog", { name: "编辑项目信息" });
    await expect(retry.getByLabel("计划投资（万元）")).toHaveValue("61000");
    await retry.getByLabel("计划投资（万元）").fill("73500");
    await retry.getByRole("button", { name: "保存" }).click();
    await expect(retry).toBeHidden();
    const timeline = second.page.getByRole("list", { name: "跟进记录" });
    await expect(timeline.getByRole("listitem").filter({ hasText: "计划投资：6.10 亿元（61,000 万元） → 7.35 亿元（73,500 万元）" })).toContainText("张伟");
    await expect(timeline.getByRole("listitem").filter({ hasText: "61,000 万元" }).last()).toContainText("唐振宇");
    await first.context.close();
    await second.context.close();
  });

  test("a conflicting stage change keeps the dialog open with what was typed, and 刷新 lets it through", async ({ browser, baseURL }) => {
    const { first, second } = await twoPeopleOnOneLead(browser, baseURL, "stage=inspecting");
    await first.page.getByRole("button", { name: "变更阶段" }).click();
    const firstDialog = first.page.getByRole("dialog", { name: "变更阶段" });
    await firstDialog.getByLabel("目标阶段").selectOption({ label: "意向" });
    await firstDialog.getByRole("button", { name: "确认变更" }).click();
    await expect(first.page.getByRole("status")).toHaveText(/移至意向/);

    await second.page.getByRole("button", { name: "变更阶段" }).click();
    const dialog = second.page.getByRole("dialog", { name: "变更阶段" });
    await dialog.getByLabel("目标阶段").selectOption({ label: "搁置" });
    await dialog.getByLabel("原因").fill("企业暂缓在西南地区投资");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog.getByRole("alert")).toContainText("该记录已被唐振宇于");
    await expect(dialog.getByLabel("原因")).toHaveValue("企业暂缓在西南地区投资");
    await dialog.getByRole("button", { name: "刷新" }).click();
    await expect(dialog).toContainText("当前阶段：意向");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(second.page.getByRole("status")).toHaveText(/移至搁置/);
    await expect(second.page.getByRole("region", { name: "项目状态" })).toContainText("原因：企业暂缓在西南地区投资");
    await first.context.close();
    await second.context.close();
  });

  test("签约 without an amount and 终止 without a reason are refused beside the field", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    const { name } = await openFirstLead(page, "stage=negotiating&sort=name&dir=asc");
    await page.getByRole("button", { name: "变更阶段" }).click();
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await dialog.getByLabel("目标阶段").selectOption({ label: "签约" });
    // 签约 starts at today and the planned amount; the amount emptied is refused.
    await expect(dialog.getByLabel("签约日期")).toHaveValue(toIsoDate(new Date()));
    const amount = dialog.getByLabel("签约投资（万元）");
    await expect(amount).toHaveValue(/^[1-9]\d*$/);
    await amount.fill("");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await expect(amount).toHaveAccessibleDescription("签约须填写签约投资额（万元）。");
    await expect(amount).toBeFocused();

    await dialog.getByLabel("目标阶段").selectOption({ label: "终止" });
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog.getByLabel("原因")).toHaveAccessibleDescription("请填写原因。");
    await dialog.getByRole("button", { name: "取消" }).click();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("region", { name: "项目状态" })).toContainText("洽谈");
  });

  test("a member logs a visit with the next follow-up date; the timeline shows who and when", async ({ page }) => {
    await signInAndWait(page, "zuyuan");
    await openFirstLead(page, "mine=1&stage=negotiating");
    const form = page.getByRole("form", { name: "添加跟进记录" });
    await form.getByLabel("类型").selectOption({ label: "走访" });
    await form.getByRole("button", { name: "添加记录" }).click();
    await expect(form.getByLabel("内容")).toHaveAccessibleDescription("此项必填。");
    await form.getByLabel("内容").fill("赴企业成都分公司拜访，对接项目用地需求。");
    const next = toIsoDate(new Date(Date.now() + 10 * 86_400_000));
    await form.getByLabel("下次跟进日期").fill(next);
    await form.getByRole("button", { name: "添加记录" }).click();
    await expect(page.getByRole("status")).toHaveText("跟进记录已添加。");
    const entry = page.getByRole("list", { name: "跟进记录" }).getByRole("listitem").first();
    await expect(entry).toContainText("走访");
    await expect(entry).toContainText("赴企业成都分公司拜访，对接项目用地需求。");
    await expect(entry).toContainText(`下次跟进：${formatDate(next, "zh-CN")}`);
    await expect(entry).toContainText("王磊");
    await expect(entry).toContainText(formatDate(toIsoDate(new Date()), "zh-CN"));
    await expect(page.getByText(formatDate(next, "zh-CN")).first()).toBeVisible();
  });

  test("a city leader gives an instruction (批示) and has no buttons to change the lead", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await openFirstLead(page, "stage=intent");
    await expect(page.getByRole("button", { name: "变更阶段" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "编辑" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "添加跟进记录" })).toHaveCount(0);
    const form = page.getByRole("form", { name: "领导批示" });
    await form.getByLabel("批示内容").fill("请工作组加强对接，力争年内签约。");
    await form.getByRole("button", { name: "发送批示" }).click();
    await expect(page.getByRole("status")).toHaveText("批示已记录。");
    const entry = page.getByRole("list", { name: "跟进记录" }).getByRole("listitem").first();
    await expect(entry).toContainText("领导批示");
    await expect(entry).toContainText("请工作组加强对接，力争年内签约。");
    await expect(entry).toContainText("周立群（市委书记）");
  });
});
