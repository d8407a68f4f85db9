import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { editablePartner } from "@/app/(crm)/partners/[id]/editable-partner";
import { PageHeader } from "@/components/layout/page-header";
import { PartnerForm } from "@/components/partners/partner-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("edit") };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const [t, partner] = await Promise.all([getTranslations(), editablePartner(params)]);
  return (
    <>
      <PageHeader
        title={t("partners.editTitle", { name: partner.name })}
        back={{ href: `/partners/${partner.id}`, label: t("partners.backToPartner", { name: partner.name }) }}
      />
      <div className="max-w-3xl">
        <PartnerForm key={partner.version} partner={partner} />
      </div>
    </>
  );
}
