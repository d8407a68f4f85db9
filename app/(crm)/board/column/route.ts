// GET /board/column?stage=…&cursor=…&<the board's filters>: the next page of one board column
// ("加载更多"), scoped and filtered exactly as the board page.
import { NextResponse } from "next/server";
import { z } from "zod";
import { boardColumnPage, decodeCursor, noLeadFilters, parseLeadFilters } from "@/db/queries/leads";
import type { SearchParams } from "@/db/queries/list-params";
import { stages } from "@/db/schema/enums";
import { getCurrentUser } from "@/lib/auth/session";
import { canUseArea } from "@/lib/auth/permissions";
import { boardFilters } from "@/lib/board-filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (!canUseArea(user.role, "board")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const url = new URL(request.url);
  const stage = z.enum(stages).safeParse(url.searchParams.get("stage"));
  if (!stage.success) return NextResponse.json({ error: "invalid stage" }, { status: 400 });
  const sp: SearchParams = Object.fromEntries(url.searchParams.entries());
  const filters = boardFilters({ ...noLeadFilters, ...parseLeadFilters(sp) });
  const page = await boardColumnPage(user, stage.data, filters, decodeCursor(url.searchParams.get("cursor")));
  return NextResponse.json(page, { headers: { "cache-control": "no-store" } });
}
