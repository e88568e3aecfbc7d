// Command-line options of tinh-chi-tieu, checked with Vietnamese messages.
import { parsePeriod } from "../domain/period";
import { dateToSerial } from "../imitation/zone";
import type { MenuHandlerName } from "../text";
import { ARG_MSG } from "./text";

/** `--lenh` value → the menu handler a user clicks in Sheets. */
export const COMMANDS = {
  "kiem-tra": "kiemTraNhatKy",
  "tien-do": "tinhTienDo",
  "xep-loai": "xepLoaiDonVi",
  "tat-ca": "tinhTatCa",
} as const satisfies Record<string, MenuHandlerName>;

export type CommandName = keyof typeof COMMANDS;

export interface CliOptions {
  input: string;
  command: CommandName;
  /** `--ngay` as a date serial (days since 30/12/1899), or undefined. */
  asOf?: number;
  out?: string;
  /** `--bao-cao`: the report period as typed ("quy-1", "6-thang", "ca-nam", "01/04/2025-30/06/2025"). */
  report?: string;
  json: boolean;
  strict: boolean;
  help: boolean;
}

/** A wrong command line: exit code 2 with the message and the usage. */
export class UsageError extends Error {}

/** "30/09/2025", "1/7/2025", "30-09-2025", "30.09.2025" → serial; never month-first. */
export function parseDayMonthYear(text: string): number | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return dateToSerial(y, mo, d);
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { input: "", command: "tat-ca", json: false, strict: false, help: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("--")))
        throw new UsageError(ARG_MSG.needValue(name));
      return v;
    };
    if (name === "--help" || name === "-h") opts.help = true;
    else if (name === "--json") opts.json = true;
    else if (name === "--strict") opts.strict = true;
    else if (name === "--lenh") {
      const v = value();
      if (!Object.hasOwn(COMMANDS, v)) throw new UsageError(ARG_MSG.badCommand(v));
      opts.command = v as CommandName;
    } else if (name === "--ngay") {
      const v = value();
      opts.asOf = parseDayMonthYear(v);
      if (opts.asOf === undefined) throw new UsageError(ARG_MSG.badDate(v));
    } else if (name === "--ra") opts.out = value();
    else if (name === "--bao-cao") {
      const v = value();
      const read = parsePeriod(v, new Date().getFullYear());
      if (!read.ok) throw new UsageError(read.message);
      opts.report = v;
    } else if (name.startsWith("-") && name !== "-") throw new UsageError(ARG_MSG.unknownOption(name));
    else files.push(arg);
  }
  if (opts.help) return opts;
  if (files.length === 0) throw new UsageError(ARG_MSG.noInput);
  if (files.length > 1) throw new UsageError(ARG_MSG.tooMany(files[1]));
  opts.input = files[0];
  return opts;
}
