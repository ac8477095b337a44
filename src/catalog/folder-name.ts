// The folder an indicator's evidence lives in: `05 学习品牌建设`. The two-digit number decides the
// indicator; the title is for people and must be a name every machine accepts, Windows first.

/** Make a catalog title usable in a folder name: drop what Windows refuses, collapse spaces. */
export function safeTitle(title: string): string {
  return title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
}

export function indicatorFolderName(id: number, title: string): string {
  const nn = String(id).padStart(2, '0');
  const t = safeTitle(title);
  return t ? `${nn} ${t}` : nn;
}
