// GET /api/import/template?kind=leads|reports|trips&format=xlsx|csv: the file to fill in for an
// import, with an example row; the xlsx of leads also lists the values its columns accept.
import { z } from "zod";
import { templateChoices } from "@/db/import/template";
import { importMessages } from "@/db/import/messages";
import { canImport } from "@/lib/auth/policy";
import { attachment } from "@/lib/export/csv";
import { templateCsv, templateWorkbook } from "@/lib/import/template";
import { jsonError, withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  kind: z.enum(["leads", "reports", "trips"]),
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
});

export const GET = withUser(async (request) => {
  const url = new URL(request.url);
  const query = querySchema.safeParse({ kind: url.searchParams.get("kind") ?? undefined, format: url.searchParams.get("format") ?? undefined });
  if (!query.success) return jsonError(400, "invalid", "请选择数据类型和文件格式。");
  const { kind, format } = query.data;
  const [choices, t] = await Promise.all([templateChoices(), importMessages()]);
  const title = t.message(`import.kinds.${kind}`);
  const name = `${title}-导入模板.${format}`;
  const fallback = `import-${kind}-template.${format}`;
  if (format === "csv") {
    return new Response(templateCsv(kind, choices), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(name, fallback), "cache-control": "no-store" },
    });
  }
  const buffer = await templateWorkbook(kind, choices, title).xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": attachment(name, fallback),
      "cache-control": "no-store",
    },
  });
}, (user) => canImport(user));
