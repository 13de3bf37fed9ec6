/**
 * Dates exactly as the file stores them. ExcelJS turns a number in a date-formatted cell into a
 * JavaScript Date, rounded to the millisecond, and back into a number when it writes: a time
 * loses digits, and a number beyond the Date range (a serial of 10^10 in a date cell) becomes
 * Invalid Date, then "NaN" in the copy. Each Date ExcelJS makes from a file here remembers the
 * serial it came from (`excelSerial`), which the grid reads and ExcelJS writes back unchanged.
 * Dates made otherwise (document dates) convert as before.
 */
import excelUtils from "exceljs/lib/utils/utils";

interface SerialDate extends Date {
  excelSerial?: number;
}

let installed = false;

/** Makes ExcelJS keep the serial of every date it reads (once per process; idempotent). */
export function installExactExcelDates(): void {
  if (installed) return;
  installed = true;
  const toDate = excelUtils.excelToDate.bind(excelUtils);
  const toSerial = excelUtils.dateToExcel.bind(excelUtils);
  excelUtils.excelToDate = (serial: number, date1904?: boolean): Date => Object.assign(toDate(serial, date1904), { excelSerial: serial });
  excelUtils.dateToExcel = (date: Date, date1904?: boolean): number => (date as SerialDate).excelSerial ?? toSerial(date, date1904);
}

/** The serial a date was read from, when ExcelJS made it from a file. */
export function storedSerial(date: Date): number | undefined {
  return (date as SerialDate).excelSerial;
}
