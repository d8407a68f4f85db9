import { AppShell } from "@/components/layout/app-shell";
import { NoticeProvider } from "@/components/ui/notice";
import { officeNames } from "@/db/queries/office";
import { requireSessionUser } from "@/lib/auth/session";

export default async function CrmLayout({ children }: { children: React.ReactNode }) {
  // Also for a user who must still change the password an administrator set: the account page is
  // theirs to use; every other page's own guard (requireUser/requireArea) sends them there.
  const [user, office] = await Promise.all([requireSessionUser(), officeNames()]);
  return (
    <NoticeProvider>
      <AppShell user={user} office={office}>{children}</AppShell>
    </NoticeProvider>
  );
}
