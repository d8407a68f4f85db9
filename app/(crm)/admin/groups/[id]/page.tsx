import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TaskGroupForm } from "@/components/admin/task-group-form";
import { PageHeader } from "@/components/layout/page-header";
import { getTaskGroupForEdit } from "@/db/queries/task-groups";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("groupEdit"))("title") };
}

export default async function EditTaskGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireArea("admin");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [data, t] = await Promise.all([getTaskGroupForEdit(viewer, id), getTranslations("groupEdit")]);
  if (!data) notFound();
  return (
    <>
      <PageHeader title={`${t("title")}：${data.group.name}`} subtitle={t("subtitle")} />
      <TaskGroupForm group={data.group} leaders={data.leaders} industries={data.industries} />
    </>
  );
}
