/**
 * --annota writes safely: never through a link planted in the folder, never onto a device, a
 * FIFO, a link or another name of the input; through an exclusive temporary file with a name
 * nobody can guess; and an interrupted write leaves no temporary file behind (SIGINT, SIGTERM
 * at once; SIGKILL at the next write of the same copy).
 */
import { execFileSync, spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { writeFileAtomically } from "../../src/cli/safeWrite";
import { EXAMPLE_WORKBOOK, REPO, exists, runCli, sha256, STACK_LINE, temporaryFolder } from "./support/cliRunner";

let folder: string;
let input: string;

beforeAll(async () => {
  folder = await temporaryFolder("perf-safe-write-");
  input = path.join(folder, "piano.xlsx");
  await fs.copyFile(EXAMPLE_WORKBOOK, input);
});

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

async function victim(name: string): Promise<string> {
  const file = path.join(folder, name);
  await fs.writeFile(file, "dati di un altro");
  return file;
}

describe("--annota", () => {
  it("does not write through a link planted at the temporary name perf-check used to use", async () => {
    const other = await victim("altro-1.txt");
    const output = path.join(folder, "copia-1.xlsx");
    await fs.symlink(other, path.join(folder, `.copia-1.xlsx.${process.pid}.tmp`));
    await fs.symlink(input, path.join(folder, `.copia-1.xlsx.${process.pid + 1}.tmp`));
    const inputHash = await sha256(input);
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(1);
    expect(await fs.readFile(other, "utf8")).toBe("dati di un altro");
    expect(await sha256(input)).toBe(inputHash);
    expect((await fs.lstat(output)).isFile()).toBe(true);
  });

  it.each([
    ["a symbolic link to another file", "è un collegamento simbolico: perf-check non scrive attraverso i collegamenti", async (): Promise<string> => {
      const link = path.join(folder, "collegamento.xlsx");
      await fs.symlink(await victim("altro-2.txt"), link);
      return link;
    }],
    ["a link to the terminal (/proc/self/fd/1)", "è un collegamento simbolico", async (): Promise<string> => "/proc/self/fd/1"],
    ["/dev/null", "non è un file normale (è un dispositivo, una pipe o un socket)", async (): Promise<string> => "/dev/null"],
    ["a FIFO", "non è un file normale", async (): Promise<string> => {
      const fifo = path.join(folder, "coda.xlsx");
      execFileSync("mkfifo", [fifo]);
      return fifo;
    }],
  ] as const)("refuses a target that is %s, before checking, leaving it as it was", async (_name, says, make) => {
    const target = await make();
    const before = await fs.lstat(target);
    const run = await runCli([input, "--annota", target]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`--annota: "${target}" ${says}`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const after = await fs.lstat(target);
    expect([after.ino, after.mode, after.isSymbolicLink()]).toEqual([before.ino, before.mode, before.isSymbolicLink()]);
  });

  it("refuses a target that is another name (a hard link) of the input", async () => {
    const other = path.join(folder, "stesso-file.xlsx");
    await fs.link(input, other);
    const run = await runCli([input, "--annota", other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/è uno dei file da controllare: il file di partenza non viene mai sovrascritto/);
  });

  it("replaces an earlier copy that is a regular file", async () => {
    const output = await victim("copia-precedente.xlsx");
    const run = await runCli([input, "--annota", output]);
    expect(run.code).toBe(1);
    expect((await fs.readFile(output)).subarray(0, 2).toString()).toBe("PK");
  });
});

interface Interrupted {
  signal: NodeJS.Signals | null;
  left: string[];
}

/** Starts a write of `target` in another process, stops it with `signal` once a chunk is written. */
async function interruptWrite(target: string, signal: NodeJS.Signals): Promise<Interrupted> {
  // node itself (not the tsx wrapper, which runs node in a child): the signal must reach the writer.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO, "test", "cli", "support", "interruptedWrite.ts"), target], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("scritto")) resolve();
    });
    child.on("exit", () => reject(new Error(`the writer ended before writing: ${stderr}`)));
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, endSignal) => resolve(endSignal)));
  child.kill(signal);
  const endSignal = await ended;
  const prefix = `.${path.basename(target)}.`;
  return { signal: endSignal, left: (await fs.readdir(path.dirname(target))).filter((name) => name.startsWith(prefix)) };
}

describe("an interrupted write", () => {
  it.each(["SIGINT", "SIGTERM"] as const)("stopped by %s removes its temporary file and ends as killed by the signal", async (signal) => {
    const target = path.join(folder, `interrotta-${signal}.xlsx`);
    const { signal: endSignal, left } = await interruptWrite(target, signal);
    expect(endSignal).toBe(signal);
    expect(left).toEqual([]);
    expect(await exists(target)).toBe(false);
  }, 30_000);

  it("stopped by SIGKILL leaves a temporary file that the next write of the same copy removes once a minute old", async () => {
    const target = path.join(folder, "uccisa.xlsx");
    const killed = await interruptWrite(target, "SIGKILL");
    expect(killed.left).toHaveLength(1);
    const leftover = path.join(folder, killed.left[0] ?? "");
    await writeFileAtomically(target, Buffer.from("prima copia"));
    // Still there: a temporary file this recent may be a write in progress elsewhere.
    expect(await exists(leftover)).toBe(true);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await fs.utimes(leftover, anHourAgo, anHourAgo);
    await writeFileAtomically(target, Buffer.from("copia intera"));
    const after = (await fs.readdir(folder)).filter((name) => name.startsWith(".uccisa.xlsx."));
    expect(after).toEqual([]);
    expect(await fs.readFile(target, "utf8")).toBe("copia intera");
  }, 30_000);
});
