import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChainForm } from "@/components/chains/chain-form";
import { RatePanel } from "@/components/chains/chain-map";
import { ChainStructure } from "@/components/chains/chain-structure";
import { PageHeader } from "@/components/layout/page-header";
import { chainFormOptions, getChainMap } from "@/db/queries/chains";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chains"))("edit") };
}

export default async function EditChainPage({ params }: Props) {
  const user = await requireArea("chains");
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const [t, map, options] = await Promise.all([getTranslations(), getChainMap(user, id), chainFormOptions(user)]);
  if (!map) notFound();
  // The actions refuse everyone else too; this only spares them a form they cannot use.
  if (!map.canEdit) forbidden();
  const { chain } = map;
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("chains.editTitle", { name: chain.name })}
        subtitle={t("chains.editSubtitle")}
        back={{ href: `/chains/${chain.id}`, label: t("chains.viewMap") }}
      />
      <ChainForm
        key={chain.version}
        chain={{ id: chain.id, version: chain.version, name: chain.name, districtId: chain.districtId, industryId: chain.industryId, description: chain.description }}
        districts={options.districts}
        industries={options.industries}
      />
      <RatePanel breakdown={map.breakdown} />
      <section aria-labelledby="segments-title" className="space-y-3">
        <h2 id="segments-title" className="text-lg font-semibold text-slate-900">
          {t("chains.segments.title")}
        </h2>
        <ChainStructure chainId={chain.id} segments={map.segments} />
      </section>
    </div>
  );
}
