// tinh-chi-tieu <sổ.xlsx> [--lenh kiem-tra|tien-do|xep-loai|tat-ca] [--ngay dd/mm/yyyy] [--ra <kết-quả.xlsx>] [--json] [--strict]
// The Tính chỉ tiêu add-in on an .xlsx workbook, without Google: see src/runner.
import { main } from "../src/runner/cli";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`Lỗi ngoài dự kiến của trình chạy, chưa ghi tệp kết quả: ${(err as Error)?.stack ?? err}\n`);
  process.exitCode = 2;
}
