import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-16 text-center sm:px-6">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="font-serif text-3xl font-semibold">Article not found</h1>
      <p className="text-muted">
        There is no article at this address. It may have been removed, or the link may be incomplete.
      </p>
      <Link href="/" className={buttonClass("primary")}>
        Browse all stories
      </Link>
    </div>
  );
}
