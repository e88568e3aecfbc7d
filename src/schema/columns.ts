// Header texts derived from the schemas, for code that lays out or inspects whole rows (tests, the
// sample book, the runner): the template columns of each sheet and its required headers.
import { headersOf, requiredKeys, type Schema } from "./field";
import {
  ACTIVITY_LIST,
  CRITERIA,
  HISTORY,
  LOG,
  LOG_INPUT_KEYS,
  PROGRESS,
  RATING,
  ROSTER,
  SCORES,
  SETTINGS,
  SOURCES,
  UNITS,
} from "./sheets";

/* @__NO_SIDE_EFFECTS__ */ const required = (s: Schema) => requiredKeys(s).map((k) => s.fields[k].header);

export const COLUMNS = {
  settings: /* @__PURE__ */ headersOf(SETTINGS),
  roster: /* @__PURE__ */ headersOf(ROSTER),
  units: /* @__PURE__ */ headersOf(UNITS),
  activities: /* @__PURE__ */ headersOf(ACTIVITY_LIST),
  log: /* @__PURE__ */ headersOf(LOG),
  criteria: /* @__PURE__ */ headersOf(CRITERIA),
  progress: /* @__PURE__ */ headersOf(PROGRESS),
  rating: /* @__PURE__ */ headersOf(RATING),
  history: /* @__PURE__ */ headersOf(HISTORY),
  sources: /* @__PURE__ */ headersOf(SOURCES),
} as const;

export const REQUIRED = {
  settings: /* @__PURE__ */ required(SETTINGS),
  roster: /* @__PURE__ */ required(ROSTER),
  units: /* @__PURE__ */ required(UNITS),
  activities: /* @__PURE__ */ required(ACTIVITY_LIST),
  log: /* @__PURE__ */ required(LOG),
  criteria: /* @__PURE__ */ required(CRITERIA),
  scores: /* @__PURE__ */ required(SCORES),
  sources: /* @__PURE__ */ required(SOURCES),
} as const;

/** Input columns of a log row (SPEC §3). */
export const LOG_INPUT_COLUMNS = /* @__PURE__ */ LOG_INPUT_KEYS.map((k) => LOG.fields[k].header);
