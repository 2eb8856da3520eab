"use client";

/** Last resort when the root layout itself fails: plain markup, its own styles (globals.css is not loaded). */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "40rem",
          margin: "4rem auto",
          padding: "0 1rem",
          lineHeight: 1.5,
        }}
      >
        <title>Parallax is unavailable</title>
        <h1>Parallax could not start this page</h1>
        <p>
          Something went wrong on the server. Try again in a moment; if it keeps failing, check the server
          log.
        </p>
        <button type="button" onClick={() => retry()} style={{ padding: "0.5rem 1rem", fontSize: "1rem" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
