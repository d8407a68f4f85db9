import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/partners/agreement-form";
import { getAgreement } from "@/db/queries/partners";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("agreement.editTitle") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string; agreementId: string }> }) {
  const user = await requireArea("partners");
  if (!editsPartners(user)) forbidden();
  const raw = await params;
  const [partnerId, agreementId] = [parseRouteId(raw.id), parseRouteId(raw.agreementId)];
  if (!partnerId || !agreementId) notFound();
  const [t, agreement] = await Promise.all([getTranslations(), getAgreement(agreementId)]);
  if (!agreement || agreement.partnerId !== partnerId) notFound();
  return (
    <>
      <PageHeader
        title={t("partners.agreement.editTitle")}
        subtitle={agreement.title}
        back={{ href: `/partners/${agreement.partnerId}`, label: t("partners.backToPartner", { name: agreement.partnerName }) }}
      />
      <div className="max-w-3xl">
        <AgreementForm key={agreement.version} partnerId={agreement.partnerId} agreement={agreement} />
      </div>
    </>
  );
}
