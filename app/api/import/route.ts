// Upload for the import page. Streams progress as lines of JSON while the rows are checked and
// written, then the outcome:
//   {"progress":[done,total],"phase":"check"|"write"}  …  {"outcome":{…}}
// A body over the limit is refused with 413 before it is read (Content-Length) or as soon as the
// bytes read pass it (a body sent without a length).
import { z } from "zod";
import { importFile } from "@/db/import/run-import";
import { canImport } from "@/lib/auth/policy";
import { maxImportBytes, maxImportMegabytes } from "@/lib/import/limits";
import { jsonError, withUser } from "@/lib/server/with-user";

export const dynamic = "force-dynamic";

/** The multipart envelope around the file (boundaries, the kind and commit fields). */
const envelopeBytes = 64 * 1024;
const maxBodyBytes = maxImportBytes + envelopeBytes;

const fieldsSchema = z.object({
  kind: z.enum(["leads", "reports", "trips"]),
  commit: z.enum(["0", "1"]),
});

const tooLarge = () => jsonError(413, "too_large", `文件超过 ${maxImportMegabytes} MB 的上限，请拆分为多个文件后再导入。`);

class BodyTooLargeError extends Error {}

/** The body, counting bytes as they arrive; stops reading once past `limit`. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError();
    }
    parts.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

export const POST = withUser(
  async (request, { user }) => {
    const declared = Number(request.headers.get("content-length") ?? "");
    if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge();
    let body: Uint8Array;
    try {
      body = await readLimited(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return tooLarge();
      throw error;
    }
    const form = await new Response(body as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData().catch(() => null);
    const fields = fieldsSchema.safeParse({ kind: form?.get("kind"), commit: form?.get("commit") });
    const file = form?.get("file");
    if (!fields.success || !(file instanceof File)) return jsonError(400, "invalid", "请选择数据类型和文件。");
    if (file.size > maxImportBytes) return tooLarge();

    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        try {
          const outcome = await importFile({
            kind: fields.data.kind,
            data: /\.xlsx$/i.test(file.name) ? file.stream() : new Uint8Array(await file.arrayBuffer()),
            fileName: file.name,
            user,
            commit: fields.data.commit === "1",
            onProgress: (done, total, phase) => send({ progress: [done, total], phase }),
          });
          send({ outcome });
        } catch (error) {
          console.error("[import]", error);
          send({ outcome: { ok: false, rows: 0, problems: [{ line: 0, column: "", message: "导入时系统出现异常，未导入任何数据" }] } });
        }
        controller.close();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        // no-transform: no compression (it would hold the lines back until the end); nor buffering
        // by a reverse proxy such as nginx.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  },
  (user) => canImport(user),
);
