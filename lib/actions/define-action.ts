import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { clientFromHeaders } from "@/lib/server/client";
import { definedAction } from "./marker";
import { runAction, type ActionDefinition, type ActionMessages, type Revalidation } from "./run-action";
import type { ActionResult } from "./result";

function revalidate(revalidations: Revalidation[]) {
  for (const r of revalidations) {
    if (typeof r === "string") revalidatePath(r);
    else revalidatePath(r.path, r.type);
  }
}

/**
 * Every server action is made with this: it parses the input with zod, loads the signed-in user,
 * refuses users the action's policy rule refuses, runs the change and its audit-log row in one
 * transaction and, once that committed, revalidates the action's pages. A server action is a public
 * POST endpoint, so nothing here trusts the caller. The function it returns carries a mark
 * (lib/actions/marker.ts) that tests/unit/actions-wrapped.test.ts looks for on every export.
 */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  const action = async function action(input: unknown): Promise<ActionResult<T>> {
    const [user, tAll, locale, requestHeaders] = await Promise.all([getSessionUser(), getTranslations(), getLocale(), headers()]);
    const t = (key: string, values?: Record<string, string>) => tAll(`errors.${key}`, values);
    const messages: ActionMessages = {
      unauthenticated: t("unauthenticated"),
      forbidden: t("forbidden"),
      invalid: t("invalidInput"),
      notFound: t("notFound"),
      unexpected: t("unexpected"),
      mustChangePassword: tAll("account.mustChangeFirst"),
      conflict: (who, when) => t("conflict", { who, when: formatDateTime(when, toLocale(locale)) }),
      translate: (key) => (tAll.has(key as never) ? tAll(key as never) : key),
    };
    return runAction(definition, user, input, messages, clientFromHeaders(requestHeaders), revalidate);
  };
  return Object.assign(action, { [definedAction]: definition.name });
}
