// Names are compared in NFC. Most are ASCII and common CJK, which NFC leaves as they are; checking
// for that is cheaper than normalising, which copies every string it is given.

/**
 * ASCII, CJK symbols (less the combining tone marks U+302A–302F), CJK unified ideographs and
 * full-width forms: none decomposes or composes, so a string of only these is already NFC. A
 * combining mark after an ASCII letter falls outside, and takes the normalising path.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: all of ASCII, controls included, is NFC as it is.
const NFC_STABLE = /^[\x00-\x7f\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff01-\uff5e]*$/;

/** `text` in NFC: the same string when it already is. */
export function nfc(text: string): string {
  if (NFC_STABLE.test(text)) return text;
  const normal = text.normalize('NFC');
  return normal === text ? text : normal;
}
