import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db";

/**
 * The page a reader gets (HTTP 503) while the database is away: plain HTML with no scripts, since the app's
 * own layout reads the database. Its one style block carries the request's CSP nonce.
 */
export function unavailablePage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Database unavailable · Parallax</title>
<style nonce="${nonce}">
body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1c1917; }
h1 { font-family: Georgia, serif; font-size: 1.75rem; }
p { color: #57534e; line-height: 1.5; }
a { color: inherit; }
</style>
</head>
<body>
<main role="alert">
<h1>${DATABASE_UNAVAILABLE_MESSAGE}</h1>
<p>Parallax cannot reach its database right now. It reconnects by itself as soon as the database is back: <a href="">reload this page</a> in a few seconds.</p>
</main>
</body>
</html>`;
}
