// The bundle's entry: every export here becomes a top-level function of dist/Code.js (see build/build.ts).
export * from "./triggers";
export * from "./menu-handlers";
export * from "./custom-functions";
