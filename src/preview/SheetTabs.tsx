import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  tabs: { display: "flex", flexWrap: "wrap", gap: "2px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingVerticalXS },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `2px ${tokens.spacingHorizontalS}`,
    fontFamily: "inherit",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
});

/** Excel-like sheet tabs under the grid. */
export function SheetTabs({ names, active, onChoose }: { names: string[]; active: string | undefined; onChoose: (name: string) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.tabs} role="tablist" aria-label="Fogli">
      {names.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={name === active}
          className={mergeClasses(styles.tab, name === active && styles.active)}
          onClick={() => onChoose(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
