import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumb, DetailActions, DetailHeader, DetailSection, EmptyNote, Facts } from "@/components/layout/detail-page";
import { RelatedLeads } from "@/components/leads/related-leads";
import { ChangeHistory } from "@/components/meetings/change-history";
import { Badge } from "@/components/ui/badge";
import { getMeeting, meetingHistory } from "@/db/queries/meetings";
import { relatedLeads } from "@/db/queries/related-leads";
import { toLocale } from "@/i18n/locales";
import { mayCreateLeads, writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";
import { primaryButton, secondaryButton } from "@/components/form/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("detail.title") };
}

const historyFields = ["trip", "kind", "heldOn", "startsAt", "place", "company", "contacts", "attendees", "summary", "nextSteps", "nextStepOwner", "nextStepDueOn"] as const;

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("meetings");
  const id = parseRouteId((await params).id);
  const meeting = id ? await getMeeting(id) : null;
  if (!meeting) notFound();
  const [t, locale, leads, history] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    relatedLeads(user, { meeting: meeting.id }),
    meetingHistory(meeting.id),
  ]);
  const canWrite = writesTrips(user);
  // Turning a meeting into a lead follows the one lead-creation rule (the group is checked on save).
  const canMakeLead = mayCreateLeads(user);

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <Breadcrumb
        label={t("meetings.detail.breadcrumb")}
        back={meeting.tripId ? { href: `/trips/${meeting.tripId}`, title: meeting.tripTitle ?? "" } : { href: "/meetings", title: t("meetings.title") }}
        current={t("meetings.detail.title")}
      />

      <DetailHeader>
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500">
          <time dateTime={meeting.heldOn}>{formatDate(meeting.heldOn, locale)}</time>
          {meeting.startsAt ? <span>{meeting.startsAt}</span> : null}
          <Badge tone="blue">{t(`enum.meetingKind.${meeting.kind}`)}</Badge>
        </div>
        <h1 className="mt-1 text-lg font-semibold sm:text-2xl">
          <Link href={`/companies/${meeting.companyId}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {meeting.companyName}
          </Link>
        </h1>
        <Facts
          facts={[
            {
              label: t("meetings.trip"),
              value: meeting.tripId ? (
                <Link href={`/trips/${meeting.tripId}`} className="text-brand-700 hover:underline">
                  {meeting.tripTitle}
                </Link>
              ) : (
                t("meetings.noTrip")
              ),
            },
            { label: t("meetings.place"), value: meeting.place },
            { label: t("meetings.contacts"), value: meeting.contacts.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name)).join("、") },
            { label: t("meetings.attendees"), value: meeting.attendees.map((a) => a.name).join("、") },
          ]}
        />
        <DetailActions>
          {canMakeLead ? (
            <Link href={`/meetings/${meeting.id}/new-lead`} className={primaryButton}>
              {t("meetings.detail.toLead")}
            </Link>
          ) : null}
          {canWrite ? (
            <Link href={`/meetings/${meeting.id}/edit`} className={secondaryButton}>
              {t("actions.edit")}
            </Link>
          ) : null}
        </DetailActions>
      </DetailHeader>

      <section aria-labelledby="meeting-summary" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="meeting-summary" className="text-base font-semibold">
          {t("meetings.summary")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-sm leading-relaxed">{meeting.summary ?? "—"}</p>
        {meeting.nextSteps || meeting.nextStepOwnerName || meeting.nextStepDueOn ? (
          <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <h3 className="font-medium">{t("meetings.nextSteps")}</h3>
            {meeting.nextSteps ? <p className="mt-0.5 whitespace-pre-line">{meeting.nextSteps}</p> : null}
            <p className="mt-1 text-xs text-amber-800">
              {t("formKit.label", { label: t("meetings.nextStepOwner") })}
              {meeting.nextStepOwnerName ?? "—"} · {t("formKit.label", { label: t("meetings.nextStepDueOn") })}
              {formatDate(meeting.nextStepDueOn, locale)}
            </p>
          </div>
        ) : null}
      </section>

      <RelatedLeads of={{ meeting: meeting.id }} leads={leads} title={t("meetings.detail.leads")} empty={t("meetings.detail.noLeads")} />

      <DetailSection id="meeting-history" title={t("meetings.detail.history")}>
        {history.length === 0 ? (
          <EmptyNote>{meeting.createdByName ? t("meetings.history.loggedBy", { name: meeting.createdByName, time: formatDateTime(meeting.createdAt, locale) }) : "—"}</EmptyNote>
        ) : (
          <ChangeHistory entries={history} locale={locale} fieldOrder={historyFields} />
        )}
      </DetailSection>
    </div>
  );
}
