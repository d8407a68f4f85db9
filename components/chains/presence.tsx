import { useTranslations } from "next-intl";
import type { ChainAim, ChainPresence } from "@/lib/domain/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

/** How a part shows on the map: its recorded presence, or "filled" when a signed lead covers it. */
export type PartStatus = ChainPresence | "filled";

export const partStatus = (node: { presence: ChainPresence; covered: boolean }): PartStatus =>
  node.covered && node.presence !== "present" ? "filled" : node.presence;

const tone: Record<PartStatus, BadgeTone> = { present: "green", filled: "green", partial: "amber", missing: "red" };

/** A glyph per status, so the map reads without colour too. */
export const statusGlyph: Record<PartStatus, string> = { present: "●", filled: "✓", partial: "◐", missing: "○" };

export function StatusBadge({ status }: { status: PartStatus }) {
  const t = useTranslations("chains.map.status");
  return (
    <Badge tone={tone[status]}>
      <span aria-hidden className="mr-1">
        {statusGlyph[status]}
      </span>
      {t(status)}
    </Badge>
  );
}

export function AimBadge({ aim }: { aim: ChainAim | null }) {
  const t = useTranslations("enum.chainAim");
  return aim ? <Badge tone="blue">{t(aim)}</Badge> : null;
}
