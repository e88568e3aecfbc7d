#!/usr/bin/env node
// Entry point of the `tinh-chi-tieu` command: runs bin/tinh-chi-tieu.ts through tsx (installed by npm ci).
import { register } from "tsx/esm/api";

register();
await import("./tinh-chi-tieu.ts");
