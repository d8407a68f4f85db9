"use server";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { changeOwnPassword, endSessionAs } from "@/db/mutations/account";
import { countAttempt, resetAttempts } from "@/db/mutations/sign-in-throttle";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { signOut } from "@/lib/auth";
import { accountKey, accountRule } from "@/lib/auth/authenticate";
import { getSessionUser } from "@/lib/auth/session";
import { clientFromHeaders } from "@/lib/server/client";
import { changePasswordSchema, endSessionSchema } from "@/lib/validation/account";
import { anyone } from "@/lib/auth/policy";
import { saveNotificationPreferences } from "@/db/mutations/notification-actions";

const changePassword = defineAction({
  name: "user.change_password",
  schema: changePasswordSchema,
  rule: anyone,
  allowPendingPasswordChange: true,
  async run({ input, user, tx, audit }) {
    const result = await changeOwnPassword(tx, user, input, clientFromHeaders(await headers()));
    await audit({ entity: "user", entityId: user.id, details: { passwordChanged: true, sessionsEnded: result.sessionsEnded } });
    return result;
  },
});

/**
 * Changes the signed-in user's password. The current password is a guess like any sign-in: a valid
 * request is counted on the same account-and-client key first (outside the action's transaction, so
 * a refusal still counts), and once the current password proved right (the change went through, or
 * only the new password was refused) the count is cleared. On success every session of the user has
 * ended, this one too: the cookie is cleared and the page sends the user to sign in again.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ sessionsEnded: number }>> {
  const user = await getSessionUser();
  const key = user && changePasswordSchema.safeParse(input).success ? accountKey(user.username, clientFromHeaders(await headers())) : null;
  if (key) {
    const count = await countAttempt(key, accountRule, new Date());
    if (count.attempts > accountRule.max) {
      const t = await getTranslations();
      const minutes = Math.max(1, Math.ceil((+(count.lockedUntil ?? new Date()) - Date.now()) / 60_000));
      return { ok: false, code: "invalid", error: t("errors.invalidInput"), fieldErrors: { currentPassword: [t("login.locked", { minutes })] } };
    }
  }
  const result = await changePassword(input);
  if (key && (result.ok || result.fieldErrors?.newPassword)) await resetAttempts(key);
  if (result.ok) await signOut({ redirect: false });
  return result;
}

/** "退出该设备": ends one of the user's own sessions (the admin: anyone's). */
export const endSessionAction = defineAction({
  name: "user.end_session",
  schema: endSessionSchema,
  rule: anyone,
  allowPendingPasswordChange: true,
  async run({ input, user, tx, audit }) {
    const ended = await endSessionAs(tx, user, input.sessionId, clientFromHeaders(await headers()));
    await audit({ entity: "user", entityId: ended.userId, details: { sessionEnded: true } });
    return ended;
  },
});

/** 通知设置: the caller's own choice, per kind, of in-app only or also the morning digest. */
export const saveNotificationPreferencesAction = defineAction(saveNotificationPreferences);
