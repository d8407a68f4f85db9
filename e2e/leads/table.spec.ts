// The leads table as a task-group leader uses it: filters kept in a bookmarkable URL, columns
// remembered, rows handed over in bulk, the view exported to Excel and CSV.
import fs from "node:fs";
import type { Locator } from "@playwright/test";
import { expect, signInAndWait, test } from "../fixtures";

const electronics = "电子信息产业推进工作组";

/** The 1-based position of a column, for reading its cells. */
async function columnIndex(table: Locator, header: RegExp | string) {
  const headers = await table.getByRole("columnheader").allTextContents();
  const index = headers.findIndex((h) => (typeof header === "string" ? h.includes(header) : header.test(h)));
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(" | ")}`);
  return index + 1;
}

test.describe("the leads table", () => {
  test("a group leader filters to the group's negotiating leads over 1亿, bookmarks the view and reopens it", async ({ page, context }) => {
    await signInAndWait(page, "zuzhang");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "项目", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "项目" })).toBeVisible();

    await page.locator("summary", { hasText: "筛选条件" }).click();
    const filters = page.getByRole("form", { name: "筛选条件" });
    await filters.getByLabel("工作组").selectOption({ label: electronics });
    await filters.getByLabel("阶段").selectOption({ label: "洽谈" });
    await filters.getByLabel("1—5亿元").check();
    await filters.getByLabel("5亿元及以上").check();
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/stage=negotiating/);
    await expect(page).toHaveURL(/band=1to5%2C5plus|band=1to5,5plus/);
    await expect(page).toHaveURL(/group=\d+/);

    const table = page.getByRole("table", { name: "项目" });
    const rows = table.locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(table).not.toContainText("暂无数据");
    const planned = await table.locator(`tbody tr td:nth-child(${await columnIndex(table, "计划投资")})`).allTextContents();
    const stages = await table.locator(`tbody tr td:nth-child(${await columnIndex(table, "阶段")})`).allTextContents();
    const groups = await table.locator(`tbody tr td:nth-child(${await columnIndex(table, "工作组")})`).allTextContents();
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((p) => Number(p) >= 1)).toBe(true);
    expect(stages.every((s) => s.startsWith("洽谈"))).toBe(true);
    expect(new Set(groups)).toEqual(new Set([electronics]));
    const chips = page.getByRole("list", { name: "已选筛选条件" });
    await expect(chips).toContainText(`工作组：${electronics}`);
    await expect(chips).toContainText("投资规模：1—5亿元、5亿元及以上");
    const names = await table.locator("tbody tr td:nth-child(2) a").allTextContents();
    const bookmark = page.url();

    // Reopened later in another tab, the bookmark shows the same view.
    const reopened = await context.newPage();
    await reopened.goto(bookmark);
    const again = reopened.getByRole("table", { name: "项目" });
    await expect(again.locator("tbody tr").first()).toBeVisible();
    expect(await again.locator("tbody tr td:nth-child(2) a").allTextContents()).toEqual(names);
    await expect(reopened.getByRole("link", { name: "洽谈", exact: true })).toHaveAttribute("aria-current", "true");
    const reopenedFilters = reopened.getByRole("form", { name: "筛选条件" });
    await expect(reopenedFilters.getByLabel("1—5亿元")).toBeChecked();
    await expect(reopenedFilters.getByLabel("工作组")).toHaveValue(/\d+/);
    await reopened.close();
  });

  test("sorting, paging and the search live in the URL", async ({ page }) => {
    await signInAndWait(page, "mishu");
    await page.goto("/leads");
    const table = page.getByRole("table", { name: "项目" });
    await table.getByRole("link", { name: /计划投资（亿元）/ }).click();
    await expect(page).toHaveURL(/sort=plannedInvestment&dir=asc/);
    await table.getByRole("link", { name: /计划投资（亿元）/ }).click();
    await expect(page).toHaveURL(/sort=plannedInvestment&dir=desc/);
    await expect(table.getByRole("columnheader", { name: /计划投资/ })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible();
  });

  test("hidden columns stay hidden on the next visit", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/leads");
    const table = page.getByRole("table", { name: "项目" });
    await expect(table.getByRole("columnheader", { name: "来源" })).toBeVisible();
    await page.locator("summary", { hasText: "显示列" }).click();
    await page.getByRole("group", { name: "显示列" }).getByLabel("来源").uncheck();
    await page.getByRole("group", { name: "显示列" }).getByLabel("行业").check();
    await expect(table.getByRole("columnheader", { name: "来源" })).toHaveCount(0);
    await expect(table.getByRole("columnheader", { name: "行业" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("table", { name: "项目" }).getByRole("columnheader", { name: "来源" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "项目" }).getByRole("columnheader", { name: "行业" })).toBeVisible();
  });

  test("a group leader hands two leads to another member at once", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/leads?sort=name&dir=asc");
    const table = page.getByRole("table", { name: "项目" });
    await expect(table.locator("tbody tr").nth(1)).toBeVisible();
    // Two leads not yet 王磊's.
    const names = await table.locator("tbody tr td:nth-child(2) a").allTextContents();
    const owners = await table.locator(`tbody tr td:nth-child(${await columnIndex(table, "责任人")})`).allTextContents();
    const picked = names.filter((_, i) => owners[i] !== "王磊").slice(0, 2);
    expect(picked).toHaveLength(2);
    await table.getByRole("checkbox", { name: `选择“${picked[0]}”` }).check();
    await table.getByRole("checkbox", { name: `选择“${picked[1]}”` }).check();
    const bulk = page.getByRole("form", { name: "批量转交" });
    await expect(bulk).toContainText("已选 2 个项目");
    // Only people of the group are offered.
    await expect(bulk.getByLabel("转交给").locator("option", { hasText: "李海" })).toHaveCount(0);
    await bulk.getByLabel("转交给").selectOption({ label: "王磊" });
    await bulk.getByRole("button", { name: "转交" }).click();
    await expect(page.getByRole("status")).toHaveText("已将 2 个项目转交王磊负责。");
    for (const name of picked) await expect(table.getByRole("row", { name: new RegExp(name) })).toContainText("王磊");
    // The lead page shows the handover with who did it.
    await table.getByRole("link", { name: picked[0] }).click();
    const timeline = page.getByRole("list", { name: "跟进记录" });
    await expect(timeline.getByRole("listitem").first()).toContainText("更换责任人");
    await expect(timeline.getByRole("listitem").first()).toContainText("王磊");
    await expect(timeline.getByRole("listitem").first()).toContainText("唐振宇");
  });

  test("a member has no selection column: reassigning is not theirs to do", async ({ page }) => {
    await signInAndWait(page, "zuyuan");
    await page.goto("/leads");
    await expect(page.getByRole("table", { name: "项目" }).locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "选择本页全部项目" })).toHaveCount(0);
  });

  test("the current view exports to Excel and to CSV with Chinese headers", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/leads?stage=negotiating");
    const total = Number((await page.getByText(/^共 \d+ 条$/).textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(0);

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 CSV" }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/^招商项目-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("编号,项目名称,企业,工作组,责任人,区县,行业,来源,阶段,阶段原因,计划投资（万元）,签约投资（万元）,签约日期,最近跟进,下次跟进日期,滞后");
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes(",洽谈,") && l.includes(electronics))).toBe(true);

    const xlsxDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "导出 Excel" }).click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = fs.readFileSync((await xlsx.path())!);
    // An .xlsx file is a zip archive holding the sheet.
    expect(workbook.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(workbook.includes(Buffer.from("xl/worksheets/sheet1.xml"))).toBe(true);
  });
});
