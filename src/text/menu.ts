// The menu of SPEC §8: caption → handler name. The handler names are the top-level functions of dist/Code.js.

export const MENU_TITLE = "Tính chỉ tiêu";

export const MENU_ITEMS = [
  { caption: "Tạo bảng mẫu", handler: "taoBangMau" },
  { caption: "Kiểm tra nhật ký", handler: "kiemTraNhatKy" },
  { caption: "Tính tiến độ chỉ tiêu", handler: "tinhTienDo" },
  { caption: "Xếp loại đơn vị", handler: "xepLoaiDonVi" },
  { caption: "Tính tất cả", handler: "tinhTatCa" },
  { caption: "Lập báo cáo", handler: "lapBaoCao" },
  { caption: "Chốt số liệu", handler: "chotSoLieu" },
  { caption: "Tạo biểu mẫu nhập", handler: "taoBieuMauNhap" },
  null, // separator
  { caption: "Phân quyền", handler: "phanQuyen" },
  { caption: "Tổng hợp từ file khác", handler: "tongHopTuFileKhac" },
  null,
  { caption: "Hướng dẫn", handler: "huongDan" },
] as const;

export type MenuHandlerName = Exclude<(typeof MENU_ITEMS)[number], null>["handler"];

export function menuCaption(handler: MenuHandlerName): string {
  for (const item of MENU_ITEMS) if (item && item.handler === handler) return item.caption;
  return handler;
}
