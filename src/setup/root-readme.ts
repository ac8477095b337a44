// The README.md at the top of a new evidence repo: what the folders are and the few commands to use.
import type { UnitConfig } from '../types.js';

export function rootReadme(org: string, year: number, units: UnitConfig[], indicatorCount: number): string {
  const first = units[0];
  const several = units.length > 1;
  const unitFlag = several && first ? ` --unit ${first.id}` : '';
  return [
    `# ${org} ${year} 年党建工作平时动态考核台账`,
    '',
    '本仓库按考核指标存放支撑材料，由 `dangjian` 工具检查、自评和每季汇编。',
    '',
    '## 文件夹',
    '',
    '- `dangjian.yaml`：组织名称、考核年度、各单位和责任分工（内有中文说明）。',
    ...units.map((u) => `- \`${u.dir}/\`：${u.name}的材料，内含 ${indicatorCount} 个指标文件夹。`),
    '- 每个指标文件夹里的 `README.md` 写明该项的考评要素、分值、支撑材料、落实要点和命名方法。',
    '',
    '## 放材料',
    '',
    '每次活动的材料按“日期 类型 标题”命名，放进对应指标文件夹，例如',
    '`2020-07-01 党课材料 强化政治机关意识.pdf`；一次活动有多个文件时，建文件夹',
    '`2020-07-01 图片 七一党课现场/` 把照片等放进去。也可以用命令复制并自动命名（原文件不动）：',
    '',
    '```',
    `dangjian add 1 扫描件.pdf --date ${year}-07-01 --kind 党课材料 --title 强化政治机关意识${unitFlag}`,
    `dangjian add 1 照片1.jpg 照片2.jpg --event --date ${year}-07-01 --kind 图片 --title 七一党课现场${unitFlag}`,
    '```',
    '',
    '## 检查和汇编',
    '',
    '```',
    'dangjian lint                      # 检查文件命名和存放位置',
    `dangjian check --as-of ${year}-06-20   # 月底前自查自评，看还缺什么、什么快到期`,
    `dangjian compile --quarter ${year}Q2   # 季度末生成汇编工作簿（在 汇编/ 文件夹）`,
    '```',
    '',
    '## 自动检查（CI）',
    '',
    '仓库已附三种平台的示例，推送后自动运行 `dangjian lint`，文件名写错当天就能发现：',
    '',
    '- GitLab：`.gitlab-ci.yml`',
    '- GitHub：`.github/workflows/dangjian.yml`',
    '- Gitee：`.workflow/dangjian.yml`（在仓库“流水线”页面开通 Gitee Go 后生效）',
    '',
    '用不到的可以删除。扫描件和照片建议用 Git LFS 保存，见 `.gitattributes` 中的说明。',
    '',
  ].join('\n');
}
