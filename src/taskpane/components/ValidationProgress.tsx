import { Field, ProgressBar } from "@fluentui/react-components";
import { useI18n } from "../i18n/I18nContext";
import type { ValidationPhase } from "../session/sessionTypes";
import { progressText } from "./statusTexts";

/** The validation's progress: a bar and the step in words. */
export function ValidationProgress({ phase, step, steps }: { phase: ValidationPhase; step: number; steps: number }) {
  const { t } = useI18n();
  return (
    <Field label={t("progress.label")} validationMessage={progressText(t, phase, step, steps)} validationState="none">
      <ProgressBar value={step / steps} max={1} thickness="large" />
    </Field>
  );
}
