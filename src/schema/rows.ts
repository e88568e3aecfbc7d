// The rows each input sheet hands the domain engine, keyed by field.
import type { Cell } from "../domain/types";
import type { FieldKey, Row } from "./field";
import type { ACTIVITY_LIST, CRITERIA, EXEMPTIONS, LOG, PLAN, ROSTER, SCORES, SETTINGS, TIERS, UNITS } from "./sheets";

export type SettingsField = FieldKey<typeof SETTINGS>;
export type RosterRow = Row<FieldKey<typeof ROSTER>>;
export type UnitRow = Row<FieldKey<typeof UNITS>>;
export type ActivityRow = Row<FieldKey<typeof ACTIVITY_LIST>>;
export type CriterionRow = Row<FieldKey<typeof CRITERIA>>;
export type LogField = FieldKey<typeof LOG>;
export type PlanRow = Row<FieldKey<typeof PLAN>>;
export type ExemptionRow = Row<FieldKey<typeof EXEMPTIONS>>;
export type TierRow = Row<FieldKey<typeof TIERS>>;
/** A `Chấm điểm` / `Thẩm định` row: its fixed fields, and the score cell of each `Mã TC` (folded) found. */
export type ScoreInputRow = Row<FieldKey<typeof SCORES>> & { extra?: ReadonlyMap<string, Cell> };
