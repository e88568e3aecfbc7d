// Who may open a Drive file (spreadsheet, document, form): its owner and editors edit it, its viewers
// only see it, and an unknown user ("", e.g. Session's user where Google does not tell) does neither.

export interface SharedFile {
  readonly owner: string;
  readonly editors: ReadonlySet<string>;
  readonly viewers?: ReadonlySet<string>;
}

export function canEditFile(file: SharedFile, user: string): boolean {
  return user !== "" && (user === file.owner || file.editors.has(user));
}

export function canViewFile(file: SharedFile, user: string): boolean {
  return canEditFile(file, user) || (user !== "" && file.viewers?.has(user) === true);
}
