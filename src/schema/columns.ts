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

const required = (s: Schema) => requiredKeys(s).map((k) => s.fields[k].header);

export const COLUMNS = {
  settings: headersOf(SETTINGS),
  roster: headersOf(ROSTER),
  units: headersOf(UNITS),
  activities: headersOf(ACTIVITY_LIST),
  log: headersOf(LOG),
  criteria: headersOf(CRITERIA),
  progress: headersOf(PROGRESS),
  rating: headersOf(RATING),
  history: headersOf(HISTORY),
  sources: headersOf(SOURCES),
} as const;

export const REQUIRED = {
  settings: required(SETTINGS),
  roster: required(ROSTER),
  units: required(UNITS),
  activities: required(ACTIVITY_LIST),
  log: required(LOG),
  criteria: required(CRITERIA),
  scores: required(SCORES),
  sources: required(SOURCES),
} as const;

/** Input columns of a log row (SPEC §3). */
export const LOG_INPUT_COLUMNS = LOG_INPUT_KEYS.map((k) => LOG.fields[k].header);
