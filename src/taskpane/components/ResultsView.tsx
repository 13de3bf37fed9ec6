import { Button, Field, makeStyles, ProgressBar, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { ChevronLeft16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useMemo, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { Anomaly, Severity } from "../../core/rules/anomaly";
import { useI18n } from "../i18n/messages";
import { GROUPINGS, objectiveScores, positionOf, verdictOf, type Grouping } from "../session/anomalyGroups";
import type { PlanOverview, PaneValidation, ValidationPhase } from "../session/sessionState";
import { AnomalyGroups } from "./AnomalyGroups";
import { SeverityFilter } from "./SeverityFilter";
import { countText, progressText } from "./paneWords";
import { ResultsTabs } from "./ResultsTabs";
import { ScorecardView } from "./ScorecardView";
import { VerdictCard } from "./VerdictCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // Fluent's small buttons are at least 64 px wide: the walk's arrows need only their icon's room.
  step: { minWidth: 0 },
  position: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, minWidth: "4em", textAlign: "center" },
  // In narrow panes the arrows stay, the words go (the buttons keep their names): the walk then
  // fits beside «Impostazioni» in the sticky bar at 320 px.
  word: { "@media (max-width: 400px)": { display: "none" } },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

interface ResultsViewProps {
  validation: PaneValidation;
  overview: PlanOverview;
  filter: Record<Severity, boolean>;
  grouping: Grouping;
  selected: Anomaly | null;
  onFilter: (severity: Severity, shown: boolean) => void;
  onGrouping: (grouping: Grouping) => void;
  onSelect: (anomaly: Anomaly) => void;
  /** «Anomalia successiva» (1) / «precedente» (-1): selects the cell in the workbook. */
  onStep: (direction: 1 | -1) => void;
  /**
   * Where the walk through the anomalies goes: the pane's sticky commands, so that «Anomalia
   * successiva» stays in reach (and in view, with the focus on it) while the list scrolls to the
   * anomaly it selects. Beside the grouping when absent.
   */
  walkSlot?: HTMLElement | null;
  /** Said right under the verdict (the checks switched off in the settings). */
  note?: ReactNode;
}

/**
 * The verdict first, then «Anomalie | Punteggi» (ResultsTabs): under «Anomalie» the counts that
 * filter the list, the grouping and the walk through the anomalies, then the list (virtualised,
 * errors first); under «Punteggi» the scorecard.
 */
export function ResultsView({ validation, overview, filter, grouping, selected, onFilter, onGrouping, onSelect, onStep, walkSlot, note }: ResultsViewProps) {
  const { t, percent, locale } = useI18n();
  const styles = useStyles();
  const verdict = verdictOf(validation.counts, overview.indicators);
  const groups = validation.groups[grouping];
  const scores = useMemo(() => objectiveScores(validation.scores), [validation.scores]);
  const scoreOf = (code: string) => {
    const score = scores.get(code.trim().toLowerCase());
    return score === undefined ? undefined : percent(score);
  };
  const { position, total } = positionOf(groups, filter, selected);
  const walk = (
    <div className={styles.group} role="group" aria-label={t("results.walkLabel")}>
      <Button
        size="small"
        className={styles.step}
        disabled={total === 0}
        icon={<ChevronLeft16Regular />}
        aria-label={t("results.previousLabel")}
        title={t("results.previousLabel")}
        onClick={() => onStep(-1)}
      >
        <span className={styles.word}>{t("results.previous")}</span>
      </Button>
      <span className={styles.position} aria-live="polite" data-testid="anomaly-position">
        {position === null
          ? t("results.positionNone", { total: countText(locale, total) })
          : t("results.position", { position: countText(locale, position), total: countText(locale, total) })}
      </span>
      <Button
        size="small"
        className={styles.step}
        disabled={total === 0}
        icon={<ChevronRight16Regular />}
        iconPosition="after"
        aria-label={t("results.nextLabel")}
        title={t("results.nextLabel")}
        onClick={() => onStep(1)}
      >
        <span className={styles.word}>{t("results.next")}</span>
      </Button>
    </div>
  );
  return (
    <section className={styles.root} aria-labelledby="results-title">
      <VerdictCard verdict={verdict} overview={overview} />
      {note}
      {/* A plan without indicators has neither anomalies nor scores to show: the verdict says what to do. */}
      {verdict.kind === "empty" ? null : (
        <ResultsTabs
          scores={() => <ScorecardView scores={validation.scores} />}
          anomalies={
            validation.anomalies.length === 0 ? null : (
              <>
                <SeverityFilter counts={validation.counts} shown={filter} onChange={onFilter} />
                <div className={styles.bar}>
                  <div className={styles.group} role="group" aria-label={t("results.groupBy")}>
                    <Text size={200}>{t("results.groupBy")}:</Text>
                    {GROUPINGS.map((option) => (
                      <ToggleButton key={option} size="small" checked={grouping === option} onClick={() => onGrouping(option)}>
                        {t(`results.groupBy.${option}`)}
                      </ToggleButton>
                    ))}
                  </div>
                  {walkSlot ? null : walk}
                </div>
                {walkSlot ? createPortal(walk, walkSlot) : null}
                {total === 0 ? (
                  <Text as="p">{t("results.filteredOut")}</Text>
                ) : (
                  <AnomalyGroups key={grouping} groups={groups} shown={filter} selected={selected} onSelect={onSelect} scoreOf={scoreOf} />
                )}
              </>
            )
          }
        />
      )}
    </section>
  );
}

/** The validation's progress: a bar, the step in words, and «Annulla» while it can still stop. */
export function ValidationProgress({
  phase,
  step,
  steps,
  cancelling,
  onCancel,
}: {
  phase: ValidationPhase;
  step: number;
  steps: number;
  cancelling?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.progress}>
      <Field label={t("progress.label")} validationMessage={progressText(t, phase, step, steps)} validationState="none" style={{ alignSelf: "stretch" }}>
        <ProgressBar value={step / steps} max={1} thickness="large" />
      </Field>
      {onCancel && phase !== "highlight" ? (
        <Button size="small" disabled={cancelling === true} onClick={onCancel}>
          {cancelling ? t("progress.cancelling") : t("progress.cancel")}
        </Button>
      ) : null}
    </div>
  );
}
