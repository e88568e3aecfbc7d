// Imported first by every module that builds a zod schema: no code generation (jitless keeps start-up
// cheap) and Vietnamese messages for anything we do not word ourselves. The domain uses "zod/mini", the
// tree-shakable build of zod 4 (same core, functional checks): the classic build alone would take the
// bundle over its 150 KB limit.
import * as z from "zod/mini";
import { vi } from "zod/locales";

z.config({ jitless: true, ...vi() });
