import { z } from "zod";
import { chatAudiences, chatChannelKinds } from "@/lib/domain/enums";
import { id, optionalId, optionalText, requiredText, version } from "./common";

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A robot's webhook: https, as the three robots give it. Plain http only to this machine itself (a
 * relay on the server, the tests' local receiver): a webhook carries its access token in the address.
 */
export function webhookProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "channels.webhookInvalid";
  }
  if (url.username || url.password) return "channels.webhookInvalid";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && loopbackHosts.has(url.hostname)) return null;
  return "channels.webhookHttps";
}

const webhookUrl = requiredText(1000).superRefine((value, ctx) => {
  const problem = webhookProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const channelFields = {
  name: requiredText(60),
  kind: z.enum(chatChannelKinds),
  webhookUrl,
  /** 钉钉 and 飞书's signing secret; empty on an edit keeps the one set. Never sent back to the browser. */
  secret: optionalText(200),
  audience: z.enum(chatAudiences),
  taskGroupId: optionalId,
};

const groupWhenGroupAudience = (value: { audience: string; taskGroupId: number | null }, ctx: z.RefinementCtx) => {
  if (value.audience === "group" && value.taskGroupId == null) ctx.addIssue({ code: "custom", path: ["taskGroupId"], message: "channels.groupRequired" });
};

export const chatChannelCreateSchema = z.object(channelFields).superRefine(groupWhenGroupAudience);

export const chatChannelUpdateSchema = z
  .object({ ...channelFields, id, version, clearSecret: z.boolean().default(false) })
  .superRefine(groupWhenGroupAudience);

export const chatChannelRefSchema = z.object({ id, version });
export const chatChannelActiveSchema = z.object({ id, version, isActive: z.boolean() });
export const chatChannelTestSchema = z.object({ id });

export type ChatChannelCreateInput = z.output<typeof chatChannelCreateSchema>;
export type ChatChannelUpdateInput = z.output<typeof chatChannelUpdateSchema>;
