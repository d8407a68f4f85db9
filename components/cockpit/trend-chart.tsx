// The monthly trend as a picture drawn on the server (GET /cockpit/trend.svg, lib/charts/trend-svg.ts),
// in the version drawn for the screen's width so its text keeps its size. It loads after the page
// (it sits below the figures); its box is reserved from the start, so nothing moves when it comes.
import { trendChartSizes } from "@/lib/charts/trend-svg";

const [phone, tablet, desktop] = trendChartSizes;
const src = (query: string, width: number) => `/cockpit/trend.svg?${query ? `${query}&` : ""}w=${width}`;

export function TrendChart({ label, query }: { label: string; query: string }) {
  return (
    <picture>
      <source media="(min-width: 1024px)" srcSet={src(query, desktop.width)} width={desktop.width} height={desktop.height} />
      <source media="(min-width: 640px)" srcSet={src(query, tablet.width)} width={tablet.width} height={tablet.height} />
      <img
        src={src(query, phone.width)}
        width={phone.width}
        height={phone.height}
        alt={label}
        loading="lazy"
        decoding="async"
        className="mx-auto h-auto w-full max-w-[360px] sm:max-w-[620px] lg:max-w-[1000px]"
      />
    </picture>
  );
}
