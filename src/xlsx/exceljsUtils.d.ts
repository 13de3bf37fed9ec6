/** The two date conversions of ExcelJS's internal utilities (exceljs/lib/utils/utils.js), which exactDates.ts refines. */
declare module "exceljs/lib/utils/utils" {
  const utils: {
    excelToDate(serial: number, date1904?: boolean): Date;
    dateToExcel(date: Date, date1904?: boolean): number;
  };
  export = utils;
}
