/**
 * Valore economico of a project: the value of one point times the points
 * (the seed's "Fondo Dirigenti": 3.106 euro × 5 = 15.530 euro), and, when an
 * achievement is given, the share of that value earned:
 *
 *   unitValue × coefficient × min(achievement, 100%)
 *
 * Decision: the achievement is capped at 100% here whatever cap the indicators use,
 * because the project value is the most the fund can assign; going beyond the target
 * does not create money. The explanation says when the cap applied.
 * Inputs must be finite and >= 0 (a negative value or achievement is `invalidArgument`).
 */
import type { Outcome } from "./calcTypes";
import { describeBadNumber, fail, isFiniteNumber, outOfRange, succeed, tidy } from "./calcOutcome";
import { formatFigure, formatShare } from "../wording/formatNumbers";

function checkNonNegative(label: string, value: unknown, asShare = false): string | null {
  if (isFiniteNumber(value) && value >= 0) return null;
  const shown = isFiniteNumber(value) ? (asShare ? formatShare(value) : formatFigure(value)) : describeBadNumber(value);
  return `Valore del progetto non calcolabile: ${label} deve essere un numero finito non negativo, non ${shown}.`;
}

export function computeProjectValue(unitValue: number, coefficient: number, achievement?: number): Outcome<number> {
  const problem =
    checkNonNegative("il valore del punto", unitValue) ??
    checkNonNegative("il numero di punti", coefficient) ??
    (achievement === undefined ? null : checkNonNegative("il raggiungimento", achievement, true));
  if (problem) return fail("invalidArgument", problem);

  const full = tidy(unitValue * coefficient);
  if (!Number.isFinite(full)) return outOfRange("il valore del progetto");
  const base = `${formatFigure(unitValue, "euro")} × ${formatFigure(coefficient)}`;
  if (achievement === undefined) return succeed(full, `${base} = ${formatFigure(full, "euro")}`);

  const share = Math.min(achievement, 1);
  const value = tidy(full * share);
  const capped = achievement > 1 ? ` (raggiungimento ${formatShare(achievement)} limitato al 100%)` : "";
  return succeed(value, `${base} × ${formatShare(share)} = ${formatFigure(value, "euro")}${capped}`);
}
