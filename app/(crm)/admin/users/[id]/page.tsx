import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/account/session-list";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { UserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/layout/page-header";
import { listDistricts } from "@/db/queries/admin";
import { listSessions } from "@/db/queries/sessions";
import { tripLeaderOptions } from "@/db/queries/trips";
import { getUserForEdit, taskGroupOptions } from "@/db/queries/users";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("editUser") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("admin");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [t, tAccount, user, groups, districts, sessions, leaders] = await Promise.all([
    getTranslations("admin"),
    getTranslations("account"),
    getUserForEdit(viewer, id),
    taskGroupOptions(),
    listDistricts(viewer),
    listSessions(viewer, id),
    tripLeaderOptions(),
  ]);
  if (!user) notFound();
  return (
    <>
      <PageHeader title={`${t("editUser")}：${user.name}`} />
      <div className="space-y-6">
        <UserForm user={user} groups={groups} districts={districts} leaders={leaders} />
        <PasswordResetForm userId={user.id} name={user.name} />
        <section aria-labelledby="user-sessions" className="max-w-3xl space-y-2">
          <h2 id="user-sessions" className="text-base font-semibold text-slate-900">
            {tAccount("userSessions", { name: user.name })}
          </h2>
          <SessionList sessions={sessions} caption={tAccount("userSessions", { name: user.name })} endAllFor={user.id} />
        </section>
      </div>
    </>
  );
}
