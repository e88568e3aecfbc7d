// Entry point of the `tinh-chi-tieu` command, built to dist/runner.js by `npm run build` (build/cli.ts)
// and started by dist/cli.js (launch.ts).
// tinh-chi-tieu <sổ.xlsx> [--lenh kiem-tra|tien-do|xep-loai|tat-ca] [--ngay dd/mm/yyyy] [--ra <kết-quả.xlsx>] [--json] [--strict]
import { main } from "./cli";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Lỗi ngoài dự kiến của trình chạy, chưa ghi tệp kết quả: ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 2;
  },
);
