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
    "linkedom",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
