// One function per menu item of SPEC §8. Their names are the handler names in src/text/menu.ts.
import { runCommand } from "../sheets/command";
import { allCommand, checkCommand, progressCommand, ratingCommand } from "../sheets/commands/run";
import { setUpBook } from "../sheets/setup";
import { showHelp } from "../sheets/help";
import { consolidateCommand } from "../sheets/commands/consolidate";
import { shareCommand } from "../sheets/commands/share";

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
export function phanQuyen(): void {
  runCommand("phanQuyen", shareCommand);
}
export function tongHopTuFileKhac(): void {
  runCommand("tongHopTuFileKhac", consolidateCommand);
}
export function huongDan(): void {
  showHelp();
}
