// SpreadsheetApp and the Charts global.

import { requireFileAccess, requireFull, SCOPE } from "./auth";
import type { Context } from "./context";
import { LocalConditionalFormatRuleBuilder } from "./conditional-format";
import { countCalls } from "./counter";
import * as E from "./enums";
import { MSG } from "./errors";
import type { BookModel } from "./model";
import { spreadsheetApi, localSpreadsheet, LocalSpreadsheet } from "./spreadsheet";
import { LocalRichTextValueBuilder } from "./rich-text";
import { LocalUi, type UiRecorder } from "./ui";
import { LocalDataValidationBuilder } from "./validation";

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Books of the environment and which one the script is bound to. */
export interface BookRegistry {
  byId(id: string): BookModel | undefined;
  active(): BookModel | null;
  setActive(book: BookModel): void;
  adopt(book: LocalSpreadsheet): void;
}

type AppMethods =
  | "BooleanCriteria"
  | "DataValidationCriteria"
  | "Dimension"
  | "Direction"
  | "InterpolationType"
  | "ProtectionType"
  | "RelativeDate"
  | "SheetType"
  | "WrapStrategy"
  | "create"
  | "flush"
  | "getActive"
  | "getActiveSheet"
  | "getActiveSpreadsheet"
  | "getUi"
  | "newConditionalFormatRule"
  | "newDataValidation"
  | "newRichTextValue"
  | "openById"
  | "openByUrl"
  | "setActiveSheet"
  | "setActiveSpreadsheet";

export class LocalSpreadsheetApp implements Pick<GApp, AppMethods> {
  readonly BooleanCriteria = E.BooleanCriteria;
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly Dimension = E.Dimension;
  readonly Direction = E.Direction;
  readonly InterpolationType = E.InterpolationType;
  readonly ProtectionType = E.ProtectionType;
  readonly RelativeDate = E.RelativeDate;
  readonly SheetType = E.SheetType;
  readonly WrapStrategy = E.WrapStrategy;

  constructor(
    private readonly ctx: Context,
    private readonly books: BookRegistry,
    private readonly ui: UiRecorder,
  ) {}

  get calls() {
    return this.ctx.calls;
  }

  private _open(id: string, method: string): GSpreadsheet {
    requireFull(this.ctx, `SpreadsheetApp.${method}`, SCOPE.spreadsheets);
    const book = this.books.byId(id);
    if (!book) throw this.ctx.error(MSG.notFound(method));
    if (!book.canView(this.ctx.user)) throw this.ctx.error(MSG.noAccess);
    return spreadsheetApi(book);
  }

  getActive(): GSpreadsheet {
    requireFileAccess(this.ctx, this.ctx.calls.current ?? "SpreadsheetApp.getActive");
    const book = this.books.active();
    return (book ? spreadsheetApi(book) : null) as unknown as GSpreadsheet;
  }
  getActiveSpreadsheet(): GSpreadsheet {
    return this.getActive();
  }
  setActiveSpreadsheet(newActiveSpreadsheet: GSpreadsheet): void {
    if (!(newActiveSpreadsheet instanceof LocalSpreadsheet)) throw this.ctx.error(MSG.notFound("setActiveSpreadsheet"));
    this.books.setActive(newActiveSpreadsheet.book);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    requireFileAccess(this.ctx, "SpreadsheetApp.getActiveSheet");
    const book = this.books.active();
    if (!book) throw this.ctx.error(MSG.notFound("getActiveSheet"));
    return spreadsheetApi(book).getActiveSheet();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    requireFileAccess(this.ctx, "SpreadsheetApp.setActiveSheet");
    const book = this.books.active();
    if (!book) throw this.ctx.error(MSG.notFound("setActiveSheet"));
    return spreadsheetApi(book).setActiveSheet(sheet);
  }
  openById(id: string): GSpreadsheet {
    return this._open(String(id), "openById");
  }
  openByUrl(url: string): GSpreadsheet {
    const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) throw this.ctx.error(MSG.invalidUrl);
    return this._open(m[1], "openByUrl");
  }
  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    requireFull(this.ctx, "SpreadsheetApp.create", SCOPE.spreadsheets);
    const created = LocalSpreadsheet.create({
      name: String(name),
      owner: this.ctx.user,
      sheets: [{ name: "Sheet1", maxRows: rows ?? 1000, maxColumns: columns ?? 26 }],
    });
    this.books.adopt(created);
    return localSpreadsheet(created.book) as unknown as GSpreadsheet;
  }
  /** Applies pending changes: writes made before it are visible to whoever takes the lock next. */
  flush(): void {
    this.ctx.unflushedWrites = 0;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.ui.available || this.ctx.authMode === "CUSTOM_FUNCTION") throw this.ctx.error(MSG.noUi);
    return new LocalUi(this.ctx, this.ui) as unknown as GoogleAppsScript.Base.Ui;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new LocalDataValidationBuilder(this.ctx) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return new LocalRichTextValueBuilder(this.ctx) as unknown as GoogleAppsScript.Spreadsheet.RichTextValueBuilder;
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(
      this.ctx,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}

countCalls(LocalSpreadsheetApp, "SpreadsheetApp");

/** The Charts global: the enums charts need. */
export const LocalCharts: Pick<
  GoogleAppsScript.Charts.Charts,
  "ChartType" | "ChartMergeStrategy" | "ChartHiddenDimensionStrategy" | "Position"
> = Object.freeze({
  ChartType: E.ChartType,
  ChartMergeStrategy: E.ChartMergeStrategy,
  ChartHiddenDimensionStrategy: E.ChartHiddenDimensionStrategy,
  Position: E.ChartPosition,
});
