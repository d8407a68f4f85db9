import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChainMapView, RatePanel } from "@/components/chains/chain-map";
import { GapList } from "@/components/chains/gap-list";
import { PageHeader } from "@/components/layout/page-header";
import { getChainMap } from "@/db/queries/chains";
import { ownsOwnLeadsOnly } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";
import { primaryButton, secondaryButton } from "@/components/form/styles";

type Props = { params: Promise<{ id: string }> };


export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chains"))("title") };
}

export default async function ChainPage({ params }: Props) {
  const user = await requireArea("chains");
  const id = parseRouteId((await params).id);
  if (id === null) notFound();
  const [t, map] = await Promise.all([getTranslations(), getChainMap(user, id)]);
  if (!map) notFound();
  const { chain } = map;
  return (
    <div className="space-y-4">
      <PageHeader
        title={chain.name}
        subtitle={[chain.districtName, chain.industryName, chain.taskGroupName ?? t("chains.noTaskGroup")].join(" · ")}
        actions={
          <>
            <Link href="/chains" className="text-sm text-brand-700 hover:underline">
              {t("chains.backToList")}
            </Link>
            <Link href={`/chains/${chain.id}/print`} className={secondaryButton}>
              {t("chains.print.open")}
            </Link>
            {map.canEdit ? (
              <Link href={`/chains/${chain.id}/edit`} className={primaryButton}>
                {t("chains.edit")}
              </Link>
            ) : null}
          </>
        }
      />
      {chain.description ? <p className="max-w-4xl text-sm leading-relaxed text-slate-700">{chain.description}</p> : null}
      {!map.canEdit ? <p className="text-xs text-slate-500">{t("chains.readOnly", { group: chain.taskGroupName ?? t("chains.noTaskGroup") })}</p> : null}
      <RatePanel breakdown={map.breakdown} />
      <ChainMapView segments={map.segments} emptyText={map.canEdit ? t("chains.map.emptyEditable") : t("chains.map.empty")} />
      <GapList map={map} isMember={ownsOwnLeadsOnly(user)} />
    </div>
  );
}
