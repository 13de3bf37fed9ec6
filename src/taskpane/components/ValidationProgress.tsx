import { Field, ProgressBar } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { MessageKey, Translate } from "../i18n/messages";
import type { ValidationPhase } from "../session/sessionTypes";

const PHASES: Record<ValidationPhase, MessageKey> = {
  read: "progress.read",
  validate: "progress.validate",
  score: "progress.score",
  highlight: "progress.highlight",
};

/** "Passo 2 di 4: controllo delle regole". */
export function progressText(t: Translate, phase: ValidationPhase, step: number, steps: number): string {
  return t("progress.step", { step, steps, phase: t(PHASES[phase]) });
}

/** The validation's progress: a bar and the step in words. */
export function ValidationProgress({ phase, step, steps }: { phase: ValidationPhase; step: number; steps: number }) {
  const { t } = useI18n();
  return (
    <Field label={t("progress.label")} validationMessage={progressText(t, phase, step, steps)} validationState="none">
      <ProgressBar value={step / steps} max={1} thickness="large" />
    </Field>
  );
}
