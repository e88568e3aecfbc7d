// Messages of the exceptions the real service throws (see README of src/imitation for which were checked).

export const MSG = {
  protectedCell:
    "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
  noAccess: "You do not have permission to access the requested document.",
  lockTimeout: "Lock timeout: another process was holding the lock for too long.",
  rangeNotFound: "Range not found",
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  startRowTooSmall: "The starting row of the range is too small.",
  startColumnTooSmall: "The starting column of the range is too small.",
  rowsAtLeastOne: "The number of rows in the range must be at least 1.",
  columnsAtLeastOne: "The number of columns in the range must be at least 1.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  deleteAllRows: "Sorry, it is not possible to delete all non-frozen rows.",
  deleteAllColumns: "Sorry, it is not possible to delete all non-frozen columns.",
  freezeAllRows: "You can't freeze all visible rows on the sheet.",
  freezeAllColumns: "You can't freeze all visible columns on the sheet.",
  chartNotFound: "The chart does not exist on this sheet.",
  lastVisibleSheet: "You can't remove all the visible sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  invalidUrl: "Invalid argument: url",
  noUi: "Cannot call SpreadsheetApp.getUi() from this context.",
  cellLimit: "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  notFound: (method: string) =>
    `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
  invalidData: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  invalidTimeZone: (zone: string) => `Invalid argument: timeZone. Should be of type: String (got ${zone})`,
};
