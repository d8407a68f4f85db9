// The board (看板): dragging a lead to 签约 asks for the date and amount and moves the totals;
// the keyboard and the "移动到…" menu do the same; columns load a page at a time; filters in the URL.
import type { Locator, Page } from "@playwright/test";
import { formatDate, toIsoDate } from "../../lib/format";
import { expect, signInAndWait, test } from "../fixtures";

/** The app's own notice (the board also has dnd-kit's live region, another status). */
const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage, exact: true });

async function totals(region: Locator) {
  const count = Number((await region.getByTestId("column-count").textContent())!.replace(/[^\d]/g, ""));
  const amount = Number((await region.getByTestId("column-amount").textContent())!.replace(/[^\d.]/g, ""));
  return { count, amount };
}

/** Drags with the mouse the way a person does: press, move a little, travel, release. */
async function drag(page: Page, from: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + 80, { steps: 20 });
  await page.mouse.up();
}

test.describe("the board", () => {
  test("a group leader drags a lead to 签约, gives date and amount, and sees the totals move", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "看板", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "看板" })).toBeVisible();
    const intent = column(page, "意向");
    const signed = column(page, "签约");
    const card = intent.getByRole("listitem").first();
    await expect(card).toBeVisible();
    const name = (await card.getAttribute("aria-label"))!;
    const before = { intent: await totals(intent), signed: await totals(signed) };

    await drag(page, card.getByRole("button", { name: `拖动“${name}”` }), signed);
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(name);
    await expect(dialog).toContainText("移至：签约");
    // Asked for exactly what 签约 needs.
    // …starting at today and the amount planned; emptied, both are asked for.
    const today = toIsoDate(new Date());
    await expect(dialog.getByLabel("签约日期")).toHaveValue(today);
    await expect(dialog.getByLabel("签约投资（万元）")).toHaveValue(/^[1-9]\d*$/);
    await dialog.getByLabel("签约日期").fill("");
    await dialog.getByLabel("签约投资（万元）").fill("");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog.getByText("签约须填写签约日期。")).toBeVisible();
    await expect(dialog.getByText("签约须填写签约投资额（万元）。")).toBeVisible();
    await dialog.getByLabel("签约日期").fill(today);
    await dialog.getByLabel("签约投资（万元）").fill("52000");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(dialog).toBeHidden();
    await expect(notice(page, `已将“${name}”移至签约。`)).toBeVisible();

    await expect(signed.getByRole("listitem", { name })).toBeVisible();
    await expect(intent.getByRole("listitem", { name })).toHaveCount(0);
    await expect(signed.getByTestId("column-count")).toHaveText(`${before.signed.count + 1} 个`);
    await expect(intent.getByTestId("column-count")).toHaveText(`${before.intent.count - 1} 个`);
    await expect(signed.getByTestId("column-amount")).toHaveText(`${(before.signed.amount + 5.2).toFixed(2)} 亿元`);

    // The lead page shows the move, who made it and when.
    await signed.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const latest = page.getByRole("list", { name: "跟进记录" }).getByRole("listitem");
    const move = latest.filter({ hasText: "阶段变更" }).first();
    await expect(move).toContainText("意向");
    await expect(move).toContainText("签约");
    await expect(move).toContainText(`签约日期：${formatDate(today, "zh-CN")}`);
    await expect(move).toContainText("唐振宇");
    await expect(move).toContainText(formatDate(today, "zh-CN"));
    await expect(latest.filter({ hasText: "金额调整" }).first()).toContainText("签约投资：— → 52,000 万元");
  });

  test("the keyboard lifts a card, moves it one column right and drops it", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/board");
    const contact = column(page, "接触");
    const negotiating = column(page, "洽谈");
    const card = contact.getByRole("listitem").first();
    const name = (await card.getAttribute("aria-label"))!;
    const before = await totals(negotiating);
    const handle = card.getByRole("button", { name: `拖动“${name}”` });
    // dnd-kit's live region says where the lifted card is; each key waits for it, as a screen-reader
    // user would. Until the board has hydrated, Space lifts nothing: try again.
    await expect(async () => {
      await handle.focus();
      await page.keyboard.press("Space");
      await expect(page.getByText(`“${name}”位于接触列。`)).toBeAttached({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`“${name}”位于洽谈列。`)).toBeAttached();
    await page.keyboard.press("Space");
    // 接触 → 洽谈 asks for nothing: the lead moves at once.
    await expect(notice(page, `已将“${name}”移至洽谈。`)).toBeVisible();
    await expect(negotiating.getByRole("listitem", { name })).toBeVisible();
    await expect(negotiating.getByTestId("column-count")).toHaveText(`${before.count + 1} 个`);
  });

  test("“移动到…” moves a card by menu; 终止 is refused without a reason, beside the field", async ({ page }) => {
    await signInAndWait(page, "zuzhang");
    await page.goto("/board");
    const inspecting = column(page, "考察");
    const card = inspecting.getByRole("listitem").first();
    const name = (await card.getAttribute("aria-label"))!;
    await card.getByRole("button", { name: `将“${name}”移动到…` }).click();
    const menu = page.getByRole("menu", { name: `将“${name}”移动到…` });
    await expect(menu.getByRole("menuitem", { name: "考察" })).toHaveCount(0);
    await expect(menu.getByRole("menuitem").first()).toBeFocused();
    await menu.getByRole("menuitem", { name: "终止" }).click();
    const dialog = page.getByRole("dialog", { name: "变更阶段" });
    await expect(dialog.getByLabel("签约日期")).toHaveCount(0);
    await dialog.getByRole("button", { name: "确认变更" }).click();
    const reason = dialog.getByLabel("原因");
    await expect(reason).toHaveAttribute("aria-invalid", "true");
    await expect(reason).toHaveAccessibleDescription("请填写原因。");
    await reason.fill("企业总部决定暂不在西南布局");
    await dialog.getByRole("button", { name: "确认变更" }).click();
    await expect(notice(page, `已将“${name}”移至终止。`)).toBeVisible();
    await expect(column(page, "终止").getByRole("listitem", { name })).toBeVisible();
  });

  test("columns load a page at a time, and the filters live in the URL", async ({ page }) => {
    await signInAndWait(page, "mishu");
    await page.goto("/board");
    const stages = ["接触", "洽谈", "考察", "意向", "签约", "开工", "投产", "搁置", "终止"];
    const counts = await Promise.all(stages.map(async (s) => (await totals(column(page, s))).count));
    const fullest = column(page, stages[counts.indexOf(Math.max(...counts))]);
    const count = Math.max(...counts);
    expect(count).toBeGreaterThan(12);
    await expect(fullest.getByRole("listitem")).toHaveCount(12);
    await fullest.getByRole("button", { name: `加载更多（还有 ${count - 12} 个）` }).click();
    await expect(fullest.getByRole("listitem")).toHaveCount(Math.min(24, count));
    const names = await fullest.getByRole("listitem").evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));
    expect(new Set(names).size).toBe(names.length);

    await page.locator("summary", { hasText: "筛选条件" }).click();
    const filters = page.getByRole("form", { name: "筛选条件" });
    await filters.getByLabel("工作组").selectOption({ label: "装备制造产业推进工作组" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/\/board\?group=\d+/);
    const all = page.locator("main").getByRole("listitem");
    await expect(all.first()).toBeVisible();
    const sum = (await Promise.all(stages.map(async (s) => (await totals(column(page, s))).count))).reduce((a, b) => a + b, 0);
    await expect(page.getByRole("heading", { level: 1, name: "看板" })).toBeVisible();
    await expect(page.getByText(`按阶段查看项目，共 ${sum} 个`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`按阶段查看项目，共 ${sum} 个`)).toBeVisible();
  });

  test("a city leader reads the board but has nothing to drag", async ({ page }) => {
    await signInAndWait(page, "shuji");
    await page.goto("/board");
    await expect(column(page, "洽谈").getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^拖动/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /移动到/ })).toHaveCount(0);
  });
});
