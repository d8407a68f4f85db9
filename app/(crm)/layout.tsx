import { AppShell } from "@/components/layout/app-shell";
import { NoticeProvider } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";

export default async function CrmLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <NoticeProvider>
      <AppShell user={user}>{children}</AppShell>
    </NoticeProvider>
  );
}
