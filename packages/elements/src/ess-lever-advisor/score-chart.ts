// Geometry of the results chart: one horizontal bar per group and per criterion, 0–100, with the
// band thresholds drawn as vertical rules. Pure maths (no Lit, no DOM): the component turns the
// layout into SVG. The drawing is in a fixed 320-unit-wide viewBox that scales to the container.

export interface ChartRowInput {
  key: string;
  label: string;
  /** 0–100, or null when nothing was answered for this row. */
  score: number | null;
  level: 'group' | 'criterion';
}

export interface ChartRow extends ChartRowInput {
  /** Baseline of the label text. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  /** Bar width in viewBox units (0 when score is null). */
  barWidth: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Left edge and width of the 0–100 scale. */
  scaleX: number;
  scaleWidth: number;
  barHeight: number;
  rows: ChartRow[];
  /** Band thresholds (0–100) as x positions. */
  rules: { value: number; x: number }[];
}

export const CHART_WIDTH = 320;
const MARGIN = 4;
const VALUE_ROOM = 36;
const LABEL_HEIGHT = 14;
const BAR_HEIGHT = 10;
const ROW_GAP = 8;
const GROUP_GAP = 8;

/** Clamps a score to 0–100; non-finite values count as missing. */
function clampScore(score: number | null): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  return Math.min(100, Math.max(0, score));
}

/** Lays the rows out top to bottom; a group row gets extra space above it (except the first). */
export function layoutScoreChart(rows: readonly ChartRowInput[], thresholds: readonly number[] = []): ChartLayout {
  const scaleX = MARGIN;
  const scaleWidth = CHART_WIDTH - MARGIN - VALUE_ROOM;
  let y = MARGIN;
  const out: ChartRow[] = rows.map((row, i) => {
    if (row.level === 'group' && i > 0) y += GROUP_GAP;
    const labelY = y + LABEL_HEIGHT - 3;
    const barY = y + LABEL_HEIGHT;
    const score = clampScore(row.score);
    y = barY + BAR_HEIGHT + ROW_GAP;
    return { ...row, score, labelY, barY, barWidth: score === null ? 0 : (score / 100) * scaleWidth };
  });
  const rules = thresholds
    .filter((t) => Number.isFinite(t) && t > 0 && t < 100)
    .map((value) => ({ value, x: scaleX + (value / 100) * scaleWidth }));
  return { width: CHART_WIDTH, height: Math.max(y, MARGIN * 2), scaleX, scaleWidth, barHeight: BAR_HEIGHT, rows: out, rules };
}
