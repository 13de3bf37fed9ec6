/**
 * What a file is, from its first bytes, before any parser sees it: an .xlsx is a
 * ZIP; an old .xls and a password-protected .xlsx are both Compound File Binary
 * (CFB) containers, the encrypted one holding "EncryptionInfo" and
 * "EncryptedPackage" streams; a CSV or other text file starts with printable text.
 */

export type FileKind = "zip" | "empty" | "encrypted" | "legacyXls" | "text" | "unknown";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Directory entries of a CFB file store stream names in UTF-16LE. */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"].map((name) => Buffer.from(name, "utf16le"));

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** True when the sample looks like text: valid UTF-8 with no control bytes other than tab, CR, LF. */
function looksLikeText(sample: Uint8Array): boolean {
  const decoded = Buffer.from(sample).toString("utf8");
  // A multi-byte character cut at the end of the sample decodes to U+FFFD: ignore the last 3 characters.
  const body = decoded.length > 3 ? decoded.slice(0, -3) : decoded;
  if (body.includes("\uFFFD")) return false;
  for (const char of body) {
    const code = char.charCodeAt(0);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0d;
    if ((code < 0x20 && !allowed) || code === 0x7f) return false;
  }
  return true;
}

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return ENCRYPTION_STREAMS.some((name) => buffer.includes(name)) ? "encrypted" : "legacyXls";
  }
  return looksLikeText(bytes.subarray(0, 4096)) ? "text" : "unknown";
}
