/** Languages the template can be written in: Italian headers (default) or English ones. */
export type Locale = "it" | "en";
