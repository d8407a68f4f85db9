"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, choicesOf, Select } from "@/components/form/field";
import type { CompanyFormValues } from "@/lib/validation/company";
import { inputClass, textareaClass } from "@/components/form/styles";

export type IndustryOption = { id: number; name: string };

/** The fields of a company, shared by the company form and the create-in-place panel of the meeting form. */
export function CompanyFields({
  idPrefix,
  register,
  errors,
  industries,
  full = true,
}: {
  idPrefix: string;
  register: UseFormRegister<CompanyFormValues>;
  errors: FieldErrors<CompanyFormValues>;
  industries: IndustryOption[];
  /** The create-in-place panel asks only what a secretary knows on the spot. */
  full?: boolean;
}) {
  const t = useTranslations("companies");
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id("name")} label={t("name")} required error={errors.name?.message}>
        {(a11y) => <input {...a11y} {...register("name")} autoComplete="organization" enterKeyHint="next" className={inputClass} />}
      </Field>
      <Field id={id("creditCode")} label={t("creditCode")} hint={t("creditCodeHint")} error={errors.creditCode?.message}>
        {(a11y) => (
          <input
            {...a11y}
            {...register("creditCode")}
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            inputMode="text"
            maxLength={24}
            enterKeyHint="next"
            className={`${inputClass} font-mono uppercase tracking-wide`}
          />
        )}
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={id("province")} label={t("province")} error={errors.province?.message}>
          {(a11y) => <input {...a11y} {...register("province")} enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id={id("city")} label={t("cityLabel")} error={errors.city?.message}>
          {(a11y) => <input {...a11y} {...register("city")} enterKeyHint="next" className={inputClass} />}
        </Field>
      </div>
      <Field id={id("industryId")} label={t("industry")} error={errors.industryId?.message}>
        {(a11y) => (
          <Select {...a11y} {...register("industryId")} placeholder={t("industryNone")} options={choicesOf(industries)} />
        )}
      </Field>
      {full ? (
        <>
          <Field id={id("address")} label={t("address")} error={errors.address?.message}>
            {(a11y) => <input {...a11y} {...register("address")} autoComplete="street-address" enterKeyHint="next" className={inputClass} />}
          </Field>
          <Field id={id("description")} label={t("description")} error={errors.description?.message}>
            {(a11y) => <textarea {...a11y} {...register("description")} rows={4} className={textareaClass} />}
          </Field>
        </>
      ) : null}
    </>
  );
}
