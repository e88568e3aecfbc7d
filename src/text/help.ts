// The `Hướng dẫn` dialog. Keep it true to what the menu does.
import { FORM_TAB } from "./forms";
import { LOCK_SHEET, LOCK_SHEET_PREFIX } from "./lock";
import { MENU_TITLE } from "./menu";
import { PH, PLAN_OFFICE_TAB_PREFIX, PLAN_SHEET, PLAN_STATUS } from "./plan";
import { REPORT_SETTINGS } from "./report";
import { H, P, SHEET } from "./sheets";

export const HELP_TITLE = "Hướng dẫn sử dụng Tính chỉ tiêu";

const li = (s: string) => `<li>${s}</li>`;
const b = (s: string) => `<b>${s}</b>`;

/** The dialog's HTML, made when the dialog opens: a template this long would be built at every execution. */
export const helpHtml = (): string => `
<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.5">
<p>${b(MENU_TITLE)} kiểm tra nhật ký đi cơ sở, tính tiến độ chỉ tiêu "1+2" (mặc định 60 ngày/năm) của từng cán bộ,
xếp loại đơn vị cơ sở theo bảng điểm và ghi kết quả vào chính bảng tính này.</p>
<h3>Các trang nhập liệu</h3>
<ul>
${li(`${b(SHEET.settings)}: các tham số (${P.year}, ${P.target}, ${P.asOf}, ngưỡng xếp loại…). Để trống Giá trị = dùng mặc định ghi ở cột Ghi chú.`)}
${li(`${b(SHEET.roster)}: ${H.cadreCode}, ${H.fullName}, ${H.office}; ${H.cadreTarget} riêng nếu có; ${H.applyFrom}/${H.applyTo} cho cán bộ mới nhận công tác hoặc chuyển đi.`)}
${li(`${b(SHEET.units)}: ${H.unitCode}, ${H.unitName}, ${H.unitType}, ${H.parent}, ${H.cluster}. Đơn vị đã sáp nhập hoặc giải thể: ghi ${H.activeTo} (ngày cuối cùng còn hoạt động) và ${H.mergedInto} (${H.unitCode} của đơn vị mới; để trống nếu giải thể). Chuyến đi được xét theo ${H.dateFrom}: sau ngày đó phải ghi đơn vị mới; ngày đã đi đơn vị cũ được tính cho đơn vị mới khi đếm số đơn vị đã đến.`)}
${li(`${b(SHEET.log)} (và mọi trang có tên bắt đầu bằng "Nhật ký"): mỗi chuyến đi một dòng. Ngày gõ theo ngày/tháng/năm, ví dụ 15/3/2025. ${H.cadre} ghi mã hoặc họ tên; ${H.unit} ghi mã hoặc tên đơn vị.`)}
${li(`${b(SHEET.criteria)} và ${b(SHEET.scores)}: tiêu chí, điểm tối đa, điểm liệt; mỗi đơn vị một dòng chấm điểm, mỗi tiêu chí một cột (tiêu đề là ${H.criterionCode}). Có thể thêm cột ${H.criterionGroup} (ghi một lần ở dòng đầu nhóm, các dòng dưới để trống là cùng nhóm — trang ${SHEET.rating} có thêm cột điểm từng nhóm), ${H.topMinimum} (điểm dưới mức này hoặc chưa chấm thì tối đa HTTNV), và cột ${H.evidence} ở ${SHEET.scores} (được chép sang ${SHEET.rating}).`)}
${li(`${b(PLAN_SHEET.plan)} (và các trang "${PLAN_OFFICE_TAB_PREFIX}&lt;Đơn vị công tác&gt;"): chuyến đi dự kiến — ${H.cadre}, ${H.unit}, ${PH.from}, ${PH.to}. Khi có dòng kế hoạch, mỗi lần kiểm tra nhật ký tiện ích ghi ${PH.status} (${Object.values(PLAN_STATUS).join(" / ")}) và trang ${PLAN_SHEET.tracking}; ${P.planTolerance} và ${P.planRequired} ở trang ${SHEET.settings}.`)}
</ul>
<h3>Các trang không bắt buộc</h3>
<p>${b("Tạo bảng mẫu")} hỏi một lần có tạo ba trang này không. Mỗi trang chỉ có tác dụng khi có ít nhất một dòng; dòng ghi sai làm lệnh dừng và báo tên trang, số dòng.</p>
<ul>
${li(`${b(SHEET.exemptions)}: ${H.cadre}, ${H.exemptFrom}, ${H.exemptTo}, ${H.reason} — cán bộ đi học dài hạn, ốm dài ngày, nghỉ thai sản. Ngày tạm miễn được trừ khỏi thời gian áp dụng khi tính ${H.target} và ${H.expectedSoFar}; chuyến đi trong thời gian tạm miễn vẫn được tính. ${H.exemptTo} để trống = đến hết khoảng tính. Cán bộ có ${H.cadreTarget} riêng thì giữ nguyên chỉ tiêu đó.`)}
${li(`${b(SHEET.tiers)}: ${H.tier} (ví dụ Cấp xã), ${H.unitType} (một hay nhiều loại, cách nhau bằng dấu ;), ${H.tierMinimum} (cho chỉ tiêu đầy đủ, ví dụ 30/20/10 trên 60 ngày). ${SHEET.progress} có thêm cột số ngày từng cấp và ${H.tierShortfall}; chỉ Đạt khi đủ tổng số ngày và đủ số ngày tối thiểu từng cấp.`)}
${li(`${b(SHEET.official)}: cùng bố cục với ${SHEET.scores}, ghi điểm của cấp thẩm định. Ô nào có điểm (kể cả 0) thì thay điểm tự chấm của ô đó; ${SHEET.rating} có thêm cột ${H.selfScore}.`)}
</ul>
<h3>Menu</h3>
<ul>
${li(`${b("Tạo bảng mẫu")}: tạo các trang, cột, tham số còn thiếu. Không sửa dữ liệu đã có; chạy lại không thay đổi gì, trừ danh sách chọn khi có đơn vị hay cán bộ vừa hết hiệu lực.`)}
${li(`${b("Kiểm tra nhật ký")}: ghi ${H.checkStatus} (Hợp lệ / Cảnh báo / Lỗi) và ${H.checkDetail} cho từng dòng. Dòng Lỗi không được tính ngày.`)}
${li(`${b("Tính tiến độ chỉ tiêu")}: số ngày theo quý, 6 tháng, 9 tháng, cả kỳ; tỷ lệ, số còn thiếu và đánh giá (Đạt, Đúng tiến độ, Chậm tiến độ, Không đạt, Chưa đến kỳ).`)}
${li(`${b("Xếp loại đơn vị")}: tổng điểm, tỷ lệ, xếp hạng trong nhóm và xếp loại với lý do.`)}
${li(`${b("Tính tất cả")}: cả ba việc trên và trang ${SHEET.summary} kèm biểu đồ.`)}
${li(`${b("Lập báo cáo")}: hỏi kỳ (Quý I, 6 tháng, 9 tháng, Cả năm, 01/04/2025 - 30/06/2025…), tạo văn bản Google Docs báo cáo theo thể thức của Đoàn, chia sẻ cho quản trị viên; liên kết ghi ở ${SHEET.history}. Phần đầu và phần ký lấy từ các tham số ${REPORT_SETTINGS.office}, ${REPORT_SETTINGS.signer}… của trang ${SHEET.settings}.`)}
${li(`${b("Chốt số liệu")} (quản trị viên): hỏi kỳ như Lập báo cáo, lưu số liệu của kỳ vào trang khóa "${LOCK_SHEET_PREFIX}&lt;kỳ&gt;" và một dòng ở ${LOCK_SHEET.register}. Sau đó dòng nhật ký thuộc kỳ đó được thêm hoặc sửa sẽ bị cảnh báo "thay đổi sau khi chốt", và Lập báo cáo kỳ đó vẫn dùng số liệu đã chốt.`)}
${li(`${b("Tạo biểu mẫu nhập")} (quản trị viên): tạo (lần sau: cập nhật danh sách) một Google Biểu mẫu để cán bộ ghi chuyến đi bằng điện thoại; câu trả lời vào trang "${FORM_TAB.responses}" và được kiểm tra ngay khi gửi. Gửi liên kết biểu mẫu cho cán bộ, ví dụ qua nhóm Zalo.`)}
${li(`${b("Phân quyền")} (quản trị viên): tạo trang "Nhật ký - &lt;Đơn vị công tác&gt;" và "Kế hoạch - &lt;Đơn vị công tác&gt;" cho từng đơn vị và khóa các trang — mỗi đơn vị chỉ sửa trang của mình (theo cột ${H.email} của trang ${SHEET.roster}); quản trị viên là chủ tệp và những người ghi ở tham số ${P.adminEmails}.`)}
${li(`${b("Tổng hợp từ file khác")} (quản trị viên): ghi Tên nguồn và Liên kết của các bảng tính khác vào trang ${SHEET.sources}; nhật ký của chúng được chép vào các trang "Nhật ký (nguồn) - …" để kiểm tra và tính chung.`)}
</ul>
<h3>In trang kết quả</h3>
<p>Google Sheets không cho tiện ích đặt khổ giấy, nên khi in (Tệp → In) hãy chọn: <b>Khổ giấy A4</b>, <b>Hướng trang: Ngang</b>,
<b>Tỷ lệ: Vừa với chiều rộng</b>. Dòng tiêu đề và dòng tên cột đã được cố định nên được in lại ở đầu mỗi trang.</p>
<p>Mỗi dòng nhật ký sửa xong được kiểm tra lại ngay. Mỗi lần chạy được ghi vào trang ${b(SHEET.history)}.
Các trang kết quả (${SHEET.progress}, ${SHEET.rating}, ${SHEET.summary}) được ghi lại toàn bộ mỗi lần chạy: đừng nhập liệu vào đó.</p>
</div>`;
