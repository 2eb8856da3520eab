import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { AddWebhookForm } from "@/components/editor/AddWebhookForm";
import { WebhookList } from "@/components/editor/WebhookList";
import { redirectUnlessEditor } from "@/components/editor/require-editor-page";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { listWebhooks } from "@/lib/webhooks";
import { webhookFormStart } from "./form-state";

export const metadata: Metadata = { title: "Webhooks", robots: { index: false } };

export const dynamic = "force-dynamic";

/** A prefill from a link (?story=… from a story page): one short text value, else nothing. */
const startWith = (value: string | string[] | undefined) =>
  typeof value === "string" && value.length <= 2000 ? value : undefined;

/** Editors only: webhooks, their recent deliveries, adding and removing them. */
export default async function WebhooksPage({ searchParams }: PageProps<"/admin/webhooks">) {
  await redirectUnlessEditor("/admin/webhooks");
  const [webhooks, params] = await Promise.all([listWebhooks(), searchParams]);
  // A fresh random secret to start from; nothing is stored until the form is sent.
  const suggestedSecret = randomBytes(24).toString("base64url");
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6 sm:py-10">
      <PageHeader
        eyebrow="Editors"
        title="Webhooks"
        description="Parallax POSTs a signed JSON message to each webhook when something happens in the stories it follows: a new article, an article edited after publication, an editor’s merge or split. A delivery that fails is retried with growing pauses; after repeated failures it is listed on the Background jobs page."
      />
      {params.removed === "1" ? (
        <div data-testid="webhook-removed">
          <Notice tone="ok" title="Webhook removed" live>
            Nothing more is sent to it.
          </Notice>
        </div>
      ) : null}
      <AddWebhookForm
        key={params.removed === "1" ? "after-removal" : "form"}
        suggestedSecret={suggestedSecret}
        start={webhookFormStart({ story: startWith(params.story), search: startWith(params.search) })}
      />
      <section aria-labelledby="webhooks-heading" className="space-y-4">
        <h2 id="webhooks-heading" className="text-xs font-semibold tracking-[0.12em] text-muted uppercase">
          Webhooks ({webhooks.length})
        </h2>
        <WebhookList webhooks={webhooks} />
      </section>
      <p className="text-sm text-muted">
        The payload, its headers and how to check a signature: <code>docs/webhooks.md</code>.
      </p>
    </div>
  );
}
