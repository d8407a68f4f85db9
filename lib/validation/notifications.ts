// What the notification actions accept: 全部已读 takes nothing (it is always the caller's own), the
// choices name every kind a user may choose for, each with a known delivery, and nothing else (no
// user id: a user only ever sets their own).
import { z } from "zod";
import { notificationDeliveries, type NotificationKind } from "@/lib/domain/enums";
import { choosableKinds } from "@/lib/notifications/kinds";
import "./common";

export const markAllReadSchema = z.strictObject({});

const delivery = z.enum(notificationDeliveries);

export const notificationPreferencesSchema = z.strictObject(
  Object.fromEntries(choosableKinds.map((kind) => [kind, delivery])) as Record<Exclude<NotificationKind, "channel_paused">, typeof delivery>,
);
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesSchema>;
