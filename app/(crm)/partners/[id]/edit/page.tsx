import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { PartnerForm } from "@/components/partners/partner-form";
import { getPartner } from "@/db/queries/partners";
import { editsPartners } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("edit") };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
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
        title={t("partners.editTitle", { name: partner.name })}
        actions={
          <Link href={`/partners/${partner.id}`} className="text-sm text-brand-700 hover:underline">
            {t("partners.backToPartner", { name: partner.name })}
          </Link>
        }
      />
      <div className="max-w-3xl">
        <PartnerForm key={partner.version} partner={partner} />
      </div>
    </>
  );
}
