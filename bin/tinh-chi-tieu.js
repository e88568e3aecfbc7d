#!/usr/bin/env node
// The `tinh-chi-tieu` command: the runner built to plain JavaScript (dist/cli.js, by `npm run build`),
// so it runs with the production dependencies only.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  process.stderr.write("Chưa dựng trình chạy (dist/cli.js). Trong thư mục mã nguồn, chạy: npm run build\n");
  process.exitCode = 2;
}
