"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changePasswordAction } from "@/app/(crm)/account/actions";
import { Field, FormAlert, FormSection, type FieldA11y } from "@/components/form/field";
import { callAction } from "@/components/form/submit";
import { inputClass, primaryButton } from "@/components/form/styles";

const fields = ["currentPassword", "newPassword", "confirmPassword"] as const;
type FieldName = (typeof fields)[number];

function PasswordInput({ a11y, name, autoComplete, value, onChange }: { a11y: FieldA11y; name: FieldName; autoComplete: string; value: string; onChange: (value: string) => void }) {
  return <input {...a11y} name={name} type="password" autoComplete={autoComplete} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass} />;
}

/** The user's own password change; on success every session ends and the user signs in again. */
export function PasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState<Record<FieldName, string>>({ currentPassword: "", newPassword: "", confirmPassword: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName | "_", string>>>({});
  const [isPending, startTransition] = useTransition();
  const input = (name: FieldName, autoComplete: string) =>
    function render(a11y: FieldA11y) {
      return <PasswordInput a11y={a11y} name={name} autoComplete={autoComplete} value={values[name]} onChange={(value) => setValues((v) => ({ ...v, [name]: value }))} />;
    };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await callAction(() => changePasswordAction(values), t("formKit.network"));
          if (result.ok) {
            // Every session has ended, this one too (the cookie is cleared): sign in with the new password.
            router.replace("/login?changed=1");
            return;
          }
          const next: Partial<Record<FieldName | "_", string>> = {};
          for (const name of fields) if (result.fieldErrors?.[name]?.[0]) next[name] = result.fieldErrors[name][0];
          if (Object.keys(next).length === 0) next._ = result.error;
          setErrors(next);
          const first = fields.find((name) => next[name]);
          if (first) document.getElementById(`account-${first}`)?.focus();
        });
      }}
    >
      <FormSection title={t("account.changePassword")} id="account-password-heading">
        <Field id="account-currentPassword" label={t("account.currentPassword")} error={errors.currentPassword} required>
          {input("currentPassword", "current-password")}
        </Field>
        <Field id="account-newPassword" label={t("account.newPassword")} error={errors.newPassword} hint={t("account.passwordRules")} required>
          {input("newPassword", "new-password")}
        </Field>
        <Field id="account-confirmPassword" label={t("account.confirmPassword")} error={errors.confirmPassword} required>
          {input("confirmPassword", "new-password")}
        </Field>
        <FormAlert message={errors._} />
        <p className="text-xs text-slate-500">{t("account.afterChange")}</p>
        <button
          type="submit"
          disabled={isPending}
          className={primaryButton}
        >
          {isPending ? t("account.changing") : t("account.changeSubmit")}
        </button>
      </FormSection>
    </form>
  );
}
