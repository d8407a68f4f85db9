import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { MeetingKind } from "@/lib/domain/enums";
import type { Locale } from "@/i18n/locales";
import { formatDate } from "@/lib/format";

export type MeetingCardData = {
  id: number;
  kind: MeetingKind;
  heldOn: string;
  startsAt: string | null;
  place: string | null;
  summary: string | null;
  nextSteps: string | null;
  nextStepDueOn: string | null;
  nextStepOwnerName: string | null;
  companyId: number;
  companyName: string;
  contacts: { name: string; title: string | null }[];
  attendees: { name: string }[];
};

/** One meeting of a trip, readable on a phone: when, with whom, what was said, what comes next. */
export function MeetingCard({ meeting, locale, leadNames }: { meeting: MeetingCardData; locale: Locale; leadNames: string[] }) {
  const t = useTranslations();
  return (
    <article aria-labelledby={`meeting-${meeting.id}-title`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-500">
        <time dateTime={meeting.heldOn}>{formatDate(meeting.heldOn, locale)}</time>
        {meeting.startsAt ? <span>{meeting.startsAt}</span> : null}
        <Badge tone="blue">{t(`enum.meetingKind.${meeting.kind}`)}</Badge>
      </div>
      <h3 id={`meeting-${meeting.id}-title`} className="mt-1 text-base font-semibold">
        <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
          {meeting.companyName}
        </Link>
      </h3>
      {meeting.place ? <p className="mt-0.5 text-sm text-slate-600">{meeting.place}</p> : null}
      {meeting.contacts.length ? (
        <p className="mt-2 text-sm">
          <span className="text-slate-500">{t("formKit.label", { label: t("meetings.contacts") })}</span>
          {meeting.contacts.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name)).join("、")}
        </p>
      ) : null}
      {meeting.attendees.length ? (
        <p className="mt-1 text-sm">
          <span className="text-slate-500">{t("formKit.label", { label: t("meetings.attendees") })}</span>
          {meeting.attendees.map((a) => a.name).join("、")}
        </p>
      ) : null}
      {meeting.summary ? <p className="mt-2 whitespace-pre-line text-sm leading-relaxed text-slate-800">{meeting.summary}</p> : null}
      {meeting.nextSteps ? (
        <div className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-medium">{t("formKit.label", { label: t("meetings.nextSteps") })}</span>
          {meeting.nextSteps}
          {meeting.nextStepOwnerName || meeting.nextStepDueOn ? (
            <span className="mt-0.5 block text-xs text-amber-800">
              {[
                meeting.nextStepOwnerName ? `${t("formKit.label", { label: t("meetings.nextStepOwner") })}${meeting.nextStepOwnerName}` : null,
                meeting.nextStepDueOn ? `${t("formKit.label", { label: t("meetings.nextStepDueOn") })}${formatDate(meeting.nextStepDueOn, locale)}` : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          ) : null}
        </div>
      ) : null}
      {leadNames.length ? (
        <p className="mt-2 text-sm text-emerald-800">
          <span className="font-medium">{t("formKit.label", { label: t("meetings.detail.leads") })}</span>
          {leadNames.join("、")}
        </p>
      ) : null}
    </article>
  );
}
