"use server";
import {
  createChatChannelDefinition,
  deleteChatChannelDefinition,
  resumeChatChannelDefinition,
  sendTestChatMessageDefinition,
  setChatChannelActiveDefinition,
  updateChatChannelDefinition,
} from "@/db/mutations/chat-channels";
import { defineAction } from "@/lib/actions/define-action";

export const createChatChannelAction = defineAction(createChatChannelDefinition);
export const updateChatChannelAction = defineAction(updateChatChannelDefinition);
export const setChatChannelActiveAction = defineAction(setChatChannelActiveDefinition);
export const resumeChatChannelAction = defineAction(resumeChatChannelDefinition);
export const deleteChatChannelAction = defineAction(deleteChatChannelDefinition);
export const sendTestChatMessageAction = defineAction(sendTestChatMessageDefinition);
