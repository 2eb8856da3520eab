import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/editor/SignInForm";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonClass } from "@/components/ui/button";
import { EDITING_OFF, editingEnabled, getEditor } from "@/lib/auth";
import { signOutAction } from "./actions";
import { safeNextPath } from "./form-state";

export const metadata: Metadata = {
  title: "Editor sign-in",
  description: "Editors sign in to add articles, manage feeds, edit stories and create API tokens.",
  robots: { index: false },
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const next = safeNextPath((await searchParams).next);
  const editor = await getEditor();
  return (
    <div className="mx-auto max-w-xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Editors"
        title="Sign in"
        description="Reading is open to everyone. Adding articles, managing feeds, editing stories and creating API tokens need the editor password."
      />
      {!editingEnabled() ? (
        <Notice tone="warn" title="Editing is switched off">
          <span data-testid="editing-off">{EDITING_OFF}</span>
        </Notice>
      ) : editor ? (
        <div className="space-y-4">
          <Notice tone="ok" title="Signed in">
            You are signed in as <strong>{editor.name}</strong>. <Link href={next}>Continue</Link>
          </Notice>
          <form action={signOutAction}>
            <button type="submit" className={buttonClass("secondary")}>
              Sign out
            </button>
          </form>
        </div>
      ) : (
        <SignInForm next={next} />
      )}
    </div>
  );
}
