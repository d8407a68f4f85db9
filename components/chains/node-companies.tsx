"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { addNodeCompanyAction, removeNodeCompanyAction } from "@/app/(crm)/chains/actions";
import { Badge } from "@/components/ui/badge";
import { Field, Select } from "@/components/form/field";
import { useActionForm } from "@/components/form/use-action-form";
import { useNotice } from "@/components/ui/notice";
import { chainCompanyRoles, targetPriorities } from "@/lib/domain/enums";
import type { ChainCompany } from "@/db/queries/chains";
import type { nodeCompanySchema } from "@/lib/validation/chain";
import { CompanyNameField } from "@/components/companies/company-picker";
import { primaryButton } from "@/components/form/styles";

const nodeCompanyResolver = lazyZodResolver(() => import("@/lib/validation/chain").then((m) => m.nodeCompanySchema));

function CompanyList({ title, companies, showPriority }: { title: string; companies: ChainCompany[]; showPriority: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const notice = useNotice();
  const [isPending, startTransition] = useTransition();
  return (
    <div>
      <h5 className="mb-1 text-xs font-medium text-slate-500">{title}</h5>
      {companies.length === 0 ? (
        <p className="text-sm text-slate-600">—</p>
      ) : (
        <ul aria-label={title} className="space-y-1">
          {companies.map((c) => (
            <li key={c.linkId} className="flex items-center justify-between gap-2 rounded border border-slate-100 bg-slate-50 px-2 py-1 text-sm">
              <span className="min-w-0">
                {c.name}
                {showPriority && c.priority ? (
                  <span className="ml-2">
                    <Badge tone="blue">{t("chains.gaps.priority", { priority: c.priority })}</Badge>
                  </span>
                ) : null}
              </span>
              <button
                type="button"
                disabled={isPending}
                aria-label={t("chains.segments.removeCompany", { name: c.name })}
                onClick={() =>
                  startTransition(async () => {
                    const result = await removeNodeCompanyAction({ id: c.linkId });
                    if (!result.ok) notice.show("error", result.error);
                    else {
                      notice.show("success", t("chains.segments.companyRemoved"));
                      router.refresh();
                    }
                  })
                }
                className="shrink-0 rounded px-1.5 text-slate-500 hover:bg-red-50 hover:text-red-700"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const fields = ["companyName", "companyId", "role", "priority"] as const;

/** The local and target companies of a part, and the form that adds one (picked or typed). */
export function NodeCompanies({ nodeId, nodeName, locals, targets }: { nodeId: number; nodeName: string; locals: ChainCompany[]; targets: ChainCompany[] }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof nodeCompanySchema>, unknown, z.output<typeof nodeCompanySchema>>({
    resolver: nodeCompanyResolver,
    defaultValues: { chainNodeId: nodeId, companyId: null, companyName: "", role: "target", priority: "1" },
  });
  const { errors, isSubmitting } = form.formState;
  const action = useActionForm(form, { fields, notifyError: true });
  const role = form.watch("role");
  const onSubmit = form.handleSubmit(async (values) => {
    await action.run(
      () => addNodeCompanyAction(values),
      (data) => {
        form.reset({ chainNodeId: nodeId, companyId: null, companyName: "", role: values.role, priority: values.priority ? String(values.priority) : "1" });
        router.refresh();
        return t("chains.segments.companyAdded", { name: data.companyName, role: t(`chains.segments.roles.${values.role}`) });
      },
    );
  });
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <CompanyList title={t("chains.gaps.targets")} companies={targets} showPriority />
        <CompanyList title={t("chains.gaps.locals")} companies={locals} showPriority={false} />
      </div>
      <form onSubmit={onSubmit} noValidate aria-label={`${t("chains.segments.addCompany")}：${nodeName}`} className="grid items-start gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
        <Field label={t("chains.segments.company")} error={errors.companyName?.message ?? errors.companyId?.message}>
          {(a) => (
            <Controller
              control={form.control}
              name="companyName"
              render={({ field }) => (
                <CompanyNameField
                  id={a.id}
                  label={t("chains.segments.company")}
                  a11y={a}
                  value={{ companyId: (form.watch("companyId") as number | null) ?? null, companyName: (field.value as string) ?? "" }}
                  onChange={(v) => {
                    form.setValue("companyId", v.companyId);
                    field.onChange(v.companyName);
                  }}
                />
              )}
            />
          )}
        </Field>
        <Field label={t("chains.segments.role")} error={errors.role?.message}>
          {(a) => (
            <Select {...a} {...form.register("role")} options={chainCompanyRoles.map((r) => ({ value: r, label: t(`chains.segments.roles.${r}`) }))} />
          )}
        </Field>
        <Field label={t("chains.segments.priority")} error={errors.priority?.message}>
          {(a) => (
            <Select {...a} {...form.register("priority")} disabled={role !== "target"} options={targetPriorities.map((p) => ({ value: p, label: t(`chains.segments.priorities.${p}`) }))} />
          )}
        </Field>
        <div className="sm:pt-6">
          <button type="submit" disabled={isSubmitting} className={`${primaryButton} w-full whitespace-nowrap`}>
            {t("chains.segments.addCompany")}
          </button>
        </div>
      </form>
    </div>
  );
}
