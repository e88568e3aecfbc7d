// docs/images/bieu-mau-dien-thoai.png: an illustration (not a screenshot) of the phone form `Tạo biểu mẫu
// nhập` makes for the sample book examples/so-mau.xlsx. The add-in is built and run on that book with
// the local imitation; the questions and lists are the form's own; the page is laid out in HTML,
// turned into PDF by LibreOffice and into PNG by pdftoppm (one tall page).
//
//   npm run picture:form
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build";
import { createLocalEnvironment } from "../src/imitation";
import { callTopLevel } from "../src/imitation/script-context";
import { loadXlsx } from "../src/xlsx";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
const OUT = join(ROOT, "docs", "images", "bieu-mau-dien-thoai.png");
const OWNER = "bithu@tinhdoan.vn";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "tct-picture-"));
  const { codePath } = await build({ outDir: tmp });
  const book = await loadXlsx(join(ROOT, "examples", "so-mau.xlsx"), { name: "Đi cơ sở 2025", owner: OWNER });
  const env = createLocalEnvironment({ books: [book], user: OWNER });
  const ctx = env.loadScript(readFileSync(codePath, "utf8"));
  callTopLevel(ctx, "taoBieuMauNhap");
  const form = env.forms.linkedTo(book.getId())[0];
  if (!form) throw new Error(`no form was made: ${env.ui.alerts.at(-1)?.prompt}`);

  // LibreOffice lays out tables faithfully (it flattens nested divs), so each card is a one-cell table.
  const card = (body: string, top = "") =>
    `<table width="100%" cellpadding="10" cellspacing="0" bgcolor="#ffffff" style="border: 1px solid #dadce0;${top}">` +
    `<tr><td>${body}</td></tr></table><p style="margin:0; font-size:4pt">&nbsp;</p>`;
  const question = (q: ReturnType<typeof form.rawQuestions>[number]) => {
    const star = q.required ? ' <font color="#d93025">*</font>' : "";
    let field = '<p class="line">Câu trả lời của bạn</p>';
    if (q.type === "DATE") field = '<p class="line">ngày / tháng / năm</p>';
    if (q.type === "LIST") {
      const shown = q.choices
        .slice(0, 4)
        .map((c) => `<p class="opt">${esc(c)}</p>`)
        .join("");
      const more = q.choices.length > 4 ? `<p class="opt more">… và ${q.choices.length - 4} mục khác</p>` : "";
      field = `<p class="select">Chọn ▾</p>${shown}${more}`;
    }
    return card(`<p class="q">${esc(q.title)}${star}</p><p class="help">${esc(q.helpText)}</p>${field}`);
  };
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>
    @page { size: 105mm 480mm; margin: 4mm; }
    body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
    p { margin: 0 0 4pt 0; }
    .label { font-size: 7pt; color: #555555; text-align: center; }
    h1 { font-size: 14pt; font-weight: normal; margin: 0 0 4pt 0; }
    .q { font-size: 10.5pt; } .help { font-size: 7.5pt; color: #5f6368; }
    .line { color: #80868b; border-bottom: 1px solid #9aa0a6; }
    .select { color: #3c4043; } .opt { font-size: 8pt; margin-left: 10pt; } .more { color: #80868b; }
  </style></head><body>
    <p class="label">Hình minh hoạ (không phải ảnh chụp màn hình): biểu mẫu do «Tạo biểu mẫu nhập» tạo cho tệp mẫu examples/so-mau.xlsx</p>
    ${card(
      `<h1>${esc(form.getTitle())}</h1><p class="help">${esc(form.getDescription())}</p>` +
        '<p class="help">Email của bạn (tài khoản Google đang đăng nhập) được ghi lại khi gửi.</p>',
      " border-top: 8px solid #673ab7;",
    )}
    ${form.rawQuestions().map(question).join("\n")}
    <table cellpadding="6" bgcolor="#673ab7"><tr><td><font color="#ffffff">Gửi</font></td></tr></table>
  </body></html>`;
  const page = join(tmp, "bieu-mau.html");
  writeFileSync(page, html);
  execFileSync(
    "soffice",
    ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, page],
    {
      stdio: "ignore",
    },
  );
  execFileSync("pdftoppm", ["-png", "-r", "110", "-singlefile", join(tmp, "bieu-mau.pdf"), join(tmp, "bieu-mau")]);
  renameSync(join(tmp, "bieu-mau.png"), OUT);
  console.log(`wrote ${OUT}`);
}

await main();
