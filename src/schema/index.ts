// The schema layer: one declaration per sheet (fields, headers, formats, widths, result fields, lists).
export * from "./field";
export * from "./formats";
export * from "./sheets";
export * from "./summary";
export * from "./rows";
export * from "./columns";
