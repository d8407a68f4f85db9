import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OfficialDocument } from "@/components/print/official-document";
import { PrintButton } from "@/components/trips/print-button";
import { relatedLeads } from "@/db/queries/related-leads";
import { companiesOfMeetings, getTrip, tripMeetings } from "@/db/queries/trips";
import { requireArea } from "@/lib/auth/session";
import { chineseItem } from "@/lib/chinese-ordinal";
import { formatDate, formatDateRange, formatMoneyFigure, toIsoDate } from "@/lib/format";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: "zh-CN", namespace: "trips" }))("report.title") };
}


export default async function TripReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("trips");
  const id = parseRouteId((await params).id);
  const trip = id ? await getTrip(id) : null;
  if (!trip) notFound();
  const [ui, zhAll, meetings, leads] = await Promise.all([
    getTranslations(),
    getTranslations({ locale: "zh-CN" }),
    tripMeetings(trip.id),
    relatedLeads(user, { trip: trip.id }),
  ]);
  const t = (key: string, values?: Record<string, string | number>) => zhAll(`trips.report.${key}` as never, values as never);
  const zh = "zh-CN" as const;
  const companies = companiesOfMeetings(meetings);
  const none = t("none");
  const line = (label: string, value: string) => (
    <p className="indent-0">
      <span className="font-bold">{label}：</span>
      {value || none}
    </p>
  );

  return (
    <>
      <OfficialDocument
        label={t("title")}
        className="space-y-4 border border-slate-200 bg-white px-5 py-8 text-[15px] leading-8 text-black shadow-sm sm:px-[20mm] sm:py-[22mm]"
        toolbar={
          <>
            <Link href={`/trips/${trip.id}`} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
              ← {ui("trips.report.back")}
            </Link>
            <div className="flex items-center gap-3">
              <span className="hidden text-xs text-slate-500 sm:inline">{ui("trips.report.hint")}</span>
              <PrintButton label={ui("actions.print")} />
            </div>
          </>
        }
      >
        <header className="text-center">
          <h1 className="text-xl font-bold leading-snug sm:text-2xl">{trip.title}</h1>
          <p className="mt-1 text-lg font-bold">{t("title")}</p>
        </header>

        <section className="space-y-1">
          <h2 className="text-base font-bold">{t("basics")}</h2>
          {line(t("leader"), `${trip.leaderName}${trip.leaderTitle ? `（${trip.leaderTitle}）` : ""}`)}
          {line(t("delegation"), trip.members.map((m) => (m.title ? `${m.name}（${m.title}）` : m.name)).join("、"))}
          {line(t("dates"), formatDateRange(trip.startOn, trip.endOn, zh))}
          {line(t("destinations"), trip.destinations)}
          {line(t("purpose"), trip.purpose ?? "")}
        </section>

        <section className="space-y-3">
          <h2 className="text-base font-bold">{t("meetingsHeading")}</h2>
          <p className="indent-8">{t("meetingsIntro", { companies: companies.length, meetings: meetings.length })}</p>
          {meetings.map((m, index) => (
            <div key={m.id} className="keep-together space-y-1">
              <h3 className="font-bold">
                {chineseItem(index + 1)}
                {formatDate(m.heldOn, zh)}
                {m.startsAt ? ` ${m.startsAt}` : ""}　{m.companyName}（{zhAll(`enum.meetingKind.${m.kind}`)}）
              </h3>
              {line(t("place"), m.place ?? "")}
              {line(t("people"), m.contacts.map((c) => (c.title ? `${c.name}（${c.title}）` : c.name)).join("、"))}
              {line(t("ours"), m.attendees.map((a) => a.name).join("、"))}
              {line(t("summary"), m.summary ?? "")}
              {line(
                t("nextSteps"),
                [
                  m.nextSteps ?? "",
                  m.nextStepOwnerName ? `（${t("owner")}：${m.nextStepOwnerName}` : "",
                  m.nextStepOwnerName && m.nextStepDueOn ? `；${t("due")}：${formatDate(m.nextStepDueOn, zh)}）` : m.nextStepOwnerName ? "）" : "",
                  !m.nextStepOwnerName && m.nextStepDueOn ? `（${t("due")}：${formatDate(m.nextStepDueOn, zh)}）` : "",
                ].join(""),
              )}
            </div>
          ))}
        </section>

        <section className="space-y-2">
          <h2 className="text-base font-bold">{t("leadsHeading")}</h2>
          {leads.length === 0 ? (
            <p className="indent-8">{t("noLeads")}</p>
          ) : (
            <>
              <p className="indent-8">{t("leadsIntro", { count: leads.length })}</p>
              <div role="region" aria-label={t("leadsHeading")} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[36rem] border-collapse text-sm leading-6 print:min-w-0">
                  <caption className="sr-only">{t("leadsHeading")}</caption>
                  <thead>
                    <tr>
                      {[t("no"), t("leadName"), t("company"), t("group"), t("ownerCol"), t("stage"), t("planned")].map((h) => (
                        <th key={h} scope="col" className="border border-black px-1.5 py-1 text-center font-bold">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {leads.map((l, index) => (
                      <tr key={l.id}>
                        <td className="border border-black px-1.5 py-1 text-center">{index + 1}</td>
                        <td className="border border-black px-1.5 py-1">{l.name}</td>
                        <td className="border border-black px-1.5 py-1">{l.companyName}</td>
                        <td className="border border-black px-1.5 py-1">{l.groupName}</td>
                        <td className="border border-black px-1.5 py-1 text-center">{l.ownerName}</td>
                        <td className="border border-black px-1.5 py-1 text-center">{zhAll(`enum.stage.${l.stage}`)}</td>
                        <td className="border border-black px-1.5 py-1 text-right tabular-nums">{l.plannedInvestment === null ? "—" : formatMoneyFigure(l.plannedInvestment, zh)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>

        <footer className="pt-6 text-right">
          {/* 填报人: who logged the trip, whoever opens the report. */}
          <p data-testid="trip-reporter">{t("reporter", { name: trip.createdByName ?? none, title: trip.createdByTitle ? `（${trip.createdByTitle}）` : "" })}</p>
          <p>{formatDate(toIsoDate(new Date()), zh)}</p>
        </footer>
      </OfficialDocument>
    </>
  );
}
