/**
 * Number formats of the plan sheets, as Excel stores them ("." decimal, "," thousands
 * in the code): Italian Excel shows them the Italian way ("89,55%", "€ 1.800.000,00",
 * "2.870").
 */
export const PERCENT_FORMAT = "0.00%";
export const EURO_FORMAT = '"€" #,##0.00';
export const COUNT_FORMAT = "#,##0";
export const DECIMAL_FORMAT = "#,##0.00";
export const YEAR_FORMAT = "0";
export const TEXT_FORMAT = "@";
