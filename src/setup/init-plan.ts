// What `init` would create, as data: folders and files with their content. Nothing here touches disk.

import { indicatorFolderName } from '../catalog/folder-name.js';
import { CONFIG_FILE } from '../config/load-config.js';
import type { Catalog, Rule } from '../types.js';
import { type ConfigInput, configYaml } from './config-template.js';
import { joinRel } from './paths.js';
import { indicatorReadme } from './readme-template.js';
import { repoFiles } from './repo-files.js';
import { rootReadme } from './root-readme.js';

export interface PlanItem {
  /** POSIX path relative to the repo root. */
  path: string;
  type: 'dir' | 'file';
  content?: string;
  /** The unit dir this item belongs to, for the summary. */
  unit?: string;
  indicator?: number;
}

export interface InitPlanInput {
  catalog: Catalog;
  config: ConfigInput;
  describe: (rule: Rule) => string;
  /** The existing folder (name only) for an indicator of a unit, whatever its title, if any. */
  existingIndicatorDir?: (unitDir: string, id: number) => string | undefined;
}

export function planInit({ catalog, config, describe, existingIndicatorDir }: InitPlanInput): PlanItem[] {
  const items: PlanItem[] = [
    { path: CONFIG_FILE, type: 'file', content: configYaml(config) },
    {
      path: 'README.md',
      type: 'file',
      content: rootReadme(config.org, config.year, config.units, catalog.indicators.length),
    },
  ];
  for (const file of repoFiles()) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i++) items.push({ path: parts.slice(0, i).join('/'), type: 'dir' });
    items.push({ path: file.path, type: 'file', content: file.content });
  }
  for (const unit of config.units) {
    if (unit.dir) items.push({ path: unit.dir, type: 'dir', unit: unit.dir });
    for (const indicator of catalog.indicators) {
      const name =
        existingIndicatorDir?.(unit.dir, indicator.id) ?? indicatorFolderName(indicator.id, indicator.title);
      const dir = joinRel(unit.dir, name);
      const at = { unit: unit.dir, indicator: indicator.id };
      items.push({ path: dir, type: 'dir', ...at });
      items.push({
        path: `${dir}/README.md`,
        type: 'file',
        content: indicatorReadme({ catalog, indicator, year: config.year, describe }),
        ...at,
      });
    }
  }
  return dedupe(items);
}

function dedupe(items: PlanItem[]): PlanItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.path) && seen.add(item.path));
}
