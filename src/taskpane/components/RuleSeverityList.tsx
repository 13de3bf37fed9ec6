import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITY_ORDER, type Severity } from "../../core/rules/anomaly";
import { RULES } from "../../core/rules/ruleCatalogue";
import { ruleDescription } from "../../core/wording/renderMessage";
import { useI18n } from "../i18n/I18nContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

const DEFAULT = "default";

interface RuleSeverityListProps {
  overrides: Record<string, Severity | "off">;
  onChange: (overrides: Record<string, Severity | "off">) => void;
}

/** One choice per rule of the catalogue: its default severity, another severity, or off. */
export function RuleSeverityList({ overrides, onChange }: RuleSeverityListProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{t("settings.rules")}</legend>
      <Text size={200} className={styles.hint}>
        {t("settings.rulesHint")}
      </Text>
      {RULES.map((rule) => (
        <Field key={rule.id} label={`${rule.id}: ${ruleDescription(rule.id, locale)}`}>
          <Select
            value={overrides[rule.id] ?? DEFAULT}
            onChange={(_event, data) => {
              const next = { ...overrides };
              if (data.value === DEFAULT) delete next[rule.id];
              else next[rule.id] = data.value as Severity | "off";
              onChange(next);
            }}
          >
            <option value={DEFAULT}>{t("settings.ruleDefault", { severity: t(`severity.${rule.defaultSeverity}`) })}</option>
            {SEVERITY_ORDER.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
            <option value="off">{t("settings.ruleOff")}</option>
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}
