"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createChatChannelAction, updateChatChannelAction } from "@/app/(crm)/admin/channels/actions";
import { FormActions } from "@/components/form/actions";
import { Field } from "@/components/form/field";
import { lazyZodResolver } from "@/components/form/lazy-resolver";
import { inputClass } from "@/components/form/styles";
import { useActionForm } from "@/components/form/use-action-form";
import { chatChannelKinds } from "@/lib/domain/enums";
import type { chatChannelUpdateSchema } from "@/lib/validation/chat-channel";

const createResolver = lazyZodResolver(() => import("@/lib/validation/chat-channel").then((m) => m.chatChannelCreateSchema));
const updateResolver = lazyZodResolver(() => import("@/lib/validation/chat-channel").then((m) => m.chatChannelUpdateSchema));

type Values = z.input<typeof chatChannelUpdateSchema>;
type Fields = "name" | "kind" | "webhookUrl" | "secret" | "audience" | "taskGroupId";

export type EditedChannel = {
  id: number;
  version: number;
  name: string;
  kind: (typeof chatChannelKinds)[number];
  webhookUrl: string;
  secretSet: boolean;
  audience: "group" | "leadership";
  taskGroupId: number | null;
};

/** Adds a channel, or edits one (`channel`); the secret is never sent to the browser, only whether one is set. */
export function ChannelForm({ channel, groups }: { channel?: EditedChannel; groups: { id: number; name: string }[] }) {
  const t = useTranslations("channels");
  const tEnum = useTranslations("enum");
  const router = useRouter();
  const form = useForm<Values>({
    resolver: (channel ? updateResolver : createResolver) as typeof updateResolver,
    defaultValues: {
      name: channel?.name ?? "",
      kind: channel?.kind ?? "wecom",
      webhookUrl: channel?.webhookUrl ?? "",
      secret: "",
      audience: channel?.audience ?? "group",
      taskGroupId: channel?.taskGroupId ?? "",
      ...(channel ? { id: channel.id, version: channel.version, clearSecret: false } : {}),
    },
  });
  const { register, handleSubmit, formState, watch } = form;
  const action = useActionForm(form, { fields: ["name", "kind", "webhookUrl", "secret", "audience", "taskGroupId"], fixErrors: true });
  const error = (name: Fields) => formState.errors[name]?.message as string | undefined;
  const kind = watch("kind");
  const audience = watch("audience");
  const signs = kind === "dingtalk" || kind === "feishu";

  const onSubmit = handleSubmit(
    (values) =>
      action.run(
        () => (channel ? updateChatChannelAction(values) : createChatChannelAction(values)),
        (data) => {
          router.push(`/admin/channels/${data.id}`);
          router.refresh();
          return t(channel ? "saved" : "created", { name: data.name });
        },
      ),
    action.onInvalid,
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <Field id="channel-name" label={t("name")} hint={t("nameHint")} error={error("name")} required>
        {(p) => <input {...p} {...register("name")} autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="channel-kind" label={t("kind")} error={error("kind")} required>
        {(p) => (
          <select {...p} {...register("kind")} className={inputClass}>
            {chatChannelKinds.map((k) => (
              <option key={k} value={k}>
                {tEnum(`chatChannelKind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="channel-webhook" label={t("webhookUrl")} hint={t("webhookHint")} error={error("webhookUrl")} required>
        {(p) => <input {...p} {...register("webhookUrl")} type="url" inputMode="url" autoComplete="off" spellCheck={false} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      {signs ? (
        <Field id="channel-secret" label={t("secret")} hint={channel?.secretSet ? t("secretSetHint") : t("secretHint")} error={error("secret")}>
          {(p) => (
            <input
              {...p}
              {...register("secret")}
              type="password"
              autoComplete="new-password"
              placeholder={channel?.secretSet ? t("secretSet") : ""}
              className={`${inputClass} font-mono text-sm`}
            />
          )}
        </Field>
      ) : null}
      {signs && channel?.secretSet ? (
        <label className="flex min-h-11 items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" {...register("clearSecret")} className="h-5 w-5 accent-brand-600" />
          {t("clearSecret")}
        </label>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("audience")}</legend>
        <div className="flex flex-wrap gap-3">
          {(["group", "leadership"] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <input type="radio" value={value} {...register("audience")} className="h-5 w-5 accent-brand-600" />
              {value === "group" ? t("audienceGroup") : t("leadership")}
            </label>
          ))}
        </div>
      </fieldset>
      {audience === "group" ? (
        <Field id="channel-group" label={t("taskGroup")} error={error("taskGroupId")} required>
          {(p) => (
            <select {...p} {...register("taskGroupId")} className={inputClass}>
              <option value="">—</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <FormActions error={action.error} submitting={action.pending} cancelHref={channel ? `/admin/channels/${channel.id}` : "/admin/channels"} />
    </form>
  );
}
