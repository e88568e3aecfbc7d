// Entry point of the `tinh-chi-tieu` command, built to dist/cli.js by `npm run build` (build/cli.ts).
// tinh-chi-tieu <sổ.xlsx> [--lenh kiem-tra|tien-do|xep-loai|tat-ca] [--ngay dd/mm/yyyy] [--ra <kết-quả.xlsx>] [--json] [--strict]
import { main } from "./cli";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`Lỗi ngoài dự kiến của trình chạy, chưa ghi tệp kết quả: ${(err as Error)?.stack ?? err}\n`);
  process.exitCode = 2;
}
