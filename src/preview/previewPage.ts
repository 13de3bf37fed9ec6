import { PREVIEW_SCRIPT } from "./buildPreviewBundle";

/**
 * The preview's Content-Security-Policy: only the server's own origin, as in
 * the add-in (which adds Microsoft's office.js CDN). Inline styles are allowed
 * because Fluent UI inserts its CSS at runtime; scripts are never inline.
 */
export const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The one HTML page of the preview; the workbook comes from /api/workbook. */
export function previewHtml(): string {
  return `<!doctype html>
<html lang="it">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}" />
    <title>Anteprima – Piano della Performance</title>
    <style>html, body { margin: 0; height: 100%; } body { font-family: "Segoe UI", system-ui, sans-serif; }</style>
    <script defer src="/${PREVIEW_SCRIPT}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}
