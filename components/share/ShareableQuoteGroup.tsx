import type { ComponentProps } from "react";
import { QuoteGroupCard } from "@/components/story/QuoteGroupCard";
import { CopyLinkButton } from "./CopyLinkButton";

/** A quote group card with a "Copy link" that pins this quotation as the outlets word it now. */
export function ShareableQuoteGroup({
  storyId,
  ...card
}: ComponentProps<typeof QuoteGroupCard> & { storyId: string }) {
  return (
    <div className="space-y-2">
      <QuoteGroupCard {...card} />
      <CopyLinkButton
        request={{ kind: "quote", storyId, quoteGroupId: card.group.id }}
        what={card.number !== undefined ? `quotation ${card.number}` : "this quotation"}
        label="Copy link to this quotation"
        variant="ghost"
      />
    </div>
  );
}
