// tinh-chi-tieu: parse the command line, run, print the summary (or JSON), return the exit code.
import { type CliOptions, parseArgs, UsageError } from "./options";
import { Progress } from "./progress";
import { reportJson, reportText } from "./report";
import { runWorkbook, RunnerError } from "./run";
import { USAGE } from "./text";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress is drawn there). */
  tty: boolean;
}

const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
};

/** 0 the run completed; 1 with --strict when a log row has an error; 2 the file or the command line cannot be used. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  try {
    const report = await runWorkbook({ ...options, progress: new Progress(io.tty, io.err) });
    io.out(`${options.json ? reportJson(report) : reportText(report)}\n`);
    return options.strict && report.rowErrors ? 1 : 0;
  } catch (err) {
    if (!(err instanceof RunnerError)) throw err;
    io.err(`${err.message}\n`);
    return err.exitCode;
  }
}
