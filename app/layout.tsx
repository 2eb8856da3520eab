import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { EditorStatus } from "@/components/editor/EditorStatus";
import { Logo } from "@/components/ui/Logo";
import { MainNav } from "@/components/ui/MainNav";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    template: "%s · Parallax",
    default: "Parallax — how outlets report the same story",
  },
  description:
    "Parallax groups news articles about one event into a story and lays the outlets side by side: which quotations each uses, in which wording, and what each leaves out.",
  applicationName: "Parallax",
  referrer: "strict-origin-when-cross-origin",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f2" },
    { media: "(prefers-color-scheme: dark)", color: "#141413" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: a prerendered page would lack the CSP nonce proxy.ts issues.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to main content
        </a>
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
            <Link href="/" className="group flex items-center gap-2.5 no-underline">
              <Logo className="size-7 text-accent" />
              {/* No aria-label: the accessible name must contain the visible text (WCAG 2.5.3, label in name). */}
              <span className="font-serif text-xl font-semibold tracking-tight">Parallax</span>
              <span className="hidden text-sm text-muted md:inline">· one story, every outlet</span>
              <span className="sr-only"> — all stories</span>
            </Link>
            <MainNav />
            <EditorStatus />
          </div>
        </header>

        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>

        <footer className="mt-16 border-t border-line bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">
            <p className="max-w-[70ch]">
              <strong className="font-semibold text-ink">Parallax</strong> groups reports of one event and
              compares them quotation by quotation. Quotes are found and aligned automatically: check the
              source before citing.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
