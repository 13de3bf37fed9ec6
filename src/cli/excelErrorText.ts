/**
 * Excel error values as Italian Excel shows them (and as `range.values` gives them
 * in an Italian Excel): the CLI's grids must look like the add-in's.
 */
const ITALIAN_ERRORS: Record<string, string> = {
  "#N/A": "#N/D",
  "#VALUE!": "#VALORE!",
  "#REF!": "#RIF!",
  "#NAME?": "#NOME?",
  "#DIV/0!": "#DIV/0!",
  "#NULL!": "#NULLO!",
  "#NUM!": "#NUM!",
};

/** "#N/A" -> "#N/D"; an unknown error code is kept as written. */
export function italianErrorText(error: string): string {
  return ITALIAN_ERRORS[error] ?? error;
}

/** "#N/D" or "#N/A" -> "#N/A" (the file format stores English codes). */
export function fileErrorCode(text: string): string | undefined {
  if (text in ITALIAN_ERRORS) return text;
  const entry = Object.entries(ITALIAN_ERRORS).find(([, italian]) => italian === text);
  return entry?.[0];
}
