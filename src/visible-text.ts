// Names and values from a repo are shown in terminals and CI logs: their control characters (escape
// sequences, line breaks that could forge a `::error::` line) are shown as visible symbols instead,
// and so are the invisible marks that change the direction of text (U+202E can make `gpj.exe`
// display as `exe.jpg`).

/** Right-to-left and left-to-right marks, embeddings, overrides and isolates. */
export const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being replaced
const HIDDEN = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * C0 controls and DEL as their Unicode control pictures (ESC → ␛, LF → ␊), direction marks as their
 * code (`⟨U+202E⟩`); everything else as is.
 */
export function visibleText(text: string): string {
  return text.replace(HIDDEN, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return String.fromCharCode(0x2421);
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}

/** Whether `text` holds a character `visibleText` would replace. */
export function hasControlCharacters(text: string): boolean {
  HIDDEN.lastIndex = 0;
  return HIDDEN.test(text);
}
