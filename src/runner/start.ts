// Entry point of the `tinh-chi-tieu` command, built to dist/runner.js by `npm run build` (build/cli.ts)
// and started by dist/cli.js (launch.ts).
// tinh-chi-tieu <sổ.xlsx> [--lenh kiem-tra|tien-do|xep-loai|tat-ca] [--ngay dd/mm/yyyy] [--ra <kết-quả.xlsx>]
//   [--bao-cao <kỳ>] [--json] [--strict]
import { main } from "./cli";

/**
 * Ends the process once stdout and stderr have taken everything written: the run has nothing left to
 * do, and waiting for the event loop to empty would let V8 finish a garbage collection it started
 * (~10 ms of a 1,000-row run) for a heap about to go away.
 */
function finish(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit();
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}

main(process.argv.slice(2)).then(finish, (err: unknown) => {
  process.stderr.write(`Lỗi ngoài dự kiến của trình chạy, chưa ghi tệp kết quả: ${(err as Error)?.stack ?? err}\n`);
  finish(2);
});
