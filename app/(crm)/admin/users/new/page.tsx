import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/layout/page-header";
import { listDistricts } from "@/db/queries/admin";
import { tripLeaderOptions } from "@/db/queries/trips";
import { taskGroupOptions } from "@/db/queries/users";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("newUser") };
}

export default async function NewUserPage() {
  const user = await requireArea("admin");
  const [t, groups, districts, leaders] = await Promise.all([getTranslations("admin"), taskGroupOptions(), listDistricts(user), tripLeaderOptions()]);
  return (
    <>
      <PageHeader title={t("newUser")} />
      <UserForm groups={groups} districts={districts} leaders={leaders} />
    </>
  );
}
