// Messages the user sees in alerts, toasts and the history sheet. Domain findings live in findings.ts.

export const MSG = {
  underConstruction: (caption: string) =>
    `Chức năng «${caption}» đang được xây dựng. Vui lòng dùng lại ở phiên bản sau.`,
  busy: "Đang có lệnh khác chạy trên bảng tính này. Vui lòng đợi lệnh đó xong rồi bấm lại.",
  unexpected: (caption: string) =>
    `Lệnh «${caption}» gặp lỗi ngoài dự kiến và đã dừng, chưa ghi gì thêm. ` +
    `Vui lòng thử lại; nếu vẫn lỗi, báo cho quản trị viên kèm thời điểm chạy.`,
} as const;
