import { translateApiMessage } from '../api-messages';

/** Messages of applications, products and organisations as an English reader gets them. */
describe('English API messages of applications and products', () => {
  it.each([
    ['申报当前为“已提交”，不能提交', 'The application is “Submitted” and cannot be submitted'],
    ['申报不存在或无权查看', 'Application not found or not visible to you'],
    ['公示不存在或无权查看', 'Notice not found or not visible to you'],
    ['产品当前为“待审核”，不能下架', 'The product is “In review” and cannot be delisted'],
    ['图片不能超过 5 MB', 'Image files may not exceed 5 MB'],
    ['仅支持PNG、JPEG、WebP 图片或PDF 文件（按文件内容识别）', 'Only PNG, JPEG or WebP images or PDFs can be uploaded (checked by the file content)'],
    ['文件内容是PNG 图片，与文件名“report.pdf”不符（应以 .png 结尾）', 'The file is really a PNG image, which does not match its name “report.pdf” (it should end in .png)'],
    ['PDF 含有 JavaScript 脚本，出于安全考虑不予接收，请导出为普通 PDF 后重新上传', 'This PDF contains JavaScript and is refused for security reasons; export it as a plain PDF and upload it again'],
    ['请填写方案；方案应为 20–20000 字', 'Please enter the proposal; The proposal must be 20–20,000 characters'],
    ['该统一社会信用代码已注册', 'This unified social credit code is already registered'],
  ])('%s', (chinese, english) => {
    expect(translateApiMessage(chinese, 'en')).toBe(english);
    expect(translateApiMessage(chinese, 'zh-CN')).toBe(chinese);
  });

  it('words the Art. 37 refusal of a consortium place', () => {
    const rule = '根据《招标投标法实施条例》第三十七条，联合体各方不得再以自己名义单独或者参加其他联合体投标同一项目';
    expect(translateApiMessage(`贵单位已以自己名义申报该场景（草稿）。${rule}；如需加入联合体，请先撤回本单位的申报。`, 'en')).toBe(
      'Your company has applied to this scenario on its own (Draft). Under Art. 37 of the Regulations on the Implementation of the Bidding Law, consortium members may not bid for the same project alone or in another consortium; to join a consortium, first withdraw your own application.',
    );
  });
});
