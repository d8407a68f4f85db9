// GET /board/column?stage=…&cursor=…&<the board's filters>: the next page of one board column
// ("加载更多"), scoped and filtered exactly as the board page.
import { NextResponse } from "next/server";
import { z } from "zod";
import { boardColumnPage } from "@/db/queries/leads/board";
import { decodeCursor } from "@/lib/board-cursor";
import { boardFilters, noLeadFilters, parseLeadFilters } from "@/lib/lead-filters";
import type { SearchParams } from "@/lib/list-params";
import { stages } from "@/db/schema/enums";
import { canUseArea } from "@/lib/auth/policy";
import { withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

export const GET = withUser(async (request, { user }) => {
  const url = new URL(request.url);
  const stage = z.enum(stages).safeParse(url.searchParams.get("stage"));
  if (!stage.success) return NextResponse.json({ error: "invalid stage" }, { status: 400 });
  const sp: SearchParams = Object.fromEntries(url.searchParams.entries());
  const filters = boardFilters({ ...noLeadFilters, ...parseLeadFilters(sp) });
  const page = await boardColumnPage(user, stage.data, filters, decodeCursor(url.searchParams.get("cursor")));
  return NextResponse.json(page, { headers: { "cache-control": "no-store" } });
}, (user) => canUseArea(user, "board"));
