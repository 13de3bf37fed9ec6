/** The machine a benchmark ran on, for the results table: CPU, cores, memory, Node, OS, load. */
import * as os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  date: string;
  /** Load average over the last minute when the benchmark started: other work on the machine skews timings. */
  load: number;
}

export function describeMachine(now = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cpu: (cpus[0]?.model ?? "sconosciuta").replace(/\s+/g, " ").trim(),
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    date: now.toISOString().slice(0, 10),
    load: os.loadavg()[0] ?? 0,
  };
}
