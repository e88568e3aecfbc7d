// Warnings found after the log check (SPEC §10 "ngoài kế hoạch", §15 locked periods) are added to the
// rows' results, so `Kết quả kiểm tra` / `Chi tiết kiểm tra` and the counts show them like any other.
import { CHECK_STATUS } from "../text";
import type { CheckLogResult } from "./check-log";
import type { Finding } from "./types";

/** Adds `extra` (keyed by `tab\u0000row`) to the reported rows of `result`, in place. */
export function addRowWarnings(result: CheckLogResult, extra: ReadonlyMap<string, readonly Finding[]>): void {
  if (!extra.size) return;
  for (const r of result.rows) {
    const more = extra.get(`${r.tab}\u0000${r.row}`);
    if (!more?.length) continue;
    if (r.status === CHECK_STATUS.ok) {
      r.status = CHECK_STATUS.warning;
      result.counts.ok--;
      result.counts.warning++;
    }
    // A new list: rows without findings share one (checkLog).
    r.findings = [...r.findings, ...more];
    r.detail = r.findings.map((f) => f.message).join("; ");
  }
}
