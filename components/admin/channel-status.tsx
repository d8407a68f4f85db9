import { Badge } from "@/components/ui/badge";

/** A channel's state as a badge: paused (it kept failing), enabled or disabled. */
export function ChannelStatus({ channel, t }: { channel: { isActive: boolean; pausedAt: Date | null }; t: (key: "active" | "disabled" | "paused") => string }) {
  if (channel.pausedAt) return <Badge tone="red">{t("paused")}</Badge>;
  return channel.isActive ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="gray">{t("disabled")}</Badge>;
}
