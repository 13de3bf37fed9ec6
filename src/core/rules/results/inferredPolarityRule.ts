/**
 * `polarita-dedotta`: the polarity of an indicator was not written and the reader inferred it from a
 * clue that may be wrong: a reducing word in the name ("% riduzione delle pratiche critiche") or
 * negative targets (the seed's 2.2 ind.1, -2% / -5%, decrescente). The clue is said so that the
 * user can confirm it or write the polarity down (info).
 * A polarity cell that is written but cannot be read ("boh", "decresente") is graver (avviso): the
 * user meant something and the figures may be computed the wrong way round; the message names the
 * closest polarity word when there is one.
 * Not reported, to avoid noise: milestone targets read as milestones (there is no other reading) and
 * the default "crescente" of an indicator with no clue at all (the usual case, which every score
 * explanation states anyway).
 */
import { cellText } from "../../plan/gridCells";
import type { Indicator } from "../../plan/planModel";
import type { Finding, Rule } from "../ruleTypes";
import { aboutIndicator, indicatorFinding } from "../support/findings";
import { closestId } from "../../values/readSettingValue";
import { ruleDescription } from "../../wording/renderMessage";
import { inferPolarity } from "../../plan/inferPolarity";
import { localized, type Localized } from "../../wording/calcWords";
import { polarityClueText } from "../../wording/polarityReasons";

const POLARITY_WORDS = ["crescente", "decrescente", "milestone"];

/**
 * The reader's clue without what the message already says («polarità 'boh' non riconosciuta»),
 * in both languages. The plan keeps the Italian sentence only: the clue is found again from the
 * indicator's name, polarity cell and targets, and used when it gives the same sentence (else the
 * sentence is quoted as it is).
 */
function clueOf(indicator: Indicator): Localized {
  const stored = indicator.polarityInferred ?? "";
  const { inferred, reason } = inferPolarity({ name: indicator.name, written: indicator.polarityCell, targets: Object.values(indicator.targets).map((cell) => cell?.value) });
  if (reason === undefined || inferred !== stored) return { it: stored, en: stored };
  return localized((locale) => polarityClueText(reason.clue, locale));
}

function unreadableFinding(indicator: Indicator, written: string): Finding {
  const near = closestId(written.trim(), POLARITY_WORDS);
  return indicatorFinding(indicator, indicator.polarityCell, {
    severity: "avviso",
    key: "polarita-dedotta.illeggibile",
    params: aboutIndicator(indicator, { written, polarity: indicator.polarity, reason: clueOf(indicator), near: near || null }),
  });
}

export const inferredPolarityRule: Rule = {
  id: "polarita-dedotta",
  defaultSeverity: "avviso",
  description: ruleDescription("polarita-dedotta"),
  check({ plan }) {
    const findings: Finding[] = [];
    for (const indicator of plan.indicators) {
      if (indicator.polarityInferred === undefined) continue;
      const cell = indicator.polarityCell;
      if (cell !== undefined && cell.value.kind !== "placeholder") {
        findings.push(unreadableFinding(indicator, cellText(cell.raw)));
        continue;
      }
      if (indicator.polarityBasis === "default" || indicator.polarityBasis === "milestoneTargets") continue;
      findings.push(
        indicatorFinding(indicator, cell, {
          severity: "info",
          key: "polarita-dedotta.dedotta",
          params: aboutIndicator(indicator, { polarity: indicator.polarity, reason: clueOf(indicator) }),
        }),
      );
    }
    return findings;
  },
};
