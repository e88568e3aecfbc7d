export * from "./hash";
export * from "./fingerprint";
export * from "./lock-names";
export * from "./check-locks";
export * from "./lock-sheet";
export * from "./locked-report";
