// One function per menu item of SPEC §8. Their names are the handler names in src/text/menu.ts.
// Each returns the command's outcome ({ command, stopped, summary, counts }); the local runner reads it.
import { consolidateCommand } from "../sheets/commands/consolidate";
import { allCommand, checkCommand, progressCommand, ratingCommand } from "../sheets/commands/compute";
import { askSetup, setUpBook } from "../sheets/commands/setup";
import { lockMenu } from "../sheets/commands/lock";
import { shareCommand } from "../sheets/commands/share";
import { formCommand } from "../sheets/forms/command";
import { showHelp } from "../sheets/help";
import { runCommand, type CommandOutcome } from "../sheets/run-command";
import { reportForFile, reportMenu } from "../sheets/report/command";

export function taoBangMau(): CommandOutcome {
  return runCommand("taoBangMau", setUpBook, askSetup);
}
export function kiemTraNhatKy(): CommandOutcome {
  return runCommand("kiemTraNhatKy", checkCommand);
}
export function tinhTienDo(): CommandOutcome {
  return runCommand("tinhTienDo", progressCommand);
}
export function xepLoaiDonVi(): CommandOutcome {
  return runCommand("xepLoaiDonVi", ratingCommand);
}
export function tinhTatCa(): CommandOutcome {
  return runCommand("tinhTatCa", allCommand);
}
export function lapBaoCao(): CommandOutcome {
  return reportMenu();
}
/**
 * For the local runner (private: the trailing "_" hides it from the Run menu and google.script.run):
 * `{ document, file }` of the report of `period` as JSON, "" when the command stopped (its alert says why).
 */
export function moTaBaoCao_(period: string, filePrefix: string): string {
  let json = "";
  runCommand("lapBaoCao", (ctx) => {
    const r = reportForFile(ctx, period, filePrefix);
    json = JSON.stringify({ document: r.document, file: r.file });
    return r.outcome;
  });
  return json;
}
export function chotSoLieu(): CommandOutcome {
  return lockMenu();
}
export function taoBieuMauNhap(): CommandOutcome {
  return runCommand("taoBieuMauNhap", formCommand);
}
export function phanQuyen(): CommandOutcome {
  return runCommand("phanQuyen", shareCommand);
}
export function tongHopTuFileKhac(): CommandOutcome {
  return runCommand("tongHopTuFileKhac", consolidateCommand);
}
export function huongDan(): void {
  showHelp();
}
