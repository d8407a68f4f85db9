import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, signInAndWait, test } from "../fixtures";

test("the admin imports trips: a bad file is refused row by row, a good one is imported and listed", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signInAndWait(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "导入" }).click();
  await page.getByLabel("数据类型").selectOption({ label: "领导率队考察" });

  const bad = `带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,深圳,${stamp}\nnobody,2026-02-30,2026-03-01,上海,${stamp}\n`;
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bad}`) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByRole("heading", { name: /文件有 2 处问题，未导入任何数据/ })).toBeVisible();
  const problems = page.getByRole("table", { name: "问题清单" });
  await expect(problems.getByRole("row", { name: /3 带队领导 .*nobody/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /3 开始日期 .*不存在/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /全部导入/ })).toHaveCount(0);

  const good = `带队领导,开始日期,结束日期,目的地,事由\nshuji,2026-03-02,2026-03-04,广东省深圳市${stamp},对接电子信息企业\nshizhang,2026/4/8,2026/4/9,天津滨海新区${stamp},定向招商\n`;
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: "trips.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByText("检查通过，共 2 行。")).toBeVisible();
  await page.getByRole("button", { name: "全部导入（2 行）" }).click();
  await expect(page.getByText("导入完成，共 2 行。")).toBeVisible();

  await page.goto(`/trips?q=${stamp}`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
});

test("a member cannot import, also by a crafted request", async ({ page, request }) => {
  await signInAndWait(page, "zuyuan");
  const response = await page.goto("/admin/import");
  expect(response?.status()).toBe(403);
  const crafted = await page.request.post("/api/import", {
    multipart: { kind: "trips", commit: "1", file: { name: "t.csv", mimeType: "text/csv", buffer: Buffer.from("带队领导,开始日期,结束日期,目的地\nshuji,2026-01-01,2026-01-02,crafted\n") } },
  });
  expect(crafted.status()).toBe(403);
  const anonymous = await request.post("/api/import", { multipart: { kind: "trips", commit: "1" }, maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(anonymous.status());
});

test("a clerk downloads the leads template, fills it in, sees what the check will do, imports it and follows the link to exactly those leads", async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signInAndWait(page, "admin");
  await page.goto("/admin/import");
  await expect(page.getByLabel("数据类型")).toHaveValue("leads");

  // The template: the columns and an example on the first sheet, the accepted values on the second.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel 模板" }).click()]);
  expect(download.suggestedFilename()).toBe("项目-导入模板.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["项目", "可选值"]);
  const values = (column: number) => {
    const out: string[] = [];
    workbook.worksheets[1].getColumn(column).eachCell((cell) => {
      if (cell.value !== null) out.push(String(cell.value));
    });
    return out;
  };
  expect(values(1)).toEqual(["来源", "一把手招商", "工作组对接", "商(协)会", "知名乡友", "专家院士", "定向招商", "链式招商", "其他"]);
  expect(values(2)).toEqual(["阶段", "接触", "洽谈", "考察", "意向", "签约", "开工", "投产", "搁置", "终止"]);
  expect(values(3)).toContain("电子信息产业推进工作组");
  expect(values(4)).toEqual(expect.arrayContaining(["区县", "广安区", "华蓥市", "邻水县"]));
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  expect(String(sheet.getRow(2).getCell(headers.indexOf("项目名称") + 1).value)).toMatch(/^（示例）/);

  // Filled in: the example replaced by two leads, the owner given by name (王磊 is zuyuan).
  const row = (cells: Record<string, string | number>) => headers.map((h) => cells[h] ?? "");
  const names = [`模板导入甲${stamp}`, `模板导入乙${stamp}`];
  sheet.spliceRows(2, 1, row({ 外部编号: `${stamp}-1`, 项目名称: names[0], 企业名称: `模板企业${stamp}有限公司`, 工作组: "电子信息产业推进工作组", 责任人: "王磊", 区县: "华蓥市", 来源: "一把手招商", 阶段: "洽谈", "计划投资(万元)": 30000 }), row({ 外部编号: `${stamp}-2`, 项目名称: names[1], 企业名称: `模板企业${stamp}有限公司`, 工作组: "电子信息产业推进工作组", 来源: "工作组对接", 阶段: "接触" }));
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel("文件", { exact: true }).setInputFiles({ name: `leads-${stamp}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file });
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByText("检查通过，共 2 行。")).toBeVisible();
  await expect(page.getByText("将新建 2 个项目")).toBeVisible();
  await expect(page.getByText("将更新 0 条已有项目")).toBeVisible();
  await expect(page.getByText("企业：匹配已有 0 家，新建 1 家")).toBeVisible();

  await page.getByRole("button", { name: "全部导入（2 行）" }).click();
  await expect(page.getByText("导入完成，共 2 行。")).toBeVisible();
  await expect(page.getByText("新建项目 2 个")).toBeVisible();
  await page.getByRole("link", { name: "查看本次导入的 2 个项目" }).click();
  await expect(page).toHaveURL(/\/leads\?import=\d+$/);
  await expect(page.getByRole("list", { name: "已选筛选条件" })).toContainText(`本次导入：leads-${stamp}.xlsx`);
  const table = page.getByRole("table", { name: "项目" });
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText(names[0]);
  await expect(table).toContainText(names[1]);
  await expect(table.getByRole("row", { name: new RegExp(names[0]) })).toContainText("王磊");
});
