// One function per menu item of SPEC §8. Their names are the handler names in src/text/menu.ts.
import { runCommand } from "../sheets/command";
import { allCommand, checkCommand, progressCommand, ratingCommand } from "../sheets/commands/run";
import { setUpBook } from "../sheets/setup";
import { showHelp } from "../sheets/help";
import { menuCaption, MSG, type MenuHandlerName } from "../text";

function underConstruction(handler: MenuHandlerName): void {
  SpreadsheetApp.getUi().alert(MSG.underConstruction(menuCaption(handler)));
}

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
  underConstruction("phanQuyen");
}
export function tongHopTuFileKhac(): void {
  underConstruction("tongHopTuFileKhac");
}
export function huongDan(): void {
  showHelp();
}
