"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, type Resolver, useForm } from "react-hook-form";
import { createTripAction, updateTripAction } from "@/app/(crm)/trips/actions";
import { DraftBanner } from "@/components/form/draft-banner";
import { Field, FormSection } from "@/components/form/field";
import { PeoplePicker, type PersonOption } from "@/components/form/people-picker";
import { RadioCards } from "@/components/form/radio-cards";
import { FormActions } from "@/components/form/actions";
import { useActionForm } from "@/components/form/use-action-form";
import { useFormDraft } from "@/components/form/use-form-draft";
import { regionGroups, tripStatuses } from "@/lib/domain/enums";
import { regionOfDestinations } from "@/lib/domain/region";
import type { TripFormValues } from "@/lib/validation/trip";
import { inputClass, textareaClass } from "@/components/form/styles";

const tripUpdateResolver = lazyZodResolver(() => import("@/lib/validation/trip").then((m) => m.tripUpdateSchema));
const tripCreateResolver = lazyZodResolver(() => import("@/lib/validation/trip").then((m) => m.tripCreateSchema));

type Values = TripFormValues & { id?: unknown; version?: unknown };
const fields = ["title", "leaderId", "memberIds", "startOn", "endOn", "destinations", "region", "purpose", "status"] as const;

export function TripForm({
  leaders,
  people,
  initial,
  defaultLeaderId = null,
  cancelHref,
}: {
  leaders: PersonOption[];
  people: PersonOption[];
  initial?: Values & { id: number; version: number };
  /** A new trip's 带队领导: the leader the secretary works for. */
  defaultLeaderId?: number | null;
  cancelHref: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const isEdit = Boolean(initial);
  const [regionTouched, setRegionTouched] = useState(isEdit);
  const [regionSuggested, setRegionSuggested] = useState(false);
  const form = useForm<Values>({
    resolver: (isEdit ? tripUpdateResolver : tripCreateResolver) as unknown as Resolver<Values>,
    defaultValues: initial ?? {
      title: "",
      leaderId: defaultLeaderId ? String(defaultLeaderId) : "",
      memberIds: [],
      startOn: "",
      endOn: "",
      destinations: "",
      region: "other",
      purpose: "",
      status: "planned",
    },
  });
  const { register, handleSubmit, formState, control, setValue } = form;
  const action = useActionForm(form, { fields, fixErrors: true, scope: "trip-form" });
  const errors = formState.errors;
  const draft = useFormDraft(isEdit ? null : "zs:draft:trip:new", form);

  const onSubmit = handleSubmit(async () => {
    const values = form.getValues();
    await action.run(
      () => (isEdit ? updateTripAction(values) : createTripAction(values)),
      (data) => {
        draft.clear();
        router.push(`/trips/${data.id}`);
        router.refresh();
        return t(isEdit ? "trips.saved" : "trips.created", { title: String(values.title) });
      },
    );
  }, action.onInvalid);

  const destinations = register("destinations", {
    onChange: (event: { target: { value: string } }) => {
      if (regionTouched) return;
      // The place named first decides; none known (yet) leaves 其他.
      const region = regionOfDestinations(event.target.value);
      setValue("region", region ?? "other");
      setRegionSuggested(region !== null);
    },
  });

  return (
    <form id="trip-form" onSubmit={onSubmit} noValidate className="mx-auto max-w-2xl space-y-4">
      <DraftBanner restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <FormSection title={t("trips.sections.basics")} id="trip-basics">
        <Field id="trip-title" label={t("trips.name")} required error={errors.title?.message}>
          {(a11y) => <input {...a11y} {...register("title")} placeholder={t("trips.titlePlaceholder")} enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field id="trip-leader" label={t("trips.leader")} required error={errors.leaderId?.message}>
          {(a11y) => (
            <select {...a11y} {...register("leaderId")} className={inputClass}>
              <option value="">{t("trips.leaderPlaceholder")}</option>
              {leaders.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.title ? `（${p.title}）` : ""}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field id="trip-start" label={t("trips.startOn")} required error={errors.startOn?.message}>
            {(a11y) => <input {...a11y} {...register("startOn")} type="date" className={inputClass} />}
          </Field>
          <Field id="trip-end" label={t("trips.endOn")} required error={errors.endOn?.message}>
            {(a11y) => <input {...a11y} {...register("endOn")} type="date" className={inputClass} />}
          </Field>
        </div>
        <Field id="trip-destinations" label={t("trips.destinations")} required hint={t("trips.destinationsHint")} error={errors.destinations?.message}>
          {(a11y) => <input {...a11y} {...destinations} placeholder={t("trips.destinationsPlaceholder")} enterKeyHint="next" className={inputClass} />}
        </Field>
        <Field
          id="trip-region"
          label={t("trips.region")}
          required
          hint={regionSuggested ? t("trips.regionSuggested") : undefined}
          error={errors.region?.message}
        >
          {(a11y) => (
            <select
              {...a11y}
              {...register("region", {
                onChange: () => {
                  setRegionTouched(true);
                  setRegionSuggested(false);
                },
              })}
              className={inputClass}
            >
              {regionGroups.map((r) => (
                <option key={r} value={r}>
                  {t(`enum.region.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RadioCards legend={t("trips.status")} options={tripStatuses.map((value) => ({ value, label: t(`enum.tripStatus.${value}`) }))} field={register("status")} />
        <Field id="trip-purpose" label={t("trips.purpose")} error={errors.purpose?.message}>
          {(a11y) => <textarea {...a11y} {...register("purpose")} rows={4} className={textareaClass} />}
        </Field>
      </FormSection>
      <FormSection title={t("trips.members")} id="trip-members">
        <Controller
          control={control}
          name="memberIds"
          render={({ field }) => (
            <PeoplePicker
              id="trip-member"
              legend={t("trips.members")}
              hint={t("trips.membersHint")}
              people={people}
              value={(field.value as string[] | undefined)?.map(String) ?? []}
              onChange={field.onChange}
              error={errors.memberIds?.message ?? (errors.memberIds as { root?: { message?: string } } | undefined)?.root?.message}
            />
          )}
        />
      </FormSection>
      <FormActions error={action.error} submitting={formState.isSubmitting} cancelHref={cancelHref} />
    </form>
  );
}
