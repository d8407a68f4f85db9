"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resetPasswordAction } from "@/app/(crm)/admin/users/actions";
import { Field } from "@/components/form/field";
import { callAction } from "@/components/form/submit";
import { useNotice } from "@/components/ui/notice";
import { inputClass, secondaryButton } from "@/components/form/styles";

export function PasswordResetForm({ userId, name }: { userId: number; name: string }) {
  const t = useTranslations();
  const notice = useNotice();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [isPending, startTransition] = useTransition();
  return (
    <form
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await callAction(() => resetPasswordAction({ id: userId, password }), t("formKit.network"));
          if (!result.ok) {
            setError(result.fieldErrors?.password?.[0] ?? result.error);
            return;
          }
          setError(undefined);
          setPassword("");
          notice.show("success", t("admin.passwordWasReset", { name }));
        });
      }}
    >
      <h2 className="text-base font-semibold">{t("admin.resetPassword")}</h2>
      <Field label={t("admin.newPassword")} error={error} hint={`${t("admin.passwordHint")} ${t("account.resetMustChange")}`}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} className={inputClass} />}
      </Field>
      <button type="submit" disabled={isPending} className={secondaryButton}>
        {t("admin.resetPassword")}
      </button>
    </form>
  );
}
