// Names and values from a repo are shown in terminals and CI logs: their control characters (escape
// sequences, line breaks that could forge a `::error::` line) are shown as visible symbols instead.

/** C0 controls and DEL as their Unicode control pictures (ESC → ␛, LF → ␊); everything else as is. */
export function visibleText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being replaced
  return text.replace(/[\u0000-\u001f\u007f]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
  });
}

/** Whether `text` holds a character `visibleText` would replace. */
export function hasControlCharacters(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
  return /[\u0000-\u001f\u007f]/.test(text);
}
