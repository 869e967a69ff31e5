/** The balance gauge's geometry: a half circle, 0 at the left end, 100 at the right end. */

/** A point on the gauge's half circle: value 0 at the left end, 100 at the right end. */
export function gaugePoint(value: number, radius: number, cx: number, cy: number): { x: number; y: number } {
  const angle = Math.PI * (1 - Math.max(0, Math.min(100, value)) / 100);
  return { x: cx + radius * Math.cos(angle), y: cy - radius * Math.sin(angle) };
}

/** The arc from 0 to `value` along the half circle, as an SVG path. */
export function gaugeArc(value: number, radius: number, cx: number, cy: number): string {
  const start = gaugePoint(0, radius, cx, cy);
  const end = gaugePoint(value, radius, cx, cy);
  return `M ${start.x.toFixed(2)} ${start.y.toFixed(2)} A ${radius} ${radius} 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`;
}
