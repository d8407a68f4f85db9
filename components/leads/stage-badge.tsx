"use client";
import { useTranslations } from "next-intl";
import type { Stage } from "@/lib/domain/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const stageTone: Record<Stage, BadgeTone> = {
  contact: "gray",
  negotiating: "blue",
  inspecting: "blue",
  intent: "blue",
  signed: "green",
  started: "green",
  operating: "green",
  on_hold: "amber",
  dropped: "red",
};

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useTranslations("enum.stage");
  return <Badge tone={stageTone[stage]}>{t(stage)}</Badge>;
}
