// All text a user sees — sheet names, headers, menu captions, messages — is exported from here.
export * from "./sheets";
export * from "./menu";
export * from "./messages";
export { formatCount } from "./pieces";
export * from "./setup";
export * from "./findings";
export * from "./help";
export * from "./sharing";
export * from "./period";
export * from "./report";
export * from "./rules";
export * from "./plan";
export * from "./lock";
export * from "./forms";
export * from "./dictionary";
