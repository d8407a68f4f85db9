import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { recordPageRefusal } from "@/lib/server/page-refusal";

export default async function NotFound() {
  const [t] = await Promise.all([getTranslations("errors"), recordPageRefusal("access.not_found")]);
  return <StatusPage code={404} title={t("notFoundTitle")} body={t("notFoundBody")} linkLabel={t("backHome")} />;
}
