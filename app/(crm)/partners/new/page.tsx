import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { PartnerForm } from "@/components/partners/partner-form";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("newTitle") };
}

export default async function NewPartnerPage() {
  const user = await requireArea("partners");
  if (!editsPartners(user)) forbidden();
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("partners.newTitle")}
        back={{ href: "/partners", label: t("partners.backToList") }}
      />
      <div className="max-w-3xl">
        <PartnerForm />
      </div>
    </>
  );
}
