// Where the runner finds the add-in as shipped: $TINH_CHI_TIEU_CODE (tests point it at a bundle they
// built), else dist/Code.js built by `npm run build`. The runner never builds: it runs with the
// production dependencies only, so a missing or stale dist/Code.js is a message, not a rebuild.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { advancedServicesOf, type AdvancedService } from "../imitation/advanced-sheets";

/** Tests point the runner at a bundle they built (the same code as their in-memory run). */
export const CODE_ENV = "TINH_CHI_TIEU_CODE";

/** A package.json that names a package (dist/package.json only says that dist/ is CommonJS). */
function namesPackage(dir: string): boolean {
  try {
    return typeof (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown }).name === "string";
  } catch {
    return false;
  }
}

/** The repository (or installed package) root: the nearest folder above this file whose package.json names it. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!namesPackage(dir)) {
    const up = dirname(dir);
    if (up === dir) return dirname(fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}

export const ROOT = packageRoot();
export const DIST_CODE = join(ROOT, "dist", "Code.js");
/** What `npm run build` turns into dist/: when one is newer than dist/Code.js, dist/ is stale. */
const SOURCES = ["src", "build", "appsscript.json"].map((p) => join(ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export type Bundle = { code: string; path: string } | { problem: "missing" | "stale"; path: string };

/** The add-in's code, or why it cannot be used. */
export function bundleCode(): Bundle {
  const given = process.env[CODE_ENV];
  if (given) return { code: readFileSync(given, "utf8"), path: given };
  if (!existsSync(DIST_CODE)) return { problem: "missing", path: DIST_CODE };
  const built = statSync(DIST_CODE).mtimeMs;
  if (SOURCES.some((s) => newestMtime(s) > built)) return { problem: "stale", path: DIST_CODE };
  return { code: readFileSync(DIST_CODE, "utf8"), path: DIST_CODE };
}

/** The advanced services enabled by the manifest built beside the bundle (none without one). */
export function manifestServices(codePath: string): AdvancedService[] {
  try {
    return advancedServicesOf(JSON.parse(readFileSync(join(dirname(codePath), "appsscript.json"), "utf8")));
  } catch {
    return [];
  }
}
