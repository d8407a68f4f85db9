import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { TripForm } from "@/components/trips/trip-form";
import { getTrip, peopleOptions, tripLeaderOptions } from "@/db/queries/trips";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/route-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("editTitle") };
}

export default async function EditTripPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireArea("trips");
  if (!writesTrips(user)) forbidden();
  const id = parseRouteId((await params).id);
  const trip = id ? await getTrip(id) : null;
  if (!trip) notFound();
  const [t, leaders, people] = await Promise.all([getTranslations(), tripLeaderOptions(), peopleOptions()]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("trips.editTitle")} subtitle={trip.title} />
      <TripForm
        leaders={leaders}
        people={people}
        cancelHref={`/trips/${trip.id}`}
        initial={{
          id: trip.id,
          version: trip.version,
          title: trip.title,
          leaderId: String(trip.leaderId),
          memberIds: trip.members.map((m) => String(m.id)),
          startOn: trip.startOn,
          endOn: trip.endOn,
          destinations: trip.destinations,
          region: trip.region,
          purpose: trip.purpose ?? "",
          status: trip.status,
        }}
      />
    </div>
  );
}
