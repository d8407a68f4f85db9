// A member of one task group gets nothing of another group's leads: not by URL, not by a table
// filter or the export, not by replaying a server-action call with another group's lead id.
import type { Page } from "@playwright/test";
import { expect, signInAndWait, signedInContext, test } from "../fixtures";
import { recordServerAction, replayServerAction } from "../replay";

const electronics = "电子信息产业推进工作组";

/** An electronics lead (id, name, page) and the group's id, as its group leader sees them. */
async function electronicsLead(page: Page) {
  await signInAndWait(page, "zuzhang");
  await page.goto("/leads?stage=negotiating&sort=name&dir=asc");
  const link = page.getByRole("table", { name: "项目" }).locator("tbody tr a").first();
  const name = (await link.textContent())!;
  const href = (await link.getAttribute("href"))!;
  await page.locator("summary", { hasText: "筛选条件" }).click();
  const groupId = await page.getByRole("form", { name: "筛选条件" }).getByLabel("工作组").locator("option", { hasText: electronics }).getAttribute("value");
  return { id: Number(href.split("/").pop()), name, href, groupId: groupId! };
}

test.describe("a member of another group gets nothing", () => {
  test("not by URL: the lead page answers 404 exactly like a lead that does not exist", async ({ page, browser, baseURL }) => {
    const lead = await electronicsLead(page);
    const { context: other, page: member } = await signedInContext(browser, baseURL, "zuyuan2");

    const response = await member.goto(lead.href);
    expect(response?.status()).toBe(404);
    await expect(member.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(member.getByText(lead.name)).toHaveCount(0);
    const missing = await member.goto("/leads/987654321");
    expect(missing?.status()).toBe(404);
    await expect(member.getByRole("heading", { name: "页面不存在" })).toBeVisible();

    // The group leader of course opens it.
    expect((await page.goto(lead.href))?.status()).toBe(200);
    await other.close();
  });

  test("not by a table filter, the board's filter or the export", async ({ page, browser, baseURL }) => {
    const lead = await electronicsLead(page);
    const { context: other, page: member } = await signedInContext(browser, baseURL, "zuyuan2");

    await member.goto(`/leads?group=${lead.groupId}`);
    const table = member.getByRole("table", { name: "项目" });
    await expect(table).toContainText("暂无数据");
    await expect(member.getByText("共 0 条")).toBeVisible();
    await member.goto(`/leads?q=${encodeURIComponent(lead.name)}`);
    await expect(member.getByRole("table", { name: "项目" })).toContainText("暂无数据");
    // Their own group's select offers only their group.
    await member.goto("/leads");
    await member.locator("summary", { hasText: "筛选条件" }).click();
    const groups = await member.getByRole("form", { name: "筛选条件" }).getByLabel("工作组").locator("option").allTextContents();
    expect(groups).toEqual(["全部", "装备制造产业推进工作组"]);

    await member.goto(`/board?group=${lead.groupId}`);
    await expect(member.getByRole("heading", { level: 1, name: "看板" })).toBeVisible();
    await expect(member.getByText("按阶段查看项目，共 0 个")).toBeVisible();
    const column = await member.request.get(`/board/column?stage=negotiating&group=${lead.groupId}`);
    expect((await column.json()).leads).toEqual([]);

    const csv = await member.request.get(`/leads/export?format=csv&group=${lead.groupId}`);
    expect(csv.status()).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    expect(text.trim().split("\r\n")).toHaveLength(1);
    expect(text).not.toContain(lead.name);
    await other.close();
  });

  test("not by a crafted server-action call: refused, and nothing changes", async ({ page, browser, baseURL }) => {
    const lead = await electronicsLead(page);
    const { context: other, page: member } = await signedInContext(browser, baseURL, "zuyuan2");

    // The member uses the two actions legitimately on a lead of their own, and the calls are recorded.
    await member.goto("/leads?mine=1&stage=on_hold");
    await member.getByRole("table", { name: "项目" }).locator("tbody tr a").first().click();
    const form = member.getByRole("form", { name: "添加跟进记录" });
    await form.getByLabel("内容").fill("电话联系企业，确认下周来广安考察。");
    const logRequest = await recordServerAction(member, () => form.getByRole("button", { name: "添加记录" }).click());
    await expect(member.getByRole("status")).toHaveText("跟进记录已添加。");
    await member.getByRole("button", { name: "变更阶段" }).click();
    const dialog = member.getByRole("dialog", { name: "变更阶段" });
    // Resuming a lead on hold asks for nothing.
    await dialog.getByLabel("目标阶段").selectOption({ label: "洽谈" });
    const moveRequest = await recordServerAction(member, () => dialog.getByRole("button", { name: "确认变更" }).click());
    await expect(member.getByRole("status")).toHaveText(/移至洽谈/);

    // The same calls, aimed at the other group's lead.
    const logged = await replayServerAction(
      other.request,
      logRequest,
      JSON.stringify([{ leadId: lead.id, kind: "note", body: "越权写入的记录", nextFollowUpOn: null }]),
    );
    expect(await logged.text()).toContain("not_found");
    for (let version = 1; version <= 12; version++) {
      const moved = await replayServerAction(other.request, moveRequest, JSON.stringify([{ leadId: lead.id, version, toStage: "dropped", reason: "越权终止" }]));
      expect(await moved.text()).toContain("not_found");
    }
    expect(JSON.parse(moveRequest.postData()!)[0]).toMatchObject({ toStage: "negotiating" });

    // Nothing changed on the lead: same stage, no such entry.
    await page.goto(lead.href);
    await expect(page.getByRole("region", { name: "项目状态" })).toContainText("洽谈");
    await expect(page.getByRole("list", { name: "跟进记录" })).not.toContainText("越权");
    await other.close();
  });
});
