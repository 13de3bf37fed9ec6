import { useEffect, useState } from "react";
import type { MemoryWorkbook } from "./MemoryWorkbook";

export type WorkbookSnapshot = ReturnType<MemoryWorkbook["snapshot"]>;

/** The in-memory workbook's current grids, highlights and selection; re-renders on every change. */
export function useWorkbookSnapshot(workbook: MemoryWorkbook): WorkbookSnapshot {
  const [snapshot, setSnapshot] = useState(() => workbook.snapshot());
  useEffect(() => {
    setSnapshot(workbook.snapshot());
    return workbook.subscribe(() => setSnapshot(workbook.snapshot()));
  }, [workbook]);
  return snapshot;
}
