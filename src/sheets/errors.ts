/** A problem the user can fix: its message is Vietnamese and is shown as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
