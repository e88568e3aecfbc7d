// The peer workload of issue 15, kept here so the bench needs nothing outside the repository: what an
// office does today without the add-in, the quota table as SUMIFS/COUNTIFS that LibreOffice recalculates.
// Generates the peer workload: the quota table done the way offices do it today, with SUMIFS/COUNTIFS
// formulas over a visit log, as a flat ODS file that LibreOffice must recalculate on load.
// Usage: node sumifs-book.mjs ROWS CADRES > book.fods
const rows = +process.argv[2] || 10000,
  cadres = +process.argv[3] || 2000;
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const iso = (d) => d.toISOString().slice(0, 10);
const out = [];
out.push('<?xml version="1.0" encoding="UTF-8"?>');
out.push(
  '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>',
);
out.push('<table:table table:name="Log">');
out.push(
  '<table:table-row><table:table-cell office:value-type="string"><text:p>Ma</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Ngay</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>SoNgay</text:p></table:table-cell></table:table-row>',
);
for (let i = 0; i < rows; i++) {
  const cb = `CB${String(1 + Math.floor(rnd() * cadres)).padStart(4, "0")}`;
  const d = new Date(Date.UTC(2025, 0, 1 + Math.floor(rnd() * 365)));
  const n = 1 + Math.floor(rnd() * 3);
  out.push(
    `<table:table-row><table:table-cell office:value-type="string"><text:p>${cb}</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="${iso(d)}"><text:p>${iso(d)}</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell></table:table-row>`,
  );
}
out.push('</table:table><table:table table:name="TienDo">');
const q = [
  ["2025-01-01", "2025-04-01"],
  ["2025-04-01", "2025-07-01"],
  ["2025-07-01", "2025-10-01"],
  ["2025-10-01", "2026-01-01"],
];
const R = `$Log.$A$2:$A$${rows + 1}`,
  Dt = `$Log.$B$2:$B$${rows + 1}`,
  N = `$Log.$C$2:$C$${rows + 1}`;
for (let c = 1; c <= cadres; c++) {
  const cb = `CB${String(c).padStart(4, "0")}`;
  const cells = [`<table:table-cell office:value-type="string"><text:p>${cb}</text:p></table:table-cell>`];
  for (const [a, b] of q) {
    const f = `of:=SUMIFS([${N}];[${R}];[.A${c}];[${Dt}];">="&DATEVALUE("${a}");[${Dt}];"<"&DATEVALUE("${b}"))`;
    cells.push(`<table:table-cell table:formula="${esc(f)}" office:value-type="float"/>`);
  }
  cells.push(`<table:table-cell table:formula="${esc(`of:=SUM([.B${c}:.E${c}])`)}" office:value-type="float"/>`);
  cells.push(`<table:table-cell table:formula="${esc(`of:=COUNTIFS([${R}];[.A${c}])`)}" office:value-type="float"/>`);
  cells.push(
    `<table:table-cell table:formula="${esc(`of:=IF([.F${c}]>=60;"Dat";"Chua dat")`)}" office:value-type="string"/>`,
  );
  out.push(`<table:table-row>${cells.join("")}</table:table-row>`);
}
out.push("</table:table></office:spreadsheet></office:body></office:document>");
process.stdout.write(out.join("\n"));
