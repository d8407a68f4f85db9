"use server";
import { markAllNotificationsRead } from "@/db/mutations/notification-actions";
import { defineAction } from "@/lib/actions/define-action";

/** 全部已读: every unread notification of the caller. */
export const markAllNotificationsReadAction = defineAction(markAllNotificationsRead);
