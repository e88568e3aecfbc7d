// FormApp and ScriptApp need the FULL authorization mode (a menu command, an installable trigger)
// and their scope granted; the rules live in ../auth.ts with those of the other services.

import { SCOPE } from "../auth";

export { denyScope, requireFull } from "../auth";

export const FORMS_SCOPE = SCOPE.forms;
export const TRIGGERS_SCOPE = SCOPE.triggers;
