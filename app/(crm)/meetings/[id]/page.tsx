import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("detail.title") };
}

const historyFields = ["trip", "kind", "heldOn", "startsAt", "place", "company", "contacts", "attendees", "summary", "nextSteps", "nextStepOwner", "nextStepDueOn"] as const;
const buttonClass = "inline-flex min-h-11 items-center justify-center rounded-md px-4 text-sm font-semibold";

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
      <nav aria-label={t("meetings.detail.breadcrumb")} className="text-sm text-slate-500">
        {meeting.tripId ? (
          <Link href={`/trips/${meeting.tripId}`} className="hover:text-brand-700 hover:underline">
            {meeting.tripTitle}
          </Link>
        ) : (
          <Link href="/meetings" className="hover:text-brand-700 hover:underline">
            {t("meetings.title")}
          </Link>
        )}
        <span aria-hidden> / </span>
        <span>{t("meetings.detail.title")}</span>
      </nav>

      <header className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
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
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
          <dt className="text-slate-500">{t("meetings.trip")}</dt>
          <dd>
            {meeting.tripId ? (
              <Link href={`/trips/${meeting.tripId}`} className="text-brand-700 hover:underline">
                {meeting.tripTitle}
              </Link>
            ) : (
              t("meetings.noTrip")
            )}
          </dd>
          <dt className="text-slate-500">{t("meetings.place")}</dt>
          <dd>{meeting.place ?? "—"}</dd>
          <dt className="text-slate-500">{t("meetings.contacts")}</dt>
          <dd>{meeting.contacts.length ? meeting.contacts.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name)).join("、") : "—"}</dd>
          <dt className="text-slate-500">{t("meetings.attendees")}</dt>
          <dd>{meeting.attendees.length ? meeting.attendees.map((a) => a.name).join("、") : "—"}</dd>
        </dl>
        <div className="mt-4 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          {canMakeLead ? (
            <Link href={`/meetings/${meeting.id}/new-lead`} className={`${buttonClass} bg-brand-600 text-white hover:bg-brand-700`}>
              {t("meetings.detail.toLead")}
            </Link>
          ) : null}
          {canWrite ? (
            <Link href={`/meetings/${meeting.id}/edit`} className={`${buttonClass} border border-slate-300 bg-white text-slate-700 hover:border-brand-600`}>
              {t("actions.edit")}
            </Link>
          ) : null}
        </div>
      </header>

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

      <section aria-labelledby="meeting-history" className="space-y-2">
        <h2 id="meeting-history" className="text-lg font-semibold">
          {t("meetings.detail.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">
            {meeting.createdByName ? t("meetings.history.loggedBy", { name: meeting.createdByName, time: formatDateTime(meeting.createdAt, locale) }) : "—"}
          </p>
        ) : (
          <ChangeHistory entries={history} locale={locale} fieldOrder={historyFields} />
        )}
      </section>
    </div>
  );
}
