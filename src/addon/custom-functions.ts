// Custom functions of SPEC §8. The JSDoc of each is copied by the build above its top-level stub in
// dist/Code.js, where Sheets reads it for autocomplete: keep it Vietnamese, one @param per argument.
import { assessProgress, checkLogStandalone, creditedDays, levelFor, prepareLogTotals, type Cell } from "../domain";
import { formulaZone } from "../sheets/formula-zone";
import { FORMULA_MSG } from "../text";
import { isGrid, mapShape } from "./lib/shape";

type In = unknown;
type Out = unknown;

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** A custom function never throws: Sheets would show #ERROR!, our users need a sentence. */
function safely(name: string, fn: () => Out): Out {
  try {
    return fn();
  } catch (err) {
    console.error(`${name}: ${(err as Error)?.stack ?? err}`);
    return FORMULA_MSG.failed(name);
  }
}

/** Over a range, a row whose cells are all blank answers blank (a formula dragged past the data). */
function cellwise(primary: In, others: In[], fn: (...cells: Cell[]) => Out): Out {
  const grid = isGrid(primary);
  return mapShape(primary, others, (...cells) => (grid && cells.every(isBlank) ? "" : fn(...(cells as Cell[]))));
}

/**
 * Số ngày được tính của một chuyến đi cơ sở, hoặc lý do chuyến đi không hợp lệ.
 *
 * @param {Date|string|Array<Array<Date|string>>} ngay_di Ngày đi (ô hoặc vùng).
 * @param {Date|string|Array<Array<Date|string>>} ngay_ve Ngày về; để trống nếu đi trong ngày.
 * @param {number|string|Array<Array<number|string>>} so_ngay Số ngày khai báo (không bắt buộc); trống thì tính theo số ngày lịch.
 * @return Số ngày được tính, hoặc lý do không hợp lệ.
 * @customfunction
 */
export function DICOSO_SONGAY(ngay_di: In, ngay_ve?: In, so_ngay?: In): Out {
  return safely("DICOSO_SONGAY", () => {
    const { zoneDay } = formulaZone();
    return cellwise(ngay_di, [ngay_ve, so_ngay], (a, b, c) => creditedDays(a, b, c, { zoneDay }));
  });
}

/**
 * Tổng số ngày đi cơ sở được tính của một hoặc nhiều cán bộ, đọc từ vùng nhật ký (có dòng tiêu đề).
 *
 * @param {Array<Array<string|number|Date>>} nhat_ky Vùng nhật ký, gồm cả dòng tiêu đề (Ngày đi, Ngày về, Cán bộ, Số ngày…).
 * @param {string|Array<Array<string>>} can_bo Mã CB hoặc họ tên cán bộ như ghi trong nhật ký (ô hoặc vùng).
 * @param {Date|string} tu_ngay Tính từ ngày (không bắt buộc; mặc định 01/01 của năm den_ngay; bỏ trống cả hai thì tính mọi ngày trong nhật ký).
 * @param {Date|string} den_ngay Tính đến ngày (không bắt buộc; mặc định 31/12 của năm tu_ngay). Hàm không tự tính lại khi sang ngày mới: muốn tính đến hôm nay thì ghi TODAY().
 * @param {Array<Array<string|number|Date>>} don_vi Vùng danh sách đơn vị, gồm cả dòng tiêu đề (Mã ĐV, Tên đơn vị, Loại đơn vị…); chỉ cần khi dùng cap.
 * @param {string} cap Các loại đơn vị của một cấp, cách nhau bằng dấu ; (ví dụ "Đoàn xã; Đoàn phường") — chỉ đếm ngày ở cấp đó (không bắt buộc).
 * @return Số ngày được tính của mỗi cán bộ.
 * @customfunction
 */
export function DICOSO_TONGNGAY(nhat_ky: In, can_bo: In, tu_ngay?: In, den_ngay?: In, don_vi?: In, cap?: In): Out {
  return safely("DICOSO_TONGNGAY", () => {
    if (!isGrid(nhat_ky)) return FORMULA_MSG.needRange("nhat_ky");
    if (!isBlank(don_vi) && !isGrid(don_vi)) return FORMULA_MSG.needRange("don_vi");
    const units = isGrid(don_vi) ? (don_vi as Cell[][]) : undefined;
    const totalOf = prepareLogTotals(nhat_ky as Cell[][], { ...formulaZone(), units });
    const range = isGrid(can_bo);
    return mapShape(can_bo, [tu_ngay, den_ngay, cap], (who, from, to, level) =>
      range && isBlank(who) ? "" : totalOf(who as Cell, from as Cell, to as Cell, level as Cell),
    );
  });
}

/**
 * Đánh giá tiến độ chỉ tiêu đi cơ sở: Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt, Chưa đến kỳ.
 *
 * @param {number|Array<Array<number>>} so_ngay Số ngày đã đi (ô hoặc vùng).
 * @param {number|Array<Array<number>>} chi_tieu Chỉ tiêu (ngày) của cán bộ.
 * @param {Date|string} ngay_tinh Ngày tính tiến độ (bắt buộc, vì hàm không tự tính lại khi sang ngày mới).
 * @param {Date|string} tu_ngay Đầu kỳ áp dụng (không bắt buộc; mặc định 01/01 của năm ngay_tinh).
 * @param {Date|string} den_ngay Cuối kỳ áp dụng (không bắt buộc; mặc định 31/12 của năm ngay_tinh).
 * @param {Array<Array<Date|string>>} tam_mien Các dòng tạm miễn của cán bộ: hai cột Từ ngày, Đến ngày (có hoặc không có dòng tiêu đề; không bắt buộc).
 * @return Kết quả đánh giá.
 * @customfunction
 */
export function DICOSO_TIENDO(
  so_ngay: In,
  chi_tieu: In,
  ngay_tinh: In,
  tu_ngay?: In,
  den_ngay?: In,
  tam_mien?: In,
): Out {
  return safely("DICOSO_TIENDO", () => {
    const { zoneDay } = formulaZone();
    // One cadre's exemption rows apply to every cell of the call.
    const exemptions = isBlank(tam_mien) ? undefined : isGrid(tam_mien) ? (tam_mien as Cell[][]) : [[tam_mien as Cell]];
    return cellwise(so_ngay, [chi_tieu, ngay_tinh, tu_ngay, den_ngay], (d, t, asOf, from, to) =>
      assessProgress(d, t, asOf, from, to, { zoneDay, exemptions }),
    );
  });
}

/**
 * Xếp loại theo tổng điểm: Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ.
 *
 * @param {number|Array<Array<number>>} diem Tổng điểm (ô hoặc vùng).
 * @param {number} diem_toi_da Điểm tối đa (không bắt buộc; mặc định 100).
 * @param {number} nguong_htxs Ngưỡng HTXSNV, % điểm tối đa (không bắt buộc; mặc định 90).
 * @param {number} nguong_htt Ngưỡng HTTNV, % điểm tối đa (không bắt buộc; mặc định 70).
 * @param {number} nguong_ht Ngưỡng HTNV, % điểm tối đa (không bắt buộc; mặc định 50).
 * @return Tên mức xếp loại.
 * @customfunction
 */
export function DICOSO_XEPLOAI(diem: In, diem_toi_da?: In, nguong_htxs?: In, nguong_htt?: In, nguong_ht?: In): Out {
  return safely("DICOSO_XEPLOAI", () =>
    cellwise(diem, [diem_toi_da, nguong_htxs, nguong_htt, nguong_ht], (d, max, top, good, pass) =>
      levelFor(d, max, top, good, pass),
    ),
  );
}

/**
 * Kết quả kiểm tra (Hợp lệ, Cảnh báo, Lỗi) cho từng dòng của vùng nhật ký.
 *
 * @param {Array<Array<string|number|Date>>} nhat_ky Vùng nhật ký, gồm cả dòng tiêu đề.
 * @param {Array<Array<string|number|Date>>} can_bo Vùng danh sách cán bộ, gồm cả dòng tiêu đề (Mã CB, Họ và tên…).
 * @param {Array<Array<string|number|Date>>} don_vi Vùng danh sách đơn vị, gồm cả dòng tiêu đề (Mã ĐV, Tên đơn vị…).
 * @return Kết quả kiểm tra của mỗi dòng nhật ký.
 * @customfunction
 */
export function DICOSO_KIEMTRA(nhat_ky: In, can_bo: In, don_vi: In): Out {
  return safely("DICOSO_KIEMTRA", () => {
    if (!isGrid(nhat_ky)) return FORMULA_MSG.needRange("nhat_ky");
    if (!isGrid(can_bo)) return FORMULA_MSG.needRange("can_bo");
    if (!isGrid(don_vi)) return FORMULA_MSG.needRange("don_vi");
    return checkLogStandalone(nhat_ky as Cell[][], can_bo as Cell[][], don_vi as Cell[][], formulaZone()).map((s) => [
      s,
    ]);
  });
}
