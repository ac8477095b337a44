// The files around the evidence: ignore rules, Git LFS suggestions and CI examples running `lint`.

/** Binary evidence worth keeping in Git LFS: scans, photos, office documents, archives. */
export const LFS_EXTENSIONS = [
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'heic',
  'tif',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'wps',
  'et',
  'dps',
  'ofd',
  'zip',
];

export const gitignore = [
  '# 不纳入版本管理的文件',
  '',
  '# dangjian compile 生成的汇编工作簿（随时可以重新生成）',
  '汇编/',
  '',
  '# Office/WPS 打开文档时产生的临时锁文件',
  '~$*',
  '.~lock.*#',
  '',
  '# 系统自动生成的缩略图和文件夹设置',
  'Thumbs.db',
  'desktop.ini',
  '.DS_Store',
  '',
].join('\n');

/** `*.[pP][dD][fF]`: attribute patterns are case-sensitive, and scanners write `.PDF` as often as `.pdf`. */
function anyCase(ext: string): string {
  return [...ext].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
}

export const gitattributes = [
  '# 扫描件、照片和办公文档体积大，建议用 Git LFS（大文件存储）保存，仓库会小很多、克隆更快。',
  '# 使用前每台电脑执行一次：git lfs install',
  '# 如果代码托管平台不支持或未开通 LFS，请在第一次提交前删除本文件。',
  '# 下面的写法同时匹配大小写扩展名（.pdf 和 .PDF）。',
  '',
  ...LFS_EXTENSIONS.map((ext) => `*.${anyCase(ext)} filter=lfs diff=lfs merge=lfs -text`),
  '',
].join('\n');

/** The message a pipeline stops with when the repo holds no dangjian package to install. */
export const MISSING_PACKAGE_MESSAGE =
  '没有找到 dangjian 安装包。请把 dangjian-*.tgz 安装包（在 dangjian 源码文件夹里运行 npm pack 生成）放进台账仓库的 .dangjian/ 文件夹，提交并推送后会重新检查。';
const INSTALL_NOTE =
  '# 安装：用仓库 .dangjian/ 文件夹里的 dangjian-*.tgz 安装包（dangjian 没有发布到 npm）；没有安装包时流水线失败，并提示怎样放入。';

/**
 * Install only from the package kept in the repo's `.dangjian/` folder. dangjian is not on npm, and
 * whoever registered the name there would run their code in every pipeline, so there is no fallback.
 */
const INSTALL = `if ls .dangjian/dangjian-*.tgz >/dev/null 2>&1; then npm install -g ./.dangjian/dangjian-*.tgz; else echo "${MISSING_PACKAGE_MESSAGE}" >&2; exit 1; fi`;
const LINT = 'dangjian lint';

export const gitlabCi = [
  '# GitLab 流水线：每次推送都检查台账的文件命名和存放位置，有错误时流水线显示失败。',
  INSTALL_NOTE,
  'dangjian-lint:',
  '  image: node:20',
  '  variables:',
  '    GIT_LFS_SKIP_SMUDGE: "1"   # 检查只看文件名，不必下载大文件',
  '  script:',
  `    - ${INSTALL}`,
  `    - ${LINT}`,
  '',
].join('\n');

export const githubWorkflow = [
  '# GitHub Actions：每次推送都检查台账的文件命名和存放位置，问题会标注在对应文件上。',
  INSTALL_NOTE,
  'name: 台账检查',
  'on: [push, pull_request]',
  'jobs:',
  '  lint:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '        with:',
  '          lfs: false   # 检查只看文件名，不必下载大文件',
  '      - uses: actions/setup-node@v4',
  '        with:',
  '          node-version: 20',
  `      - run: ${INSTALL}`,
  `      - run: ${LINT} --format github`,
  '',
].join('\n');

export const giteeWorkflow = [
  '# Gitee Go 流水线：在仓库“流水线”页面开通 Gitee Go 后，每次推送都会检查台账。',
  INSTALL_NOTE,
  '# dangjian 需要 Node.js 20.19 或更高版本。下面的 nodeVersion: 20.10.0 是 Gitee Go 常见的可选版本，低于这个要求，',
  '# 不保证能运行：请在流水线页面查看可选的 Node.js 版本，有 20.19 或更高的（如 22）就改成那个版本。',
  "version: '1.0'",
  'name: dangjian-lint',
  'displayName: 台账检查',
  'triggers:',
  '  trigger: auto',
  '  push:',
  '    branches:',
  '      prefix:',
  "        - ''",
  'stages:',
  '  - name: stage-lint',
  '    displayName: 检查',
  '    strategy: naturally',
  '    trigger: auto',
  '    steps:',
  '      - step: build@nodejs',
  '        name: dangjian_lint',
  '        displayName: 检查文件命名和存放位置',
  '        nodeVersion: 20.10.0',
  '        commands:',
  '          - npm config set registry https://registry.npmmirror.com',
  `          - ${INSTALL}`,
  `          - ${LINT}`,
  '',
].join('\n');

/** Every repo-level file init writes, by path relative to the repo root. */
export function repoFiles(): { path: string; content: string }[] {
  return [
    { path: '.gitignore', content: gitignore },
    { path: '.gitattributes', content: gitattributes },
    { path: '.gitlab-ci.yml', content: gitlabCi },
    { path: '.github/workflows/dangjian.yml', content: githubWorkflow },
    { path: '.workflow/dangjian.yml', content: giteeWorkflow },
  ];
}
