// One run of the local runner: load the .xlsx into the local spreadsheet, click the menu item in the
// shipped bundle, count what it wrote, save the result beside the input. Never writes the input file.
import { readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { ReportDocument } from "../domain/report/model";
import { menuCaption, RUN_MSG, type MenuHandlerName } from "../text";
import { createLocalEnvironment, type LocalEnvironment } from "../imitation/environment";
import type { AdvancedService } from "../imitation/advanced-sheets";
import type { LocalSpreadsheet } from "../imitation/spreadsheet";
import { loadXlsx, saveXlsx, unpackedSize, XlsxError, type SaveReport } from "../xlsx";
import { bookAsOf, setAsOf, type AsOf } from "./as-of";
import { callTopLevel } from "../imitation/script-context";
import { bundleCode, DIST_CODE, manifestServices } from "./bundle";
import { reportDocxBuffer } from "./docx";
import { COMMANDS, type CommandName } from "./options";
import { compileBundle, type CompiledBundle } from "./code-cache";
import { Progress } from "./progress";
import { settleMemory } from "./settle";
import { bulkPhase } from "./tiering";
import { logCounts, logRowCount, progressTally, ratingTally, type LogCounts, type Tally } from "./results";
import { FILE_MSG, PROGRESS, RUN_TEXT, SUMMARY_TEXT } from "./text";

export interface RunOptions {
  input: string;
  command?: CommandName;
  /** `--ngay` as a date serial. */
  asOf?: number;
  out?: string;
  progress?: Progress;
  /** Who runs it (the history sheet and title lines say so); default: the system user. */
  user?: string;
  /** `--bao-cao`: also write the period report as .docx beside the output. */
  report?: string;
}

export interface RunReport {
  input: string;
  output: string;
  command: CommandName;
  caption: string;
  asOf: AsOf;
  /** Log check (kiem-tra, tien-do, tat-ca). */
  log?: LogCounts;
  /** Cadres by `Đánh giá` (tien-do, tat-ca). */
  progress?: Tally;
  /** Units by `Xếp loại` (xep-loai, tat-ca). */
  rating?: Tally;
  /** What the add-in showed: toasts, then alerts. */
  messages: string[];
  /** What the .xlsx file could not hold. */
  notHeld: string[];
  /** Whether any log row is `Lỗi` (exit 1 with --strict). */
  rowErrors: boolean;
  /** The period report written (--bao-cao). */
  report?: { file: string; title: string };
}

/** A run that cannot complete: exit code 2 and a Vietnamese reason. */
export class RunnerError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}-ket-qua.xlsx`);
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const [x, y] = [real(a), real(b)];
  return process.platform === "win32" || process.platform === "darwin" ? x.toLowerCase() === y.toLowerCase() : x === y;
}

function systemUser(): string {
  try {
    return userInfo().username || "nguoi-dung";
  } catch {
    return "nguoi-dung";
  }
}

function notHeld(report: SaveReport): string[] {
  const t = SUMMARY_TEXT;
  const out: string[] = report.charts.length ? report.charts.map((c) => t.charts(c.sheet, c.count)) : [t.chartsAlways];
  out.push(t.protections);
  if (report.rulesDropped) out.push(t.rulesDropped(report.rulesDropped));
  if (report.validationsDropped) out.push(t.validationsDropped(report.validationsDropped));
  if (report.notesDropped) out.push(t.notesDropped(report.notesDropped));
  if (report.lostParts.length) out.push(t.lostParts(report.lostParts.map((p) => t.partNames[p] ?? p).join(", ")));
  return out;
}

/** Toasts, then alerts without the summary the toast already gave. */
function addinMessages(env: LocalEnvironment): string[] {
  const toasts = env.toasts().map((t) => t.message);
  const alerts = env.ui.alerts.map((a) =>
    toasts.reduce((text, t) => (text.startsWith(t) ? text.slice(t.length) : text), a.prompt).trim(),
  );
  return [...toasts, ...alerts].filter(Boolean);
}

/** The file's bytes, or undefined when it cannot be read (the loader then says why). */
function fileBytes(input: string): Buffer | undefined {
  try {
    return readFileSync(input);
  } catch {
    return undefined;
  }
}

async function load(input: string, user: string, bytes: Buffer | undefined): Promise<LocalSpreadsheet> {
  try {
    return await loadXlsx(input, { owner: user }, bytes);
  } catch (err) {
    if (err instanceof XlsxError) throw new RunnerError(FILE_MSG[err.problem](err.file, err.detail));
    throw err;
  }
}

type LoadedBundle = CompiledBundle & { services: AdvancedService[] };

function loadBundle(): LoadedBundle {
  const bundle = bundleCode();
  if ("problem" in bundle) throw new RunnerError(RUN_TEXT.bundle[bundle.problem](bundle.path));
  return { ...compileBundle(bundle.code, bundle.path), services: manifestServices(bundle.path) };
}

/** A path that is not a regular file (a folder, a named pipe, a device) is refused before anything opens it. */
function checkRegularFile(input: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(input);
  } catch {
    return; // missing or unreadable: the loader names the problem
  }
  if (st.isDirectory()) throw new RunnerError(FILE_MSG.folder(input, ""));
  if (!st.isFile()) throw new RunnerError(FILE_MSG.notRegular(input, ""));
}

/** What every menu handler returns (src/sheets/run-command.ts): the runner reads it, not `Lịch sử chạy`. */
type CommandOutcome = { command: string; stopped: boolean; summary: string };

const isOutcome = (v: unknown): v is CommandOutcome =>
  typeof v === "object" && v !== null && typeof (v as CommandOutcome).stopped === "boolean";

/** A command that stopped becomes a RunnerError: the alert the user would have read, else the outcome's summary. */
function stoppedError(env: LocalEnvironment, handler: MenuHandlerName, summary: string): RunnerError {
  const prefix = RUN_MSG.stopped("");
  const reason = env.ui.alerts.at(-1)?.prompt || (summary.startsWith(prefix) ? summary.slice(prefix.length) : summary);
  const technical = env.logs.filter((l) => l.level === "error").map((l) => l.message);
  return new RunnerError(
    [
      RUN_TEXT.stopped(menuCaption(handler), reason),
      ...(technical.length ? [RUN_TEXT.technical, ...technical] : []),
    ].join("\n"),
  );
}

/** Clicks the menu item in a fresh vm context. */
function click(code: LoadedBundle, book: LocalSpreadsheet, user: string, command: CommandName) {
  const env = createLocalEnvironment({ books: [book], user, advancedServices: code.services });
  const context = env.loadScript(code.script);
  const outcome = callTopLevel(context, COMMANDS[command]);
  code.remember();
  if (!isOutcome(outcome)) throw new RunnerError(RUN_TEXT.bundle.stale(DIST_CODE));
  if (outcome.stopped) throw stoppedError(env, COMMANDS[command], outcome.summary);
  return { env, context };
}

/** The period report of the same run: its description from the bundle (`moTaBaoCao_`), to write as .docx. */
function describeReport(
  run: ReturnType<typeof click>,
  period: string,
  prefix: string,
): { document: ReportDocument; file: string } {
  const json = callTopLevel(run.context, "moTaBaoCao_", period, prefix);
  // "" when the command stopped; its alert says why.
  if (typeof json !== "string" || json === "") throw stoppedError(run.env, "lapBaoCao", "");
  return JSON.parse(json) as { document: ReportDocument; file: string };
}

async function writeReport(document: ReportDocument, file: string): Promise<void> {
  try {
    writeFileSync(file, await reportDocxBuffer(document));
  } catch (err) {
    throw new RunnerError(RUN_TEXT.cannotWriteReport(file, (err as Error).message));
  }
}

async function save(book: LocalSpreadsheet, output: string): Promise<string[]> {
  try {
    return notHeld(await saveXlsx(book, output, { last: true, afterSheet: settleMemory }));
  } catch (err) {
    throw new RunnerError(RUN_TEXT.cannotWrite(output, (err as Error).message));
  }
}

export async function runWorkbook(options: RunOptions): Promise<RunReport> {
  const input = resolve(options.input);
  const output = resolve(options.out ?? defaultOutput(input));
  if (samePath(input, output)) throw new RunnerError(RUN_TEXT.sameAsInput(input));
  const command = options.command ?? "tat-ca";
  const caption = menuCaption(COMMANDS[command]);
  const progress = options.progress ?? new Progress(false);
  const user = options.user ?? systemUser();
  checkRegularFile(input);
  try {
    const code = loadBundle();

    progress.start(PROGRESS.reading(basename(input)));
    const bytes = fileBytes(input);
    // How much XML the book holds decides V8's budget for reading and writing it (tiering.ts).
    const xml = bytes ? unpackedSize(bytes) : 0;
    const book = await bulkPhase(xml, () => load(input, user, bytes));
    const rows = logRowCount(book);
    progress.rows(rows);
    progress.done((s) => PROGRESS.read(rows, s));

    const asOf = options.asOf !== undefined ? setAsOf(book, options.asOf) : bookAsOf(book);
    progress.start(PROGRESS.running(caption));
    const run = click(code, book, user, command);
    const { env } = run;
    const described = options.report
      ? describeReport(run, options.report, RUN_TEXT.reportFile(basename(input, extname(input))))
      : undefined;
    progress.done(PROGRESS.ran);

    const log = command !== "xep-loai" ? logCounts(book) : undefined;
    const report: RunReport = {
      input,
      output,
      command,
      caption,
      asOf,
      log,
      progress: command === "tien-do" || command === "tat-ca" ? progressTally(book) : undefined,
      rating: command === "xep-loai" || command === "tat-ca" ? ratingTally(book) : undefined,
      messages: addinMessages(env),
      notHeld: [],
      rowErrors: (log?.error ?? 0) > 0,
    };
    settleMemory();
    progress.start(PROGRESS.saving(basename(output)));
    report.notHeld = await bulkPhase(xml, () => save(book, output));
    if (described) {
      const file = join(dirname(output), described.file);
      await writeReport(described.document, file);
      report.report = { file, title: described.document.title };
    }
    progress.done(PROGRESS.saved);
    return report;
  } catch (err) {
    progress.abort();
    throw err;
  }
}
