import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { TripStatus } from "@/lib/domain/enums";

export function TripStatusBadge({ status }: { status: TripStatus }) {
  const t = useTranslations("enum.tripStatus");
  return <Badge tone={status === "done" ? "gray" : status === "ongoing" ? "green" : "blue"}>{t(status)}</Badge>;
}
