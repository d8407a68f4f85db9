import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AgreementForm } from "@/components/partners/agreement-form";
import { getPartner } from "@/db/queries/partners";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("agreement.new") };
}

export default async function NewAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("partners");
  if (!editsPartners(user)) forbidden();
  const raw = (await params).id;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const [t, detail] = await Promise.all([getTranslations(), getPartner(user, Number(raw))]);
  if (!detail) notFound();
  const { partner } = detail;
  return (
    <>
      <PageHeader
        title={t("partners.agreement.newTitle", { partner: partner.name })}
        actions={
          <Link href={`/partners/${partner.id}`} className="text-sm text-brand-700 hover:underline">
            {t("partners.backToPartner", { name: partner.name })}
          </Link>
        }
      />
      <div className="max-w-3xl">
        <AgreementForm partnerId={partner.id} />
      </div>
    </>
  );
}
