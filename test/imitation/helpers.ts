// Shared fixtures for the local Apps Script tests: a small Vietnamese log book in an environment.

import { createLocalEnvironment, LocalSpreadsheet, type BookSpec, type EnvironmentOptions } from "../../src/imitation";

export const OWNER = "bithu@tinhdoan.vn";
export const ADMIN = "vanphong@tinhdoan.vn";
export const STAFF = "canbo.huyen@tinhdoan.vn";

/** 15/03/2025 00:00 in Asia/Ho_Chi_Minh. */
export const MARCH_15_HCM = new Date("2025-03-14T17:00:00Z");

export function logBook(spec: Partial<BookSpec> = {}): LocalSpreadsheet {
  return LocalSpreadsheet.create({
    name: "Đi cơ sở 2025",
    owner: OWNER,
    editors: [ADMIN, STAFF],
    sheets: [
      {
        name: "Nhật ký đi cơ sở",
        rows: [
          ["STT", "Ngày đi", "Cán bộ", "Đơn vị đến", "Số ngày"],
          [1, MARCH_15_HCM, "Nguyễn Thị Hoà", "Đoàn xã Tân Phú", 1.5],
          [2, new Date("2024-02-28T17:00:00Z"), "Trần Văn Đức", "Chi đoàn thôn 3", 1],
        ],
        frozenRows: 1,
      },
      {
        name: "Cấu hình",
        rows: [
          ["Tham số", "Giá trị"],
          ["Năm", 2025],
        ],
      },
    ],
    ...spec,
  });
}

export function envWith(options: EnvironmentOptions = {}, spec: Partial<BookSpec> = {}) {
  const book = logBook(spec);
  const env = createLocalEnvironment({ books: [book], ...options });
  const app = env.globals.SpreadsheetApp;
  const ss = app.getActive();
  env.calls.reset();
  return { env, book, app, ss };
}
