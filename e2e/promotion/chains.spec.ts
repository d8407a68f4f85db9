import type { Locator, Page } from "@playwright/test";
import { toIsoDate } from "../../lib/format";
import { expect, signIn, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction, replayWithoutSession } from "../replay";

// Chain-based promotion as a task-group lead and a city leader use it: building a chain part by
// part, reading its map and supporting rate, and turning a target company into a lead.

const suffix = () => `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`;

/** The status words of the map's legend, and how much each counts for the rate. */
const weights: Record<string, number> = { 已有: 1, 签约填补: 1, 部分具备: 0.5, 缺失: 0 };

/** Reads every part on the map and computes the rate the formula gives: (present + ½ partly present) ÷ parts. */
async function rateFromMap(map: Locator): Promise<{ text: string; leaves: number; present: number; partial: number }> {
  const labels = await map.getByRole("listitem").evaluateAll((items) => items.map((i) => i.getAttribute("aria-label") ?? ""));
  const statuses = labels.map((l) => l.split("：")[1]).filter((s) => s !== undefined && s in weights);
  const present = statuses.filter((s) => weights[s] === 1).length;
  const partial = statuses.filter((s) => weights[s] === 0.5).length;
  const value = (present + partial * 0.5) / statuses.length;
  return { text: `${Math.round(value * 1000) / 10}%`, leaves: statuses.length, present, partial };
}

const chainMap = (page: Page) => page.getByRole("region", { name: "产业链图谱" });

async function addSegment(page: Page, name: string, position: string) {
  const form = page.getByRole("form", { name: "添加链段" });
  await form.getByLabel("链段名称").fill(name);
  await form.getByLabel("链位").selectOption({ label: position });
  await form.getByRole("button", { name: "添加链段" }).click();
  await expect(page.getByRole("region", { name })).toBeVisible();
}

async function addPart(page: Page, segment: string, name: string, presence: string, aim: string) {
  const region = page.getByRole("region", { name: segment });
  const form = region.getByRole("form", { name: `在“${segment}”下添加环节` });
  await form.getByLabel("环节名称").fill(name);
  await form.getByLabel("配套状态").selectOption({ label: presence });
  await form.getByLabel("招商方向").selectOption({ label: aim });
  await form.getByRole("button", { name: "添加环节" }).click();
  await expect(region.getByRole("listitem", { name, exact: true })).toBeVisible();
  await expect(form.getByLabel("环节名称")).toHaveValue("");
}

async function addTarget(page: Page, part: string, company: { pick?: string; type?: string }, priority: string) {
  const item = page.getByRole("listitem", { name: part, exact: true });
  const toggle = item.getByRole("button", { name: `编辑“${part}”` });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  const form = item.getByRole("form", { name: `添加企业：${part}` });
  const box = form.getByRole("combobox", { name: "企业名称" });
  if (company.pick) {
    await box.fill(company.pick.slice(2, 6));
    await form.getByRole("option", { name: new RegExp(company.pick) }).click();
    await expect(box).toHaveValue(company.pick);
  } else {
    await box.fill(company.type!);
    await expect(form.getByText("未找到，保存时将新增该企业。")).toBeVisible();
  }
  await form.getByLabel("类别").selectOption({ label: "目标企业" });
  await form.getByLabel("优先级").selectOption({ label: priority });
  await form.getByRole("button", { name: "添加企业" }).click();
  const name = company.pick ?? company.type!;
  await expect(page.getByRole("status")).toHaveText(`已将“${name}”列为目标企业。`);
  await expect(item.getByRole("list", { name: "目标企业" }).getByText(name)).toBeVisible();
}

test.describe("chain-based promotion (链式招商)", () => {
  test("a group lead builds the 华蓥 chain from scratch; the map shows the rate the formula gives; a target becomes a lead", async ({ page }) => {
    const id = suffix();
    const chainName = `华蓥手机平板产业链-${id}`;
    const newCompany = `成都芯源微电子有限公司${id}`;
    await signInAndWait(page, "zuzhang");
    await page.goto("/chains");
    await page.getByRole("link", { name: "新建产业链" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "新建产业链" })).toBeVisible();

    // A name is required, and what was typed stays.
    await page.getByLabel("区县").selectOption({ label: "华蓥市" });
    await page.getByRole("button", { name: "新建产业链" }).click();
    await expect(page.getByText("此项必填。")).toBeVisible();
    await expect(page.getByLabel("区县")).toHaveValue(/\d+/);

    await page.getByLabel("产业链名称").fill(chainName);
    await page.getByLabel("产业", { exact: true }).selectOption({ label: "电子信息" });
    await page.getByLabel("说明").fill("围绕手机、平板电脑从零部件生产到整机研发制造，按“缺什么填什么”梳理产业链。");
    await page.getByRole("button", { name: "新建产业链" }).click();
    await expect(page).toHaveURL(/\/chains\/\d+\/edit$/);
    await expect(page.getByRole("heading", { level: 1, name: `维护产业链：${chainName}` })).toBeVisible();
    await expect(page.getByRole("meter", { name: "全链配套率" })).toHaveAttribute("aria-valuetext", "—");

    await addSegment(page, "上游·核心元器件", "上游");
    await addSegment(page, "中游·模组", "中游");
    await addSegment(page, "下游·整机与应用", "下游");

    await addPart(page, "上游·核心元器件", "芯片", "缺失", "补链");
    await addPart(page, "上游·核心元器件", "IC驱动", "缺失", "补链");
    await addPart(page, "上游·核心元器件", "柔性线路板", "缺失", "补链");
    await addPart(page, "上游·核心元器件", "锂电池", "已有", "强链");
    await addPart(page, "上游·核心元器件", "手机盖板", "已有", "扩链");
    await addPart(page, "中游·模组", "显示模组", "部分具备", "延链");
    await addPart(page, "中游·模组", "摄像头模组", "已有", "强链");
    await addPart(page, "下游·整机与应用", "整机组装", "已有", "强链");
    await addPart(page, "下游·整机与应用", "VR/AR设备", "已有", "延链");

    await addTarget(page, "芯片", { pick: "深圳华芯微电子股份有限公司" }, "1（首选）");
    await addTarget(page, "芯片", { type: newCompany }, "2");
    await addTarget(page, "IC驱动", { pick: "深圳市创显驱动芯片有限公司" }, "1（首选）");

    // 5 present and 1 partly present of 9 parts.
    await expect(page.getByText("配套率 =（已有 5 + 部分具备 1 × 0.5）÷ 末级环节 9 = 61.1%")).toBeVisible();

    await page.getByRole("link", { name: "查看图谱" }).click();
    await expect(page.getByRole("heading", { level: 1, name: chainName, exact: true })).toBeVisible();
    const map = chainMap(page);
    await expect(map.getByRole("listitem", { name: "芯片：缺失" })).toBeVisible();
    const computed = await rateFromMap(map);
    expect(computed).toEqual({ text: "61.1%", leaves: 9, present: 5, partial: 1 });
    await expect(page.getByRole("meter", { name: "全链配套率" })).toHaveAttribute("aria-valuetext", computed.text);
    await expect(page.getByText("配套率 =（已有 5 + 部分具备 1 × 0.5）÷ 末级环节 9 = 61.1%")).toBeVisible();
    await expect(page.getByText("配套率 =（已有环节数 + 部分具备环节数 × 0.5）÷ 末级环节总数。", { exact: false })).toBeVisible();
    // Per segment: 2 of 5, 1.5 of 2, 2 of 2.
    await expect(map.getByRole("meter", { name: "上游·核心元器件 配套率" })).toHaveAttribute("aria-valuetext", "40%");
    await expect(map.getByRole("meter", { name: "中游·模组 配套率" })).toHaveAttribute("aria-valuetext", "75%");
    await expect(map.getByRole("meter", { name: "下游·整机与应用 配套率" })).toHaveAttribute("aria-valuetext", "100%");
    await expect(map.getByRole("listitem", { name: "芯片：缺失" })).toBeVisible();
    await expect(map.getByRole("listitem", { name: "显示模组：部分具备" })).toBeVisible();
    await expect(map.getByRole("list", { name: "图例" })).toContainText("签约填补");

    // The fill-in-the-blanks list: the gap with its targets, none of them a lead yet.
    const gaps = page.getByRole("region", { name: "填空题" });
    const chip = gaps.getByRole("article", { name: "芯片" });
    await expect(chip.getByRole("listitem", { name: newCompany })).toContainText("优先级 2");
    const huaxin = chip.getByRole("listitem", { name: "深圳华芯微电子股份有限公司" });
    await expect(huaxin).toContainText("尚未立项");
    await expect(huaxin).toContainText("优先级 1");

    // One action makes the lead (source 链式招商, linked to the part).
    await huaxin.getByRole("button", { name: "生成项目" }).click();
    const form = huaxin.getByRole("form", { name: "为深圳华芯微电子股份有限公司生成项目" });
    const leadName = `芯片封装测试项目-${id}`;
    await form.getByLabel("项目名称").fill(leadName);
    await form.getByLabel("计划投资（万元）").fill("50000");
    await form.getByRole("button", { name: "确认生成" }).click();
    await expect(page.getByRole("status")).toHaveText(`已生成项目“${leadName}”，来源为链式招商。`);
    await expect(huaxin.getByText("接触", { exact: true })).toBeVisible();
    await expect(huaxin.getByRole("link", { name: leadName })).toBeVisible();
    await expect(huaxin.getByRole("button", { name: "生成项目" })).toHaveCount(0);
    // At 接触 the gap is not filled yet: the rate stays.
    await expect(page.getByRole("meter", { name: "全链配套率" })).toHaveAttribute("aria-valuetext", "61.1%");
    await expect(map.getByRole("listitem", { name: "芯片：缺失" })).toBeVisible();

    await huaxin.getByRole("link", { name: leadName }).click();
    const leadsTable = page.getByRole("table", { name: "项目" });
    await expect(leadsTable.getByRole("row", { name: new RegExp(leadName) })).toContainText("深圳华芯微电子股份有限公司");

    // Moving the lead to 签约 fills the gap: the part turns 签约填补 and the rate rises.
    await leadsTable.getByRole("link", { name: leadName }).click();
    await expect(page.getByRole("heading", { level: 1, name: leadName })).toBeVisible();
    await page.getByRole("button", { name: "变更阶段" }).click();
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await dialog.getByLabel("目标阶段").selectOption({ label: "签约" });
    await dialog.getByLabel("签约日期").fill(toIsoDate(new Date()));
    await dialog.getByLabel("签约投资（万元）").fill("52000");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(page.getByRole("region", { name: "项目状态" })).toContainText("签约");
    await page.goto("/chains");
    await page.getByRole("link", { name: chainName, exact: true }).click();
    const after = chainMap(page);
    await expect(after.getByRole("listitem", { name: "芯片：签约填补" })).toBeVisible();
    const raised = await rateFromMap(after);
    expect(raised).toEqual({ text: "72.2%", leaves: 9, present: 6, partial: 1 });
    await expect(page.getByRole("meter", { name: "全链配套率" })).toHaveAttribute("aria-valuetext", raised.text);
  });

  test("the demo 华蓥 chain shows the gaps its signed leads filled, and the rate the formula gives over the parts shown", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await page.goto("/chains");
    const row = page.getByRole("table", { name: "产业链" }).getByRole("row", { name: /华蓥电子信息产业链/ });
    await expect(row).toContainText("柔性线路板");
    await row.getByRole("link", { name: "华蓥电子信息产业链" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "华蓥电子信息产业链", exact: true })).toBeVisible();
    const map = chainMap(page);
    await expect(map.getByRole("listitem", { name: "柔性线路板：签约填补" })).toBeVisible();
    await expect(map.getByRole("listitem", { name: "显示模组：签约填补" })).toBeVisible();
    await expect(map.getByRole("listitem", { name: "芯片：缺失" })).toBeVisible();
    const computed = await rateFromMap(map);
    expect(computed.leaves).toBe(15);
    await expect(page.getByRole("meter", { name: "全链配套率" })).toHaveAttribute("aria-valuetext", computed.text);
    await expect(page.getByText(`=（已有 ${computed.present} + 部分具备 ${computed.partial} × 0.5）÷ 末级环节 ${computed.leaves} = ${computed.text}`)).toBeVisible();
    expect(parseFloat(computed.text)).toBeGreaterThan(60);

    const filled = page.getByRole("region", { name: "填空题" }).getByRole("article", { name: "柔性线路板" });
    await expect(filled).toContainText("已由签约项目填补");
    await expect(filled.getByRole("listitem", { name: "深圳柔联电路科技有限公司" })).toContainText("签约");
    // A leader reads the chain but does not keep it.
    await expect(page.getByRole("link", { name: "维护产业链" })).toHaveCount(0);
  });

  test("a member reads the chain but cannot change it, not even by replaying a group lead's request", async ({ page, browser, playwright, baseURL }) => {
    const id = suffix();
    const part = `被动元件-${id}`;
    await signInAndWait(page, "zuzhang");
    await page.goto("/chains");
    await page.getByRole("link", { name: "华蓥电子信息产业链" }).click();
    await page.getByRole("link", { name: "维护产业链" }).click();
    await expect(page).toHaveURL(/\/chains\/\d+\/edit$/);
    const editUrl = page.url();

    // The group lead adds a part; record the server action call the browser makes.
    const segment = "中游·模组与结构件";
    const form = page.getByRole("region", { name: segment }).getByRole("form", { name: `在“${segment}”下添加环节` });
    await form.getByLabel("环节名称").fill(part);
    const call = await recordServerAction(page, () => form.getByRole("button", { name: "添加环节" }).click());
    await expect(page.getByRole("status")).toHaveText(`已添加“${part}”。`);
    expect(call.postData()).toContain(part);

    // Without a session.
    await replayWithoutSession(playwright.request, call);

    // As a member of the same task group.
    const { context: memberContext, page: member } = await signedInContext(browser, baseURL, "zuyuan");
    await replayServerAction(memberContext.request, call);

    // The member reads the map, sees no way to change it, and is refused the editor.
    await member.goto("/chains");
    await expect(member.getByRole("link", { name: "新建产业链" })).toHaveCount(0);
    await member.getByRole("link", { name: "华蓥电子信息产业链" }).click();
    await expect(member.getByRole("region", { name: "产业链图谱" })).toBeVisible();
    await expect(member.getByRole("link", { name: "维护产业链" })).toHaveCount(0);
    await expect(member.getByText("本产业链由电子信息产业推进工作组组长和系统管理员维护，您可以查看。")).toBeVisible();
    for (const path of [new URL(editUrl).pathname, "/chains/new"]) {
      const response = await member.goto(path);
      expect(response?.status()).toBe(403);
      await expect(member.getByRole("heading", { name: "无权访问" })).toBeVisible();
    }
    await memberContext.close();

    // Exactly one such part: neither replay added another.
    await page.reload();
    await expect(page.getByRole("region", { name: segment }).getByRole("listitem", { name: part, exact: true })).toHaveCount(1);
    await page.goto(editUrl.replace(/\/edit$/, ""));
    await expect(chainMap(page).getByRole("listitem", { name: `${part}：缺失` })).toHaveCount(1);

    // The group lead removes it again.
    await page.goto(editUrl);
    const item = page.getByRole("listitem", { name: part, exact: true });
    await item.getByRole("button", { name: `编辑“${part}”` }).click();
    await item.getByRole("button", { name: `删除“${part}”` }).click();
    await item.getByRole("button", { name: "确认删除" }).click();
    await expect(page.getByRole("status")).toHaveText(`已删除“${part}”。`);
    await expect(page.getByRole("listitem", { name: part, exact: true })).toHaveCount(0);
  });

  test("on a phone the map stacks upstream, midstream and downstream and fits the screen", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, baseURL, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, "zuzhang");
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/chains");
    await page.getByRole("link", { name: "华蓥电子信息产业链" }).click();
    const map = chainMap(page);
    const boxes = [];
    for (const column of ["上游", "中游", "下游"]) boxes.push(await map.getByRole("group", { name: column, exact: true }).boundingBox());
    expect(boxes.every(Boolean)).toBe(true);
    expect(boxes[0]!.y + boxes[0]!.height).toBeLessThanOrEqual(boxes[1]!.y);
    expect(boxes[1]!.y + boxes[1]!.height).toBeLessThanOrEqual(boxes[2]!.y);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
