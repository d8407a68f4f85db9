"use client";
// 通知设置: per kind, in the app only or also in the morning digest of the group's chat robot.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { saveNotificationPreferencesAction } from "@/app/(crm)/account/actions";
import { FormAlert, FormSection } from "@/components/form/field";
import { primaryButton } from "@/components/form/styles";
import { callAction } from "@/components/form/submit";
import { useNotice } from "@/components/ui/notice";
import { notificationDeliveries, type NotificationDelivery, type NotificationKind } from "@/lib/domain/enums";

export function NotificationPreferences({ kinds, initial }: { kinds: readonly NotificationKind[]; initial: Partial<Record<NotificationKind, NotificationDelivery>> }) {
  const t = useTranslations();
  const notice = useNotice();
  const [choices, setChoices] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await callAction(() => saveNotificationPreferencesAction(choices), t("formKit.network"));
          setError(result.ok ? null : (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error));
          if (result.ok) notice.show("success", t("notifications.preferences.saved"));
        });
      }}
    >
      <FormSection title={t("notifications.preferences.title")} id="account-notifications">
        <p className="text-sm text-slate-600">{t("notifications.preferences.digestExplained")}</p>
        <div className="divide-y divide-slate-100">
          {kinds.map((kind) => (
            <fieldset key={kind} className="py-3">
              <legend className="float-left mb-2 w-full text-sm font-medium text-slate-800">{t(`enum.notificationKind.${kind}`)}</legend>
              <div className="clear-left grid max-w-md grid-cols-2 gap-2">
                {notificationDeliveries.map((delivery) => (
                  <label
                    key={delivery}
                    className="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-center text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:checked]:text-brand-800 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500"
                  >
                    <input
                      type="radio"
                      name={`delivery-${kind}`}
                      value={delivery}
                      checked={choices[kind] === delivery}
                      onChange={() => setChoices((current) => ({ ...current, [kind]: delivery }))}
                      className="sr-only"
                    />
                    {t(`enum.notificationDelivery.${delivery}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <FormAlert message={error} />
        <button type="submit" disabled={isPending} className={primaryButton}>
          {isPending ? t("notifications.preferences.saving") : t("notifications.preferences.save")}
        </button>
      </FormSection>
    </form>
  );
}
