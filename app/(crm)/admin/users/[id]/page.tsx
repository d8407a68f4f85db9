import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/layout/page-header";
import { listDistricts } from "@/db/queries/admin";
import { getUserForEdit, taskGroupOptions } from "@/db/queries/users";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("editUser") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("admin");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [t, user, groups, districts] = await Promise.all([
    getTranslations("admin"),
    getUserForEdit(viewer, id),
    taskGroupOptions(),
    listDistricts(viewer),
  ]);
  if (!user) notFound();
  return (
    <>
      <PageHeader title={`${t("editUser")}：${user.name}`} />
      <div className="space-y-6">
        <UserForm user={user} groups={groups} districts={districts} />
        <PasswordResetForm userId={user.id} name={user.name} />
      </div>
    </>
  );
}
