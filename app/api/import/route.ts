// Upload for the import page. Streams progress as lines of JSON, then the outcome:
//   {"progress":[done,total]}  …  {"outcome":{…}}
import { z } from "zod";
import { canImport, importFile } from "@/db/import/run-import";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

const maxBytes = 20 * 1024 * 1024;
const fieldsSchema = z.object({
  kind: z.enum(["leads", "reports", "trips"]),
  commit: z.enum(["0", "1"]),
});

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!canImport(user)) return Response.json({ error: "forbidden" }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const fields = fieldsSchema.safeParse({ kind: form?.get("kind"), commit: form?.get("commit") });
  const file = form?.get("file");
  if (!fields.success || !(file instanceof File)) return Response.json({ error: "invalid" }, { status: 400 });
  if (file.size > maxBytes) return Response.json({ error: "too_large" }, { status: 413 });
  const data = new Uint8Array(await file.arrayBuffer());

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const outcome = await importFile({
          kind: fields.data.kind,
          data,
          fileName: file.name,
          user,
          commit: fields.data.commit === "1",
          onProgress: (done, total) => send({ progress: [done, total] }),
        });
        send({ outcome });
      } catch (error) {
        console.error("[import]", error);
        send({ outcome: { ok: false, rows: 0, problems: [{ line: 0, column: "", message: "导入时系统出现异常，未导入任何数据" }] } });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
