import Link from "next/link";
import { EmptyState } from "@/components/ui/EmptyState";

export default function ShareNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <EmptyState title="This link does not exist">
        Check that it was copied whole (it ends in twelve letters and digits). If it was, the story it pointed
        to has been removed. <Link href="/">Browse the stories</Link>.
      </EmptyState>
    </div>
  );
}
