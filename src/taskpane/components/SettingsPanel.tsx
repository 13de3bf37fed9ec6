import { Button, Field, Input, Select, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/I18nContext";
import type { MessageKey } from "../i18n/messages";
import { defaultPaneSettings, type PaneSettings } from "../settings/paneSettings";
import { FIELD_LIMITS, fromDraft, PROFILE_CHOICES, toDraft, type DraftField, type NumericField, type SettingsDraft } from "../settings/settingsDraft";
import { RuleSeverityList } from "./RuleSeverityList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const NUMBER_FIELDS: { field: NumericField; label: MessageKey; hint?: MessageKey }[] = [
  { field: "weightTolerance", label: "settings.weightTolerance" },
  { field: "cap", label: "settings.cap" },
  { field: "threshold", label: "settings.threshold", hint: "settings.thresholdHint" },
  { field: "critical", label: "settings.critical" },
];

interface SettingsPanelProps {
  settings: PaneSettings;
  busy: boolean;
  onSave: (settings: PaneSettings) => void;
  onCancel: () => void;
}

/** The settings form; "Salva" stores them in the workbook through the port. */
export function SettingsPanel({ settings, busy, onSave, onCancel }: SettingsPanelProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const decimalMark = locale === "en" ? "." : ",";
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings, decimalMark));
  const [invalid, setInvalid] = useState<DraftField[]>([]);
  const change = (patch: Partial<SettingsDraft>) => setDraft({ ...draft, ...patch });
  const save = () => {
    const reading = fromDraft(draft, settings);
    if (reading.ok) onSave(reading.settings);
    else setInvalid(reading.invalid);
  };
  return (
    <form
      id="settings-panel"
      className={styles.root}
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Subtitle2 as="h2" id="settings-title">
        {t("settings.title")}
      </Subtitle2>
      <Field
        label={t("settings.reportingDate")}
        hint={t("settings.reportingDateHint")}
        validationState={invalid.includes("reportingDate") ? "error" : "none"}
        validationMessage={invalid.includes("reportingDate") ? t("settings.invalidDate") : undefined}
      >
        <Input value={draft.reportingDate} placeholder={t("settings.reportingDate.auto")} onChange={(_event, data) => change({ reportingDate: data.value })} />
      </Field>
      {NUMBER_FIELDS.map(({ field, label, hint }) => {
        const wrong = invalid.includes(field);
        return (
          <Field
            key={field}
            label={t(label)}
            hint={hint ? t(hint) : undefined}
            validationState={wrong ? "error" : "none"}
            validationMessage={wrong ? t("settings.invalidNumber", FIELD_LIMITS[field]) : undefined}
          >
            <Input inputMode="decimal" value={draft[field]} onChange={(_event, data) => change({ [field]: data.value })} />
          </Field>
        );
      })}
      <Switch label={t("settings.useBaseline")} checked={draft.useBaseline} onChange={(_event, data) => change({ useBaseline: data.checked })} />
      {(["method", "aggregation", "convention"] as const).map((field) => (
        <Field key={field} label={t(`settings.${field}`)} validationState={invalid.includes(field) ? "error" : "none"}>
          <Select value={draft[field]} onChange={(_event, data) => change({ [field]: data.value })}>
            {PROFILE_CHOICES[field].map((word) => (
              <option key={word} value={word}>
                {word === "" ? t("settings.method.default") : word}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      <Field
        label={t("settings.bands")}
        hint={t("settings.bandsHint")}
        validationState={invalid.includes("bands") ? "error" : "none"}
        validationMessage={invalid.includes("bands") ? t("settings.invalidBands") : undefined}
      >
        <Input value={draft.bands} placeholder="60% → proporzionale; 95% → 100%" onChange={(_event, data) => change({ bands: data.value })} />
      </Field>
      <Switch label={t("settings.highlight")} checked={draft.highlightOnValidate} onChange={(_event, data) => change({ highlightOnValidate: data.checked })} />
      <Switch label={t("settings.revalidate")} checked={draft.revalidateOnChange} onChange={(_event, data) => change({ revalidateOnChange: data.checked })} />
      <RuleSeverityList overrides={draft.rules} onChange={(rules) => change({ rules })} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
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
    </form>
  );
}
