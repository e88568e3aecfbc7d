// One function per menu item of SPEC §8. Their names are the handler names in src/text/menu.ts.
import { menuCaption, MSG, type MenuHandlerName } from "../text";

function underConstruction(handler: MenuHandlerName): void {
  SpreadsheetApp.getUi().alert(MSG.underConstruction(menuCaption(handler)));
}

export function taoBangMau(): void {
  underConstruction("taoBangMau");
}
export function kiemTraNhatKy(): void {
  underConstruction("kiemTraNhatKy");
}
export function tinhTienDo(): void {
  underConstruction("tinhTienDo");
}
export function xepLoaiDonVi(): void {
  underConstruction("xepLoaiDonVi");
}
export function tinhTatCa(): void {
  underConstruction("tinhTatCa");
}
export function phanQuyen(): void {
  underConstruction("phanQuyen");
}
export function tongHopTuFileKhac(): void {
  underConstruction("tongHopTuFileKhac");
}
export function huongDan(): void {
  underConstruction("huongDan");
}
