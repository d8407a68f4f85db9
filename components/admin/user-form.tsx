"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import type { z } from "zod";
import { createUserAction, updateUserAction } from "@/app/(crm)/admin/users/actions";
import { inputClass } from "@/components/form/field";
import { FormField as Field } from "@/components/ui/form-field";
import { useNotice } from "@/components/ui/notice";
import { useFieldMessage } from "@/components/form/field";
import { roles, type GroupMemberRole, type Role } from "@/db/schema/enums";
import type { ActionResult } from "@/lib/actions/result";
import { userCreateSchema, userUpdateSchema } from "@/lib/validation/user";

type Option = { id: number; name: string };

export type EditableUser = {
  id: number;
  username: string;
  name: string;
  title: string | null;
  role: Role;
  phone: string | null;
  districtId: number | null;
  isActive: boolean;
  version: number;
  memberships: { taskGroupId: number; role: GroupMemberRole }[];
};

type CreateValues = z.input<typeof userCreateSchema>;

/** Create or edit an account: role, task groups (lead or member), district. */
export function UserForm({ user, groups, districts }: { user?: EditableUser; groups: Option[]; districts: Option[] }) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const fieldMessage = useFieldMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const isNew = !user;
  const schema = isNew ? userCreateSchema : userUpdateSchema;
  const form = useForm<CreateValues & { id?: number; version?: number; isActive?: boolean }>({
    resolver: zodResolver(schema as typeof userCreateSchema) as never,
    defaultValues: user
      ? { ...user, title: user.title ?? "", phone: user.phone ?? "", districtId: user.districtId ?? "" }
      : { username: "", password: "", name: "", title: "", role: "member", phone: "", districtId: "", memberships: [] },
  });
  const { register, handleSubmit, watch, setValue, setError, formState } = form;
  const role = watch("role");
  const memberships = watch("memberships") ?? [];
  const groupRoleOf = (groupId: number) => memberships.find((m) => m.taskGroupId === groupId)?.role ?? "";
  const setGroupRole = (groupId: number, value: string) => {
    const rest = memberships.filter((m) => m.taskGroupId !== groupId);
    setValue("memberships", value ? [...rest, { taskGroupId: groupId, role: value as GroupMemberRole }] : rest, { shouldDirty: true });
  };
  const inGroups = role === "group_lead" || role === "member";

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result: ActionResult<{ id: number; name: string }> = isNew
      ? await createUserAction(values)
      : await updateUserAction({ ...values, id: user.id, version: user.version });
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as FieldPath<CreateValues>, { message: messages[0] });
      }
      setFormError(result.error);
      return;
    }
    notice.show("success", t(isNew ? "admin.userCreated" : "admin.userSaved", { name: result.data.name }));
    router.push("/admin");
    router.refresh();
  });

  const error = (name: string) => (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {isNew ? (
          <>
            <Field label={t("admin.username")} error={error("username")} hint={t("admin.usernameHint")}>
              {(p) => <input {...p} {...register("username")} autoCapitalize="none" autoComplete="off" className={inputClass} />}
            </Field>
            <Field label={t("admin.initialPassword")} error={error("password")} hint={t("admin.passwordHint")}>
              {(p) => <input {...p} {...register("password")} type="password" autoComplete="new-password" className={inputClass} />}
            </Field>
          </>
        ) : (
          <div className="sm:col-span-2 text-sm text-slate-600">
            {t("admin.username")}: <span className="font-mono">{user.username}</span>
          </div>
        )}
        <Field label={t("admin.name")} error={error("name")}>
          {(p) => <input {...p} {...register("name")} className={inputClass} />}
        </Field>
        <Field label={t("admin.title_")} error={error("title")}>
          {(p) => <input {...p} {...register("title")} className={inputClass} />}
        </Field>
        <Field label={t("admin.role")} error={error("role")}>
          {(p) => (
            <select {...p} {...register("role")} className={inputClass}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`enum.role.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("admin.phone")} error={error("phone")}>
          {(p) => <input {...p} {...register("phone")} type="tel" inputMode="tel" className={inputClass} />}
        </Field>
        <Field label={t("admin.district")} error={error("districtId")}>
          {(p) => (
            <select {...p} {...register("districtId")} className={inputClass}>
              <option value="">{t("admin.cityLevel")}</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {!isNew ? (
          <label className="flex items-center gap-2 self-end text-sm text-slate-700">
            <input type="checkbox" {...register("isActive")} className="h-4 w-4" />
            {t("admin.active")}
          </label>
        ) : null}
      </div>

      {inGroups ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{t("admin.groups")}</legend>
          {error("memberships") ? <p className="text-sm text-red-700">{fieldMessage(error("memberships"))}</p> : null}
          <div className="grid gap-2 sm:grid-cols-2">
            {groups.map((g) => (
              <label key={g.id} className="flex items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
                <span>{g.name}</span>
                <select
                  aria-label={g.name}
                  value={groupRoleOf(g.id)}
                  onChange={(e) => setGroupRole(g.id, e.target.value)}
                  className="rounded border border-slate-300 px-2 py-1 text-sm"
                >
                  <option value="">—</option>
                  {role === "group_lead" ? <option value="lead">{t("admin.groupRoleLead")}</option> : null}
                  <option value="member">{t("admin.groupRoleMember")}</option>
                </select>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className="flex gap-3">
        <button type="submit" disabled={formState.isSubmitting} className="rounded-md bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
          {t("actions.save")}
        </button>
        <button type="button" onClick={() => router.push("/admin")} className="rounded-md border border-slate-300 px-5 py-2 text-sm">
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
