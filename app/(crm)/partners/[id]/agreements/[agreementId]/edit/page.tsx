import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/partners/agreement-form";
import { getAgreement } from "@/db/queries/partners";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("agreement.editTitle") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string; agreementId: string }> }) {
  const user = await requireArea("partners");
  if (!editsPartners(user)) forbidden();
  const { id, agreementId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(agreementId)) notFound();
  const [t, agreement] = await Promise.all([getTranslations(), getAgreement(Number(agreementId))]);
  if (!agreement || agreement.partnerId !== Number(id)) notFound();
  return (
    <>
      <PageHeader
        title={t("partners.agreement.editTitle")}
        subtitle={agreement.title}
        actions={
          <Link href={`/partners/${agreement.partnerId}`} className="text-sm text-brand-700 hover:underline">
            {t("partners.backToPartner", { name: agreement.partnerName })}
          </Link>
        }
      />
      <div className="max-w-3xl">
        <AgreementForm key={agreement.version} partnerId={agreement.partnerId} agreement={agreement} />
      </div>
    </>
  );
}
