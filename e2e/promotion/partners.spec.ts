import type { Page } from "@playwright/test";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction, replayWithoutSession } from "../replay";

// Directed promotion (定向招商) as a secretary keeps it and a leader reads it: partners, agreements
// of every kind, and the counts by kind for a year or a range of months.

const suffix = () => `${Date.now().toString(36).slice(-5)}${Math.random().toString(36).slice(2, 4)}`;
const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

const kindCount = (page: Page, label: string, n: number) =>
  expect(page.getByRole("list", { name: "协议签署情况" }).getByRole("listitem", { name: `${label}：${n}`, exact: true })).toBeVisible();

async function addAgreement(page: Page, a: { title: string; kind: string; signedOn: string; status?: string }) {
  await page.getByRole("link", { name: "新建协议" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^新建协议：/ })).toBeVisible();
  await page.getByLabel("协议名称").fill(a.title);
  await page.getByLabel("类型").selectOption({ label: a.kind });
  await page.getByLabel("状态").selectOption({ label: a.status ?? "已签署" });
  await page.getByLabel("签署日期").fill(a.signedOn);
  await page.getByLabel("合作领域").fill("电子信息、高端装备");
  await page.getByLabel("签署方").fill("广安市人民政府、合作方管委会");
  await page.getByRole("button", { name: "新建协议" }).click();
  await expect(page.getByRole("status")).toHaveText(`已新建协议“${a.title}”。`);
  await expect(page.getByRole("table", { name: "合作协议" }).getByRole("row", { name: new RegExp(a.title) })).toBeVisible();
}

test.describe("directed promotion (区域合作)", () => {
  test("a secretary records a partner and agreements of several kinds; the counts by kind follow the year and the months chosen", async ({ page }) => {
    const id = suffix();
    const name = `滨海测试园区-${id}`;
    const city = `测试城${id}`;
    const y = thisYear;
    await signInAndWait(page, "mishu");
    await page.goto("/partners");
    await page.getByRole("link", { name: "新建合作方" }).click();
    await page.getByLabel("合作方").fill(name);
    await page.getByLabel("区域").selectOption({ label: "环渤海" });
    await page.getByLabel("城市").fill(city);
    await page.getByLabel("简介").fill("双方签署合作协议，共建创新示范园。");
    await page.getByRole("button", { name: "新建合作方" }).click();
    await expect(page.getByRole("status")).toHaveText(`已新建合作方“${name}”。`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("暂无协议。")).toBeVisible();

    // A signed agreement needs its date; what was typed stays.
    await page.getByRole("link", { name: "新建协议" }).click();
    await page.getByLabel("协议名称").fill(`无日期协议-${id}`);
    await page.getByLabel("类型").selectOption({ label: "政府间" });
    await page.getByRole("button", { name: "新建协议" }).click();
    await expect(page.getByText("已签署的协议须填写签署日期。")).toBeVisible();
    await expect(page.getByLabel("协议名称")).toHaveValue(`无日期协议-${id}`);
    await page.getByRole("link", { name: `返回${name}` }).click();

    const plan = [
      { title: `区域合作框架协议-${id}`, kind: "政府间", signedOn: `${y}-03-18` },
      { title: `投资促进合作协议-${id}`, kind: "部门间", signedOn: `${y}-04-25` },
      { title: `园区合作协议-${id}`, kind: "政府与功能区", signedOn: `${y}-04-26` },
      { title: `共建创新示范园协议-${id}`, kind: "共建园区", signedOn: `${y}-05-20` },
      { title: `电子元件项目合作协议-${id}`, kind: "企业项目", signedOn: `${y}-06-03` },
      { title: `精密模具项目合作协议-${id}`, kind: "企业项目", signedOn: `${y}-06-03` },
      { title: `科技创新合作备忘录-${id}`, kind: "政府与功能区", signedOn: `${y - 1}-11-10` },
    ];
    for (const a of plan) await addAgreement(page, a);

    // This year (the default period): 6 signed, 3 of them platform-level.
    const summary = page.getByRole("region", { name: "协议签署情况" });
    await expect(summary).toContainText(`${y}年，与${name}签署合作协议共 6 个，其中平台性战略合作协议 3 个。`);
    await kindCount(page, "合计", 6);
    await kindCount(page, "政府间", 1);
    await kindCount(page, "部门间", 1);
    await kindCount(page, "政府与功能区", 1);
    await kindCount(page, "企业项目", 2);
    await kindCount(page, "共建园区", 1);

    // Last year: the one memorandum.
    const yearForm = page.getByRole("form", { name: "年度" });
    await yearForm.getByLabel("年度").selectOption(String(y - 1));
    await yearForm.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(new RegExp(`year=${y - 1}`));
    await expect(page.getByRole("form", { name: "年度" }).getByLabel("年度")).toHaveValue(String(y - 1));
    await expect(summary).toContainText(`${y - 1}年，与${name}签署合作协议共 1 个，其中平台性战略合作协议 1 个。`);
    await kindCount(page, "政府与功能区", 1);
    await kindCount(page, "企业项目", 0);

    // April to May of this year: department, zone, co-built park.
    const monthsForm = page.getByRole("form", { name: "月份区间" });
    await monthsForm.getByLabel("起始月份").fill(`${y}-04`);
    await monthsForm.getByLabel("截止月份").fill(`${y}-05`);
    await monthsForm.getByRole("button", { name: "查看" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${y}-04&to=${y}-05`));
    await expect(summary).toContainText(`${y}年4—5月，与${name}签署合作协议共 3 个，其中平台性战略合作协议 2 个。`);
    await kindCount(page, "共建园区", 1);
    await kindCount(page, "政府间", 0);

    // Editing an agreement: the park agreement becomes an enterprise project signed in July.
    await page.getByRole("link", { name: `编辑协议“共建创新示范园协议-${id}”` }).click();
    await page.getByLabel("类型").selectOption({ label: "企业项目" });
    await page.getByLabel("签署日期").fill(`${y}-07-08`);
    await page.getByLabel("状态").selectOption({ label: "推进中" });
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status")).toHaveText("已保存协议。");
    const row = page.getByRole("table", { name: "合作协议" }).getByRole("row", { name: new RegExp(`共建创新示范园协议-${id}`) });
    await expect(row).toContainText("企业项目");
    await expect(row).toContainText("推进中");
    await expect(row).toContainText(`${y}年7月8日`);
    await kindCount(page, "企业项目", 3);
    await kindCount(page, "共建园区", 0);

    // Deleting last year's memorandum.
    await page.getByRole("link", { name: `编辑协议“科技创新合作备忘录-${id}”` }).click();
    await page.getByRole("button", { name: "删除协议" }).click();
    await page.getByRole("button", { name: "确认删除" }).click();
    await expect(page.getByRole("status")).toHaveText(`已删除协议“科技创新合作备忘录-${id}”。`);
    await expect(page.getByRole("table", { name: "合作协议" }).getByRole("row", { name: /科技创新合作备忘录/ })).toHaveCount(0);

    // The list, filtered by the partner's city, shows the same counts.
    await page.getByRole("link", { name: "返回区域合作" }).click();
    await page.getByRole("navigation", { name: "按城市筛选" }).getByRole("link", { name: city }).click();
    await expect(page).toHaveURL(/city=/);
    const listed = page.getByRole("table", { name: "区域合作" }).getByRole("row", { name: new RegExp(name) });
    await expect(listed.getByRole("cell")).toHaveText([name, "环渤海", city, "6", "3", "6", "0", "0.00"]);
    await expect(page.getByRole("region", { name: "协议签署情况" })).toContainText(`${y}年，与${city}签署合作协议共 6 个，其中平台性战略合作协议 3 个。`);
  });

  test("a leader finds in one view: over 20 agreements with Tianjin, of which near 10 platform-level", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await page.goto("/partners");
    await page.getByRole("navigation", { name: "按城市筛选" }).getByRole("link", { name: "天津", exact: true }).click();
    await expect(page).toHaveURL(/city=/);
    // The demo agreements are dated in the seed's anchor year (this year from 10 June on).
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const anchorYear = today >= `${thisYear}-06-10` ? thisYear : thisYear - 1;
    const yearForm = page.getByRole("form", { name: "年度" });
    await yearForm.getByLabel("年度").selectOption(String(anchorYear));
    await yearForm.getByRole("button", { name: "查看" }).click();
    await expect(page.getByRole("region", { name: "协议签署情况" })).toContainText(`${anchorYear}年，与天津签署合作协议共 22 个，其中平台性战略合作协议 9 个。`);
    await kindCount(page, "政府间", 2);
    await kindCount(page, "部门间", 3);
    await kindCount(page, "政府与功能区", 4);
    const rows = page.getByRole("table", { name: "区域合作" }).getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole("table", { name: "区域合作" })).not.toContainText("深圳");

    // A partner's page: its agreements, the leads from them and their signed investment.
    await page.getByRole("link", { name: "天津市国有企业" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "天津市国有企业" })).toBeVisible();
    await expect(page.getByRole("table", { name: "合作协议" }).getByRole("row")).toHaveCount(13);
    const leads = page.getByRole("table", { name: "来自协议的项目" });
    await expect(leads.getByRole("row", { name: /融资租赁区域总部项目/ })).toContainText("融资租赁区域总部项目合作协议");
    await expect(page.getByText(/已签约项目 \d+ 个，签约投资合计 \d+\.\d\d 亿元。/)).toBeVisible();
    await expect(page.getByRole("link", { name: "新建协议" })).toHaveCount(0);
  });

  test("the region filter keeps to one region group", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/partners");
    await page.getByRole("navigation", { name: "按区域筛选" }).getByRole("link", { name: "珠三角" }).click();
    await expect(page).toHaveURL(/region=prd/);
    const cells = page.getByRole("table", { name: "区域合作" }).locator("tbody tr td:nth-child(2)");
    await expect(cells.first()).toBeVisible();
    expect(new Set(await cells.allTextContents())).toEqual(new Set(["珠三角"]));
  });

  test("only the admin and secretaries keep partners: others see no buttons and a replayed request changes nothing", async ({ page, browser, playwright, baseURL }) => {
    const id = suffix();
    const title = `重放测试协议-${id}`;
    // Four people sign in one after another: more than the default minute on a busy machine.
    test.slow();
    await signInAndWait(page, "mishu");
    await page.goto("/partners");
    await page.getByRole("link", { name: "苏州工业园区" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "苏州工业园区" })).toBeVisible();
    const partnerUrl = page.url();
    await page.getByRole("link", { name: "新建协议" }).click();
    await page.getByLabel("协议名称").fill(title);
    await page.getByLabel("类型").selectOption({ label: "部门间" });
    await page.getByLabel("签署日期").fill(`${thisYear}-02-01`);
    const call = await recordServerAction(page, () => page.getByRole("button", { name: "新建协议" }).click());
    await expect(page.getByRole("status")).toHaveText(`已新建协议“${title}”。`);
    expect(call.postData()).toContain(title);

    await replayWithoutSession(playwright.request, call);

    for (const username of ["zuyuan", "zuzhang", "shuji"]) {
      const { context, page: other } = await signedInContext(browser, baseURL, username);
      await replayServerAction(context.request, call);
      await other.goto("/partners");
      await expect(other.getByRole("link", { name: "新建合作方" })).toHaveCount(0);
      await expect(other.getByText("合作方和协议由系统管理员和秘书维护。")).toBeVisible();
      await other.goto(new URL(partnerUrl).pathname);
      await expect(other.getByRole("link", { name: "新建协议" })).toHaveCount(0);
      await expect(other.getByRole("link", { name: "编辑合作方" })).toHaveCount(0);
      await expect(other.getByRole("link", { name: /^编辑协议/ })).toHaveCount(0);
      const response = await other.goto("/partners/new");
      expect(response?.status()).toBe(403);
      await context.close();
    }

    await page.goto(partnerUrl);
    await expect(page.getByRole("table", { name: "合作协议" }).getByRole("row", { name: new RegExp(title) })).toHaveCount(1);
  });
});
