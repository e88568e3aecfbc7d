// The period report (SPEC §14): its figures and its document description.
export * from "./figures";
export * from "./model";
export * from "./document";
