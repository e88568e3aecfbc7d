// One function per menu item of SPEC §8. Their names are the handler names in src/text/menu.ts.
import { runCommand } from "../sheets/command";
import { allCommand, checkCommand, progressCommand, ratingCommand } from "../sheets/commands/run";
import { setUpBook } from "../sheets/setup";
import { showHelp } from "../sheets/help";
import { consolidateCommand } from "../sheets/commands/consolidate";
import { shareCommand } from "../sheets/commands/share";
import { reportCommand, reportForFile } from "../sheets/report/command";

export function taoBangMau(): void {
  runCommand("taoBangMau", setUpBook);
}
export function kiemTraNhatKy(): void {
  runCommand("kiemTraNhatKy", checkCommand);
}
export function tinhTienDo(): void {
  runCommand("tinhTienDo", progressCommand);
}
export function xepLoaiDonVi(): void {
  runCommand("xepLoaiDonVi", ratingCommand);
}
export function tinhTatCa(): void {
  runCommand("tinhTatCa", allCommand);
}
export function lapBaoCao(): void {
  runCommand("lapBaoCao", reportCommand);
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
export function phanQuyen(): void {
  runCommand("phanQuyen", shareCommand);
}
export function tongHopTuFileKhac(): void {
  runCommand("tongHopTuFileKhac", consolidateCommand);
}
export function huongDan(): void {
  showHelp();
}
