/**
 * Text of the dialog that adds an article and of the list of added articles, in both languages. Kept apart from
 * the main messages: only the dialog and the list need it, and both load on first use.
 */
import { dateProblemEn, type DateProblem } from '../schema/dateProblem';
import type { Lang } from './messages';

export const LOCAL_MESSAGES = {
  zh: {
    title: '添加一篇文章',
    intro:
      '粘贴文章文字，或拖入、选择一个 .txt、.md、.html 文件（UTF-8、GB18030 或 UTF-16；简体、繁体或英文）。文章只保存在本浏览器中，不会上传。',
    paste: '文章文字',
    chooseFile: '选择文件',
    dropHere: '把文件拖到这里',
    articleTitle: '标题',
    published: '发布日期（YYYY、YYYY-MM 或 YYYY-MM-DD）',
    url: '原文网址（可选）',
    outletLabel: '媒体（可选）',
    needDate: '请填写发布日期：原文没有给出',
    badDate: (p: DateProblem) =>
      `发布日期有误：${p.shown} ${
        p.kind === 'notDate'
          ? '不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）'
          : p.kind === 'noMonth'
            ? `不是真实的日期：没有${p.month}月`
            : `不是真实的日期：${p.year}年${p.month}月只有${p.days}天`
      }`,
    badUrl: '网址须以 http:// 或 https:// 开头',
    futureDate: (date: string) => `发布日期 ${date} 晚于今天，请检查`,
    needTitle: '请填写标题',
    read: '读取数字',
    reading: '正在读取…',
    readTime: (ms: number) => `读取用时 ${ms} 毫秒`,
    decodedAs: (encoding: string) => `按 ${encoding} 编码读取`,
    noNumbers: '这篇文章里没有找到任何数字，没有可添加的内容。',
    alreadyIn: (title: string) => `这篇文章已在看板中：${title}`,
    review: '核对读到的数字',
    reviewIntro: '绿色：将画入图表；黄色：读到但未归入指标或没有时间；灰色：未能读作数字。点击一个数字查看详情；不对的可以移出图表。',
    legendCharted: '画入图表',
    legendRead: '读到，未画入',
    legendUnread: '未读作数字',
    charted: (n: number) => `${n} 个数字将画入图表`,
    readNotCharted: (n: number) => `${n} 个读到但不画入`,
    unreadCount: (n: number) => `${n} 处未读作数字`,
    keep: '画入图表',
    keepFigure: (text: string) => `画入图表：${text}`,
    listAll: (n: number) => `列出全部 ${n} 个`,
    accept: '添加到看板',
    back: '返回修改',
    cancel: '取消',
    kept: '上次关闭时未添加的文字已保留。',
    clear: '清空',
    reason: '原因',
    yours: '你添加的文章',
    yoursIntro: '这些文章只保存在本浏览器中。导出后放进 seeds/ 文件夹并重新构建，就能把它们贡献回项目。',
    notKept: (why: string) => `无法保存在本浏览器中（${why}）；关闭页面后将丢失。`,
    remove: '移除',
    removeOne: (title: string) => `移除：${title}`,
    removeAll: '全部移除',
    confirmRemoveAll: (n: number) => `确认移除全部 ${n} 篇`,
    keepAll: '不移除',
    justAdded: (title: string, n: number) => `已添加“${title}”：${n} 个数字画入图表。`,
    export: '导出为 seeds 文件（.zip）',
    figures: (n: number) => `${n} 个图表数字`,
    added: '添加于',
    failed: '无法读取这篇文章',
    statusLabel: '性质',
  },
  en: {
    title: 'Add an article',
    intro:
      'Paste the article’s text, or drop or choose a .txt, .md or .html file (UTF-8, GB18030 or UTF-16; simplified or traditional Chinese, or English). The article stays in this browser; nothing is uploaded.',
    paste: 'Article text',
    chooseFile: 'Choose a file',
    dropHere: 'Drop a file here',
    articleTitle: 'Title',
    published: 'Publication date (YYYY, YYYY-MM or YYYY-MM-DD)',
    url: 'Original URL (optional)',
    outletLabel: 'Outlet (optional)',
    needDate: 'Please give the publication date: the text does not state it',
    badDate: (p: DateProblem) => `The publication date is wrong: ${dateProblemEn(p)}`,
    badUrl: 'The address must start with http:// or https://',
    futureDate: (date: string) => `The publication date ${date} is after today: please check it`,
    needTitle: 'Please give a title',
    read: 'Read the numbers',
    reading: 'Reading…',
    readTime: (ms: number) => `read in ${ms} ms`,
    decodedAs: (encoding: string) => `read as ${encoding}`,
    noNumbers: 'No numbers were found in this article: there is nothing to add.',
    alreadyIn: (title: string) => `This article is already in the dashboard: ${title}`,
    review: 'Check the numbers found',
    reviewIntro:
      'Green: will be charted; amber: read but not mapped to a metric, or not dated; grey: not read as a number. Click a number for details; take a wrong one off the charts.',
    legendCharted: 'charted',
    legendRead: 'read, not charted',
    legendUnread: 'not read as a number',
    charted: (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'} will be charted`,
    readNotCharted: (n: number) => `${n} read but not charted`,
    unreadCount: (n: number) => `${n} not read as ${n === 1 ? 'a number' : 'numbers'}`,
    keep: 'Chart it',
    keepFigure: (text: string) => `Chart ${text}`,
    listAll: (n: number) => `List all ${n}`,
    accept: 'Add to the dashboard',
    back: 'Back to the text',
    cancel: 'Cancel',
    kept: 'What you had pasted and not added is still here.',
    clear: 'Clear',
    reason: 'Reason',
    yours: 'Articles you added',
    yoursIntro:
      'These articles are kept in this browser only. Export them, put the files in seeds/ and rebuild to contribute them back to the project.',
    notKept: (why: string) => `They cannot be kept in this browser (${why}); they will be gone when the page closes.`,
    remove: 'Remove',
    removeOne: (title: string) => `Remove: ${title}`,
    removeAll: 'Remove all',
    confirmRemoveAll: (n: number) => `Yes, remove all ${n}`,
    keepAll: 'Keep them',
    justAdded: (title: string, n: number) => `Added “${title}”: ${n} ${n === 1 ? 'figure' : 'figures'} charted.`,
    export: 'Export as seeds files (.zip)',
    figures: (n: number) => `${n} charted ${n === 1 ? 'figure' : 'figures'}`,
    added: 'Added',
    failed: 'This article could not be read',
    statusLabel: 'Status',
  },
} as const;

export type LocalMessages = (typeof LOCAL_MESSAGES)['zh'] | (typeof LOCAL_MESSAGES)['en'];
export const localMessages = (lang: Lang): LocalMessages => LOCAL_MESSAGES[lang];
