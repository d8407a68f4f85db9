import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelForm } from "@/components/admin/channel-form";
import { PageHeader } from "@/components/layout/page-header";
import { taskGroupOptions } from "@/db/queries/users";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("channels"))("newTitle") };
}

export default async function NewChannelPage() {
  await requireArea("admin");
  const [t, groups] = await Promise.all([getTranslations("channels"), taskGroupOptions()]);
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("subtitle")} back={{ href: "/admin/channels", label: t("backToList") }} />
      <ChannelForm groups={groups} />
    </>
  );
}
