"use client";
// The monthly trend drawn with ECharts, imported piece by piece (core, two chart types, the
// components used, the canvas renderer) so the bundle carries only what the chart needs.
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type TrendChartProps = {
  label: string;
  months: string[];
  series: { name: string; kind: "bar" | "line"; axis: 0 | 1; values: number[] }[];
  axisNames: [string, string];
};

export default function TrendChartInner({ label, months, series, axisNames }: TrendChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: "canvas" });
    chart.setOption({
      color: ["#b91c1c", "#1d4ed8", "#059669", "#d97706"],
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: months },
      yAxis: [
        { type: "value", name: axisNames[0], minInterval: 1 },
        { type: "value", name: axisNames[1], splitLine: { show: false } },
      ],
      series: series.map((s) => ({ name: s.name, type: s.kind, yAxisIndex: s.axis, data: s.values, smooth: s.kind === "line" })),
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [months, series, axisNames]);
  return <div ref={ref} role="img" aria-label={label} className="h-72 w-full" />;
}
