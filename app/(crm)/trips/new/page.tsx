import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { TripForm } from "@/components/trips/trip-form";
import { peopleOptions, servedLeader, tripLeaderOptions } from "@/db/queries/trips";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("newTitle") };
}

export default async function NewTripPage() {
  const user = await requireArea("trips");
  if (!writesTrips(user)) forbidden();
  const [t, leaders, people, leader] = await Promise.all([getTranslations(), tripLeaderOptions(), peopleOptions(), servedLeader(user)]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("trips.newTitle")} subtitle={t("trips.newSubtitle")} />
      {/* A secretary's trip is her leader's: he leads it unless she picks another. */}
      <TripForm leaders={leaders} people={people} defaultLeaderId={leader?.id ?? null} cancelHref="/trips" />
    </div>
  );
}
