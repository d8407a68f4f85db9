// The cockpit's monthly trend as an SVG image, drawn on the server with ECharts' server-side
// renderer (GET /cockpit/trend.svg). The browser receives a picture, not a chart library: on a
// phone the library was the cockpit's heaviest script. Exact figures are in the table beneath the
// picture, so nothing depends on hovering.
//
// A month without figures is null: a gap in the line and no bar, never a zero; lines run straight
// from month to month (no smoothing that would invent values in between).
import "server-only";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Locale } from "@/i18n/locales";
import { monthName } from "@/lib/format";
import { trendPoints, type TrendMonth } from "@/lib/domain/trend";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** The widths the picture is drawn at, so that its text stays at the size drawn on every screen. */
export const trendChartSizes = [
  { width: 360, height: 360 },
  { width: 620, height: 320 },
  { width: 1000, height: 320 },
] as const;
export type TrendChartWidth = (typeof trendChartSizes)[number]["width"];

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The money axis: 亿元 in Chinese, bn CNY in English (万元 → that unit, two decimals). */
const chartMoney = (wan: number | null, locale: Locale) => (wan === null ? null : Math.round(wan / (locale === "zh-CN" ? 100 : 1_000)) / 100);
const textColor = "#475569";

export function drawTrendSvg(trend: readonly TrendMonth[], today: string, width: TrendChartWidth, t: Translate, locale: Locale): string {
  const { height } = trendChartSizes.find((size) => size.width === width)!;
  const points = trendPoints(trend, today);
  const narrow = width < 520;
  const series = [
    { name: t("cockpit.introducedShort"), type: "bar", yAxisIndex: 0, data: points.introduced, barMaxWidth: 28 },
    ...([
      ["cockpit.signedShort", points.signedInvestment],
      ["cockpit.fixedShort", points.fixedAsset],
      ["cockpit.fundsShort", points.fundsInPlace],
    ] as const).map(([key, values]) => ({
      name: t(key),
      type: "line",
      yAxisIndex: 1,
      data: values.map((v) => chartMoney(v, locale)),
      smooth: false,
      connectNulls: false,
      symbolSize: 6,
    })),
  ];
  const chart = echarts.init(null, undefined, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    color: ["#b91c1c", "#1d4ed8", "#047857", "#b45309"],
    textStyle: { fontFamily: "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif" },
    // The legend above the plot and the axis names below it, never on each other: on a phone the
    // legend wraps onto a second line and the plot starts lower.
    legend: { top: 0, left: "center", itemGap: narrow ? 8 : 16, itemWidth: 18, textStyle: { color: "#334155", fontSize: 12 } },
    grid: { left: 4, right: 4, top: narrow ? 84 : 60, bottom: 4, containLabel: true },
    xAxis: {
      type: "category",
      data: trend.map((m) => t("cockpit.monthLabel", { month: monthName(Number(m.month.slice(5)), locale) })),
      axisLabel: { color: textColor, hideOverlap: true },
    },
    yAxis: [
      { type: "value", name: t("cockpit.axisCount"), minInterval: 1, nameTextStyle: { align: "left", color: textColor }, axisLabel: { color: textColor } },
      { type: "value", name: t("cockpit.axisMoney"), splitLine: { show: false }, nameTextStyle: { align: "right", color: textColor }, axisLabel: { color: textColor } },
    ],
    series,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
