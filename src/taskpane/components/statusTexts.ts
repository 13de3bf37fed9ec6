/**
 * The words of the pane's states that more than one view says: the validation's step and
 * the title of a failure. The live status line (in the first bundle) and the progress bar
 * and failure messages (chunks loaded on demand, see lazyViews.ts) share them from here.
 */
import type { MessageKey, Translate } from "../i18n/messages";
import type { PaneFailure, ValidationPhase } from "../session/sessionState";

const PHASES: Record<ValidationPhase, MessageKey> = {
  read: "progress.read",
  validate: "progress.validate",
  score: "progress.score",
  prepare: "progress.prepare",
  highlight: "progress.highlight",
};

/** "Passo 2 di 4: controllo delle regole". */
export function progressText(t: Translate, phase: ValidationPhase, step: number, steps: number): string {
  return t("progress.step", { step, steps, phase: t(PHASES[phase]) });
}

const TITLES: Record<PaneFailure["operation"], MessageKey> = {
  read: "failure.read",
  highlight: "failure.highlight",
  clear: "failure.clear",
  select: "failure.select",
  write: "failure.write",
  settings: "failure.settings",
  example: "failure.example",
  internal: "failure.internal",
};

/** The message key saying what could not be done. */
export function failureTitle(operation: PaneFailure["operation"]): MessageKey {
  return TITLES[operation];
}
