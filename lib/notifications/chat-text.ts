// The group-chat messages (外发通知) a change queues at once, in Chinese (the city's chats): a 批示 and a
// lead reaching 签约. Only a lead's name, stage and owner leave the system — never the 批示's text,
// amounts or the company's details.
import type { Stage } from "@/lib/domain/enums";
import zh from "@/messages/zh-CN/common.json";

const stageName = (stage: Stage) => zh.enum.stage[stage];
const monthDay = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

type LeadFacts = { name: string; stage: Stage; ownerName: string };

/** "周立群 对「项目名」作出批示，请 王磊 于 12月6日 前回复". */
export function instructionChatMessage(lead: LeadFacts, leaderName: string, dueOn: string | null) {
  const ask = dueOn ? `请 ${lead.ownerName} 于 ${monthDay(dueOn)} 前回复` : `请 ${lead.ownerName} 办理`;
  return {
    title: `批示：${lead.name}`,
    body: [`### 领导批示`, `${leaderName} 对「${lead.name}」作出批示，${ask}。`, `- 项目：**${lead.name}**`, `- 阶段：${stageName(lead.stage)}`, `- 负责人：${lead.ownerName}`].join("\n"),
  };
}

/** A lead reaching 签约. */
export function signedChatMessage(lead: LeadFacts) {
  return {
    title: `签约：${lead.name}`,
    body: [`### 项目签约`, `「${lead.name}」已签约。`, `- 项目：**${lead.name}**`, `- 阶段：${stageName(lead.stage)}`, `- 负责人：${lead.ownerName}`].join("\n"),
  };
}
