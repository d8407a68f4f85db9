import Link from "next/link";
import { useTranslations } from "next-intl";
import { DetailSection, detailListClass, EmptyNote } from "@/components/layout/detail-page";
import { Badge } from "@/components/ui/badge";
import type { CompanyChainPart, CompanyChainPlaces } from "@/db/queries/chains";

type Group = { key: "covers" | "targetOf" | "fills"; parts: (CompanyChainPart & { priority?: number | null })[] };

/** The company's place in the chains: each part a link to its chain's map, "chain › part". */
export function CompanyChains({ places }: { places: CompanyChainPlaces }) {
  const t = useTranslations("companies.detail");
  const groups: Group[] = (["covers", "targetOf", "fills"] as const).map((key) => ({ key, parts: places[key] })).filter((g) => g.parts.length > 0);
  return (
    <DetailSection id="company-chains" title={t("chains")}>
      {groups.length === 0 ? (
        <EmptyNote>{t("noChains")}</EmptyNote>
      ) : (
        <>
          <p className="text-xs text-slate-500">{t("chainsIntro")}</p>
          <ul className={detailListClass}>
            {groups.map((group) => (
              <li key={group.key} className="px-4 py-3 text-sm">
                <h3 className="text-xs font-medium text-slate-500">{t(group.key)}</h3>
                <ul aria-label={t(group.key)} className="mt-1 space-y-1">
                  {group.parts.map((part) => (
                    <li key={part.nodeId} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                      <Link href={`/chains/${part.chainId}`} className="min-w-0 break-words font-medium text-brand-700 hover:underline">
                        {part.chainName} › {part.nodeName}
                      </Link>
                      {part.segmentName ? <span className="text-xs text-slate-500">{part.segmentName}</span> : null}
                      {part.priority ? <Badge tone="blue">{t("priority", { priority: part.priority })}</Badge> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </DetailSection>
  );
}
