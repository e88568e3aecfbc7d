// Imported first by every module that builds a zod schema: no code generation (Apps Script forbids
// nothing here, but jitless keeps start-up cheap) and Vietnamese messages for anything we do not word ourselves.
import * as z from "zod";
import { vi } from "zod/locales";

z.config({ jitless: true, ...vi() });
