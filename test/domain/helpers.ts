// Test helpers: a zoneDay from Intl for a named zone (the sheet layer uses Utilities.formatDate), sheet
// dates at a zone's midnight (the imitation's zone arithmetic), and small builders of engine inputs.
import {
  checkLog,
  dayFromYmd,
  foldText,
  defaultSettings,
  parseRoster,
  parseSettings,
  parseUnits,
  type Cell,
  type Day,
  type LogCells,
  type LogRowInput,
  type RowResult,
  type Settings,
  type Visit,
  type ZoneDay,
} from "../../src/domain";
import { dateToSerial, serialToInstant } from "../../src/imitation/zone";
import { H } from "../../src/text";

export function intlZoneDay(timeZone: string): ZoneDay {
  const fmt = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (d) => {
    const [y, m, dd] = fmt.format(d).split("-").map(Number);
    return dayFromYmd(y, m, dd);
  };
}

/** The Date Sheets hands over for a date cell: midnight of y-m-d in the spreadsheet's zone. */
export function sheetDate(y: number, m: number, d: number, timeZone = VN): Date {
  return new Date(serialToInstant(dateToSerial(y, m, d), timeZone));
}

export const VN = "Asia/Ho_Chi_Minh";
export const zoneDay = intlZoneDay(VN);

/** Day of a dd/mm/yyyy literal, for expectations. */
export function D(text: string): Day {
  const [d, m, y] = text.split("/").map(Number);
  return dayFromYmd(y, m, d);
}

export const TODAY = D("15/06/2025");

export function settingsWith(values: Record<string, Cell> = {}, today = TODAY): Settings {
  const rows = Object.entries(values).map(([param, value], i) => ({ param, value, row: i + 2 }));
  const { settings, errors } = parseSettings(rows, { today, zoneDay });
  if (errors.length) throw new Error(errors.map((e) => e.message).join("\n"));
  return settings;
}

export const defaults = (today = TODAY): Settings => defaultSettings(today);

/** Header text → field key: the schemas key their fields by the name of the header in H. */
const FIELD_OF = new Map(Object.entries(H).map(([k, h]) => [h as string, k]));

/** Rows as the sheet layer reads them: cells keyed by field, other headers (criterion codes) in `extra`. */
export function records(header: readonly string[], rows: readonly Cell[][], firstRow = 2) {
  return rows.map((r, i) => {
    const cells: Record<string, Cell> = {};
    const extra = new Map<string, Cell>();
    header.forEach((h, j) => {
      const field = FIELD_OF.get(h);
      if (field) cells[field] = r[j];
      else extra.set(foldText(h), r[j]);
    });
    return { row: firstRow + i, cells, extra };
  });
}

export const ROSTER_HEADER = [H.cadreCode, H.fullName, H.office, H.cadreTarget, H.applyFrom, H.applyTo] as const;
export const UNITS_HEADER = [H.unitCode, H.unitName, H.unitType, H.parent, H.cluster] as const;

export function roster(rows: Cell[][], year = 2025) {
  return parseRoster(records(ROSTER_HEADER, rows), { zoneDay, year });
}

export function units(rows: Cell[][]) {
  return parseUnits(records(UNITS_HEADER, rows), { zoneDay, year: 2025 });
}

export const CADRES = roster([
  ["CB001", "Nguyễn Văn An", "Ban Tổ chức"],
  ["CB002", "Trần Thị Hoà", "Ban Tổ chức"],
  ["CB003", "Lê Thị Thuỷ", "Văn phòng"],
  ["CB004", "Phạm Đức Dũng", "Văn phòng"],
  ["CB005", "Nguyễn Văn Bình", "Ban Phong trào"],
  ["CB006", "Nguyễn Văn Bình", "Văn phòng"],
]).cadres;

export const UNITS = units([
  ["DV001", "Đoàn xã Tân Phú", "Đoàn xã", "Huyện đoàn Đồng Xoài", "Cụm 1"],
  ["DV002", "Đoàn phường Hòa Bình", "Đoàn phường", "Huyện đoàn Đồng Xoài", "Cụm 1"],
  ["DV003", "Chi đoàn Trường THPT Lê Lợi", "Chi đoàn cơ sở", "Huyện đoàn Bù Đăng", "Cụm 2"],
  ["DV004", "Đoàn xã Đức Liễu", "Đoàn xã", "Huyện đoàn Bù Đăng", "Cụm 2"],
  ["DV005", "Đoàn thị trấn Thanh Bình", "Đoàn thị trấn", "Huyện đoàn Bù Đăng", "Cụm 2"],
]).units;

export const ACTIVITIES = [
  "Dự sinh hoạt chi đoàn",
  "Kiểm tra chuyên đề",
  "Khảo sát, nắm tình hình đoàn viên thanh niên",
];

/** A complete valid log row; override any cell. */
export function logRow(row: number, cells: Partial<LogCells> = {}): LogRowInput {
  return {
    row,
    cells: {
      dateFrom: "10/03/2025",
      dateTo: "",
      cadre: "CB001",
      unit: "DV001",
      activity: "Dự sinh hoạt chi đoàn",
      days: "",
      content: "Dự sinh hoạt chi đoàn tháng 3",
      reportDate: "",
      ...cells,
    },
  };
}

type CheckInput = Parameters<typeof checkLog>[0];

/** checkLog of `rows` as the one tab «Nhật ký đi cơ sở» (or of `tabs`), with the helpers' cadres, units and defaults. */
export function check(
  rows: LogRowInput[],
  opts: Partial<Pick<CheckInput, "settings" | "tabs" | "cadres" | "units" | "only">> = {},
) {
  return checkLog({
    tabs: opts.tabs ?? [{ name: "Nhật ký đi cơ sở", rows }],
    cadres: opts.cadres ?? CADRES,
    units: opts.units ?? UNITS,
    activities: ACTIVITIES,
    settings: opts.settings ?? defaults(),
    zoneDay,
    only: opts.only,
  });
}

/** The one row result of a single-row check. */
export function checkOne(cells: Partial<LogCells>, settings?: Settings) {
  return check([logRow(2, cells)], { settings }).rows[0];
}

export const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

/** A row result's own fields (the engine's object for a row also carries its visit and bookkeeping). */
export const resultOf = ({ tab, row, status, detail, findings }: RowResult): RowResult => ({
  tab,
  row,
  status,
  detail,
  findings,
});

/** A visit's own fields. */
export const visitOf = ({ tab, row, cadre, unit, from, to, credit, activity }: Visit): Visit => ({
  tab,
  row,
  cadre,
  unit,
  from,
  to,
  credit,
  activity,
});
