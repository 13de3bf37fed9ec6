/**
 * A write that never ends, for the signal tests: writes one chunk of `target` through
 * writeFileAtomically, prints "scritto" and waits until a signal stops the process.
 * Usage: tsx interruptedWrite.ts <target>
 */
import { writeFileAtomically } from "../../../src/cli/safeWrite";

const target = process.argv[2] ?? "";
const keepAlive = setInterval(() => undefined, 60_000);

async function* chunks(): AsyncIterable<Uint8Array> {
  yield Buffer.from("metà di una cartella di lavoro");
  process.stdout.write("scritto\n");
  await new Promise(() => undefined);
}

writeFileAtomically(target, chunks()).then(
  () => clearInterval(keepAlive),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(3);
  },
);
