/**
 * Text for an HTML page from strings a server sent, which are hostile: a token echoed back, markup, a
 * `</script>`, control characters. Every such string is redacted of the run's secrets first (an escaped
 * secret would no longer match its forms) and then escaped for text and quoted attributes alike.
 */
import { redactSecrets } from "../redact.js";
import { escapeHtml } from "./escape.js";

export { escapeHtml };

/** A function that redacts `secrets` from a string and escapes it for HTML. */
export type HtmlText = (text: string) => string;

export function htmlText(secrets: Iterable<string>): HtmlText {
  const list = [...secrets];
  return (text) => escapeHtml(redactSecrets(text, list));
}
