// The company directory (客商库): search by part of a Chinese name, credit codes checked, no duplicates,
// and a company page with every meeting, trip and lead that touched it.
import { expect, signInAndWait, test } from "../fixtures";
import { creditCodes, expectFieldMessage, runId } from "./helpers";

test("the directory finds companies by part of their Chinese name and opens a company with its meetings, trips and leads", async ({ page }) => {
  await signInAndWait(page, "shuji");
  await page.goto("/companies");
  await page.getByRole("searchbox").fill("津重");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=%E6%B4%A5%E9%87%8D/);
  await page.getByRole("table", { name: "客商" }).getByRole("link", { name: "天津津重智能装备有限公司" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "天津津重智能装备有限公司" })).toBeVisible();
  await expect(page.getByRole("region", { name: "联系人" }).getByRole("listitem").first()).toBeVisible();
  const meetings = page.getByRole("region", { name: "会见记录" });
  await expect(meetings.getByRole("link").first()).toBeVisible();
  const trips = page.getByRole("region", { name: "相关考察" });
  await expect(trips.getByRole("link", { name: /天津/ }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "项目" }).getByRole("listitem").first()).toBeVisible();
  // A leader reads; only secretaries and administrators change the directory.
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /添加联系人/ })).toHaveCount(0);

  // From a meeting on the company page to the meeting, and on to its trip.
  await meetings.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "天津津重智能装备有限公司" })).toBeVisible();
});

test("a wrong credit code and a duplicate company are refused beside the field, keeping what was typed; the existing company is offered", async ({ page }) => {
  const run = runId();
  const codes = creditCodes(`c${run}`);
  await signInAndWait(page, "mishu");

  // A company's registered credit code, read from the directory.
  await page.goto("/companies?q=海晶化工");
  const existingRow = page.getByRole("table", { name: "客商" }).getByRole("row", { name: /天津海晶化工新材料有限公司/ });
  const existingCode = (await existingRow.locator("td").nth(1).textContent())?.trim() ?? "";
  expect(existingCode).toMatch(/^[0-9A-Z]{18}$/);

  await page.goto("/companies");
  await page.getByRole("link", { name: "新建企业" }).click();
  const name = `天津新港精密机械有限公司${run}`;
  await page.getByLabel("企业名称").fill(name);
  await page.getByLabel("城市").fill("天津");
  const code = page.getByLabel("统一社会信用代码");

  // Too short, then a wrong check character.
  await code.fill(codes.valid.slice(0, 15));
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldMessage(code, /统一社会信用代码应为18位。/);
  await code.fill(codes.invalid);
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldMessage(code, /统一社会信用代码有误（校验位不符），请核对。/);
  await expect(page.getByLabel("企业名称")).toHaveValue(name);
  await expect(page.getByLabel("城市")).toHaveValue("天津");

  // Another company's code: refused on the server, the existing company offered.
  await code.fill(existingCode);
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldMessage(code, /该统一社会信用代码已登记。/);
  await expect(page.getByRole("alert").filter({ hasText: "该企业已在客商库中：天津海晶化工新材料有限公司" })).toBeVisible();
  await expect(page.getByLabel("企业名称")).toHaveValue(name);
  await expect(page).toHaveURL(/\/companies\/new$/);

  // The same name written with other spaces: refused too.
  await page.getByLabel("企业名称").fill("天津津重 智能装备有限公司");
  await code.fill(codes.valid);
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldMessage(page.getByLabel("企业名称"), /客商库中已有同名企业。/);
  await page.getByRole("link", { name: "使用已有企业" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "天津津重智能装备有限公司" })).toBeVisible();

  // A new company with a valid code is created, then found by part of its name.
  await page.goto("/companies/new");
  await page.getByLabel("企业名称").fill(name);
  await page.getByLabel("统一社会信用代码").fill(codes.valid.toLowerCase());
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(codes.valid)).toBeVisible();

  // The secretary adds a contact on the company page.
  await page.getByRole("button", { name: /添加联系人/ }).click();
  const form = page.getByRole("form", { name: "添加联系人" });
  await form.getByLabel("姓名").fill(`赵明${run}`);
  await form.getByLabel("职务").fill("总经理");
  await form.getByLabel("电话").fill("022-5566 7788");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("region", { name: "联系人" })).toContainText(`赵明${run}`);
  await expect(page.getByRole("region", { name: "联系人" })).toContainText("总经理");

  await page.goto(`/companies?q=${encodeURIComponent("新港精密")}`);
  await expect(page.getByRole("table", { name: "客商" }).getByRole("link", { name })).toBeVisible();
});
