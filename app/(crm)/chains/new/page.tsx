import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChainForm } from "@/components/chains/chain-form";
import { PageHeader } from "@/components/layout/page-header";
import { chainFormOptions } from "@/db/queries/chains";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chains"))("newTitle") };
}

export default async function NewChainPage() {
  const user = await requireArea("chains");
  const [t, options] = await Promise.all([getTranslations(), chainFormOptions(user)]);
  if (!options.mayCreate) forbidden();
  return (
    <>
      <PageHeader
        title={t("chains.newTitle")}
        subtitle={t("chains.newSubtitle")}
        back={{ href: "/chains", label: t("chains.backToList") }}
      />
      {options.industries.length === 0 ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">{t("chains.noIndustryForYou")}</p>
      ) : (
        <div className="max-w-3xl">
          <ChainForm districts={options.districts} industries={options.industries} />
        </div>
      )}
    </>
  );
}
