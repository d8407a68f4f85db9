// The secretary's trip, on a phone: a trip to 天津, three meetings (a new company, an existing one
// offered instead of a duplicate, one picked as you type), a meeting turned into a lead, the lead
// found by the task group, and the trip page and its printed report showing all of it.
import { expect, signInAndWait, test } from "../fixtures";
import {
  creditCodes,
  expectFieldMessage,
  expectInThumbReach,
  expectNoSidewaysScroll,
  isoDay,
  phone,
  pickCompany,
  runId,
  } from "./helpers";

test.use(phone);
test.describe.configure({ mode: "serial" });

const run = runId();
const tripTitle = `市委书记率队赴天津滨海新区招商考察${run}`;
const purpose = `对接天津电子信息企业，推介华蓥电子信息产业园（${run}）。`;
const newCompany = `天津海川柔性电路科技有限公司${run}`;
const codes = creditCodes(run);
const newContact = `韩立${run}`;
const leadName = `柔性线路板生产基地项目${run}`;
const summaries = [
  `企业计划在西部布局柔性线路板产能，对华蓥电子信息产业园配套条件很感兴趣（${run}）。`,
  `企业介绍了线束业务的扩产计划，双方约定下月再谈（${run}）。`,
  `双方就大宗商品贸易区域总部落户广安交换了意见（${run}）。`,
];
// The existing company, typed the way a person might: full-width brackets where the directory has ASCII ones.
const existingTyped = "裕星汽车电子线束（天津）有限公司";
const existingName = "裕星汽车电子线束(天津)有限公司";
const pickedName = "天津津港国际贸易有限公司";

let tripUrl = "";
let firstMeetingUrl = "";

test("the secretary creates a trip to 天津; an end date before the start is refused beside the field, keeping what was typed", async ({ page }) => {
  await signInAndWait(page, "mishu");
  await page.goto("/trips");
  await page.getByRole("link", { name: "新建考察" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "新建考察" })).toBeVisible();

  await page.getByLabel("考察名称").fill(tripTitle);
  // 张伟 works for 周立群: he leads her new trip unless she picks another.
  await expect(page.getByLabel("带队领导").locator("option:checked")).toHaveText("周立群（市委书记）");
  await page.getByLabel("开始日期").fill(isoDay(-1));
  await page.getByLabel("结束日期").fill(isoDay(-3));
  await page.getByLabel("目的地").fill("天津市滨海新区、天津滨海高新区");
  // The region follows the destinations.
  await expect(page.getByLabel("区域")).toHaveValue("bohai");
  await page.getByText("进行中", { exact: true }).click();
  await page.getByLabel("考察目的").fill(purpose);
  await page.getByRole("searchbox", { name: /考察团成员/ }).fill("唐振宇");
  await page.getByRole("checkbox", { name: /唐振宇/ }).check();
  await page.getByRole("searchbox", { name: /考察团成员/ }).fill("王磊");
  await page.getByRole("checkbox", { name: /王磊/ }).check();

  const save = page.getByRole("button", { name: "保存" });
  await expectInThumbReach(page, save);
  await save.click();
  await expectFieldMessage(page.getByLabel("结束日期"), "结束日期不能早于开始日期。");
  await expect(page).toHaveURL(/\/trips\/new$/);
  await expect(page.getByLabel("考察名称")).toHaveValue(tripTitle);
  await expect(page.getByLabel("考察目的")).toHaveValue(purpose);
  await expect(page.getByRole("checkbox", { name: /唐振宇/ })).toBeChecked();

  await page.getByLabel("结束日期").fill(isoDay(2));
  await save.click();
  await expect(page).toHaveURL(/\/trips\/\d+$/);
  tripUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: tripTitle })).toBeVisible();
  await expect(page.getByText("周立群")).toBeVisible();
  await expect(page.getByText(/唐振宇、王磊|王磊、唐振宇/)).toBeVisible();
  await expect(page.getByText("尚未记录会见。")).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the secretary logs three meetings during the trip: a new company, an existing one offered instead of a duplicate, one picked as you type", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAndWait(page, "mishu");

  // 1. A company that is not in the directory yet, created in place; a wrong credit code is refused first.
  await page.goto(tripUrl);
  await page.getByRole("link", { name: "记录会见" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "记录会见" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "日期", exact: true })).toHaveValue(isoDay(0));
  await expectInThumbReach(page, page.getByRole("button", { name: "保存" }));
  await expectNoSidewaysScroll(page);
  await page.getByText("会见洽谈", { exact: true }).click();
  await page.getByRole("textbox", { name: "时间", exact: true }).fill("09:30");
  await page.getByRole("textbox", { name: "地点", exact: true }).fill("天津滨海高新区 企业会议室");
  await pickCompany(page, newCompany, `新建企业“${newCompany}”`);
  const panel = page.getByRole("group", { name: "新建企业" });
  await expect(panel.getByLabel("企业名称")).toHaveValue(newCompany);
  const code = panel.getByLabel("统一社会信用代码");
  await expect(code).toHaveAttribute("autocapitalize", "characters");
  await code.fill(codes.invalid.toLowerCase());
  await panel.getByLabel("城市").fill("天津");
  await panel.getByRole("button", { name: "保存企业" }).click();
  await expectFieldMessage(code, "统一社会信用代码有误（校验位不符），请核对。");
  await expect(panel.getByLabel("企业名称")).toHaveValue(newCompany);
  await code.fill(codes.valid);
  await panel.getByRole("button", { name: "保存企业" }).click();
  await expect(page.getByTestId("picked-company")).toHaveText(newCompany);

  await page.getByRole("button", { name: "添加会见对象" }).click();
  const person = page.getByRole("group", { name: "新增会见对象1" });
  await person.getByLabel("姓名").fill(newContact);
  await person.getByLabel("职务").fill("董事长");
  await expect(person.getByLabel("电话")).toHaveAttribute("inputmode", "tel");
  await person.getByLabel("电话").fill("138-2200-1234");
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summaries[0]);
  await page.getByRole("textbox", { name: "下一步工作", exact: true }).fill("由电子信息产业推进工作组跟进，两周内报送园区配套方案。");
  // The owner: a searchable list, the trip's delegation first.
  await page.getByRole("combobox", { name: "责任人" }).click();
  const owners = page.getByRole("listbox", { name: "责任人" });
  await expect(owners.getByRole("group").first()).toHaveAccessibleName("本次考察团");
  await page.getByRole("combobox", { name: "责任人" }).fill("王磊");
  await owners.getByRole("option", { name: /王磊/ }).click();
  await expect(page.getByRole("combobox", { name: "责任人" })).toHaveValue("王磊");
  await page.getByRole("textbox", { name: "完成时限", exact: true }).fill(isoDay(14));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  firstMeetingUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: newCompany })).toBeVisible();
  await expect(page.getByText(`${newContact}（董事长）`)).toBeVisible();
  await expect(page.getByText(summaries[0])).toBeVisible();

  // 2. An existing company typed as new: the directory offers it instead of a duplicate.
  await page.goto(tripUrl);
  await page.getByRole("link", { name: "记录会见" }).click();
  await page.getByRole("textbox", { name: "时间", exact: true }).fill("14:30");
  await page.getByRole("combobox", { name: "企业" }).fill(existingTyped);
  await expect(page.getByRole("option", { name: existingName })).toBeVisible();
  await page.getByRole("option", { name: /新建企业/ }).click();
  const offerPanel = page.getByRole("group", { name: "新建企业" });
  await offerPanel.getByRole("button", { name: "保存企业" }).click();
  await expectFieldMessage(offerPanel.getByLabel("企业名称"), "客商库中已有同名企业。");
  await expect(offerPanel.getByRole("alert")).toContainText(`该企业已在客商库中：${existingName}`);
  await offerPanel.getByRole("button", { name: "使用已有企业" }).click();
  await expect(page.getByTestId("picked-company")).toHaveText(existingName);
  // Its people are in the directory: pick one as met.
  const met = page.getByRole("group", { name: /会见对象/ }).getByRole("checkbox").first();
  await met.check();
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summaries[1]);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: existingName })).toBeVisible();

  // 3. An existing company picked as you type part of its name.
  await page.goto(tripUrl);
  await page.getByRole("link", { name: "记录会见" }).click();
  await page.getByRole("textbox", { name: "时间", exact: true }).fill("16:00");
  await pickCompany(page, "津港", pickedName);
  await page.getByRole("textbox", { name: "会谈摘要" }).fill(summaries[2]);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: pickedName })).toBeVisible();

  // The company made in place is in the directory, with its credit code and the person met.
  await page.goto(`/companies?q=${encodeURIComponent("海川柔性")}`);
  await page.getByRole("link", { name: newCompany }).click();
  await expect(page.getByText(codes.valid)).toBeVisible();
  await expect(page.getByText(newContact)).toBeVisible();
});

test("the secretary turns a meeting into a lead for a task group: it opens the lead, which links back to the meeting and the trip", async ({ page }) => {
  await signInAndWait(page, "mishu");
  await page.goto(firstMeetingUrl);
  await page.getByRole("link", { name: "转为项目" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "转为项目" })).toBeVisible();
  // Filled in from the meeting: company, trip, leader, source 一把手招商, the summary.
  await expect(page.getByText(newCompany)).toBeVisible();
  await expect(page.getByText(tripTitle)).toBeVisible();
  await expect(page.getByText("周立群")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "来源" })).toHaveValue("leader_trip");
  await expect(page.getByLabel("项目名称")).toHaveValue(`${newCompany}合作项目`);
  await expect(page.getByLabel("项目情况")).toHaveValue(summaries[0]);

  await page.getByLabel("项目名称").fill(leadName);
  await page.getByLabel("工作组").selectOption({ label: "电子信息产业推进工作组" });
  await page.getByLabel("责任人").selectOption({ label: "王磊（市投促委项目促进科科长）" });
  await expect(page.getByLabel("计划投资（万元）")).toHaveAttribute("inputmode", "numeric");
  await page.getByLabel("计划投资（万元）").fill("50000");
  await page.getByRole("button", { name: "创建项目" }).click();

  // The new lead's page, linking back to where it came from.
  await expect(page).toHaveURL(/\/leads\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: leadName })).toBeVisible();
  await expect(page.getByRole("link", { name: tripTitle })).toHaveAttribute("href", tripUrl);
  await page.getByRole("link", { name: new RegExp(newCompany) }).click();
  await expect(page).toHaveURL(new RegExp(`${firstMeetingUrl}$`));
  const leads = page.getByRole("region", { name: "形成的项目" });
  await expect(leads.getByText(leadName)).toBeVisible();
  await expect(leads).toContainText("电子信息产业推进工作组");
  await expect(leads).toContainText("王磊");
});

test("the task group's leader finds the lead in the group's list and, from the meeting, where it came from", async ({ page, browser, baseURL }) => {
  // At his desk: the table, with every column (the phone shows cards).
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAndWait(page, "zuzhang");
  await page.goto("/leads");
  await page.getByRole("searchbox").fill(leadName);
  await page.getByRole("button", { name: "搜索" }).click();
  const row = page.getByRole("table", { name: "项目" }).getByRole("row", { name: new RegExp(leadName) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("电子信息产业推进工作组");
  await expect(row).toContainText("一把手招商");
  await expect(row).toContainText(newCompany);

  // The meeting shows the lead it led to.
  await page.goto(firstMeetingUrl);
  await expect(page.getByRole("region", { name: "形成的项目" }).getByText(leadName)).toBeVisible();
  await page.getByRole("region", { name: "形成的项目" }).getByRole("link", { name: "查看全部" }).click();
  await expect(page).toHaveURL(/\/leads\?meeting=\d+$/);
  await expect(page.getByRole("table", { name: "项目" }).getByRole("row", { name: new RegExp(leadName) })).toBeVisible();

  // Another task group does not see it, in the list or on the meeting.
  const other = await browser.newContext({ ...phone, baseURL });
  const otherPage = await other.newPage();
  await signInAndWait(otherPage, "zuyuan2");
  await otherPage.goto(`/leads?q=${encodeURIComponent(leadName)}`);
  await expect(otherPage.getByRole("list", { name: "项目" })).toContainText("暂无数据");
  await otherPage.goto(firstMeetingUrl);
  await expect(otherPage.getByRole("region", { name: "形成的项目" })).toContainText("尚未形成项目。");
  await other.close();
});

test("the trip page and its printed A4 report show the meetings in time order, the companies, the people and the lead", async ({ page }) => {
  await signInAndWait(page, "mishu");
  await page.goto(tripUrl);
  const meetings = page.getByRole("region", { name: "会见洽谈" });
  await expect(meetings.getByRole("article")).toHaveCount(3);
  await expect(meetings.getByRole("heading", { level: 3 })).toHaveText([newCompany, existingName, pickedName]);
  await expect(meetings).toContainText(`${newContact}（董事长）`);
  for (const summary of summaries) await expect(meetings).toContainText(summary);
  await expect(page.getByRole("region", { name: "会见企业" }).getByRole("link")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "形成的项目" })).toContainText(leadName);
  await expectNoSidewaysScroll(page);

  // The lead's name opens the lead.
  await page.getByRole("region", { name: "形成的项目" }).getByRole("link", { name: leadName }).click();
  await expect(page).toHaveURL(/\/leads\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(leadName);
  // 查看全部 opens the leads table filtered by the trip: its one lead, and the filter named.
  await page.goto(tripUrl);
  await page.getByRole("region", { name: "形成的项目" }).getByRole("link", { name: "查看全部" }).click();
  await expect(page).toHaveURL(/\/leads\?trip=\d+$/);
  await expect(page.getByRole("list", { name: "已选筛选条件" })).toContainText(`考察活动：${tripTitle}`);
  await expect(page.getByRole("list", { name: "项目" }).getByRole("link", { name: new RegExp(leadName) })).toBeVisible();
  await expect(page.getByText("共 1 条")).toBeVisible();
  await page.goto(tripUrl);

  await page.getByRole("link", { name: "考察报告" }).click();
  const report = page.getByRole("article", { name: "考察情况报告" });
  await expect(report.getByRole("heading", { level: 1 })).toHaveText(tripTitle);
  for (const text of ["一、基本情况", "周立群（市委书记）", "唐振宇", "王磊", "天津市滨海新区、天津滨海高新区", purpose, "二、会见洽谈情况", "三、形成的项目线索", leadName]) {
    await expect(report).toContainText(text);
  }
  await expect(report).toContainText("考察期间共会见企业3家，开展会见洽谈3场。");
  await expect(report.getByRole("heading", { level: 3 })).toHaveText([
    new RegExp(`^（一）.*09:30.*${newCompany}（会见洽谈）$`),
    new RegExp(`^（二）.*14:30.*${existingName.replace(/[()]/g, "\\$&")}`),
    new RegExp(`^（三）.*16:00.*${pickedName}`),
  ]);
  await expect(report).toContainText(`${newContact}（董事长）`);
  await expect(report).toContainText("由电子信息产业推进工作组跟进，两周内报送园区配套方案。（责任人：王磊；完成时限：");
  await expect(report.getByRole("table")).toContainText("电子信息产业推进工作组");
  await expect(report.getByRole("table")).toContainText("5.00");

  // 打印 opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "打印" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Printed: only the report, on A4.
  await page.emulateMedia({ media: "print" });
  await expect(report).toBeVisible();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByRole("button", { name: "菜单" })).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(box).not.toBeNull();
  // A4 is 595 × 842 points.
  expect(Math.abs(Number(box![1]) - 595)).toBeLessThan(3);
  expect(Math.abs(Number(box![2]) - 842)).toBeLessThan(3);
});
