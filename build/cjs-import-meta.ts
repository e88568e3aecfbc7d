// Injected into dist/runner.js (CommonJS, build/cli.ts): what `import.meta.url` names in an ES module.
import { pathToFileURL } from "node:url";

export const importMetaUrl = pathToFileURL(__filename).href;
