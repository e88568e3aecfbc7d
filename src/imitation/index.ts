// The in-memory Apps Script spreadsheet services: public API for tests, the local runner and loaders.

export { createLocalEnvironment, installGlobals, LocalEnvironment } from "./environment";
export type { AppsScriptGlobals, EnvironmentOptions } from "./environment";
export { callTopLevel, createScriptContext, runScript, topLevelFunction, type ScriptContext } from "./script-context";
export { LocalSpreadsheet } from "./spreadsheet";
export { LocalDocument } from "./document";
export type { RawBlock, RawCell, RawRun } from "./document";
export type { AuthMode } from "./auth";
export type { BookSpec, SheetSpec } from "./spreadsheet";
export type { LocalSheet } from "./sheet";
export type { CallCounter } from "./counter";
export type { UiRecorder, MenuRecord, MenuEntry, DialogRecord, ButtonName } from "./ui";
export type { LockRecorder, LockKind, LockAttempt, LockRelease } from "./lock";
export type { LogEntry } from "./services";
export type { CellData, CellStyle, ValidationData } from "./cells";
export type { BookModel, SheetModel, Toast } from "./model";
export type { Realm } from "./context";
export { MSG as APPS_SCRIPT_MESSAGES } from "./errors";
export { formatDate } from "./format-date";
export { advancedServicesOf, type AdvancedService } from "./advanced-sheets";
export { formatCell, isDateFormat } from "./number-format";
export { serialToInstant, instantToSerial, dateToSerial } from "./zone";
