"use client";
// The monthly trend drawn with ECharts, imported piece by piece (core, two chart types, the
// components used, the canvas renderer) so the bundle carries only what the chart needs.
// A month without figures is null: a gap in the line and no bar, never a zero; lines run straight
// from month to month (no smoothing that would invent values in between).
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type TrendChartProps = {
  label: string;
  months: string[];
  series: { name: string; kind: "bar" | "line"; axis: 0 | 1; values: (number | null)[]; unit: string }[];
  axisNames: [string, string];
};

/**
 * The legend above the plot and the axis names below it, never on each other: on a phone the
 * legend wraps onto a second line and the plot starts lower.
 */
const layout = (width: number) => {
  const narrow = width < 520;
  return {
    legend: { top: 0, left: "center", type: "plain" as const, itemGap: narrow ? 8 : 16, itemWidth: 18, textStyle: { color: "#334155", fontSize: 12 } },
    grid: { left: 4, right: 4, top: narrow ? 84 : 60, bottom: 4, containLabel: true },
  };
};

export default function TrendChartInner({ label, months, series, axisNames }: TrendChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "canvas" });
    let narrow = element.clientWidth < 520;
    chart.setOption({
      color: ["#b91c1c", "#1d4ed8", "#047857", "#b45309"],
      tooltip: { trigger: "axis" },
      ...layout(element.clientWidth),
      xAxis: { type: "category", data: months, axisLabel: { color: "#475569", hideOverlap: true } },
      yAxis: [
        { type: "value", name: axisNames[0], minInterval: 1, nameTextStyle: { align: "left", color: "#475569" }, axisLabel: { color: "#475569" } },
        { type: "value", name: axisNames[1], splitLine: { show: false }, nameTextStyle: { align: "right", color: "#475569" }, axisLabel: { color: "#475569" } },
      ],
      series: series.map((s) => ({
        name: s.name,
        type: s.kind,
        yAxisIndex: s.axis,
        data: s.values,
        ...(s.kind === "line" ? { smooth: false, connectNulls: false, symbolSize: 6 } : { barMaxWidth: 28 }),
        tooltip: { valueFormatter: (value: unknown) => (typeof value === "number" ? `${value.toLocaleString()}${s.unit ? ` ${s.unit}` : ""}` : "—") },
      })),
    });
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width < 520 !== narrow) {
        narrow = width < 520;
        chart.setOption(layout(width));
      }
      chart.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [months, series, axisNames]);
  return <div ref={ref} role="img" aria-label={label} className="h-80 w-full" />;
}
