// Escaping for the markup writers. XML 1.0 cannot carry most control characters at all, even
// escaped, so they become U+FFFD rather than producing a file a parser rejects.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(s: string): string {
  return s
    .replace(XML_INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const escapeHtml = (s: string): string => escapeXml(s).replace(/&apos;/g, '&#39;');

/** A Markdown table cell: no raw pipes, no line breaks, no HTML, no control characters. */
export const escapeMdCell = (s: string): string =>
  s
    .replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
