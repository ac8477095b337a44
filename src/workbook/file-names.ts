// Workbook file names from unit and organisation names, safe on Windows (and unique, ignoring case).
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Replace what Windows forbids, trim trailing dots and spaces, avoid device names, cap the length. */
export function safeFileStem(name: string): string {
  let stem = name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (stem === '') stem = '_';
  if (reserved.test(stem)) stem = `_${stem}`;
  return [...stem].slice(0, 80).join('');
}

export interface BookTarget {
  /** `undefined` for the organisation's workbook. */
  unitId?: string;
  fileName: string;
}

/** `局机关党委-2020年第三季度汇编.xlsx`; the organisation's book says 汇总. Duplicates get the unit id. */
export function bookFileNames(
  units: { id: string; name: string }[],
  org: string | undefined,
  quarterLabel: string,
): BookTarget[] {
  const targets: BookTarget[] = [];
  const taken = new Set<string>();
  const claim = (stem: string, fallback: string): string => {
    let name = `${stem}.xlsx`;
    if (taken.has(name.toLowerCase())) name = `${stem}-${safeFileStem(fallback)}.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  };
  if (org !== undefined) {
    targets.push({ fileName: claim(`${safeFileStem(org)}-${quarterLabel}汇编（汇总）`, 'org') });
  }
  for (const unit of units) {
    targets.push({
      unitId: unit.id,
      fileName: claim(`${safeFileStem(unit.name)}-${quarterLabel}汇编`, unit.id),
    });
  }
  return targets;
}
