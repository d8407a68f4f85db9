"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ChainMapNode, ChainSegment } from "@/db/queries/chains";
import { formatRate } from "@/lib/domain/supporting-rate";
import { NodeCompanies } from "./node-companies";
import { NodeCreateForm, NodeEditForm } from "./node-forms";
import { AimBadge, partStatus, StatusBadge } from "./presence";

function PartRow({ part }: { part: ChainMapNode }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <li aria-label={part.name} className="rounded-md border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center gap-2 px-3 py-2">
        <span className="font-medium text-slate-900">{part.name}</span>
        <StatusBadge status={partStatus(part)} />
        <AimBadge aim={part.aim} />
        <span className="text-xs text-slate-500">
          {t("chains.gaps.targets")} {part.targets.length} · {t("chains.gaps.locals")} {part.locals.length}
        </span>
        <span className="flex-1" />
        <button
          type="button"
          aria-expanded={open}
          aria-label={t("chains.segments.editNode", { name: part.name })}
          onClick={() => setOpen((o) => !o)}
          className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
        >
          {t("actions.edit")}
        </button>
      </div>
      {open ? (
        <div className="space-y-4 border-t border-slate-100 px-3 py-3">
          <NodeEditForm node={part} isPart onDone={() => setOpen(false)} />
          <NodeCompanies nodeId={part.id} nodeName={part.name} locals={part.locals} targets={part.targets} />
        </div>
      ) : null}
    </li>
  );
}

function SegmentCard({ chainId, segment }: { chainId: number; segment: ChainSegment }) {
  const t = useTranslations();
  const [editing, setEditing] = useState(false);
  const hasParts = segment.parts.length > 0;
  return (
    <section aria-label={segment.name} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-base font-semibold text-slate-900">{segment.name}</h3>
        <span className="rounded bg-white px-1.5 py-0.5 text-xs text-slate-600 ring-1 ring-slate-200">{t(`enum.chainPosition.${segment.position}`)}</span>
        {!hasParts ? <StatusBadge status={partStatus(segment)} /> : null}
        <span className="text-xs text-slate-500">
          {t("chains.rate")} {formatRate(segment.breakdown.rate)}
        </span>
        <span className="flex-1" />
        <button
          type="button"
          aria-expanded={editing}
          aria-label={t("chains.segments.editNode", { name: segment.name })}
          onClick={() => setEditing((e) => !e)}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
        >
          {t("actions.edit")}
        </button>
      </div>
      {editing ? (
        <div className="rounded-md border border-slate-200 bg-white p-3">
          <NodeEditForm node={segment} isPart={false} onDone={() => setEditing(false)} />
        </div>
      ) : null}
      {hasParts ? (
        <ul aria-label={`${segment.name} ${t("chains.segments.parts")}`} className="space-y-2">
          {segment.parts.map((part) => (
            <PartRow key={part.id} part={part} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("chains.segments.noParts")}</p>
      )}
      <div className="rounded-md border border-dashed border-slate-300 bg-white p-3">
        <NodeCreateForm chainId={chainId} parent={{ id: segment.id, name: segment.name, position: segment.position }} />
      </div>
    </section>
  );
}

/** The editor of a chain's segments and parts, with the companies on each part. */
export function ChainStructure({ chainId, segments }: { chainId: number; segments: ChainSegment[] }) {
  const t = useTranslations();
  return (
    <div className="space-y-4">
      {segments.map((segment) => (
        <SegmentCard key={segment.id} chainId={chainId} segment={segment} />
      ))}
      <div className="rounded-lg border border-dashed border-brand-600/40 bg-white p-3 sm:p-4">
        <h3 className="mb-2 text-sm font-semibold text-slate-800">{t("chains.segments.addSegment")}</h3>
        <NodeCreateForm chainId={chainId} />
      </div>
    </div>
  );
}
