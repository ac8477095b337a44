// XML text and attribute values for the workbook parts.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what XML cannot hold
const special = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;

/**
 * Escape text for an element or a double-quoted attribute. Control characters XML 1.0 cannot hold
 * (all below U+0020 but tab, line feed and carriage return, and U+007F) are dropped.
 */
export function escapeXml(text: string): string {
  if (!special.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string;
    if (code === 38) replacement = '&amp;';
    else if (code === 60) replacement = '&lt;';
    else if (code === 62) replacement = '&gt;';
    else if (code === 34) replacement = '&quot;';
    else if (code === 39) replacement = '&apos;';
    else if (code === 127 || (code < 32 && code !== 9 && code !== 10 && code !== 13)) replacement = '';
    else continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** `<?xml …?>` as every part but the worksheets starts (with a line break after it). */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
