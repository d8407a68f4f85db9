import Link from "next/link";
import { useTranslations } from "next-intl";
import { StageBadge } from "@/components/leads/stage-badge";
import { Badge } from "@/components/ui/badge";
import type { ChainMap, ChainMapNode, ChainTarget } from "@/db/queries/chains";
import { CreateLeadFromTarget } from "./create-lead-from-target";
import { AimBadge, partStatus, StatusBadge } from "./presence";

type LeadContext = {
  chain: ChainMap["chain"];
  canCreateLeads: boolean;
  owners: ChainMap["owners"];
  isMember: boolean;
};

const leadHref = (name: string) => `/leads?q=${encodeURIComponent(name)}`;

function TargetRow({ target, node, context }: { target: ChainTarget; node: ChainMapNode; context: LeadContext }) {
  const t = useTranslations("chains.gaps");
  const lead = target.lead;
  const isLive = lead !== null && lead.stage !== "dropped";
  const { chain } = context;
  return (
    <li aria-label={target.name} className="flex flex-wrap items-center justify-between gap-2 py-2">
      <div className="min-w-0">
        <span className="font-medium text-slate-900">{target.name}</span>
        {target.city ? <span className="ml-2 text-xs text-slate-500">{target.city}</span> : null}
        {target.priority ? (
          <span className="ml-2">
            <Badge tone="blue">{t("priority", { priority: target.priority })}</Badge>
          </span>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {lead ? (
          <>
            <StageBadge stage={lead.stage} />
            <Link href={leadHref(lead.name)} className="text-brand-700 underline-offset-2 hover:underline">
              {lead.name}
            </Link>
          </>
        ) : target.hasLeadElsewhere ? (
          <Badge>{t("leadElsewhere")}</Badge>
        ) : (
          <span className="text-xs text-slate-500">{t("noLead")}</span>
        )}
        {!isLive && !target.hasLeadElsewhere && context.canCreateLeads && chain.taskGroupId !== null ? (
          <CreateLeadFromTarget
            context={{
              chain: { districtId: chain.districtId, industryId: chain.industryId, taskGroupId: chain.taskGroupId },
              chainNodeId: node.id,
              companyId: target.companyId,
            }}
            companyName={target.name}
            nodeName={node.name}
            owners={context.owners}
            isMember={context.isMember}
          />
        ) : null}
      </div>
    </li>
  );
}

function GapCard({ node, segmentName, context }: { node: ChainMapNode; segmentName: string | null; context: LeadContext }) {
  const t = useTranslations();
  const status = partStatus(node);
  const targetCompanies = new Set(node.targets.map((x) => x.companyId));
  const otherLeads = node.leads.filter((l) => !targetCompanies.has(l.companyId));
  const headingId = `gap-${node.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {node.name}
        </h3>
        <StatusBadge status={status} />
        <AimBadge aim={node.aim} />
        {segmentName ? (
          <span className="text-xs text-slate-500">{t("chains.gaps.segmentOf", { name: segmentName })}</span>
        ) : null}
      </header>
      {status === "filled" ? <p className="mt-1 text-sm text-emerald-700">{t("chains.gaps.filledBy")}</p> : null}
      <h4 className="mt-3 text-xs font-medium text-slate-500">{t("chains.gaps.targets")}</h4>
      {node.targets.length === 0 ? (
        <p className="text-sm text-slate-500">{t("chains.gaps.noTargets")}</p>
      ) : (
        <ul aria-label={`${node.name} ${t("chains.gaps.targets")}`} className="divide-y divide-slate-100">
          {node.targets.map((target) => (
            <TargetRow key={target.linkId} target={target} node={node} context={context} />
          ))}
        </ul>
      )}
      {otherLeads.length > 0 ? (
        <>
          <h4 className="mt-3 text-xs font-medium text-slate-500">{t("chains.gaps.otherLeads")}</h4>
          <ul className="space-y-1 text-sm">
            {otherLeads.map((lead) => (
              <li key={lead.id} className="flex flex-wrap items-center gap-2">
                <StageBadge stage={lead.stage} />
                <Link href={leadHref(lead.name)} className="text-brand-700 hover:underline">
                  {lead.name}
                </Link>
                <span className="text-xs text-slate-500">{lead.companyName}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {node.locals.length > 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("chains.gaps.localsOf", { names: node.locals.map((c) => c.name).join("、") })}</p>
      ) : null}
    </article>
  );
}

const order = { missing: 0, partial: 1, filled: 2, present: 3 } as const;

/** 填空题: each gap (missing or partly present leaf) with its targets; then the targets of present parts. */
export function GapList({ map, isMember }: { map: ChainMap; isMember: boolean }) {
  const t = useTranslations("chains.gaps");
  const context: LeadContext = { chain: map.chain, canCreateLeads: map.canCreateLeads, owners: map.owners, isMember };
  const segmentName = new Map(map.segments.flatMap((s) => s.parts.map((p) => [p.id, s.name] as const)));
  const gaps = map.leaves
    .filter((n) => n.presence !== "present")
    .sort((a, b) => order[partStatus(a)] - order[partStatus(b)]);
  const strengthen = map.leaves.filter((n) => n.presence === "present" && n.targets.length > 0);
  const cards = (nodes: typeof gaps) => (
    <div className="grid gap-3 xl:grid-cols-2">
      {nodes.map((node) => (
        <GapCard key={node.id} node={node} segmentName={segmentName.get(node.id) ?? null} context={context} />
      ))}
    </div>
  );
  return (
    <>
      <CardSection id="gap-list-title" title={t("title")} subtitle={t("subtitle")}>
        {gaps.length === 0 ? <p className="text-sm text-slate-500">{t("none")}</p> : null}
        {cards(gaps)}
      </CardSection>
      {strengthen.length > 0 ? (
        <CardSection id="strengthen-title" title={t("strengthenTitle")} subtitle={t("strengthenSubtitle")}>
          {cards(strengthen)}
        </CardSection>
      ) : null}
    </>
  );
}

function CardSection({ id, title, subtitle, children }: { id: string; title: string; subtitle: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-sm text-slate-500">{subtitle}</p>
      </div>
      {children}
    </section>
  );
}
