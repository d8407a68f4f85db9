// The picture of each kind of notification, in a tinted circle (overdue and paused in warning colours).
import type { NotificationKind } from "@/lib/domain/enums";

const icons: Record<NotificationKind, { path: string; tone: string }> = {
  task_assigned: { path: "M9 11l3 3 8-8M20 12v7a2 2 0 01-2 2H6a2 2 0 01-2-2V5a2 2 0 012-2h9", tone: "bg-brand-50 text-brand-700" },
  task_due: { path: "M12 8v4l3 2m6-2a9 9 0 11-18 0 9 9 0 0118 0z", tone: "bg-amber-50 text-amber-700" },
  task_overdue: { path: "M12 9v4m0 4h.01M10.3 3.9L1.8 18a2 2 0 001.7 3h17a2 2 0 001.7-3L13.7 3.9a2 2 0 00-3.4 0z", tone: "bg-red-50 text-red-700" },
  instruction_received: { path: "M12 20h9M16.5 3.5a2.1 2.1 0 013 3L7 19l-4 1 1-4 12.5-12.5z", tone: "bg-red-50 text-red-700" },
  instruction_answered: { path: "M3 10h10a8 8 0 018 8v2M3 10l6 6m-6-6l6-6", tone: "bg-emerald-50 text-emerald-700" },
  lead_reassigned: { path: "M8 7h12m0 0l-4-4m4 4l-4 4m0 6H4m0 0l4 4m-4-4l4-4", tone: "bg-brand-50 text-brand-700" },
  lead_changed: { path: "M11 4H4a2 2 0 00-2 2v14a2 2 0 002 2h14a2 2 0 002-2v-7M18.5 2.5a2.1 2.1 0 013 3L12 15l-4 1 1-4 9.5-9.5z", tone: "bg-slate-100 text-slate-700" },
  report_due: { path: "M8 7V3m8 4V3m-9 8h10M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z", tone: "bg-amber-50 text-amber-700" },
  channel_paused: { path: "M10 9v6m4-6v6m7-3a9 9 0 11-18 0 9 9 0 0118 0z", tone: "bg-red-50 text-red-700" },
};

export function NotificationIcon({ kind }: { kind: NotificationKind }) {
  const { path, tone } = icons[kind];
  return (
    <span aria-hidden className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-full ${tone}`}>
      <svg viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        <path d={path} />
      </svg>
    </span>
  );
}
