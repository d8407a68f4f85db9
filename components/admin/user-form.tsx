"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserAction, updateUserAction } from "@/app/(crm)/admin/users/actions";
import { Field, FieldError, FormAlert, choicesOf, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { roles, type GroupMemberRole, type Role } from "@/db/schema/enums";
import { servesALeader } from "@/lib/auth/policy";
import type { userCreateSchema } from "@/lib/validation/user";
import { inputClass, primaryButton, secondaryButton } from "@/components/form/styles";

const userCreateResolver = lazyZodResolver(() => import("@/lib/validation/user").then((m) => m.userCreateSchema));
const userUpdateResolver = lazyZodResolver(() => import("@/lib/validation/user").then((m) => m.userUpdateSchema));

type Option = { id: number; name: string };

export type EditableUser = {
  id: number;
  username: string;
  name: string;
  title: string | null;
  role: Role;
  isPrincipal: boolean;
  phone: string | null;
  districtId: number | null;
  servesLeaderId: number | null;
  isActive: boolean;
  version: number;
  memberships: { taskGroupId: number; role: GroupMemberRole }[];
};

type CreateValues = z.input<typeof userCreateSchema>;

/** Create or edit an account: role, task groups (lead or member), district, the leader a secretary works for. */
export function UserForm({
  user,
  groups,
  districts,
  leaders,
}: {
  user?: EditableUser;
  groups: Option[];
  districts: Option[];
  /** The active city leaders: whom a secretary may work for. */
  leaders: (Option & { title: string | null })[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const isNew = !user;
  const form = useForm<CreateValues & { id?: number; version?: number; isActive?: boolean }>({
    resolver: (isNew ? userCreateResolver : userUpdateResolver) as never,
    defaultValues: user
      ? { ...user, title: user.title ?? "", phone: user.phone ?? "", districtId: user.districtId ?? "", servesLeaderId: user.servesLeaderId ?? "" }
      : { username: "", password: "", name: "", title: "", role: "member", isPrincipal: false, phone: "", districtId: "", servesLeaderId: "", memberships: [] },
  });
  const { register, handleSubmit, watch, setValue, formState } = form;
  const action = useActionForm(form, { scope: "user-form" });
  const role = watch("role");
  const memberships = watch("memberships") ?? [];
  const groupRoleOf = (groupId: number) => memberships.find((m) => m.taskGroupId === groupId)?.role ?? "";
  const setGroupRole = (groupId: number, value: string) => {
    const rest = memberships.filter((m) => m.taskGroupId !== groupId);
    setValue("memberships", value ? [...rest, { taskGroupId: groupId, role: value as GroupMemberRole }] : rest, { shouldDirty: true });
  };
  const inGroups = role === "group_lead" || role === "member";

  const isSecretary = servesALeader({ role });
  const onSubmit = handleSubmit((raw) => {
    // Only a secretary works for a leader: another role sends none.
    const values = { ...raw, servesLeaderId: isSecretary ? raw.servesLeaderId : "" };
    return action.run<{ id: number; name: string }>(
      () => (isNew ? createUserAction(values) : updateUserAction({ ...values, id: user.id, version: user.version })),
      (data) => {
        router.push("/admin");
        router.refresh();
        return t(isNew ? "admin.userCreated" : "admin.userSaved", { name: data.name });
      },
    );
  }, action.onInvalid);

  const error = (name: string) => (formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

  return (
    <form id="user-form" onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormAlert message={action.error} />
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
            <Select {...p} {...register("role")} options={roles.map((r) => ({ value: r, label: t(`enum.role.${r}`) }))} />
          )}
        </Field>
        {isSecretary ? (
          <Field id="user-serves-leader" label={t("admin.servesLeader")} hint={t("admin.servesLeaderHint")} error={error("servesLeaderId")}>
            {(p) => (
              <Select
                {...p}
                {...register("servesLeaderId")}
                placeholder={t("admin.servesLeaderNone")}
                options={leaders.map((l) => ({ value: l.id, label: l.title ? `${l.name}（${l.title}）` : l.name }))}
              />
            )}
          </Field>
        ) : null}
        {role === "leader" ? (
          <label className="flex min-h-11 items-center gap-2 self-end text-sm text-slate-700">
            <input type="checkbox" {...register("isPrincipal")} className="h-5 w-5 accent-brand-600" />
            {t("admin.isPrincipal")}
          </label>
        ) : null}
        <Field label={t("admin.phone")} error={error("phone")}>
          {(p) => <input {...p} {...register("phone")} type="tel" inputMode="tel" className={inputClass} />}
        </Field>
        <Field label={t("admin.district")} error={error("districtId")}>
          {(p) => (
            <Select {...p} {...register("districtId")} placeholder={t("admin.cityLevel")} options={choicesOf(districts)} />
          )}
        </Field>
        {!isNew ? (
          <label className="flex min-h-11 items-center gap-2 self-end text-sm text-slate-700">
            <input type="checkbox" {...register("isActive")} className="h-5 w-5 accent-brand-600" />
            {t("admin.active")}
          </label>
        ) : null}
      </div>

      {inGroups ? (
        <fieldset className="space-y-2" aria-describedby={error("memberships") ? "user-memberships-error" : undefined}>
          <legend className="text-sm font-medium text-slate-700">{t("admin.groups")}</legend>
          <FieldError id="user-memberships" error={error("memberships")} />
          <div className="grid gap-2 sm:grid-cols-2">
            {groups.map((g) => (
              <label key={g.id} className="flex min-h-11 items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-1 text-sm">
                <span>{g.name}</span>
                <select
                  aria-label={g.name}
                  value={groupRoleOf(g.id)}
                  onChange={(e) => setGroupRole(g.id, e.target.value)}
                  className="min-h-11 rounded border border-slate-300 bg-white px-2 text-base"
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
        <button type="submit" disabled={formState.isSubmitting} className={primaryButton}>
          {t("actions.save")}
        </button>
        <button type="button" onClick={() => router.push("/admin")} className={secondaryButton}>
          {t("actions.cancel")}
        </button>
      </div>
    </form>
  );
}
