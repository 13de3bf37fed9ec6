import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { parseA1, toA1 } from "../core/plan/a1";
import { HIGHLIGHT_COLORS } from "../core/report/cellColors";
import type { MemoryWorkbook } from "../port/MemoryWorkbook";
import { formatGridCell, sheetTable } from "./sheetTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  nameBox: { fontFamily: tokens.fontFamilyMonospace, padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  scroller: { overflow: "auto", flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  // "separate" keeps the sticky headers' backgrounds and borders in place while scrolling.
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  columnHeading: { position: "sticky", top: 0, zIndex: 2 },
  rowHeading: { position: "sticky", left: 0, zIndex: 1, minWidth: "2.5em", textAlign: "end" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: "#000000",
  },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: "-2px" },
});

/** The in-memory workbook's current grids, highlights and selection; re-renders on every change. */
function useWorkbookSnapshot(workbook: MemoryWorkbook): ReturnType<MemoryWorkbook["snapshot"]> {
  const [snapshot, setSnapshot] = useState(() => workbook.snapshot());
  useEffect(() => {
    setSnapshot(workbook.snapshot());
    return workbook.subscribe(() => setSnapshot(workbook.snapshot()));
  }, [workbook]);
  return snapshot;
}

/**
 * A read-only view of the in-memory workbook, as Excel would show it: sheet
 * tabs, column letters and row numbers, the add-in's highlights in their
 * colours and the selected cell outlined. Values are text nodes, never HTML.
 */
export function GridView({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const snapshot = useWorkbookSnapshot(workbook);
  const names = snapshot.grids.map((grid) => grid.sheet);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selection = snapshot.selection;
  const selectionKey = selection ? `${selection.sheet}!${selection.address}` : "";
  const selectedSheet = selection?.sheet;
  // A new selection shows its sheet, as Excel activates it.
  useEffect(() => {
    if (selectedSheet !== undefined) setChosen(selectedSheet);
  }, [selectionKey, selectedSheet]);
  const active = chosen && names.includes(chosen) ? chosen : names[0];
  const grid = snapshot.grids.find((candidate) => candidate.sheet === active);
  const table = useMemo(() => (grid ? sheetTable(grid) : null), [grid]);
  const severities = new Map(snapshot.highlights.filter((h) => h.sheet === active).map((h) => [h.address, h.severity]));
  const selectedAddress = selection && selection.sheet === active ? selection.address : undefined;
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  // Another sheet starts at A1, unless the selection is on it.
  useEffect(() => {
    scrollerRef.current?.scrollTo({ top: 0, left: 0 });
  }, [active]);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selectedAddress, active]);
  const at = selectedAddress ? parseA1(selectedAddress) : null;
  return (
    <section className={styles.root} aria-label="Cartella di lavoro (anteprima, sola lettura)">
      <div className={styles.nameBox} data-testid="name-box" aria-live="polite">
        {selection ? `${selection.sheet}!${selection.address}` : "—"}
      </div>
      <div className={styles.scroller} ref={scrollerRef}>
        {table ? (
          <table className={styles.table} data-sheet={active}>
            <thead>
              <tr>
                <th className={mergeClasses(styles.heading, styles.corner)} scope="col" />
                {table.columns.map((letter) => (
                  <th key={letter} className={mergeClasses(styles.heading, styles.columnHeading)} scope="col">
                    {letter}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((cells, row) => (
                <tr key={row}>
                  <th className={mergeClasses(styles.heading, styles.rowHeading)} scope="row">
                    {row + 1}
                  </th>
                  {cells.map((cell, col) => {
                    const address = toA1(row, col);
                    const severity = severities.get(address);
                    const isSelected = at !== null && at.row === row && at.col === col;
                    return (
                      <td
                        key={address}
                        ref={isSelected ? selectedRef : undefined}
                        className={mergeClasses(styles.cell, isSelected && styles.selected)}
                        style={severity ? { backgroundColor: HIGHLIGHT_COLORS[severity].fill } : undefined}
                        data-address={address}
                        data-severity={severity}
                        aria-selected={isSelected}
                        title={formatGridCell(cell.value, cell.numberFormat)}
                      >
                        {formatGridCell(cell.value, cell.numberFormat)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <SheetTabs names={names} active={active} onChoose={setChosen} />
    </section>
  );
}

const useTabStyles = makeStyles({
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
function SheetTabs({ names, active, onChoose }: { names: string[]; active: string | undefined; onChoose: (name: string) => void }) {
  const styles = useTabStyles();
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
