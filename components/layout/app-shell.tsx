import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/sign-out";
import type { OfficeNames } from "@/db/queries/office";
import type { CurrentUser } from "@/lib/auth/current-user";
import { areasFor, managesSettings, writesTrips, type Area } from "@/lib/auth/policy";
import { LocaleSwitch } from "./locale-switch";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { TabBar } from "./tab-bar";

/**
 * The phone's tabs: 工作台, 会见, and the third place of the person's day: 考察 for those who log the
 * trips and their meetings (secretaries, the admin), 看板 for those who follow leads (city leaders,
 * task groups). 我的 is added by the tab bar; everything else is in the menu.
 */
function tabAreas(user: CurrentUser, areas: Area[]): Area[] {
  // Secretaries follow the leads their meetings made; leaders and task groups move leads on the board.
  const day: Area[] = ["dashboard", "meetings", writesTrips(user) ? "leads" : "board"];
  return day.filter((area) => areas.includes(area));
}

/**
 * The frame of every signed-in page. `office` is the city and agency the admin set: the sidebar names
 * the agency; until they are set it shows the neutral product name, and the admin is asked to set them.
 */
export async function AppShell({
  user,
  office,
  unreadNotifications,
  children,
}: {
  user: CurrentUser;
  office: Pick<OfficeNames, "agencyName"> | null;
  /** The bell's count (the bell is left out until the password an administrator set is changed). */
  unreadNotifications: number;
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  // Until the password an administrator set is changed, only the account page is open.
  const areas = user.mustChangePassword ? [] : areasFor(user);
  const account = (
    <div className="space-y-3 text-sm text-brand-100">
      <div>
        <span className="sr-only">{t("user.signedInAs")}</span>
        <span className="font-medium text-white">{user.name}</span>
        <span className="ml-2 text-xs">{t(`enum.role.${user.role}`)}</span>
        {user.title ? <div className="mt-0.5 text-xs opacity-80">{user.title}</div> : null}
        <Link href="/account" className="mt-1.5 inline-block rounded text-xs text-white underline-offset-2 hover:underline">
          {t("account.menuLink")}
        </Link>
      </div>
      <div className="flex items-center justify-between gap-2">
        <LocaleSwitch className="text-white" />
        <form action={signOutAction}>
          <button type="submit" className="rounded-md px-2.5 py-1.5 text-white hover:bg-white/10">
            {t("actions.signOut")}
          </button>
        </form>
      </div>
    </div>
  );
  const tabs = tabAreas(user, areas);
  const bell = user.mustChangePassword ? null : <NotificationBell initialCount={unreadNotifications} />;
  return (
    // --tab-bar-h: the height the phone's tab bar takes at the bottom (none from md up): the page is
    // padded by it and a form's save bar (components/form/actions.tsx) sticks on top of it.
    <div
      className={`min-h-screen lg:flex ${
        tabs.length ? "[--tab-bar-h:calc(3.5rem_+_1px_+_env(safe-area-inset-bottom))] md:[--tab-bar-h:0px]" : ""
      }`}
    >
      <aside className="no-print hidden w-60 shrink-0 flex-col bg-brand-800 lg:flex">
        <div className="pb-4 pl-5 pr-3 pt-3">
          <div className="flex min-h-11 items-center justify-between gap-2">
            <div className="min-w-0 text-xs text-brand-100" data-testid="office-name">{office?.agencyName ?? t("app.neutral")}</div>
            {bell}
          </div>
          <div className="text-base font-semibold text-white">{t("app.name")}</div>
        </div>
        <nav aria-label={t("nav.main")} className="flex-1 px-3">
          <NavLinks areas={areas} />
        </nav>
        <div className="border-t border-white/10 px-5 py-4">{account}</div>
      </aside>
      <header className="no-print sticky top-0 z-20 flex h-14 items-center justify-between bg-brand-800 px-3 lg:hidden">
        <span className="truncate text-base font-semibold text-white">{t("app.shortName")}</span>
        <div className="flex items-center gap-1">
          {bell}
          <MobileNav areas={areas} footer={account} />
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="min-w-0 flex-1 px-3 pb-[calc(1rem_+_var(--tab-bar-h,0px))] pt-4 outline-none sm:px-6 lg:px-8 lg:py-6"
      >
        {!office && managesSettings(user) && !user.mustChangePassword ? (
          <p role="note" className="no-print mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("office.notSetNotice")}{" "}
            <Link href="/admin/office" className="font-medium underline underline-offset-2">
              {t("office.setNow")} →
            </Link>
          </p>
        ) : null}
        {children}
      </main>
      {tabs.length ? <TabBar areas={tabs} /> : null}
    </div>
  );
}
