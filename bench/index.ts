// npm run bench: one table of sizes, times and spreadsheet-call counts.
import { bundleRows } from "./bundle";
import { commandRows } from "./commands";
import { customFunctionRows } from "./custom-functions";
import { engineRows } from "./engine";
import { runnerRows } from "./runner";
import { sourceRows } from "./sources";
import type { BenchRow } from "./types";

const sections: { name: string; rows: () => Promise<BenchRow[]> }[] = [
  { name: "bundle", rows: bundleRows },
  { name: "engine", rows: engineRows },
  { name: "menu", rows: commandRows },
  { name: "custom", rows: customFunctionRows },
  { name: "sources", rows: sourceRows },
  { name: "runner", rows: runnerRows },
];

function printTable(head: string[], cells: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) =>
    `| ${c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
  for (const c of cells) console.log(line(c));
}

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const s of sections) {
  if (only.length && !only.includes(s.name)) continue;
  process.stderr.write(`bench: ${s.name}…\n`);
  rows.push(...(await s.rows()));
}
printTable(
  ["group", "measure", "value", "unit", "note"],
  rows.map((r) => [r.group, r.name, String(r.value), r.unit, r.note ?? ""]),
);
// Issue 15's targets, each with its measured value: the last table says what is met.
const targeted = rows.filter((r) => r.target);
if (targeted.length) {
  console.log("");
  printTable(
    ["group", "measure", "value", "target", "met"],
    targeted.map((r) => [r.group, r.name, `${r.value} ${r.unit}`, r.target!.text, r.target!.met ? "yes" : "no"]),
  );
  console.log(`\n${targeted.filter((r) => r.target!.met).length} of ${targeted.length} targets met.`);
}
