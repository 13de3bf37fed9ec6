/**
 * Whether a declared deviation agrees with the computed one. The tolerance is a fraction of
 * |target| (settings.deviationTolerance, default 0,5%), because declared figures are rounded
 * as written: 0,13% against 0,1300000001%. With a target of 0 the tolerance applies to the
 * figure itself (0,005 = 0,5 percentage points for percentages, half a unit for counts).
 */
export function deviationMatches(declared: number, computed: number, target: number, tolerance: number): boolean {
  const scale = target === 0 ? 1 : Math.abs(target);
  return Math.abs(declared - computed) <= tolerance * scale + Number.EPSILON * Math.max(1, Math.abs(computed));
}
