import type { DemoOutlet } from "./types";

/**
 * Fictional outlets. Every domain uses the reserved `.example` TLD.
 * Meridian Wire is a wire service whose copy other outlets republish.
 */
export const demoOutlets: DemoOutlet[] = [
  {
    slug: "meridian-wire",
    name: "Meridian Wire",
    domain: "meridianwire.example",
    country: "GB",
    language: "en",
  },
  {
    slug: "harbour-daily",
    name: "The Harbour Daily",
    domain: "harbourdaily.example",
    country: "GB",
    language: "en",
  },
  {
    slug: "capital-ledger",
    name: "The Capital Ledger",
    domain: "capitalledger.example",
    country: "US",
    language: "en",
  },
  {
    slug: "evening-clarion",
    name: "The Evening Clarion",
    domain: "eveningclarion.example",
    country: "US",
    language: "en",
  },
  {
    slug: "western-lantern",
    name: "The Western Lantern",
    domain: "westernlantern.example",
    country: "IE",
    language: "en",
  },
  {
    slug: "coral-coast-herald",
    name: "Coral Coast Herald",
    domain: "coralcoastherald.example",
    country: "AU",
    language: "en",
  },
  {
    slug: "lakeshore-dispatch",
    name: "The Lakeshore Dispatch",
    domain: "lakeshoredispatch.example",
    country: "CA",
    language: "en",
  },
  {
    slug: "monsoon-post",
    name: "The Monsoon Post",
    domain: "monsoonpost.example",
    country: "IN",
    language: "en",
  },
  {
    slug: "highveld-sentinel",
    name: "Highveld Sentinel",
    domain: "highveldsentinel.example",
    country: "ZA",
    language: "en",
  },
  {
    slug: "continental-review",
    name: "The Continental Review",
    domain: "continentalreview.example",
    country: "DE",
    language: "en",
  },
];
