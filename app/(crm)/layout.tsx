import { AppShell } from "@/components/layout/app-shell";
import { NoticeProvider } from "@/components/ui/notice";
import { unreadNotificationCount } from "@/db/queries/notifications";
import { officeNames } from "@/db/queries/office";
import { requireSessionUser } from "@/lib/auth/session";

export default async function CrmLayout({ children }: { children: React.ReactNode }) {
  // Also for a user who must still change the password an administrator set: the account page is
  // theirs to use; every other page's own guard (requireUser/requireArea) sends them there.
  const office = officeNames();
  const user = await requireSessionUser();
  // The bell's count: one read of the partial index of the unread (none until the password is changed).
  const [officeRow, unread] = await Promise.all([office, user.mustChangePassword ? 0 : unreadNotificationCount(user.id)]);
  return (
    <NoticeProvider>
      <AppShell user={user} office={officeRow} unreadNotifications={unread}>{children}</AppShell>
    </NoticeProvider>
  );
}
