import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ONLY_DB_TALKS_TO_PRISMA = { group: ["@/prisma/generated/*"], message: "Only lib/db talks to Prisma." };
const THE_APP_DOES_NOT_RUN_THE_LAB = {
  group: ["@/lab", "@/lab/*", "**/lab/*"],
  message: "lab/ (benchmarks, evaluations, fuzzing) may use lib/; lib/ and app/ never use lab/.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-ignore": true, "ts-nocheck": true, "ts-expect-error": "allow-with-description" },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        { patterns: [ONLY_DB_TALKS_TO_PRISMA, THE_APP_DOES_NOT_RUN_THE_LAB] },
      ],
    },
  },
  {
    // The domain core takes plain data and returns plain data: no framework, no database.
    files: [
      "lib/extract/**",
      "lib/text/**",
      "lib/quotes/**",
      "lib/cluster/**",
      "lib/compare/**",
      "lib/feeds/**",
      "lib/domain/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "next",
                "next/*",
                "react",
                "react-dom",
                "@prisma/*",
                "@/prisma/*",
                "@/lib/db",
                "@/lib/db/*",
                "../db",
                "../db/*",
                "../ingest",
                "../views",
                "@/lib/fetch",
                "@/lib/ingest",
                "@/lib/views",
              ],
              message: "The domain core must stay framework- and database-free.",
            },
            THE_APP_DOES_NOT_RUN_THE_LAB,
          ],
        },
      ],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [THE_APP_DOES_NOT_RUN_THE_LAB] }] },
  },
  {
    files: ["prisma/scripts/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The lab (benchmarks, evaluations, the fuzz runner) uses the app's code; the app never uses the lab's.
    files: ["lab/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [ONLY_DB_TALKS_TO_PRISMA] }] },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "data/**",
    "prisma/generated/**",
    "next-env.d.ts",
    "screenshots/**",
  ]),
]);
