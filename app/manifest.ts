import type { MetadataRoute } from "next";

/**
 * The web app manifest. Its share_target makes an installed Parallax a destination in the system share sheet
 * (Android, ChromeOS): sharing a page opens /ingest?title=…&text=…&url=… with the page filled in for an editor
 * to confirm (a GET: nothing is added until the form is submitted).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Parallax",
    short_name: "Parallax",
    description: "How different outlets report the same event.",
    start_url: "/",
    display: "standalone",
    background_color: "#f7f6f2",
    theme_color: "#f7f6f2",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
    share_target: {
      action: "/ingest",
      method: "GET",
      params: { title: "title", text: "text", url: "url" },
    },
  };
}
