import type { MemoryWorkbook } from "../../../src/port/MemoryWorkbook";
import { PlanSession } from "../../../src/taskpane/session/planSession";
import type { SessionState, SessionView } from "../../../src/taskpane/session/sessionState";

/** The session's view, checked to be in `status` and narrowed to it. */
export function viewOf<S extends SessionView["status"]>(state: SessionState, status: S): Extract<SessionView, { status: S }> {
  expect(state.view.status).toBe(status);
  return state.view as Extract<SessionView, { status: S }>;
}

/** A pane session on `workbook`, started as the pane starts it. */
export async function startedSession(workbook: MemoryWorkbook, options: Partial<ConstructorParameters<typeof PlanSession>[0]> = {}): Promise<PlanSession> {
  const session = new PlanSession({ port: workbook, ...options });
  await session.start();
  return session;
}
