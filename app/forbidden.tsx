import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { getCurrentUser } from "@/lib/auth/session";

export default async function Forbidden() {
  const [t, user] = await Promise.all([getTranslations(), getCurrentUser()]);
  const role = user ? t(`enum.role.${user.role}`) : "—";
  return (
    <StatusPage
      code={403}
      title={t("errors.forbiddenTitle")}
      body={t("errors.forbiddenBody", { role })}
      linkLabel={t("errors.backHome")}
    />
  );
}
