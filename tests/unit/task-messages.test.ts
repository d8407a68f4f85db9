// What leaves the system for the group chats (name, stage and owner only), the 待办 page's filters from
// the URL (never trusted), and who may answer a 批示 or supervise a lead.
import { describe, expect, it } from "vitest";
import { canAnswerInstruction, canSuperviseLead, maySupervise } from "@/lib/auth/policy";
import { instructionChatMessage, signedChatMessage } from "@/lib/notifications/chat-text";
import { parseTaskFilters, tasksHref } from "@/lib/task-filters";

describe("the chat messages of a 批示 and of a signing", () => {
  it("name the leader, the lead, its stage and owner, and the date to answer by; nothing else", () => {
    const message = instructionChatMessage({ name: "功率半导体芯片项目", stage: "negotiating", ownerName: "王磊" }, "周立群", "2026-12-06");
    expect(message.title).toBe("批示：功率半导体芯片项目");
    expect(message.body).toContain("周立群 对「功率半导体芯片项目」作出批示，请 王磊 于 12月6日 前回复");
    expect(message.body).toContain("- 阶段：洽谈");
    expect(instructionChatMessage({ name: "甲", stage: "contact", ownerName: "李海" }, "周立群", null).body).toContain("请 李海 办理");
  });

  it("a signing says the lead is signed, with its owner", () => {
    const message = signedChatMessage({ name: "锂电池项目", stage: "signed", ownerName: "陈思" });
    expect(message).toEqual({ title: "签约：锂电池项目", body: expect.stringContaining("- 负责人：陈思") });
    expect(message.body).toContain("- 阶段：签约");
  });
});

describe("the 待办 page's group and owner filters", () => {
  it("reads positive ids only, and writes them back into the link", () => {
    expect(parseTaskFilters({ group: "3", owner: "12", all: "1", due: "overdue" })).toMatchObject({ groupId: 3, ownerId: 12, mine: false, due: "overdue" });
    expect(parseTaskFilters({ group: "-1", owner: "abc" })).toMatchObject({ groupId: null, ownerId: null });
    expect(parseTaskFilters({ group: "1 OR 1=1" }).groupId).toBeNull();
    expect(tasksHref({ status: "open", due: "overdue", mine: false, groupId: 3 })).toBe("/tasks?due=overdue&all=1&group=3");
    expect(tasksHref({ status: "open", due: null, mine: false, ownerId: 12, page: 2 })).toBe("/tasks?all=1&owner=12&page=2");
  });
});

describe("who answers a 批示 and who supervises", () => {
  const member = { id: 7, role: "member" as const, groupIds: [1], leadGroupIds: [] };
  const groupLead = { id: 8, role: "group_lead" as const, groupIds: [1], leadGroupIds: [1] };
  const leader = { id: 2, role: "leader" as const, groupIds: [], leadGroupIds: [] };
  const task = { ownerId: 7, createdById: 2, taskGroupId: 1 };

  it("the owner or the group's lead answers; the leader who gave it does not answer it himself", () => {
    expect(canAnswerInstruction(member, task)).toBe(true);
    expect(canAnswerInstruction(groupLead, task)).toBe(true);
    expect(canAnswerInstruction(leader, task)).toBe(false);
    expect(canAnswerInstruction({ id: 9, leadGroupIds: [2] }, task)).toBe(false);
  });

  it("a city leader supervises any lead, a group lead their groups', a member none", () => {
    expect(canSuperviseLead(leader, { taskGroupId: 5 })).toBe(true);
    expect(canSuperviseLead(groupLead, { taskGroupId: 1 })).toBe(true);
    expect(canSuperviseLead(groupLead, { taskGroupId: 2 })).toBe(false);
    expect(maySupervise(member)).toBe(false);
  });
});
