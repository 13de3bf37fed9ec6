import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildExampleWorkbook } from "../../src/cli/exampleWorkbooks";
import { EXAMPLE_FIXTURE, EXAMPLE_WORKBOOK, temporaryFolder } from "./support/cliRunner";

describe("npm run example", () => {
  it("regenerates exactly the committed assets/piano-performance-2020.xlsx from the fixture", async () => {
    const target = path.join(await temporaryFolder(), "piano.xlsx");
    await buildExampleWorkbook(EXAMPLE_FIXTURE, target);
    const fresh = await fs.readFile(target);
    // If this fails, the builder or the fixture changed: run `npm run example` and commit the workbook.
    expect(fresh.equals(await fs.readFile(EXAMPLE_WORKBOOK))).toBe(true);
  });

  it("refuses a fixture of another shape with a message", async () => {
    const folder = await temporaryFolder();
    const fixture = path.join(folder, "altro.json");
    await fs.writeFile(fixture, JSON.stringify({ objectives: "nessuno" }));
    await expect(buildExampleWorkbook(fixture, path.join(folder, "x.xlsx"))).rejects.toThrow(/non ha la forma del piano di esempio/);
  });
});
