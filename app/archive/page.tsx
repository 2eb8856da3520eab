import { redirect } from "next/navigation";

/** /archive: today's page (UTC), from which the previous-day links lead back. */
export default function ArchiveIndex() {
  redirect(`/archive/${new Date().toISOString().slice(0, 10)}`);
}
