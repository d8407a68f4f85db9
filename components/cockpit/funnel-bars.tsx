// The funnel drawn beside its table: for each forward stage, the leads that ever reached it (the
// funnel narrows stage by stage), its width that count's share of the first stage, and between two
// stages the share that went on. 搁置 and 终止 are told below as counts now. Plain CSS, no chart
// library. The table beside it carries the same figures (with their links) for keyboards and
// screen readers, so the picture is hidden from assistive technology.
import { getTranslations } from "next-intl/server";
import type { Stage } from "@/lib/domain/enums";

const tone: Partial<Record<Stage, string>> = {
  contact: "bg-slate-500",
  negotiating: "bg-blue-600",
  inspecting: "bg-blue-700",
  intent: "bg-blue-800",
  signed: "bg-emerald-600",
  started: "bg-emerald-700",
  operating: "bg-emerald-800",
};

export type FunnelStage = { stage: Stage; count: number; reached: number | null; conversion: number | null };

export async function FunnelBars({ stages }: { stages: FunnelStage[] }) {
  const t = await getTranslations();
  const forward = stages.filter((s) => tone[s.stage] && s.reached !== null);
  const aside = stages.filter((s) => !tone[s.stage]);
  const widest = Math.max(1, ...forward.map((s) => s.reached ?? 0));
  return (
    <div aria-hidden="true" className="rounded-lg border border-slate-200 bg-white p-3" data-testid="funnel-bars">
      <p className="mb-2 text-xs text-slate-600">{t("cockpit.funnelBars")}</p>
      <ol>
        {forward.map((s, i) => (
          <li key={s.stage}>
            <div className="grid grid-cols-[4.5rem_minmax(0,1fr)_3rem] items-center gap-2 text-sm">
              <span className="truncate text-slate-700">{t(`enum.stage.${s.stage}`)}</span>
              <span className="flex h-6 justify-center">
                <span className={`block h-full rounded-sm ${tone[s.stage]}`} style={{ width: `${s.reached ? Math.max(2, (s.reached / widest) * 100) : 0}%` }} />
              </span>
              <span className="text-right font-medium tabular-nums text-slate-900">{s.reached}</span>
            </div>
            {i < forward.length - 1 ? (
              <div className="grid grid-cols-[4.5rem_minmax(0,1fr)_3rem] gap-2 text-xs leading-5 text-slate-600">
                <span />
                <span className="text-center tabular-nums">{s.conversion === null ? "" : `↓ ${s.conversion.toFixed(1)}%`}</span>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {aside.length ? (
        <p className="mt-3 border-t border-slate-100 pt-2 text-sm text-slate-700">
          {aside.map((s) => `${t(`enum.stage.${s.stage}`)} ${s.count}`).join(" · ")}
        </p>
      ) : null}
    </div>
  );
}
