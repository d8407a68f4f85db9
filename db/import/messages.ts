// The import report speaks Chinese whoever uploads (files and their headers are Chinese): the same
// messages, through the same next-intl translator, as the forms' zh-CN text.
import { createTranslator } from "use-intl/core";
import zhMessages from "@/messages/zh-CN";

type Messages = typeof zhMessages;

let translator: ReturnType<typeof createTranslator<Messages>> | null = null;

export async function importMessages() {
  translator ??= createTranslator({ locale: "zh-CN", messages: zhMessages });
  const t = translator;
  return {
    /** A message key such as "validation.required" or "pipeline.signedOnFuture"; unknown keys as they are. */
    message: (key: string) => (t.has(key as never) ? (t(key as never) as string) : key),
    raw: (key: string) => t.raw(key as never) as unknown,
  };
}
