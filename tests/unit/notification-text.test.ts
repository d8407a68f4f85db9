// What a notification reads like: when (relative, in China's time), the sentence of each kind in
// both languages from the words it carried, the bell's badge, and where opening it goes.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatRelativeTime, formatShortDate } from "@/lib/format";
import { notificationSentence, unreadBadge, type NotificationWords } from "@/lib/notifications/sentence";
import { notificationTarget } from "@/lib/notifications/target";
import en from "@/messages/en";
import zhCN from "@/messages/zh-CN";

// 2026-12-03 15:00 in Beijing.
const now = new Date("2026-12-03T15:00:00+08:00");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("when a notification came", () => {
  it("reads as people say it: just now, minutes, hours today, yesterday with the time, then dates", () => {
    expect(formatRelativeTime(ago(0.5), now, "zh-CN")).toBe("刚刚");
    expect(formatRelativeTime(ago(3), now, "zh-CN")).toBe("3分钟前");
    expect(formatRelativeTime(ago(59), now, "zh-CN")).toBe("59分钟前");
    expect(formatRelativeTime(ago(150), now, "zh-CN")).toBe("2小时前");
    expect(formatRelativeTime(new Date("2026-12-02T14:05:00+08:00"), now, "zh-CN")).toBe("昨天 14:05");
    expect(formatRelativeTime(new Date("2026-11-27T09:30:00+08:00"), now, "zh-CN")).toBe("11月27日 09:30");
    expect(formatRelativeTime(new Date("2025-11-27T09:30:00+08:00"), now, "zh-CN")).toBe("2025年11月27日");
    expect(formatRelativeTime(ago(3), now, "en")).toBe("3 min ago");
    expect(formatRelativeTime(new Date("2026-12-02T14:05:00+08:00"), now, "en")).toBe("yesterday 14:05");
    expect(formatRelativeTime(new Date("2026-11-27T09:30:00+08:00"), now, "en")).toBe("27 Nov 09:30");
  });

  it("counts the day in Beijing, not in UTC: 00:30 Beijing is today, 23:30 the day before is yesterday", () => {
    const earlyMorning = new Date("2026-12-03T00:30:00+08:00"); // 2 Dec 16:30 UTC
    expect(formatRelativeTime(earlyMorning, now, "zh-CN")).toBe("14小时前");
    expect(formatRelativeTime(new Date("2026-12-02T23:30:00+08:00"), now, "zh-CN")).toBe("昨天 23:30");
  });

  it("writes a deadline without the year when it is this year's", () => {
    expect(formatShortDate("2026-12-06", "zh-CN", "2026")).toBe("12月6日");
    expect(formatShortDate("2027-01-06", "zh-CN", "2026")).toBe("2027年1月6日");
    expect(formatShortDate("2026-12-06", "en", "2026")).toBe("6 Dec");
  });
});

const zh = createTranslator({ locale: "zh-CN", messages: zhCN });
const english = createTranslator({ locale: "en", messages: en });
const say = (n: NotificationWords, locale: "zh-CN" | "en" = "zh-CN") =>
  notificationSentence(n, { t: (key, values) => (locale === "zh-CN" ? zh : english)(key as never, values as never), locale, thisYear: "2026" });

describe("what a notification says", () => {
  it("names the leader, the lead and the deadline of a 批示, and quotes it", () => {
    const instruction: NotificationWords = {
      kind: "instruction_received",
      actorName: "周立群",
      params: { leadName: "华芯封装测试基地", body: "请抓紧对接，一周内报进展。", dueOn: "2026-12-06" },
    };
    expect(say(instruction)).toEqual({ text: "周立群 对「华芯封装测试基地」作出批示，要求 12月6日 前回复", quote: "请抓紧对接，一周内报进展。" });
    expect(say({ ...instruction, params: { ...instruction.params, dueOn: null } }).text).toBe("周立群 对「华芯封装测试基地」作出批示");
    expect(say(instruction, "en").text).toBe("周立群 wrote an instruction on “华芯封装测试基地”, reply by 6 Dec");
  });

  it("says a task's title and its date", () => {
    expect(say({ kind: "task_assigned", actorName: "张伟", params: { title: "报送园区配套方案", dueOn: "2026-12-04" } }).text).toBe("新待办：报送园区配套方案（12月4日到期）");
    expect(say({ kind: "task_assigned", actorName: "张伟", params: { title: "报送园区配套方案", dueOn: null } }).text).toBe("新待办：报送园区配套方案");
    expect(say({ kind: "task_overdue", actorName: null, params: { title: "报送园区配套方案", dueOn: "2026-12-01" } }).text).toBe("待办已逾期：报送园区配套方案（12月1日到期）");
    expect(say({ kind: "task_due", actorName: null, params: { title: "报送园区配套方案", dueOn: "2026-12-04" } }, "en").text).toBe("Task due tomorrow: 报送园区配套方案 (4 Dec)");
  });

  it("says who moved a lead, and to which stage in the reader's language", () => {
    const moved: NotificationWords = { kind: "lead_changed", actorName: "唐振宇", params: { leadName: "显示驱动芯片项目", what: "stage", stage: "signed" } };
    expect(say(moved).text).toBe("您的项目「显示驱动芯片项目」已由 唐振宇 移至 签约");
    expect(say(moved, "en").text).toBe("唐振宇 moved your lead “显示驱动芯片项目” to Signed");
    expect(say({ ...moved, params: { leadName: "显示驱动芯片项目", what: "amount" } }).text).toBe("您的项目「显示驱动芯片项目」的投资额已由 唐振宇 修改");
    expect(say({ kind: "lead_reassigned", actorName: "唐振宇", params: { leadName: "显示驱动芯片项目" } }).text).toBe("唐振宇 将项目「显示驱动芯片项目」转交给您");
    expect(say({ kind: "lead_reassigned", actorName: null, params: { leadName: "显示驱动芯片项目" } }).text).toBe("项目「显示驱动芯片项目」已转交给您");
  });

  it("says the 月报 reminder's month and deadline, and a paused chat's error", () => {
    const report: NotificationWords = { kind: "report_due", actorName: null, params: { month: "2026-11", dueOn: "2026-12-10", taskGroupName: "电子信息产业推进工作组" } };
    expect(say(report).text).toBe("电子信息产业推进工作组 2026年11月的月报请于 12月10日 前填报");
    expect(say(report, "en").text).toBe("电子信息产业推进工作组: the monthly report for Nov 2026 is due by 10 Dec");
    expect(say({ kind: "channel_paused", actorName: null, params: { channelId: 3, channelName: "电子信息组群", error: "HTTP 500" } }).text).toBe("群通知「电子信息组群」多次发送失败，已暂停：HTTP 500");
  });

  it("caps the bell's badge at 99+", () => {
    expect([unreadBadge(1), unreadBadge(99), unreadBadge(100), unreadBadge(4321)]).toEqual(["1", "99", "99+", "99+"]);
  });
});

describe("where opening a notification goes", () => {
  it("goes to the lead a task or a 批示 is about, else to 待办; the 月报 of the reader's group; the channels for the admin only", () => {
    expect(notificationTarget({ kind: "task_assigned", taskId: 5, leadId: 9 })).toBe("/leads/9");
    expect(notificationTarget({ kind: "task_overdue", taskId: 5, leadId: null })).toBe("/tasks");
    expect(notificationTarget({ kind: "instruction_answered", taskId: null, leadId: 12 })).toBe("/leads/12");
    expect(notificationTarget({ kind: "report_due", taskId: null, leadId: null, reportGroupId: 4, reportMonth: "2026-11" })).toBe("/groups/4/figures?month=2026-11");
    expect(notificationTarget({ kind: "report_due", taskId: null, leadId: null, reportGroupId: null })).toBe("/groups");
    expect(notificationTarget({ kind: "channel_paused", taskId: null, leadId: null, managesChannels: true })).toBe("/admin/channels");
    expect(notificationTarget({ kind: "channel_paused", taskId: null, leadId: null, managesChannels: false })).toBe("/notifications");
  });
});
