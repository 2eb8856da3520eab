// Moved: the read models live in lib/views/types.ts (views compose lib/db with lib/compare).
export * from "@/lib/views/types";
