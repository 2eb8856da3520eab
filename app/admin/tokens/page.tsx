import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/editor/CreateTokenForm";
import { TokenList } from "@/components/editor/TokenList";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { PageHeader } from "@/components/ui/PageHeader";
import { apiTokenList } from "@/lib/auth";

export const metadata: Metadata = { title: "API tokens", robots: { index: false } };

export default async function TokensPage() {
  await redirectUnlessEditor("/admin/tokens");
  const tokens = await apiTokenList();
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Editors"
        title="API tokens"
        description="Scripts and newsroom systems add articles through POST /api/articles with one of these tokens as 'Authorization: Bearer <token>'. Revoke a token and it stops working at once."
      />
      <CreateTokenForm />
      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Tokens ({tokens.length})
        </h2>
        <TokenList tokens={tokens} />
      </section>
    </div>
  );
}
