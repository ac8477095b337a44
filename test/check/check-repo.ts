// The evidence repo the CLI tests run `check` on: two units, 责任分工, a 不适用 and a shared event.
import { makeRepo } from '../helpers/make-repo.js';

export function makeCheckRepo(options: { git?: boolean } = {}): string {
  return makeRepo({
    config: {
      responsibilities: { jgdw: ['1-14', '25-27'], zb1: ['15-24', '28-39'] },
    },
    files: {
      '局机关党委/01 政治机关意识党课/2020-03-10 会议记录 党课准备会.pdf': 'minutes',
      '局机关党委/02 政治纪律规矩教育/2020-03-01 计划 政治纪律教育计划.pdf': 'plan',
      '局机关党委/02 政治纪律规矩教育/2020-03-01 图片 学习现场.jpg': 'photo',
      '局机关党委/05 学习品牌建设/2020-01-10 方案 学习品牌方案.pdf': 'scheme',
      '局机关党委/05 学习品牌建设/2020-02-20 学习记录 第一次专题学习.pdf': 'study',
      '局机关党委/14 八项规定精神/_meta.yaml': '不适用: 本年度无相关工作\n',
      '第一党支部/35 党费收缴/2020-03-20 凭证 一季度党费.pdf': 'fee',
      '第一党支部/30 主题党日活动/2020-07-01 图片 七一主题党日/IMG_0001.jpg': 'photo',
      '第一党支部/30 主题党日活动/2020-07-01 图片 七一主题党日/_event.yaml': '同时计入: [33]\n',
      '第一党支部/30 主题党日活动/2020-06-20 通知 七一主题党日通知.pdf': 'notice',
    },
    git: options.git ?? false,
  });
}
