"use client";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Controller, type Resolver, useFieldArray, useForm } from "react-hook-form";
import { createMeetingAction, updateMeetingAction } from "@/app/(crm)/meetings/actions";
import type { IndustryOption } from "@/components/companies/company-fields";
import { CompanyPicker } from "@/components/companies/company-picker";
import { DraftBanner } from "@/components/form/draft-banner";
import { Field, FieldError, FormSection, Select } from "@/components/form/field";
import { OwnerPicker, type OwnerChoices } from "@/components/form/owner-picker";
import { PeoplePicker } from "@/components/form/people-picker";
import { FormActions } from "@/components/form/actions";
import { RadioCards } from "@/components/form/radio-cards";
import { useActionForm } from "@/components/form/use-action-form";
import { useFormDraft } from "@/components/form/use-form-draft";
import { meetingKinds, type Role } from "@/lib/domain/enums";
import { meetingDayFor, tripAttendees } from "@/lib/domain/trip-context";
import { toLocale } from "@/i18n/locales";
import { formatDateRange } from "@/lib/format";
import type { MeetingFormValues } from "@/lib/validation/meeting";
import { inputClass, smallButton, textareaClass } from "@/components/form/styles";

const meetingUpdateResolver = lazyZodResolver(() => import("@/lib/validation/meeting").then((m) => m.meetingUpdateSchema));
const meetingCreateResolver = lazyZodResolver(() => import("@/lib/validation/meeting").then((m) => m.meetingCreateSchema));

type TripOption = { id: number; title: string; startOn: string; endOn: string; leaderId: number; memberIds: number[] };
type ContactOption = { id: number; name: string; title: string | null };

/** The form's values: the schema's, plus the picked company's name so a restored draft can show it. */
type Values = MeetingFormValues & { id?: unknown; version?: unknown; companyName?: string; companyCity?: string | null };

const fields = [
  "tripId",
  "kind",
  "heldOn",
  "startsAt",
  "place",
  "companyId",
  "contactIds",
  "newContacts",
  "attendeeIds",
  "summary",
  "nextSteps",
  "nextStepOwnerId",
  "nextStepDueOn",
] as const;

export type MeetingFormProps = {
  /** The trip the meeting is logged under, fixed by the page; null lets the secretary choose (or none). */
  trip: TripOption | null;
  tripOptions: TripOption[];
  /** Our side (attendees) and the owners of the next step, with their task groups. */
  owners: OwnerChoices;
  /** The signed-in person, whose colleagues come first among the owners. */
  viewer: { role: Role; groupIds: readonly number[] };
  /** Who logs the meeting, when they take part in it: among our side of every trip chosen. */
  self: number | null;
  /** Today in China. */
  today: string;
  industries: IndustryOption[];
  defaults: Values;
  /** For an edit: the meeting's id, version and its company's people. */
  edit?: { id: number; version: number; contacts: ContactOption[] };
  cancelHref: string;
};

/**
 * Logging a meeting on a phone between two appointments: one screen, big targets, the right
 * keyboard for each field, the save button always in reach. What was typed survives a failed save
 * and, for a new meeting, a reload (a draft kept in this browser per trip until it is saved).
 */
export function MeetingForm({ trip, tripOptions, owners, viewer, self, today, industries, defaults, edit, cancelHref }: MeetingFormProps) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const router = useRouter();
  const isEdit = Boolean(edit);
  const form = useForm<Values>({
    resolver: (isEdit ? meetingUpdateResolver : meetingCreateResolver) as unknown as Resolver<Values>,
    defaultValues: defaults,
  });
  const { register, handleSubmit, formState, control, setValue, watch } = form;
  const action = useActionForm(form, { fields, fixErrors: true, scope: "meeting-form" });
  const errors = formState.errors;
  const draft = useFormDraft(isEdit ? null : `zs:draft:meeting:trip:${trip?.id ?? "none"}`, form);
  const newContacts = useFieldArray({ control, name: "newContacts" });

  const companyId = watch("companyId");
  const companyName = watch("companyName");
  const companyCity = watch("companyCity");
  const numericCompanyId = Number(companyId) || null;
  const [contactsOf, setContactsOf] = useState<{ companyId: number | null; contacts: ContactOption[] }>({
    companyId: isEdit ? Number(defaults.companyId) : null,
    contacts: edit?.contacts ?? [],
  });

  // The people of the picked company, for "people met".
  useEffect(() => {
    if (!numericCompanyId || contactsOf.companyId === numericCompanyId) return;
    const controller = new AbortController();
    fetch(`/companies/${numericCompanyId}/contacts`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { contacts: [] }))
      .then((body: { contacts: ContactOption[] }) => setContactsOf({ companyId: numericCompanyId, contacts: body.contacts }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [numericCompanyId, contactsOf.companyId]);
  const companyContacts = contactsOf.companyId === numericCompanyId ? contactsOf.contacts : [];

  const onSubmit = handleSubmit(async () => {
    const values = form.getValues();
    await action.run(
      () => (isEdit ? updateMeetingAction(values) : createMeetingAction(values)),
      (data) => {
        draft.clear();
        router.push(`/meetings/${data.id}`);
        router.refresh();
        if (isEdit && "changed" in data) {
          const changed = (data as { changed: string[] }).changed.length;
          return changed ? t("meetings.saved", { count: changed }) : t("meetings.noChange");
        }
        return t("meetings.created", { company: companyName ?? "" });
      },
    );
  }, action.onInvalid);

  const selectedTripId = Number(watch("tripId")) || null;
  const selectedTrip = trip ?? tripOptions.find((o) => o.id === selectedTripId) ?? null;
  const tripPeople = selectedTrip ? [selectedTrip.leaderId, ...selectedTrip.memberIds] : [];
  // A new meeting follows the trip chosen: its leader and delegation as our side and a day within it,
  // until the secretary changes those herself.
  const attendeesTouched = useRef(false);
  const tripField = register("tripId", {
    onChange: (event: { target: { value: string } }) => {
      if (isEdit) return;
      const chosen = tripOptions.find((o) => o.id === Number(event.target.value)) ?? null;
      if (!attendeesTouched.current) setValue("attendeeIds", tripAttendees(chosen, self));
      if (!form.getFieldState("heldOn").isDirty) setValue("heldOn", meetingDayFor(today, chosen));
    },
  });

  return (
    <form id="meeting-form" onSubmit={onSubmit} noValidate className="mx-auto max-w-2xl space-y-4">
      <DraftBanner restoredAt={draft.restoredAt} onDiscard={draft.discard} />

      <FormSection title={t("meetings.sections.when")} id="meeting-when">
        {trip ? (
          <input type="hidden" {...register("tripId")} />
        ) : (
          <Field id="meeting-trip" label={t("meetings.tripLabel")} error={errors.tripId?.message}>
            {(a11y) => (
              <Select {...a11y} {...tripField} placeholder={t("meetings.tripNone")} options={tripOptions.map((o) => ({ value: o.id, label: o.title }))} />
            )}
          </Field>
        )}
        <RadioCards
          legend={t("meetings.kind")}
          options={meetingKinds.map((value) => ({ value, label: t(`enum.meetingKind.${value}`) }))}
          field={register("kind")}
          gridClass="grid-cols-2 sm:grid-cols-4"
        >
          <FieldError id="meeting-kind" error={errors.kind?.message} />
        </RadioCards>
        <div className="grid grid-cols-2 gap-3">
          <Field
            id="meeting-held-on"
            label={t("meetings.heldOn")}
            required
            error={errors.heldOn?.message}
            hint={selectedTrip ? t("meetings.tripDates", { dates: formatDateRange(selectedTrip.startOn, selectedTrip.endOn, locale) }) : undefined}
          >
            {(a11y) => <input {...a11y} {...register("heldOn")} type="date" min={selectedTrip?.startOn} max={selectedTrip?.endOn} className={inputClass} />}
          </Field>
          <Field id="meeting-starts-at" label={t("meetings.startsAt")} error={errors.startsAt?.message}>
            {(a11y) => <input {...a11y} {...register("startsAt")} type="time" className={inputClass} />}
          </Field>
        </div>
        <Field id="meeting-place" label={t("meetings.place")} error={errors.place?.message}>
          {(a11y) => <input {...a11y} {...register("place")} placeholder={t("meetings.placePlaceholder")} enterKeyHint="next" className={inputClass} />}
        </Field>
      </FormSection>

      <FormSection title={t("meetings.sections.company")} id="meeting-company">
        <CompanyPicker
          inputId="meeting-company-input"
          label={t("meetings.company")}
          value={numericCompanyId ? { id: numericCompanyId, name: companyName ?? "", city: companyCity ?? null } : null}
          onChange={(company) => {
            setValue("companyId", company ? String(company.id) : "", { shouldDirty: true, shouldValidate: formState.isSubmitted });
            setValue("companyName", company?.name ?? "", { shouldDirty: true });
            setValue("companyCity", company?.city ?? null, { shouldDirty: true });
            setValue("contactIds", [], { shouldDirty: true });
          }}
          error={errors.companyId?.message}
          industries={industries}
        />
        <Controller
          control={control}
          name="contactIds"
          render={({ field }) =>
            numericCompanyId && companyContacts.length > 0 ? (
              <PeoplePicker
                id="meeting-contact"
                legend={t("meetings.contacts")}
                hint={t("meetings.contactsHint")}
                people={companyContacts}
                value={(field.value as string[] | undefined)?.map(String) ?? []}
                onChange={field.onChange}
                error={errors.contactIds?.message}
                filterable={companyContacts.length > 8}
              />
            ) : (
              <div>
                <p className="text-sm font-medium text-slate-700">{t("meetings.contacts")}</p>
                <p className="mt-0.5 text-xs text-slate-600">{numericCompanyId ? t("meetings.noContacts") : t("meetings.pickCompanyFirst")}</p>
                <FieldError id="meeting-contact" error={errors.contactIds?.message} />
              </div>
            )
          }
        />
        {newContacts.fields.map((item, index) => (
          <div key={item.id} role="group" aria-label={t("meetings.newContact", { n: index + 1 })} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
            <div className="grid grid-cols-2 gap-3">
              <Field id={`new-contact-${index}-name`} label={t("meetings.newContactName")} required error={errors.newContacts?.[index]?.name?.message}>
                {(a11y) => <input {...a11y} {...register(`newContacts.${index}.name`)} autoComplete="off" enterKeyHint="next" className={inputClass} />}
              </Field>
              <Field id={`new-contact-${index}-title`} label={t("meetings.newContactTitle")} error={errors.newContacts?.[index]?.title?.message}>
                {(a11y) => <input {...a11y} {...register(`newContacts.${index}.title`)} autoComplete="off" enterKeyHint="next" className={inputClass} />}
              </Field>
            </div>
            <Field id={`new-contact-${index}-phone`} label={t("meetings.newContactPhone")} error={errors.newContacts?.[index]?.phone?.message}>
              {(a11y) => <input {...a11y} {...register(`newContacts.${index}.phone`)} type="tel" inputMode="tel" autoComplete="off" enterKeyHint="next" className={inputClass} />}
            </Field>
            <button type="button" onClick={() => newContacts.remove(index)} className={`${smallButton} text-red-700`}>
              {t("meetings.removeContact")}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => newContacts.append({ name: "", title: "", phone: "" })} className={smallButton}>
          ＋ {t("meetings.addContact")}
        </button>
      </FormSection>

      <FormSection title={t("meetings.sections.people")} id="meeting-people">
        <Controller
          control={control}
          name="attendeeIds"
          render={({ field }) => (
            <PeoplePicker
              id="meeting-attendee"
              legend={t("meetings.attendees")}
              people={owners.people}
              value={(field.value as string[] | undefined)?.map(String) ?? []}
              onChange={(ids) => {
                attendeesTouched.current = true;
                field.onChange(ids);
              }}
              error={errors.attendeeIds?.message}
            />
          )}
        />
      </FormSection>

      <FormSection title={t("meetings.sections.content")} id="meeting-content">
        <Field id="meeting-summary" label={t("meetings.summary")} required error={errors.summary?.message}>
          {(a11y) => <textarea {...a11y} {...register("summary")} rows={6} placeholder={t("meetings.summaryPlaceholder")} className={textareaClass} />}
        </Field>
      </FormSection>

      <FormSection title={t("meetings.sections.next")} id="meeting-next">
        <Field id="meeting-next-steps" label={t("meetings.nextSteps")} error={errors.nextSteps?.message}>
          {(a11y) => <textarea {...a11y} {...register("nextSteps")} rows={3} placeholder={t("meetings.nextStepsPlaceholder")} className={textareaClass} />}
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="meeting-next-owner" label={t("meetings.nextStepOwner")} error={errors.nextStepOwnerId?.message}>
            {(a11y) => (
              <Controller
                control={control}
                name="nextStepOwnerId"
                render={({ field }) => (
                  <OwnerPicker
                    a11y={a11y}
                    label={t("meetings.nextStepOwner")}
                    choices={owners}
                    viewer={viewer}
                    trip={tripPeople}
                    value={field.value == null ? "" : String(field.value)}
                    onChange={field.onChange}
                    noneLabel={t("meetings.nextStepOwnerNone")}
                  />
                )}
              />
            )}
          </Field>
          <Field id="meeting-next-due" label={t("meetings.nextStepDueOn")} error={errors.nextStepDueOn?.message}>
            {(a11y) => <input {...a11y} {...register("nextStepDueOn")} type="date" className={inputClass} />}
          </Field>
        </div>
      </FormSection>

      {isEdit ? (
        <>
          <input type="hidden" {...register("id")} />
          <input type="hidden" {...register("version")} />
        </>
      ) : null}

      <FormActions error={action.error} submitting={formState.isSubmitting} cancelHref={cancelHref} />
    </form>
  );
}
