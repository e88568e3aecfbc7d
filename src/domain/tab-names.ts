// Generated tab names follow Excel's rules (SPEC §2), so a book survives a round trip through .xlsx:
// at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe.
export const MAX_TAB_NAME = 31;

export function tabName(prefix: string, name: unknown): string {
  const clean = String(name ?? "")
    .normalize("NFC")
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  return Array.from(prefix + clean)
    .slice(0, MAX_TAB_NAME)
    .join("")
    .replace(/^'+|'+$/g, "")
    .trim();
}
