import { useEffect, useState, useSyncExternalStore } from "react";
import type { WorkbookPort } from "../../port/workbookPort";
import { PlanSession, type PlanSessionOptions } from "./planSession";
import type { SessionState } from "./sessionTypes";

/**
 * The pane's session for a port: created once, started on mount (reads the
 * settings and the plan), disposed on unmount; re-renders on every state change.
 */
export function usePlanSession(port: WorkbookPort, options: Omit<PlanSessionOptions, "port"> = {}): [SessionState, PlanSession] {
  const [session] = useState(() => new PlanSession({ ...options, port }));
  useEffect(() => {
    void session.start();
    return () => session.dispose();
  }, [session]);
  const state = useSyncExternalStore(session.store.subscribe, session.store.getState, session.store.getState);
  return [state, session];
}
