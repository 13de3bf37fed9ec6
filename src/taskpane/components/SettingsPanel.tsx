import { Button, Field, Input, Select, Switch, Text, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "../i18n/messages";
import type { MessageKey } from "../i18n/messages";
import { defaultPaneSettings, type PaneSettings } from "../settings/paneSettings";
import { fieldLimits, fromDraft, PROFILE_CHOICES, toDraft, type DraftField, type NumericField, type SettingsDraft } from "../settings/settingsDraft";
import { RuleSeverityList } from "./RuleSeverityList";
import { useStickyClearance } from "./stickyClearance";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    // Every field as wide as the pane and no wider: a field's grid column and a dropdown would
    // otherwise grow to their longest option («Predefinito (lineare, dalla base line se attivato
    // sopra)» is 375 px, wider than a 320 px pane) and push the form past the pane's edge.
    "& .fui-Field": { gridTemplateColumns: "minmax(0, 1fr)" },
    "& .fui-Select__select": { minWidth: 0, textOverflow: "ellipsis" },
  },
  heading: { ...typographyStyles.subtitle2, margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, padding: 0, marginBottom: tokens.spacingVerticalXS },
  // «Salva» is always in reach: the bar sticks to the bottom of the pane while the form scrolls.
  saveBar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fix: { color: tokens.colorPaletteRedForeground1 },
});

/** The numeric fields of each group, in the form's order (the order the first error is looked for in). */
const NUMBER_FIELDS: Record<NumericField, { label: MessageKey; hint?: MessageKey }> = {
  weightTolerance: { label: "settings.weightTolerance", hint: "settings.weightToleranceHint" },
  cap: { label: "settings.cap" },
  threshold: { label: "settings.threshold", hint: "settings.thresholdHint" },
  critical: { label: "settings.critical", hint: "settings.criticalHint" },
  achieved: { label: "settings.achieved" },
  milestonePartial: { label: "settings.milestonePartial", hint: "settings.milestonePartialHint" },
  ownShare: { label: "settings.ownShare", hint: "settings.ownShareHint" },
};

/** The fields that can be wrong, top to bottom. */
const FIELD_ORDER: readonly DraftField[] = [
  "reportingDate",
  "weightTolerance",
  "cap",
  "threshold",
  "milestonePartial",
  "method",
  "decreasingMethod",
  "aggregation",
  "convention",
  "ownShare",
  "bands",
  "achieved",
  "critical",
];

interface SettingsPanelProps {
  settings: PaneSettings;
  busy: boolean;
  onSave: (settings: PaneSettings) => void;
  onCancel: () => void;
  /** Called on every «Salva» before checking the fields: clears the message of a previous action. */
  onAttempt?: () => void;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The settings view, grouped by what a clerk decides: the reporting date, the tolerance on the
 * weights, how achievement is measured, when a deviation is critical, what happens after a
 * validation, which checks run. «Salva» stores them in the workbook through the port; a wrong
 * value is said beside its field and the cursor goes to the first one.
 */
export function SettingsPanel({ settings, busy, onSave, onCancel, onAttempt }: SettingsPanelProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const decimalMark = locale === "en" ? "." : ",";
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings, decimalMark));
  const [invalid, setInvalid] = useState<DraftField[]>([]);
  const [attempts, setAttempts] = useState(0);
  const inputs = useRef<Partial<Record<DraftField, HTMLInputElement | HTMLSelectElement | null>>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const saveBar = useRef<HTMLDivElement>(null);
  useStickyClearance(saveBar, "bottom");
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (attempts === 0) return;
    const first = FIELD_ORDER.find((field) => invalid.includes(field));
    if (first) inputs.current[first]?.focus();
  }, [attempts, invalid]);
  const change = (patch: Partial<SettingsDraft>) => setDraft({ ...draft, ...patch });
  const save = () => {
    onAttempt?.();
    const reading = fromDraft(draft, settings);
    if (reading.ok) {
      setInvalid([]);
      onSave(reading.settings);
    } else {
      setInvalid(reading.invalid);
      setAttempts(attempts + 1);
    }
  };
  const numberField = (field: NumericField) => {
    const { label, hint } = NUMBER_FIELDS[field];
    const wrong = invalid.includes(field);
    return (
      <Field
        label={t(label)}
        hint={hint ? t(hint) : undefined}
        validationState={wrong ? "error" : "none"}
        validationMessage={wrong ? t("settings.invalidNumber", fieldLimits(field, draft)) : undefined}
      >
        <Input
          ref={(element) => {
            inputs.current[field] = element;
          }}
          inputMode="decimal"
          value={draft[field]}
          onChange={(_event, data) => change({ [field]: data.value })}
        />
      </Field>
    );
  };
  const dateWrong = invalid.includes("reportingDate");
  return (
    <form
      id="settings-panel"
      className={styles.root}
      aria-labelledby="settings-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h2 id="settings-title" tabIndex={-1} ref={heading} className={styles.heading}>
        {t("settings.title")}
      </h2>
      <Field
        label={t("settings.reportingDate")}
        hint={t("settings.reportingDateHint")}
        validationState={dateWrong ? "error" : "none"}
        validationMessage={dateWrong ? t("settings.invalidDate") : undefined}
      >
        <Input
          ref={(element) => {
            inputs.current.reportingDate = element;
          }}
          value={draft.reportingDate}
          placeholder={t("settings.reportingDate.auto")}
          onChange={(_event, data) => change({ reportingDate: data.value })}
        />
      </Field>
      <Group title={t("settings.group.weights")}>{numberField("weightTolerance")}</Group>
      <Group title={t("settings.group.achievement")}>
        {numberField("cap")}
        {numberField("threshold")}
        {numberField("milestonePartial")}
        <Switch label={t("settings.useBaseline")} checked={draft.useBaseline} onChange={(_event, data) => change({ useBaseline: data.checked })} />
        {(["method", "decreasingMethod", "aggregation", "convention"] as const).map((field) => (
          <Field key={field} label={t(`settings.${field}`)} validationState={invalid.includes(field) ? "error" : "none"}>
            <Select
              ref={(element) => {
                inputs.current[field] = element;
              }}
              value={draft[field]}
              onChange={(_event, data) => change({ [field]: data.value })}
            >
              {PROFILE_CHOICES[field].map((word) => (
                <option key={word} value={word}>
                  {word === "" ? t(`settings.${field === "decreasingMethod" ? "decreasingMethod" : "method"}.default`) : t(`settings.choice.${word}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {numberField("ownShare")}
        <Field
          label={t("settings.bands")}
          hint={t("settings.bandsHint")}
          validationState={invalid.includes("bands") ? "error" : "none"}
          validationMessage={invalid.includes("bands") ? t("settings.invalidBands") : undefined}
        >
          <Input
            ref={(element) => {
              inputs.current.bands = element;
            }}
            value={draft.bands}
            placeholder="60% → proporzionale; 95% → 100%"
            onChange={(_event, data) => change({ bands: data.value })}
          />
        </Field>
      </Group>
      <Group title={t("settings.group.critical")}>
        {numberField("achieved")}
        {numberField("critical")}
      </Group>
      <Group title={t("settings.group.afterValidation")}>
        <Switch label={t("settings.highlight")} checked={draft.highlightOnValidate} onChange={(_event, data) => change({ highlightOnValidate: data.checked })} />
        <Switch label={t("settings.revalidate")} checked={draft.revalidateOnChange} onChange={(_event, data) => change({ revalidateOnChange: data.checked })} />
      </Group>
      <RuleSeverityList overrides={draft.rules} onChange={(rules) => change({ rules })} />
      <div className={styles.saveBar} ref={saveBar}>
        {invalid.length > 0 ? (
          <Text size={200} className={styles.fix} role="status">
            {invalid.length === 1 ? t("settings.fixFields.one") : t("settings.fixFields.many", { count: invalid.length })}
          </Text>
        ) : null}
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            {t("settings.save")}
          </Button>
          <Button onClick={onCancel}>{t("settings.cancel")}</Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setDraft(toDraft(defaultPaneSettings(), decimalMark));
              setInvalid([]);
            }}
          >
            {t("settings.reset")}
          </Button>
        </div>
      </div>
    </form>
  );
}
