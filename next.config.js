/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly modules are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "@prisma/driver-adapter-utils",
    "pg",
    "pg-boss",
    "linkedom",
  ],
  experimental: {
    // Uploads are capped at 5 MB (pasted text at 1,000,000 characters) by the ingest form and action;
    // this leaves room for the multipart overhead.
    serverActions: { bodySizeLimit: "9mb" },
    // unauthorized() and forbidden(): a refused action answers 401/403 (app/_lib/editor-action.ts), not 500.
    authInterrupts: true,
  },
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Pages get a nonce-based policy from proxy.ts; the API answers JSON, which may load and run nothing.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
