import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function ArchiveDayNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="font-serif text-3xl font-semibold">Not a day</h1>
      <p className="text-muted">
        A day&rsquo;s news lives at <code>/archive/YYYY-MM-DD</code>, a day of the calendar such as{" "}
        <code>/archive/2026-02-01</code>.
      </p>
      <Link href="/archive" className={buttonClass("primary")}>
        Today&rsquo;s news
      </Link>
    </div>
  );
}
