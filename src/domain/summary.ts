// Numbers behind `Tổng hợp` (SPEC §6): per office, per rating group, units never visited.
import { ASSESSMENT } from "../text";
import { foldText } from "./fold";
import { clean } from "./numbers";
import type { Assessment, ProgressRow } from "./progress";
import type { GroupSummary } from "./rating";
import { inOperation } from "./succession";
import type { Day } from "./types";
import type { Unit } from "./units";

export interface OfficeSummary {
  /** `Đơn vị công tác` as first written ("" when blank). */
  office: string;
  cadres: number;
  counts: Record<Assessment, number>;
  totalDays: number;
  /** Mean `Tỷ lệ` over cadres, `Không áp dụng` excluded; null when none. */
  averageRatio: number | null;
}

export interface Summary {
  offices: OfficeSummary[];
  groups: GroupSummary[];
  /** Units in operation on the window's last day with no counted visit (theirs or a predecessor's), in `Đơn vị` order. */
  unvisited: Unit[];
}

const emptyCounts = (): Record<Assessment, number> =>
  Object.fromEntries(Object.values(ASSESSMENT).map((a) => [a, 0])) as Record<Assessment, number>;

export function summarize(
  progress: readonly ProgressRow[],
  rating: { groups: readonly GroupSummary[] } | undefined,
  units: readonly Unit[],
  /** The counting window's last day: units that ended before it are not listed (SPEC §12). */
  lastDay?: Day,
): Summary {
  const offices = new Map<string, OfficeSummary & { ratios: number[] }>();
  for (const p of progress) {
    const key = foldText(p.office);
    let o = offices.get(key);
    if (!o)
      offices.set(
        key,
        (o = {
          office: p.office,
          cadres: 0,
          counts: emptyCounts(),
          totalDays: 0,
          averageRatio: null,
          ratios: [],
        }),
      );
    o.cadres++;
    o.counts[p.assessment]++;
    o.totalDays = clean(o.totalDays + p.total);
    if (p.ratio !== null) o.ratios.push(p.ratio);
  }
  const visited = new Set(progress.flatMap((p) => p.unitCodes));
  return {
    offices: [...offices.values()].map(({ ratios, ...o }) => ({
      ...o,
      averageRatio: ratios.length ? ratios.reduce((a, b) => a + b, 0) / ratios.length : null,
    })),
    groups: [...(rating?.groups ?? [])],
    unvisited: units.filter((u) => !visited.has(u.code) && (lastDay === undefined || inOperation(u, lastDay))),
  };
}
