import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { editablePartner } from "@/app/(crm)/partners/[id]/editable-partner";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/partners/agreement-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("agreement.new") };
}

export default async function NewAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const [t, partner] = await Promise.all([getTranslations(), editablePartner(params)]);
  return (
    <>
      <PageHeader
        title={t("partners.agreement.newTitle", { partner: partner.name })}
        back={{ href: `/partners/${partner.id}`, label: t("partners.backToPartner", { name: partner.name }) }}
      />
      <div className="max-w-3xl">
        <AgreementForm partnerId={partner.id} />
      </div>
    </>
  );
}
