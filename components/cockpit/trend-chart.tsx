"use client";
// Loads the chart only in the browser, after the page: the cockpit's figures come first and light.
import dynamic from "next/dynamic";
import type { TrendChartProps } from "./trend-chart-inner";

const Inner = dynamic(() => import("./trend-chart-inner"), {
  ssr: false,
  loading: () => <div className="h-80 w-full animate-pulse rounded bg-slate-100" />,
});

export function TrendChart(props: TrendChartProps) {
  return <Inner {...props} />;
}
