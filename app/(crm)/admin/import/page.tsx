import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/admin/import-panel";
import { PageHeader } from "@/components/layout/page-header";
import { importableKinds } from "@/db/import/run-import";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  await requireArea("admin");
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ImportPanel kinds={importableKinds} />
    </>
  );
}
