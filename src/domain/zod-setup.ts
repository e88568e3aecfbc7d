// Imported first by every module that builds a zod schema: no code generation (jitless keeps start-up
// cheap). Every message a user sees from a schema is our own Vietnamese text (each check carries its
// `error`, or the issue is reworded from its path), so no zod locale is loaded: it would cost 3 KB
// of the bundle on every execution for words never shown. The domain uses "zod/mini", the
// tree-shakable build of zod 4 (same core, functional checks).
import * as z from "zod/mini";

z.config({ jitless: true });
