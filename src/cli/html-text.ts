/**
 * Text for an HTML page from strings a server sent, which are hostile: a token echoed back, markup, a
 * `</script>`, control characters. Every such string is redacted of the run's secrets first (an escaped
 * secret would no longer match its forms) and then escaped for text and quoted attributes alike.
 */
import { redactSecrets } from "../redact.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * `text` safe inside an element or a quoted attribute. C0 and C1 controls (but tab and newline), DEL and
 * lone surrogates are shown as `\u{…}`: HTML makes them parse errors, and a reader should see them.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** A function that redacts `secrets` from a string and escapes it for HTML. */
export type HtmlText = (text: string) => string;

export function htmlText(secrets: Iterable<string>): HtmlText {
  const list = [...secrets];
  return (text) => escapeHtml(redactSecrets(text, list));
}
