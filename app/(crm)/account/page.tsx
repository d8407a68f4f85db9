import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { SessionList } from "@/components/account/session-list";
import { secondaryButton } from "@/components/form/styles";
import { LocaleSwitch } from "@/components/layout/locale-switch";
import { PageHeader } from "@/components/layout/page-header";
import { signOutAction } from "@/app/actions/sign-out";
import { NotificationPreferences } from "@/components/account/notification-preferences";
import { notificationDeliveries as deliveriesOf } from "@/db/queries/notifications";
import { listSessions } from "@/db/queries/sessions";
import { choosableKinds } from "@/lib/notifications/kinds";
import { requireSessionUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** "我的账号": change the password, see and end signed-in devices. Open also while the password must be changed. */
export default async function AccountPage() {
  const user = await requireSessionUser();
  const [t, sessions, deliveries] = await Promise.all([getTranslations(), listSessions(user, user.id), deliveriesOf(user.id)]);
  return (
    <>
      <PageHeader title={t("account.title")} subtitle={`${user.name} · ${user.username} · ${t(`enum.role.${user.role}`)}`} />
      <div className="max-w-3xl space-y-6">
        {user.mustChangePassword ? (
          <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">{t("account.mustChangeTitle")}</p>
            <p className="mt-1">{t("account.mustChangeBody")}</p>
          </div>
        ) : null}
        {/* 我的 on a phone (no sidebar below lg): the language and signing out, in reach of the thumb. */}
        <section aria-labelledby="account-device" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:hidden">
          <h2 id="account-device" className="sr-only">
            {t("user.thisDevice")}
          </h2>
          <LocaleSwitch tone="light" />
          <form action={signOutAction}>
            <button type="submit" className={secondaryButton}>
              {t("actions.signOut")}
            </button>
          </form>
        </section>
        <PasswordForm />
        {/* Until the password is changed nothing else is open, the notifications included. */}
        {user.mustChangePassword ? null : <NotificationPreferences kinds={choosableKinds} initial={Object.fromEntries(choosableKinds.map((kind) => [kind, deliveries[kind]]))} />}
        <section aria-labelledby="account-devices" className="space-y-2">
          <h2 id="account-devices" className="text-base font-semibold text-slate-900">
            {t("account.devices")}
          </h2>
          <p className="text-sm text-slate-500">{t("account.devicesHint")}</p>
          <SessionList sessions={sessions} caption={t("account.devices")} />
        </section>
      </div>
    </>
  );
}
