export * from "./check-plan";
export * from "./match-plan";
export * from "./compare-plan";
