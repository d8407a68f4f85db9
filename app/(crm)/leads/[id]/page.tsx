import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { LeadActions } from "@/components/leads/lead-actions";
import { LeadTimeline } from "@/components/leads/lead-timeline";
import { LogForm } from "@/components/leads/log-form";
import { StageBadge } from "@/components/leads/stage-badge";
import { OpenTaskTag } from "@/components/tasks/open-task-tag";
import { TaskForm } from "@/components/tasks/task-form";
import { canSuperviseLead, ownsOwnLeadsOnly } from "@/lib/auth/policy";
import { openTaskOfLeads } from "@/db/queries/tasks";
import { Badge } from "@/components/ui/badge";
import { getLead, groupMembers, leadFormOptions, leadTimeline } from "@/db/queries/lead-detail";
import { toLocale } from "@/i18n/locales";
import { requireArea } from "@/lib/auth/session";
import { daysInStage } from "@/lib/domain/pipeline";
import { daysSince } from "@/lib/domain/stale";
import { formatDate, formatDateRange, formatDateTime, formatMoney, toIsoDate } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ task?: string }> };

const parseId = (raw: string) => (/^\d{1,12}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leads");
  return { title: t("detailTitle") };
}

export default async function LeadPage({ params, searchParams }: Props) {
  const user = await requireArea("leads");
  const id = parseId((await params).id);
  // A lead outside the viewer's scope is answered exactly like one that does not exist.
  const lead = id ? await getLead(user, id) : null;
  if (!lead) notFound();
  const [t, locale, events, members, options, openTasks] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    leadTimeline(user, lead.id),
    lead.canReassign || canSuperviseLead(user, lead) || (lead.canChange && !ownsOwnLeadsOnly(user)) ? groupMembers(lead.taskGroupId) : Promise.resolve([]),
    lead.canChange ? leadFormOptions() : Promise.resolve({ districts: [], industries: [], leaders: [], agreements: [] }),
    openTaskOfLeads([lead.id]),
  ]);
  const openTask = openTasks.get(lead.id);
  // 督办's link opens the task form at once.
  const openTaskForm = (await searchParams).task === "1";
  const now = new Date();
  const today = toIsoDate(now);
  const isOverdue = Boolean(lead.nextFollowUpOn && lead.nextFollowUpOn < today && lead.stage !== "dropped");
  const facts: [string, React.ReactNode][] = [
    [t("leads.company"), `${lead.companyName}${lead.companyCity ? `（${lead.companyCity}）` : ""}`],
    [t("leads.group"), lead.groupName],
    [t("leads.owner"), `${lead.ownerName}${lead.ownerTitle ? `（${lead.ownerTitle}）` : ""}`],
    [t("leads.leader"), lead.leaderName ? `${lead.leaderName}${lead.leaderTitle ? `（${lead.leaderTitle}）` : ""}` : "—"],
    [t("leads.district"), lead.districtName ?? "—"],
    [t("leads.industry"), lead.industryName ?? "—"],
    [t("leads.source"), t(`enum.source.${lead.source}`)],
    [t("leads.planned"), formatMoney(lead.plannedInvestment, locale)],
    [t("leads.signed"), formatMoney(lead.signedInvestment, locale)],
    [t("leads.signedOn"), formatDate(lead.signedOn, locale)],
    [t("leads.stageEntered"), formatDateTime(lead.stageEnteredAt, locale)],
    [t("leads.lastActivity"), formatDateTime(lead.lastActivityAt, locale)],
    [t("leads.nextFollowUp"), formatDate(lead.nextFollowUpOn, locale)],
    // Where the lead came from: the trip and the meeting, each a link back.
    [
      t("leads.originTrip"),
      lead.originTripId && lead.originTripTitle && lead.originTripStartOn && lead.originTripEndOn ? (
        <>
          <Link href={`/trips/${lead.originTripId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {lead.originTripTitle}
          </Link>
          {`（${lead.originTripLeaderName ?? ""}，${formatDateRange(lead.originTripStartOn, lead.originTripEndOn, locale)}）`}
        </>
      ) : (
        "—"
      ),
    ],
    [
      t("leads.originMeeting"),
      lead.originMeetingId && lead.originMeetingHeldOn ? (
        <>
          <Link href={`/meetings/${lead.originMeetingId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {`${formatDate(lead.originMeetingHeldOn, locale)} ${lead.originMeetingCompany ?? ""}`}
          </Link>
          {lead.originMeetingPlace ? `，${lead.originMeetingPlace}` : ""}
        </>
      ) : (
        "—"
      ),
    ],
    [t("leads.chainNode"), lead.chainNodeName ? `${lead.chainName ?? ""} · ${lead.chainNodeName}` : "—"],
    [t("leads.agreement"), lead.agreementTitle ?? "—"],
    [t("leads.createdBy"), `${lead.createdByName ?? "—"} · ${formatDateTime(lead.createdAt, locale)}`],
    [t("leads.updatedBy"), lead.updatedByName ? `${lead.updatedByName} · ${formatDateTime(lead.updatedAt, locale)}` : formatDateTime(lead.updatedAt, locale)],
  ];
  return (
    <>
      <nav aria-label={t("leads.breadcrumb")} className="mb-2 text-sm">
        <Link href="/leads" className="text-brand-700 hover:underline">
          ← {t("leads.title")}
        </Link>
      </nav>
      <PageHeader
        title={lead.name}
        subtitle={lead.companyName}
        actions={
          <LeadActions
            lead={lead}
            canChange={lead.canChange}
            canReassign={lead.canReassign}
            members={members}
            options={options}
          />
        }
      />
      <section aria-label={t("leads.status")} className="mb-5 flex flex-wrap items-center gap-2 text-sm">
        <StageBadge stage={lead.stage} />
        <span className="text-slate-600">{t("leads.daysInStage", { days: daysInStage(lead.stageEnteredAt, now) })}</span>
        {lead.isStale ? (
          <Badge tone="amber">{t("leads.staleFor", { days: daysSince(lead.lastActivityAt, now) })}</Badge>
        ) : null}
        {isOverdue ? <Badge tone="red">{t("leads.overdueSince", { date: formatDate(lead.nextFollowUpOn, locale) })}</Badge> : null}
        {openTask ? (
          <span className="inline-flex items-center gap-1 rounded-md border border-slate-200 bg-white px-2 py-0.5">
            <span className="text-xs text-slate-500">{t("leads.openTask")}</span>
            <OpenTaskTag task={openTask} />
          </span>
        ) : null}
        {lead.stageReason ? <span className="text-slate-600">{t("leads.stageReason", { reason: lead.stageReason })}</span> : null}
      </section>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="lead-facts">
          <h2 id="lead-facts" className="mb-2 text-lg font-semibold">{t("leads.facts")}</h2>
          <dl className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-[7rem_minmax(0,1fr)] gap-3 px-3 py-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="break-words text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {lead.description ? (
            <div className="mt-4">
              <h3 className="mb-1 text-sm font-medium text-slate-700">{t("leads.description")}</h3>
              <p className="whitespace-pre-line rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm text-slate-800">{lead.description}</p>
            </div>
          ) : null}
        </section>
        <section aria-labelledby="lead-timeline" className="space-y-4">
          {lead.canChange ? <LogForm leadId={lead.id} mode="team" nextFollowUpOn={lead.nextFollowUpOn} /> : null}
          {lead.canInstruct ? <LogForm leadId={lead.id} mode="instruction" nextFollowUpOn={null} /> : null}
          {canSuperviseLead(user, lead) || lead.canChange ? (
            <details id="lead-task" open={openTaskForm}>
              <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-brand-700 bg-white px-3 text-sm font-medium text-brand-700">
                {t(canSuperviseLead(user, lead) ? "leads.supervise" : "tasks.create")}
              </summary>
              <div className="mt-2">
                <TaskForm
                  mode={canSuperviseLead(user, lead) ? "supervision" : "manual"}
                  leadId={lead.id}
                  owners={ownsOwnLeadsOnly(user) ? [{ id: user.id, name: user.name, title: null }] : members}
                  viewerId={user.id}
                  heading={t(canSuperviseLead(user, lead) ? "leads.supervise" : "tasks.create")}
                />
              </div>
            </details>
          ) : null}
          <h2 id="lead-timeline" className="text-lg font-semibold">{t("leads.timeline.title")}</h2>
          <LeadTimeline events={events} title={t("leads.timeline.title")} viewer={user} />
        </section>
      </div>
    </>
  );
}
