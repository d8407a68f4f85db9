import type { Page } from "@playwright/test";
import { formatYi } from "../../lib/format";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction } from "../replay";

const electronics = "电子信息产业推进工作组";
const equipment = "装备制造产业推进工作组";

/** The 工作组 table's row of a group: its cells' text (name … signed investment), without the last column. */
async function totalsOf(page: Page, group: string) {
  const cells = await page.getByRole("row", { name: new RegExp(group) }).getByRole("cell").allTextContents();
  return cells.slice(0, -1);
}

test("a group leader types the month's figures, sees the totals, saves, and finds them again", async ({ page }) => {
  await signInAndWait(page, "zuzhang");
  await page.goto("/groups");
  await page.getByRole("row", { name: /电子信息产业推进工作组/ }).getByRole("link", { name: "月报" }).click();
  await page.getByLabel("月份").fill("2026-09");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/month=2026-09/);

  const grid = page.getByRole("table", { name: "月度投资完成情况填报表" });
  const fixed = grid.getByRole("textbox", { name: /固定资产投资/ });
  const funds = grid.getByRole("textbox", { name: /到位资金/ });
  const count = await fixed.count();
  expect(count).toBeGreaterThan(1);

  // Type, Tab, type: the totals follow what is typed.
  await fixed.nth(0).fill("1200");
  await page.keyboard.press("Tab");
  await page.keyboard.type("300");
  await fixed.nth(1).fill("800");
  await expect(funds.nth(0)).toHaveValue("300");
  const expectedFixed = async () => {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += Number((await fixed.nth(i).inputValue()) || 0);
    return sum;
  };
  // Cells in 万元 as typed, the totals in 亿元.
  await expect(page.getByTestId("total-fixed-asset")).toHaveText(formatYi(await expectedFixed()));

  // Bad input is refused beside the grid and nothing is sent.
  await fixed.nth(1).fill("8.5");
  await expect(page.getByText("请填写整数（万元）。")).toBeVisible();
  await expect(page.getByRole("button", { name: "保存" })).toBeDisabled();
  await fixed.nth(1).fill("800");

  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toContainText("已保存");
  await page.reload();
  await expect(fixed.nth(0)).toHaveValue("1200");
  await expect(funds.nth(0)).toHaveValue("300");
  await expect(fixed.nth(1)).toHaveValue("800");
});

test("a member enters their own lead's figures, reads the others', and a crafted save of another's lead is refused", async ({ page, browser, baseURL }) => {
  await signInAndWait(page, "zuyuan");
  await page.goto("/groups");
  await page.getByRole("row", { name: new RegExp(electronics) }).getByRole("link", { name: "月报" }).click();
  await page.getByLabel("月份").fill("2026-07");
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/month=2026-07/);
  const grid = page.getByRole("table", { name: "月度投资完成情况填报表" });
  const own = grid.locator('tr[data-editable="true"]').first();
  const others = grid.locator('tr[data-editable="false"]');
  await expect(own).toBeVisible();
  expect(await others.count()).toBeGreaterThan(0);
  // Another's row is read-only for the member.
  await expect(others.first().getByRole("textbox").first()).toHaveAttribute("readonly", "");
  const ownId = Number(await own.getAttribute("data-lead-id"));
  const otherId = Number(await others.first().getAttribute("data-lead-id"));
  const otherFixed = await others.first().getByRole("textbox", { name: /固定资产投资/ }).inputValue();

  await own.getByRole("textbox", { name: /固定资产投资/ }).fill("432");
  await own.getByRole("textbox", { name: /到位资金/ }).fill("21");
  const save = await recordServerAction(page, () => page.getByRole("button", { name: "保存" }).click());
  await expect(page.getByRole("status")).toContainText("已保存");
  await page.reload();
  await expect(grid.locator(`tr[data-lead-id="${ownId}"]`).getByRole("textbox", { name: /固定资产投资/ })).toHaveValue("432");

  // The next month shows it as last month's figure, and in the year so far.
  await page.goto(`${new URL(page.url()).pathname}?month=2026-08`);
  await expect(page.getByTestId(`context-fixedAsset-${ownId}`)).toContainText("上月 432");
  await expect(page.getByTestId(`context-fundsInPlace-${ownId}`)).toContainText("上月 21");

  // The same call with another's lead in it: refused by the mutation, nothing saved.
  const body = JSON.parse(save.postData()!) as [{ rows: { leadId: number; version: number | null }[] }];
  body[0].rows = [{ ...body[0].rows[0], leadId: otherId, version: null }];
  const replayed = await replayServerAction(page.request, save, JSON.stringify(body));
  expect(await replayed.text()).toContain("forbidden");
  const { context: leadContext, page: lead } = await signedInContext(browser, baseURL, "zuzhang");
  await lead.goto(`${new URL(page.url()).pathname}?month=2026-07`);
  const leadGrid = lead.getByRole("table", { name: "月度投资完成情况填报表" });
  await expect(leadGrid.locator(`tr[data-lead-id="${otherId}"]`).getByRole("textbox", { name: /固定资产投资/ })).toHaveValue(otherFixed);
  // The group lead sees the member's figure and may correct it.
  await expect(leadGrid.locator(`tr[data-lead-id="${ownId}"]`)).toHaveAttribute("data-editable", "true");
  await expect(leadGrid.locator(`tr[data-lead-id="${ownId}"]`).getByRole("textbox", { name: /固定资产投资/ })).toHaveValue("432");
  await leadContext.close();
});

test("a group lead sees every group's real totals on 工作组, but not another group's 月报 (403)", async ({ page, browser, baseURL }) => {
  const { context: cityContext, page: city } = await signedInContext(browser, baseURL, "shuji");
  await city.goto("/groups");
  const equipmentFigures = await city.getByRole("row", { name: new RegExp(equipment) }).getByRole("link", { name: "月报" }).getAttribute("href");

  await signInAndWait(page, "zuzhang");
  await page.goto("/groups");
  // The same totals a city leader (who reads every lead) sees, for every group, including 16 not theirs.
  const rows = await page.getByRole("table", { name: "工作组" }).locator("tbody tr").count();
  expect(rows).toBe(17);
  const equipmentRow = await totalsOf(page, equipment);
  expect(equipmentRow).toEqual(await totalsOf(city, equipment));
  // 在跟进, 已签约: real counts, not the false zeros of a scoped count.
  expect(Number(equipmentRow[5]) + Number(equipmentRow[6])).toBeGreaterThan(0);
  // No link to another group's 月报; the reason instead.
  const equipmentLast = page.getByRole("row", { name: new RegExp(equipment) }).getByRole("cell").last();
  await expect(equipmentLast).toContainText("仅本组可见");
  await expect(equipmentLast.getByRole("link", { name: "月报" })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(electronics) }).getByRole("link", { name: "月报" })).toBeVisible();

  // Typed in by hand, the other group's 月报 answers 403, never "no signed leads".
  const response = await page.goto(equipmentFigures!);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
  await expect(page.getByText("该月本组没有已签约的项目")).toHaveCount(0);
  // A member of the electronics group too.
  const { context: memberContext, page: member } = await signedInContext(browser, baseURL, "zuyuan");
  expect((await member.goto(equipmentFigures!))?.status()).toBe(403);
  // The city leader opens it.
  expect((await city.goto(equipmentFigures!))?.status()).toBe(200);
  await memberContext.close();
  await cityContext.close();
});
