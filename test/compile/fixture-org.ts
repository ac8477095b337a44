// A small organisation for compile tests: three units, evidence across three quarters, odd titles.
import { makeRepo } from '../helpers/make-repo.js';

export const units = [
  { id: 'jgdw', name: '局机关党委', dir: '局机关党委', level: 'org' },
  { id: 'zb1', name: '机关第一党支部', dir: '第一党支部', level: 'branch' },
  { id: 'zb2', name: '机关第二党支部', dir: '第二党支部', level: 'branch' },
];

export const files: Record<string, string> = {
  '局机关党委/01 政治机关意识教育/2020-07-01 党课材料 强化政治机关意识.pdf': 'x',
  '局机关党委/01 政治机关意识教育/2020-07-01 图片 党课现场.jpg': 'x',
  '局机关党委/02 政治纪律教育/2020-02-10 计划 年度教育计划.docx': 'x',
  '局机关党委/02 政治纪律教育/2020-08-12 学习记录 =HYPERLINK("x") 第#1次.pdf': 'x',
  '局机关党委/02 政治纪律教育/_meta.yaml': '责任人: 张三\n',
  '局机关党委/05 专题学习/20200315_学习记录_第一次专题学习/IMG_0012.jpg': 'x',
  '局机关党委/05 专题学习/20200315_学习记录_第一次专题学习/记录.pdf': 'x',
  '局机关党委/05 专题学习/2020-07-20 方案 @学习品牌方案.pdf': 'x',
  '局机关党委/05 专题学习/2020-09-05 学习记录 +第三次专题学习/记录 1.pdf': 'x',
  '局机关党委/05 专题学习/2020-09-05 学习记录 +第三次专题学习/照片.jpg': 'x',
  '局机关党委/05 专题学习/2020-09-05 学习记录 +第三次专题学习/_event.yaml': '同时计入: [9]\n',
  '局机关党委/11 警示教育/_meta.yaml': '不适用: 本年度无执纪审查案例\n',
  '第一党支部/16 三会一课/2020-07-08 会议记录 -支部党员大会.pdf': 'x',
  '第一党支部/16 三会一课/2020-08-08 会议记录 支委会.pdf': 'x',
  '第一党支部/20 党费/2020-09-30 凭证 第三季度党费.pdf': 'x',
  '第二党支部/16 三会一课/2020-04-08 会议记录 支部党员大会.pdf': 'x',
};

export function makeFixtureOrg(options: { git?: boolean } = {}): string {
  return makeRepo({
    config: {
      org: '河南省水文水资源局机关党委',
      units,
      responsibilities: { jgdw: ['1-14'], zb1: ['15-39'], zb2: ['15-39'] },
    },
    files,
    git: options.git ?? true,
  });
}
