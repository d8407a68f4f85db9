// GET /cockpit/trend.svg?w=360|620|1000&year=…|from=…&to=…: the cockpit's monthly trend as an SVG
// picture (lib/charts/trend-svg.ts), for whoever reads the cockpit, within their scope.
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { monthlyTrend } from "@/db/queries/cockpit";
import { toLocale } from "@/i18n/locales";
import { readsCockpit } from "@/lib/auth/policy";
import { drawTrendSvg, trendChartSizes, type TrendChartWidth } from "@/lib/charts/trend-svg";
import { periodOrYearToDate } from "@/lib/domain/period";
import { toIsoDate } from "@/lib/format";
import { jsonError, withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

const widthParam = z.coerce.number().refine((w): w is TrendChartWidth => trendChartSizes.some((size) => size.width === w));

export const GET = withUser(async (request, { user }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const width = widthParam.safeParse(params.w);
  if (!width.success) return jsonError(400, "invalid_width");
  const today = toIsoDate(new Date());
  const period = periodOrYearToDate(params, today);
  const [t, locale, trend] = await Promise.all([getTranslations(), getLocale().then(toLocale), monthlyTrend(user, period)]);
  return new Response(drawTrendSvg(trend, today, width.data as TrendChartWidth, t, locale), {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "private, no-store",
      // Opened on its own, the picture may style itself and nothing else.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}, readsCockpit);
