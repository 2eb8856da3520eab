import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function OutletNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="font-serif text-3xl font-semibold">No such outlet</h1>
      <p className="text-muted">
        Parallax has no outlet at this address. Outlets are listed on the stories they covered.
      </p>
      <Link href="/" className={buttonClass("primary")}>
        All stories
      </Link>
    </div>
  );
}
