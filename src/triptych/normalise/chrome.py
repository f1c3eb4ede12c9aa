"""Remove newspaper and web chrome: continuation markers, page headers and numbers, furniture."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache, partial

from ..model import Block, Document, Paragraph, Text, plain
from .chars import ends_sentence, is_cjk, simplified
from .context import DocumentPass, PassContext
from .deflists import unbulleted
from .pages import (
    ABSTRACT,
    READ_ON,
    RUNNING_MAX,
    abstract_box,
    contents,
    link_list,
    link_row,
    menus,
    nav_word,
    near_running,
    running_key,
    running_lines,
    strip_link_numbers,
)
from .patterns import (
    CACHED_LINES,
    fields_after_title,
    find_date,
    glossary_title,
    is_byline,
    is_date_line,
    is_site_name,
    opens_speech,
    page_beside,
    reporter_credit,
)

__all__ = ["CHROME", "is_caption", "is_furniture", "opens_link_list"]

NAME = "chrome"

_ZH_DIGITS = r"[\d一二三四五六七八九十百零〇]+"
_MARKER = re.compile(
    rf"[（(]\s*(?:上接|下转|接上|转下|紧接|续|接|转)\s*(?:第\s*)?{_ZH_DIGITS}\s*(?:版|页|面)"
    r"[^)）]{0,8}[)）]"
    r"|\(\s*(?:continued|cont'd|cont\.)\s+(?:on|from)\s+(?:page|p\.)\s*[A-Z]?\d+\s*\)",
    re.IGNORECASE,
)

# A copy site's mark with its address, alone or run into the text (``文章源自某某网-https://…``).
_WATERMARK = re.compile(
    r"\s*(?:文章源自|本文来自|转载自|内容来自)[^\s。！？]{1,20}?\s*[-—–:：]?\s*(?:https?://|www\.)[^\s。！？]+"
)

_BUTTONS = (
    "打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回|收藏本页|收藏|"
    "我要纠错|纠错|举报|字体|字号|大|中|小|默认|繁体|简体|无障碍|"
    "分享到|分享至|分享\\s*[(（]赏[)）]|分享|复制链接|微信|微博|QQ空间|QQ|朋友圈|"
    "阅读原文|点赞|在看|写留言|留言|赞|关注该公众号|END|▼|▲|↓+|↑+|政府网站找错|"
    "上一篇|下一篇|上一版|下一版|上一期|下一期|查看PDF版|PDF版|版面导航|站内高级搜索|高级搜索|标题|"
    "返回目录|返回列表|电脑版|手机版|会员登录|免费注册|登录|注册|退出|我知道了|阅读提示|关灯|开灯|护眼模式|"
    "海报|侵权投诉|投诉|下载文档|合集下载|全文阅读|查看更多|加载更多|展开全文|备用下载|下载|相关话题|相关|"
    "跳过导航|跳到主要内容|跳至主要内容|跳转到主要内容|网站颜色切换|网站顏色切換|深色模式|进阶搜寻|"
    "进阶搜索|进階搜寻|选择特殊符号|选择搜索类型|请输入搜索内容|请输入搜索关键词|请输入搜索|"
    "设为首页|设为主页|加入收藏|收藏本站|个人中心|放大|缩小|站内检索|无障碍版|长者助手|长者版|"
    "关闭搜寻|关闭搜索|版权反馈|发帖评论|发表评论|发布一个新话题|发布新话题|"
    "copy link|share this page|share this article|learn more|continue reading|read more|"
    "print page|return to index|return to top|back to index|"
    "\\[hide\\]|\\[show\\]|"
    "print this page|print|close window|close|back to top|go to top of page|top of page|go to top|"
    "top|email this|bookmark|home|"
    "show all answers|hide all answers|expand all|collapse all"
)
_BUTTON_LINE = re.compile(
    rf"(?:[\s【】\[\]|｜/·•:：]*(?:{_BUTTONS}))+[\s【】\[\]|｜/·•:：.]*", re.I
)
# The labels of a portal's record of a public document, long enough to tell from prose (their
# traditional forms are read through ``simplified``, which leaves 詞 as it is)
_RECORD_LABELS = (
    r"索引号|主题词|发文单位|发文机关|效力状态|生效日期|失效日期|主题分类|体裁分类|发文字号|成文日期|"
    r"发布日期|发布机构|公开方式|公开范围|公开日期|所属机构|组配分类|文件编号|有效时间|失效时间|信息分类|"
    r"年度期数|总期刊数|期数|主题詞"
)
# The fields of a page's article or a portal's record of a public document.
_FIELDS = (
    r"责任编辑|编辑|责编|校对|审核|审校|来源|信息来源|文章来源|作者|"
    r"发布时间|发布日期|更新时间|浏览次数|阅读次数|访问量|点击数|点击量|稿源|"
    r"主办|主办单位|承办|承办单位|协办|协办单位|技术支持|网站标识码|网站识别码|运维|维护|"
    r"原标题|内容来源|视频|热门搜索|搜索热词|热搜|索引号|信息索引号|发文机关|发布机构|成文日期|发文日期|"
    r"发文字号|主题分类|公开方式|有效性|标题|阅读量|浏览量|阅读|附件下载|文件名称|名称|文号|"
    r"公开目录|公开日期|生效日期|所属机构|内容分类|快捷搜索|站内搜索|全站搜索|刊发时间|"
    r"公开责任部门|公开形式|公开范围|责任部门|组配分类|文件编号|栏目|有效时间|失效时间|所属主题|"
    r"发布单位|生成日期|体裁分类|服务对象|公开对象|发文类型|公开部门|状\s*态|索\s*引\s*号|"
    r"分\s+类|名\s+称|文\s+号|来\s+源|关键词|關鍵詞|关键字|主题词|公文目录|信息分类|政策咨询机关|"
    r"政策咨询电话|生效时间|废止时间|发表时间|发布|号|推荐人|上传人|文档编号|上传时间|格式|页数|大小"
)
# A web page's and a portal's furniture around a Chinese text: its toolbars, fields, credits,
# menus, greetings and links.
_SITE_FURNITURE = (
    r".{0,10}字[体号]\s*[:：]?\s*[【\[]?\s*大\s*中\s*小.*",
    r"字[体号]\s*[:：]\s*[【\[]\s*[】\]].{0,60}",  # a font-size switch the scrape left blank
    r"(?i:\[an error occurred while processing (?:the|this) directive\])",  # a server's include
    # an e-paper's pager with the day and its zoom (``3上一篇  下一篇4 2024年1月11日 放大 …``)
    r"\d{0,2}\s*上一篇\s*下一篇\s*\d{0,2}.{0,40}",
    r".{2,40}?[…．.·]{4,}\s*\d{1,3}",  # a table of contents' line and its page
    r"(?-i:Author:\s.{1,40}?\s)?Date of (?:last revision|expiry|review):.{0,80}",
    rf"[（(【\[]?\s*(?:本版)?(?:{_FIELDS})\s*(?:[:：]|\s[|｜]).*",
    # a portal's field whose label is set letter-spaced, without a colon
    r"(?:索\s*引\s*号|名\s+称|文\s+号|来\s+源|主\s*题\s*分\s*类|发\s*布\s*机\s*构"
    r"|有\s*效\s*性|成\s*文\s*日\s*期|发\s*文\s*机\s*关)\s+\S.{0,80}",
    r"[>»›]\s*(?:正文|详情|内容|正\s+文)",  # a breadcrumb's last step
    r"(?:阅读量|浏览量|阅读|浏览)\s*[\d.]+\s*万?",
    r".{1,40}\.(?:pdf|docx?|xlsx?|wps|zip|rar)",
    r".{0,30}二维码",
    r".{0,10}(?:您是本站第|本站访问量|访客).{0,30}",
    r"[【\[]?\s*全文\s*[】\]]?\s*[:：]?",
    # the day's date with its weekday, perhaps after the site's name (``天津市静海区人民政府
    # 2019年12月3日星期二``)
    r"(?:[^\s。，,；;：:]{2,20}\s+)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]",
    r"(?:网站标识码|网站识别码)\s*[:：]?\s*\d+.*",
    r".{0,10}(?:请输入关键[字词]|点击(?:上方)?.{0,6}关注|分享让更多人看到|扫码关注).{0,30}",
    r"原创\s.{1,30}",
    r".{0,10}(?:本篇文章|本文|全文)共?\s*\d+\s*字.{0,20}",  # a reading-time line
    # a credit alone: 本版制图 王明, 编辑 李华, 川观新闻记者 王明 李华
    r".{0,8}(?:本版)?(?:制图|编辑|責編|责编|校对|美编|记者|記者|編輯|通讯员|通訊員)"
    r"(?:\s+[\u4e00-\u9fff]{2,4}){1,4}",
    # a row of a portal's metadata table: a label's cell or an empty one
    r"(?=.*(?:[:：]\s*[|｜]|[|｜]\s*[|｜]|[|｜]\s*$))[\u4e00-\u9fff]{2,8}\s*[|｜].*",
    r"(?:https?://|www\.)\S+(?:\s*[|｜])?",  # a page's or a cover's address alone
    r"(?:<[^<>]{1,200}>\s*)+",  # a tag the scrape left (``<img>``)
    # a portal record's values without their labels: an index number (``czt000000/2025-02602``,
    # ``11440300MB2C92959C/2025-00123``), a document number left blank (``〔〕 号``)
    r"[0-9A-Za-z]{6,20}/\d{4}-\d{4,6}|[〔\[]\s*[〕\]]\s*号",
    r".{0,20}(?:许可证|备案号|经营许可).{0,40}",
    r"收录于(?:合集|话题).{0,30}|#\S{1,30}\s*\d{0,4}个?",  # a WeChat post's collection
    r".{0,10}建议使用.{0,40}(?:分辨率|浏览器).{0,30}",
    r".{2,30}会议(?:文件|材料)(?:之[一二三四五六七八九十\d]{1,3})?",  # the copy's label
    r"(?:&(?:nbsp|amp|lt|gt|quot|#\d{1,5});\s*)+",  # an HTML entity the scrape left
    r"[|｜/\\<>«»‹›·•;；:\s]{1,6}",  # a bar's separators, a pager's arrows, left alone
    # a menu parted by bars (``县委| 县人大| 县政协``)
    r"(?:[\u4e00-\u9fff]{2,8}\s*[|｜]\s*){2,40}[\u4e00-\u9fff]{2,8}\s*[|｜]?",
    r".{0,12}(?:需要先?登录|请先登录|登录后(?:阅读|查看)).{0,20}",  # a login wall
    r"网友评论.{0,60}",  # a comment box's head
    # a document-sharing site's paywall and its note on where the file lies
    r".{0,30}超出(?:免费)?预览范围.{0,30}|下载\s*[(（]注\s*[:：].{0,60}[)）]"
    r"|.{0,40}省略\s*\d+\s*字.{0,20}(?:会员|阅读|下载).{0,20}",  # ``…省略912字，正式会员可…``
    r"当前页面\s*[:：].{0,60}",
    # a hacked page's gambling spam (``百家乐赌场``, ``世界杯买球网平台网址 …``)
    r"(?=.*(?:百家乐|买球|投注网|下注|娱乐城|老虎机|真人荷官|彩票网|赌场网址|博彩网))"
    r"[^。，,；;！？]{2,120}",
    # a portal's reading aids (``不能读取语音阅读器``, ``无障碍浏览``, ``长者模式``)
    r".{0,20}(?:语音阅读器|无障碍浏览|无障碍说明|导盲模式|长者模式|关怀模式|关怀版|适老化(?:模式|版|浏览)"
    r"|保护视力色|护眼色)"
    r".{0,20}",
    # a copy site's name and its editor's (``某某范文网 编辑:pp958``)
    r"[^\s。，,；;]{2,12}网\s+(?:编辑|责任编辑|作者|来源)\s*[:：]\s*\S{1,20}",
    # a paper's name with its app's (``齐鲁晚报·齐鲁壹点``)
    r"[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|早报|商报|日報|晚報|時報|早報)[·•][\u4e00-\u9fff]{2,10}",
    # a breadcrumb that opens with its arrow (``> 政府动态 > 镇街动态``)
    r"[>»›]\s*[^。！？>»›]{1,20}(?:\s*[>»›]\s*[^。！？>»›]{1,20}){1,6}",
    # a portal record's fields run together without colons (``生效日期 失效日期``,
    # ``发文单位省生态环境厅 效力状态有效``)
    # or one field with its value after a space (``发布日期 2004-03-01``, ``年度期数 第四期``)
    rf"(?:{_RECORD_LABELS})(?:[^。，,；;]{{0,40}}(?:{_RECORD_LABELS})[^。，,；;]{{0,30}}"
    r"|\s+[^。，,；;\s]{1,30})?",
    # the day and the source of a repost (``中央政府门户网站 2006年04月3日 来源：…``)
    r"(?=.*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}).{0,60}(?:来源|來源)\s*[:：].{0,40}",
    r"(?:您好\s*[,，!！]?\s*)?欢迎(?:访问|光临|来到|浏览|进入).{2,80}",  # a site's greeting
    r".{0,12}(?:解读链接|点击查看)[^。！？]{0,30}",  # a link to the policy's reading
    r"(?:原文|全文|报告全文|全文内容)如下\s*[:：]?",  # a repost's word before the text
    # a site's bar
    r".{0,20}(?:收藏本站|设为首页|设为主页|加入收藏|官方微博|官方微信)\s.{0,40}",
    r"(?:(?:收藏本站|设为首页|设为主页|加入收藏)\s*){2,}",
    r"今天是\s*[:：]?\s*\d{4}\s*年[^，,。！？；;]{0,80}",  # the day's date in a portal's head
    # a news site's tip line (``新闻线索:0514-84683100``)
    r".{0,40}(?:新闻线索|新闻热线|报料热线|爆料热线)\s*[:：]\s*[\d\-－ ]{7,20}",
    r"(?:当前期次|本期期次|当前期数)\s*是?\s*[:：]?\s*第?\s*\d{1,6}\s*[号期]",  # an e-paper's issue
    # a site's sponsors, no sentence (``某某市委宣传部主办 某某日报社承办``)
    r"[^。，,；;、！？]{0,30}?[^\s。，,；;、]{2,20}主办\s*[^\s。，,；;、]{2,20}承办[^。，,；;、！？]{0,30}",
    r"[【\[]\s*(?:https?://)?www\.[^】\]\s]{3,60}[】\]]",  # a copy site's tag
)
# A document-sharing site's frame around the file it shows: its counters, record, paywall and
# blurbs.
_SHARING_FURNITURE = (
    # a document-sharing site's counters and file size, a gazette's issue, a bare
    # domain, a copy site's blurb about the text it serves
    r"\d{1,5}\+|[\d.]+\s*[KMG]B|\d{1,4}\s*页|.{0,12}仅部分预览.{0,80}"
    r"|\d{4}\s*年\s*第\s*\d{1,3}\s*期(?:\s*[（(]总第\s*\d+\s*期[)）])?"
    r"|(?:[a-z0-9-]+\.){1,4}(?:gov\.cn|com\.cn|org\.cn|com|cn|net|org)(?:/\S*)?"
    r"|《[^》]{2,60}》(?:是由|由).{2,30}(?:发布|發布|整理|提供)的.{0,10}[。.]?",
    # a document-sharing site's record of the file and its page thumbnails
    r"ID\s*[:：]\s*\d{4,}|资源描述\s*[:：]?|.{1,60}_第\s*\d{1,4}\s*页"
    r"|(?:时间|日期)\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}",
    r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?",  # a table's rule (``---|---|``)
    # a document-sharing site's frame around the text
    r"(?:VIP|会员)?(?:免费)?下载(?:文档|本文档|全文|此文档)?(?:\s*(?:VIP|会员)?免费下载)?"
    r"|.{0,10}展开阅读全文.{0,20}"
    r"|版权说明\s*[:：].{0,60}|文档贡献者.{0,30}|(?:立即|点击)?下载.{0,10}(?:文档|阅读).{0,20}"
    r"|.{0,20}(?:剩余|还剩)\s*\d+\s*页未读.{0,20}|.{0,10}(?:开通|购买|升级)\s*VIP.{0,40}"
    r"|(?:文档)?(?:页数|格式|大小|上传时间|上传者|贡献者)\s*[:：].{0,80}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传|更新)|文档介绍|文档简介|内容简介|文档描述"
    r"|(?:(?:浏览|下载|收藏|阅读|评分)\s*[\d,.]+\s*次?\s*){2,}"
    r"|.{2,12}\s+[-–—|]\s+.{0,12}(?:文档|文库|资料).{0,12}(?:下载|分享|平台)",
)
# A page's navigation, counters, dates and a printed page's numbers and continuation marks.
_PAGE_FURNITURE = (
    # a pager names a page or a direction; numbers alone may be a table's
    r"(?=.*(?:页|上一页|下一页|首页|尾页|末页))"
    r"(?:(?:第\s*\d{1,3}\s*页|上一页|下一页|首页|尾页|末页|\d{1,3})\s*){2,}|共\s*\d{1,3}\s*页",
    r"(?:[>»›]\s*)?[^。！？>»]{1,20}(?:\s*(?:>>|>|»|›|\s--\s|\s—\s)\s*[^。！？>»]{1,20}){2,6}",
    # a breadcrumb parted by slashes (``index/ Government Affairs / Plans``)
    r"[^。！？/]{1,20}(?:\s*/\s+[^。！？/]{1,40}){2,6}",
    r"(?-i:Today is) .{1,30}",
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+(?:Views?|views?|Hits|hits)\b.{0,20}",
    # a row of a page's counters (``03-02 10:11:12 浏览次数：88次 栏目：政府报告``)
    r".{0,30}(?:浏览次数|阅读次数|点击数|点击量|访问量)\s*[:：]?\s*\d+.{0,40}",
    # a bar of the page's fields, some left empty (``时间：2020-03-02 来源：… 作者：``)
    r"(?=(?:.*(?:时间|日期|来源|作者|编辑|发布|浏览|字号)\s*[:：]){2}).{0,80}",
    r"[^。！？]{0,24}\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}.{0,30}",
    r"(?:时间|日期)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}.*",
    r"[^。！？]{0,24}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[,，|]?\s+(?i:source|来源).{0,60}|\s+.{0,30})?",
    ABSTRACT.pattern,  # an abstract box's markers, alone on their lines
    READ_ON.pattern,
    r".*(?:分享到|扫一扫|手机版|网站地图|版权所有|Copyright|©|ICP备|网安备|公网安备).*",
    r"(?:您|你)?(?:当前|现在)?(?:所在)?的?(?:所在)?位置\s*[:：].*",
    r".*(?:首页|Home)\s*(?:-{0,2}[>»/›]{1,2}\s*[^>»/›]{1,40}\s*){1,6}",
    r"[^。，,；;：:\s]{2,16}正文",  # a news site's label over its article (``…分社正文``)
    # a breadcrumb to the article (``首页 要闻 > 正文``)
    r"首\s*页.{0,60}[>»›]\s*(?:正文|详情|内容)",
    # a breadcrumb or a menu parted by spaces (``首   页 走进洋县 新闻中心 …``)
    r"首\s*页(?:\s+[^\s。，,；;]{2,40}){1,12}",
    r".{0,20}范文大全",  # a copy site's name for itself
    # a news site's weather, rating, age notice and browser links
    r"(?:晴|阴|多云)(?:时|转)?(?:多云|晴|阴|小雨|阵雨|雷阵雨)?|限制级|.{0,20}需满\s*18\s*岁.{0,20}",
    r".{0,20}请至.{0,20}官网下载.{0,80}",
    r".{0,40}网站\s*[:：]\s*https?://\S+",
    r"(?:您|你)?(?:当前|现在)的?(?:所在)?位置",  # its label alone
    # an image's marks (``微信 ![]()``, ``![]() ![]() |``)
    r"[^!\n]{0,12}(?:!\[[^\]]{0,40}\]\([^)]{0,200}\)\s*)+[|｜]?",
    r".{0,30}(?:微信|扫码)?关注.{0,20}公众号.{0,20}",  # a WeChat account's plug
    r"(?-i:Skip Navigation|Advanced Search|Accessibility Settings|Access Keys)(?:\s*[|｜]"
    r"\s*[A-Za-z][\w ]{1,30}:?)*",
    # a site's name and its motto (``某某留学网-留学游子的家园``), never a document's title
    r"[^。，,；;\s]{1,12}网\s*[-—–|｜]\s*(?![^。，,；;]*(?:报告|规划|讲话|公报|解读|全文|词))"
    r"[^。，,；;\s]{2,20}",
    r".{0,20}第\s*[A-Z]?[\d一二三四五六七八九十]+\s*版.{0,20}",
    # a paper's name over the day's issue (``沈阳日报 2016年02月10日``)
    r".{1,10}(?:日报|晚报|早报|时报|商报)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    r"[—\-–－─\s]*\d{1,4}[—\-–－─\s]*",
    r"(?-i:[ivxl]{1,6})",  # a front page's number
    r"\d{1,4}\s*[|｜]|[|｜]\s*\d{1,4}",  # a page's number beside a rule
    r"第\s*\d{1,4}\s*页(?:\s*[/／]?\s*共?\s*\d+\s*页?)?|\d{0,4}\s*[/／]\s*\d{1,4}",
    r"(?:上接|下转|接上|转下)\s*(?:第\s*)?[\d一二三四五六七八九十]{1,3}\s*版",  # bare
    r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?",
    r"page\s+\d{1,4}\s+[-–—|]\s+\S.{0,60}|(?-i:P\.\s?\d{1,4})",  # a flipbook's page head
)
# English web and viewer furniture.
_EN_FURNITURE = (
    # English furniture starts with a capital, unlike a wrapped line of prose
    r"(?-i:Share|Share this|Share to|Font size|Font Size|fontSize|Text size|SHARE)"
    r"\s*[:：]?.{0,40}",
    r"(?-i:Sponsored|Hosted|Maintained|Organized|Organised|Run) by .{3,70}",
    r"(?-i:(?:Produced|Powered) [Bb]y [A-Z\u4e00-\u9fff][^,.;:]{2,50})",  # a footer's
    r"(?-i:Page tools:).{0,120}|(?-i:ARCHIVED ISSUE Released at) .{0,60}",
    r"(?=.*(?i:next|previous|prev|page|[»«›‹]))"
    r"(?:(?:page\s*)?\d{1,3}|next|previous|prev|first|last|»|«|›|‹)"
    r"(?:\s+(?:(?:page\s*)?\d{1,3}|next|previous|prev|first|last|»|«|›|‹))+",
    r"(?:publication date|date published|date range|release date|last updated)\s*:.{0,50}|"
    r"(?-i:Updated|Published|Posted|Editor|Author|Date|Released|Release date)"
    r"\s*:\s*.{1,50}",
    # a page's byline row: its office, then the date it was posted
    r".{0,80}?\s(?-i:Updated|Published|Posted|Release Date|Date)\s*:\s*"
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.{0,30}",
    r"(?-i:Updated|Published|Posted|Last updated|First published)\s+(?:on\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}).{0,40}",
    r".{0,40}\b\d{1,3}\s*min(?:ute)?s?\s+read\b.{0,20}",
    r"(?-i:(?:Click|Tap) here)(?: (?:for|to) [^.]{1,40})?\.?",  # a link's words alone
    # the nations a page's rules apply to (``Applies to England and Wales``)
    r"(?-i:Applies to (?:England|Wales|Scotland|Northern Ireland|the UK|the United Kingdom)"
    r"(?:(?:,\s*| and )(?:England|Wales|Scotland|Northern Ireland))*)",
    # a story's day and time (``10 Jun 2019 12:22``)
    r"(?-i:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
    r"\s+\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)",
    # a blog's post label, its date badge without a year, its author and comment count
    r"(?-i:(?:Publisher|Year of Publication|Publication Year|Date of Publication|File Size"
    r"|Document Type)\s+[A-Z0-9].{0,60})",
    # an image's alternative text the scrape kept (``County Seal``, ``Printer icon``)
    r"(?:[\w&'’\-]+\s+){0,4}(?:logo|seal|icon|banner|spacer|image|graphic|photo)"
    r"(?:\s*\([^()]{1,30}\))?",
    # a server's error page the scrape kept, and its signature (``nginx/1.18.0``)
    r"(?-i:(?:\d{3}\s+)?(?:Not Found|Forbidden|Bad Gateway|Service Unavailable"
    r"|Internal Server Error|Gateway Time-?out)|[A-Za-z][\w\-]{1,20}/\d+(?:\.\d+){1,3})",
    r"(?-i:Blog [Pp]ost|Posted in .{1,40}|Filed under .{1,40}"
    r"|[-–—\s]*(?:[Aa]dvertisements?|ADVERTISEMENT)[-–—\s]*|Leave a (?:Reply|Comment)|Cancel reply"
    r"|(?:Mail|Email|Call|Write to) Us"
    r"|Post Comment|\[(?:START|END)\]|Document\s+\d{5,}"
    r"|[·•]\s*\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.\s*[·•]"
    r"|-?\d{1,2}(?:\.\d)?\s*°?\s*[CF])"  # a weather widget's temperature
    r"|(?-i:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\s+\d{1,2})"
    r"|(?-i:By:?\s+[A-Z][\w.'’\- ]{1,40}?\s+\d{1,4})",
    r"(?-i:Get|Sign up for|Subscribe to|Receive)\b.{0,90}\b(?:inbox|newsletters?)\b.{0,30}",
    r"(?-i:Email address|Your email(?: address)?|Enter your email.{0,20}|"
    r"Manage (?:preferences|settings|consent)|Accept all|Reject all|Accept|Got it)",
    r"(?:[A-Za-z][\w ]{1,20}:\s*[^|]{1,40}\|\s*){1,4}[A-Za-z][\w ]{1,20}:.{0,40}",
    r"(?-i:Signature of [A-Z].{2,60}|"
    r"Skip to (?i:main )?(?i:content|navigation)|Search this site|Search|"
    r"Skip Ribbon Commands|You are in\s*:|Desktop(?: view| site| version)?|"  # SharePoint's
    r"(?:Mobile|Full) (?:view|site|version)|"
    r"Jump to (?:the beginning of )?(?:main )?(?:content|navigation)|You are here:?.{0,60}|"
    r"Skip to main content\s.{1,80}|"
    r"Return to .{1,60}(?:Contents|Home|Index)|"
    # a link back to a report's contents (not a part's own heading, ``Appendix A - Index``)
    r"(?!(?:Appendix|Annex|Section|Chapter|Part|Schedule)\b)"
    r"[A-Z][\w ]{1,60}\s[-–|]\s(?:Contents|Table of Contents|Home)|"
    r"Menu|Main menu|Open menu|Close menu|Navigation|Toggle navigation|"
    r"Language Translation|Translate(?: this page)?|Select Language|"
    r"Loading(?:\.{3}|…{1,2})?|"  # a page's script that never ran
    r"Download (?:a |the )?(?:PDF|printable) (?:copy|version)(?: of .{1,60})?|"
    r"(?:Primary|Secondary|Main|Site|Global|Utility|Footer|Top|Section) [Nn]avigation|"
    r"On this page|Back to top|Print this page|Print|Contact us|Sign up.{0,40}|"
    r"Subscribe.{0,40}|(?:Accept|Reject|Allow|Manage|View)\b.{0,30}cookies?(?: settings)?|"
    r"Cookie (?:settings|policy)|Cookies on (?:the )?.{1,60}|"
    r"Was this page helpful\??.{0,20}|Last (?:updated|reviewed|modified)\s*:?.{0,30}|"
    r"Download .{1,60}\((?:PDF|pdf|DOCX?|docx?|XLSX?|xlsx?|CSV|csv)[^)]{0,20}\)|"
    r"Facebook|Twitter|X \(Twitter\)|LinkedIn|YouTube|Instagram|Email|WhatsApp)",
    # a viewer's page labels and counter, a file's fields, a letter bar, a section's
    # page number in a footer, links to home pages
    r"(?-i:Page \d{1,4}:\s.{1,120}|You are on page\s*\d{1,4}\s*of\s*\d{1,4}"
    r"|(?:Category|Categories|Tags?)\s*:\s*.{0,40}|Laserfiche WebLink.{0,40}"
    r"|[A-Z](?:\s*[-–|•·]\s*[A-Z]){4,25}"
    r"|(?:Appendix|Section|Chapter|Part)\s+[\dA-Z]{1,3}\s*[-–]\s*\d{1,3}"
    r"|(?:[A-Z][\w' ]{1,40} home page\s*){1,4})",
    # a document-sharing site's viewer around the text it shows
    r"(?-i:Size:\s*px|Embed Size \(px\).{0,40}|Start display at page:?|Transcription|"
    r"Transcript|TRANSCRIPT|SHOW MORE|SHOW LESS|Show more|Show less|Upload:\s*.{1,40}|"
    r"Post on \d{1,2}-[A-Z][a-z]{2}-\d{4}.{0,20}|\d[\d,]*\s+(?:views?|downloads?)|"
    r"Download \".{1,160}\"|Download (?:PDF|now|file|document)\b.{0,40}|Title|Body|"
    r"Citation preview|(?:[•·]\s*)?(?:Upload|View|Download)(?:\s+(?:others|\d[\d,]*))?|"
    r"Top Banner|Welcome message from author|others|"  # ``• Upload`` / ``others``
    r"Total Page:\s*\d{1,5}|File Type:\s*\w{2,5},\s*Size:\s*[\d.,]+\s*[KMG]?b|"
    r"Made with FlippingBook.{0,40}|SlideShare .{0,60}|\d{1,4} (?:von|sur) \d{1,4}|"
    r"Downloaden Sie, um offline zu lesen|Download to read offline|"
    # a press release's head (``NEWS RELEASE`` / ``FOR IMMEDIATE RELEASE``)
    r"(?:NEWS|PRESS|MEDIA) RELEASE|FOR IMMEDIATE RELEASE|For [Ii]mmediate [Rr]elease|"
    r"[a-z][A-Za-z]{5,40}\d{4,12}|"  # a tracker's token (``trendingNowenglish1663375``)
    # a legal site's record of the version shown
    r"Version \d{1,3} of \d{1,3}|Version date:.{1,60}|"
    # an archive's page around the text it holds (the Internet Archive's)
    r"\(navigation image\)|Search:\s*Advanced Search|Anonymous User \(login or join us\)|"
    r"See other formats|Digitized by the Internet Archive|in \d{4} with funding from|"
    # a download page's bulleted record of the file
    r"\s*[•·]\s*(?:Version(?:\s+[\d.]+)?|File Count\s+\d+"
    r"|(?:Create Date|Last Updated)\s+.{4,24}"
    r"|(?:Words|Pages):\s*[\d,]+|PDF|DOCX?|EPUB|[A-Z][a-z]{2,8}\s+\d{4})|Attached Files|"
    r"More details|Document Sample|"
    r"Please wait\.{0,3}|Loading\.{0,3}|Upgrade to (?:Premium|Pro|PRO)|"
    r"You also want an ePaper\?.{0,60}|YUMPU automatically turns .{0,80}|"
    # a sharing site's record of the post and a slide site's widgets around the transcript
    r"Date post:\s*.{1,30}|(?:View|Download)s?:\s*[\d,]+\s*times?|\+ All Categories|Custom Search|"
    r"Upcoming SlideShare|Loading in\.{0,3}\s*\d*|Total Views|Views on SlideShare|Embed Views|"
    r"Upload Details|Uploaded via .{1,40}|Report content|Flag(?:ged)? as inappropriate.{0,60}|"
    r"Select your reason for flagging .{0,80}|.{0,40}Comment goes here\.?|Your message goes here|"
    r"Edit your comment|.{1,120} Presentation Transcript|"
    r"\[Cites \d+, Cited by \d+\].{0,40}|"
    r"(?:Sie sind auf Seite|Vous êtes sur la page)\s*\d{1,4}\s*(?:von|sur)\s*\d{1,4}|"
    # a PDF's footer: the print date and the page number (``05/01/79 1``)
    r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,4}|"
    # a file's name the viewer shows as its head (``VUT_Report 2018_Finale``)
    r"(?=.*[^\W_]_[^\W_])[\w\-. ]{3,60}|"
    r"(?:Share|Partager|Télécharger) \".{1,160}\"|Copied!|N/A|Protected|Texte intégral|"
    r"Academic year:\s*\d{4}.{0,12}|"
    r"(?:[•·]\s*)?(?:Aucun résultat trouvé|No results found))",
    r"(?:\(?continued (?:on|from) (?:the )?(?:next|previous) page\)?|continued overleaf"
    r"|.{1,40}\s\(continued\)|\(continued\))",
    # a bar of links; an abbreviation and its expansion are a table's row
    r"(?![A-Z][A-Za-z&]{1,9}\s*\|)"
    r"(?:[A-Za-z][\w &]{1,30}\s*\|\s*){1,5}[A-Za-z][\w &]{1,30}",
    r"(?:上一篇|下一篇|上一条|下一条|previous|next)\s*[:：].*",
    r"(?:(?:previous|next|prev)\s+page|contents|index|home|top)"
    r"(?:\s+(?:(?:previous|next|prev)\s+page|contents|index|home|top))+",
)
_FURNITURE = re.compile(
    r"|".join((*_SITE_FURNITURE, *_SHARING_FURNITURE, *_PAGE_FURNITURE, *_EN_FURNITURE)),
    re.IGNORECASE,
)
_SHARE_WORDS = ("微信", "微博", "QQ", "朋友圈", "豆瓣", "Facebook", "Twitter", "WeChat", "Weibo")
_RELATED = re.compile(
    r"[【\[]?\s*(?:相关链接|相关新闻|相关阅读|相关文章|相关报道|相关稿件|相关专题|往期回顾|延伸阅读|"
    r"推荐阅读|更多阅读|往期推荐|热点推荐|精彩推荐|猜你喜欢|相关解读|政策解读|"
    r"本版其他文章|本版其他稿件|本期其他文章|本版文章|本版导读|"
    r"相关文档推荐|相关文档|相关推荐|热门文档|"
    r"related (?:links|articles|stories|news|content|reading)|you may also like|more like this|"
    r"read next|more stories|see also)\s*[】\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
# A document-sharing site's label run into the text it introduces (``文档介绍：——2012年…``).
_SITE_LABEL = re.compile(r"\s*(?:文档介绍|文档简介|内容简介|文档描述)\s*[:：]\s*(?=\S)")
# A copy site's word about the text run on after a line (``…最快的下面是小编为大家整理的…。``).
_RUN_IN_BLURB = re.compile(
    r"(?<=\S)(?:下面|以下)是小编.{0,60}?(?:供大家参考|欢迎阅读|希望对大家有所帮助|仅供参考)[。！!]?\s*$"
)
# The page's own fields above its text (a table's ``Source:`` further down is the text's).
_PAGE_FIELD = re.compile(
    r"(?i:Source|Posted by|Author|Editor)\s*:(?:\s*.{1,160})?"
    r"|(?:The )?Official (?:Web ?site|Portal|Site) of .{3,100}"
    r"|Page (?:created|updated|last updated|maintained) by .{2,60}"
    r"|Welcome to (?:the )?[A-Z][^.!?]{3,120}"  # a site's greeting over its page
)
# A portal's metadata table names the document (``文件名称 | …政府工作报告``).
# A page's date field with its value on the next line (``Publication date:`` / ``15 July 2022``).
_DATE_LABEL = re.compile(
    r"(?i:publication date|date published|date range|release date|last updated|published|"
    r"updated|date|发布日期|发布时间|更新时间)\s*[:：]"
)
# A page's field label whose value is on the next line (``Category:`` / ``Documents``).
_LABEL_ALONE = re.compile(r"\s*(?i:category|categories|tags?|file type|分类|类别|标签)\s*[:：]\s*")
LABEL_VALUE_MAX = 40
LABEL_VALUE_WORDS = 2  # ``Documents``, ``Annual reports``: a title has more
_DATE_RANGE = re.compile(r"(?:[A-Z][a-z]+\s+)?\d{4}\s*[-–—]\s*(?:[A-Z][a-z]+\s+)?\d{4}")


def _date_value(text: str) -> bool:
    """Whether ``text`` is a date or a range of dates alone (a field's value)."""
    return is_date_line(text) or bool(_DATE_RANGE.fullmatch(text.strip()))


_FILE_TITLE = re.compile(
    r"(?P<stem>.{2,60}?(?:报告|報告|规划|規劃|讲话|講話|公报|公報|Report|REPORT|Address|Budget))"
    r"(?P<extension>\.(?:pdf|docx?|wps|txt))\s*",
    re.IGNORECASE,
)
_CELL_BARS = re.compile(r"[|｜]")
_SENTENCE_MARKS = re.compile(r"[，。、；,;]")


def _content_table(texts: list[str | None]) -> set[int]:
    """The rows of the text's own tables: two or more lines in a row with the same number of
    bars (two at least), some cell of them holding a sentence's marks (``农业 | 指种植、养殖…
    | 包括…``), which no portal's record or menu does."""
    found: set[int] = set()
    run: list[int] = []
    width = 0  # the bars of the run's rows
    for i, text in enumerate([*texts, None]):
        bars = len(_CELL_BARS.findall(text)) if text else 0
        if bars >= 2 and (not run or bars == width):
            run.append(i)
            width = bars
            continue
        if len(run) >= 2 and any(_SENTENCE_MARKS.search(texts[j] or "") for j in run):
            found.update(run)
        run, width = ([i], bars) if bars >= 2 else ([], 0)
    return found


# An encyclopedia's box of facts about its article (``基本介紹`` / ``• 中文名：…`` /
# ``• 時間：2011年``).
_INFOBOX_HEADING = re.compile(r"\s*基本(?:介紹|介绍|信息|資料|资料|資訊)\s*")
_INFOBOX_FIELD = re.compile(r"\s*[•·▪]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S.{0,60}")
INFOBOX_FIELDS_MIN = 2
INFOBOX_TOP = 40  # blocks: an encyclopedia sets its box at the top of the article


def _infobox(texts: list[str | None]) -> set[int]:
    """The lines of an encyclopedia's box of facts: its heading and the short fields under it
    (two at least)."""
    found: set[int] = set()
    for i, text in enumerate(texts[:INFOBOX_TOP]):
        if not text or not _INFOBOX_HEADING.fullmatch(text):
            continue
        end = i + 1
        while (
            end < len(texts)
            and _INFOBOX_FIELD.fullmatch(field := texts[end] or "")
            and not ends_sentence(field)  # a fact, not a sentence of the text's (``…万人。``)
        ):
            end += 1
        if end - i - 1 >= INFOBOX_FIELDS_MIN:
            found.update(range(i, end))
    return found


_BACK_TO_TOP = re.compile(r"(?P<heading>.{3,80}?[a-z)])Top\s*")  # glued: ``GlossaryTop``
# A press release's contact for the media, its label and the lines under it: a name, an office,
# an address, a telephone (``MEDIA CONTACT:`` / ``Paula Freund`` / ``Press Secretary`` / …).
_CONTACT_LABEL = re.compile(r"\s*(?i:media|press)\s+(?i:contacts?|enquiries|inquiries)\s*:?\s*")
_CONTACT_DETAIL = re.compile(
    r".*(?:[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s*\d{3}[-\s]\d{4}|\+\d{1,3}[\d ()-]{8,}\d).*"
)
CONTACT_LINES_MAX = 5


def _press_contact(texts: list[str | None]) -> set[int]:
    """The lines of a press release's contact: its label and the short lines under it, up to
    the last one that gives an address or a telephone."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if not text or not _CONTACT_LABEL.fullmatch(text):
            continue
        lines = [
            j
            for j in range(i + 1, min(i + 1 + CONTACT_LINES_MAX, len(texts)))
            if texts[j] and len(texts[j] or "") <= CONTACT_LINE_MAX
        ]
        details = [j for j in lines if _CONTACT_DETAIL.fullmatch(texts[j] or "")]
        if (
            details
            and lines[: lines.index(details[-1]) + 1] == list(range(i + 1, details[-1] + 1))
            # a name, an office, an address: no sentence, as a section under the label would be
            and not any(ends_sentence(texts[j] or "") for j in range(i + 1, details[-1]))
        ):
            found.update(range(i, details[-1] + 1))
    return found


CONTACT_LINE_MAX = 200
JUMP_LINKS_MIN = 3
_LINK_BAR = re.compile(r"\s[|｜]\s")


def _jump_links(text: str, lines: set[str]) -> bool:
    """Whether ``text`` is a row of links to the page's own parts (``Preface | Authoritative
    Bodies | Acronyms``): three or more short items parted by bars, one of them a line of the
    page on its own, its heading."""
    if not link_row(text) or any(c.isdigit() for c in text):  # a table's header over figures
        return False
    tokens = [t.strip() for t in _LINK_BAR.split(text)]
    return len(tokens) >= JUMP_LINKS_MIN and any(t in lines for t in tokens)


_PAGE_MARKER = re.compile(r"\s*\((\d{1,4})\)\s*")
PAGE_MARKERS_MIN = 3


def _page_markers(texts: list[str | None]) -> set[int]:
    """The lines that number a viewer's pages, ``(1)``, ``(2)`` …, alone on their lines: three
    or more, rising."""
    found = [(i, int(m[1])) for i, t in enumerate(texts) if t and (m := _PAGE_MARKER.fullmatch(t))]
    numbers = [n for _, n in found]
    if len(found) < PAGE_MARKERS_MIN or numbers != sorted(set(numbers)):
        return set()
    return {i for i, _ in found}


def _placed_furniture(
    text: str,
    from_body: int,
    after_furniture: bool,
    before_furniture: bool,
    above: str | None,
    below: str | None = None,
) -> str:
    """Why ``text`` is furniture by where it stands, though it could be the text's own anywhere
    else: ``from_body`` is its distance from the first long line (negative above it), ``above``
    and ``below`` the lines over and under it. Empty when it is not."""
    if from_body >= 0 and (after_furniture or before_furniture) and is_site_name(text):
        return "the paper's name on a page"
    if from_body <= 1 and _PAGE_FIELD.fullmatch(text):  # above the text, or under its title
        return "a field of the page's head"
    if after_furniture and _DATE_LABEL.fullmatch(above or "") and _date_value(text):
        return "the value of a page's field"
    if (
        after_furniture
        and _LABEL_ALONE.fullmatch(above or "")
        and len(text) <= LABEL_VALUE_MAX
        and len(text.split()) <= LABEL_VALUE_WORDS
        and not ends_sentence(text)
    ):
        return "the value of a page's field"  # ``Category:`` / ``Documents``
    if from_body < 0 and _TEMPERATURE.fullmatch(above or "") and _PLACE.fullmatch(text):
        return "the place of the page's weather"
    if from_body < 0 and _WEEKDAY_DATE.fullmatch(text):
        return "the day's date in the page's head"
    if from_body < 0 and after_furniture and _RECORD_FIELD.fullmatch(text):
        return "a field of the page's record of the document"
    if from_body < 0 and after_furniture and nav_word(text.strip()):
        return "the last step of the page's breadcrumb, on a line of its own"
    if (
        from_body < -1
        and after_furniture
        and _crumb_steps(above or "")[-1:] == [text.strip()]
        and bool(_COLUMN_LABEL.fullmatch(text.strip()))
        and _heads_story(below or "")
    ):
        # ``当前位置:首页->中交新闻->公司要闻`` / ``公司要闻`` / the story's title: the column's
        # label, not the title (which a breadcrumb's last step often is)
        return "the last step of the page's breadcrumb, said again over the story's title"
    if (
        from_body < -1
        and (above is None or after_furniture)
        and _PAGE_KIND.fullmatch(text.strip())
        and _heads_story(below or "")
    ):
        # ``Guidance`` / ``Fire statistics definitions``: a publisher's kind of page over its title
        return "the kind of page over its title"
    if from_body < 0 and _APP_LINE.fullmatch(unbulleted(text.strip())):
        # ``今日高邮APP`` / ``今日高邮公众号`` / ``数字报`` over the page
        return "the site's apps and accounts in its head"
    if from_body < -1 and above is None and before_furniture and _PLACE_NAME.fullmatch(text):
        # ``新疆伊宁县`` over ``登录| 注册``: the site's name, a place's
        return "the site's name over its bar"
    if from_body < -1 and before_furniture and text.strip() in _crumb_steps(below or "")[1:-1]:
        # ``14th Five-Year Plan`` / ``Home /Planning in China /14th Five-Year Plan /…``
        return "the section's label over the page's breadcrumb"
    return ""


# a news site's app or account, named alone (``今日高邮APP``, ``视听高邮公众号``, ``头条号``)
_APP_LINE = re.compile(
    r"[^\s。，,；;：:、（）()“”]{2,12}(?:APP|App|客户端|公众号|视频号|头条号|抖音号)"
    r"|数字报|电子报|头条号|抖音号|视频号|手机版"
)
# a place's name alone (``新疆伊宁县``, ``青河市人民政府``): a portal's name at the top of its page
_PLACE_NAME = re.compile(
    r"\s*[\u4e00-\u9fff]{1,10}(?:省|市|县|区|旗|州|镇|乡|自治区|自治州|自治县|新区|开发区|高新区)"
    r"(?:人民政府|管委会)?\s*"
)
# the kinds of page a government's publishing site labels its pages with, over the title
_PAGE_KIND = re.compile(
    r"(?:Statutory )?[Gg]uidance|Research and analysis|Policy paper|Corporate report"
    r"|Independent report|(?:Accredited )?[Oo]fficial [Ss]tatistics|National [Ss]tatistics"
    r"|(?:Open |Closed )?[Cc]onsultation(?: outcome)?|Press release|News story|Transparency data"
    r"|Impact assessment|Case study|Correspondence"
)
_CRUMB_STEP = re.compile(r"\s*(?:-{0,2}>{1,2}|[»›→/])\s*")


# a news column's label, a few characters naming no kind of document (``公司要闻``, ``本局文件``)
_COLUMN_LABEL = re.compile(
    r"(?![^\n]*(?:报告|讲话|公报|纲要|规划|决议|通知|意见|方案))[\u4e00-\u9fff]{2,5}"
)


def _heads_story(line: str) -> bool:
    """Whether ``line`` reads as a story's title: short, no sentence, no occasion's dash."""
    line = line.strip()
    return (
        0 < len(line) <= LINK_TITLE_MAX
        and not ends_sentence(line)
        and not line.startswith(("—", "-", "－"))
        and not is_date_line(line)
        and not is_furniture(line)
        and not is_byline(line)
        and not opens_speech(line)
    )


def _crumb_steps(line: str) -> list[str]:
    """The steps of the breadcrumb ``line`` (none when it has no step after another)."""
    steps = [s.strip() for s in _CRUMB_STEP.split(line) if s.strip()]
    return steps if len(steps) > 1 else []


# An archive's record of the document it shows, each field's label and value with no colon
# (``Publisher Council of Governors (CoG)`` / ``Year of Publication 2018`` / ``County Kisii``).
_RECORD_FIELD = re.compile(
    r"(?:County|Country|Region|State|Province|Sector|Theme|Category|Document Type|Language)"
    r"\s+[A-Z][\w&'’\- ]{1,40}"
)


# A news site's weather and date over the page (``8.4 C`` / ``New York`` / ``Tuesday, …``).
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:\.\d)?\s*°?\s*[CF]")
_PLACE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
_WEEKDAY_DATE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+.{3,30}\d{4}"
)


_TITLE_FIELD = re.compile(
    r"[【\[]?\s*(?:标题|文件名称|名称)\s*[:：|｜]\s*([^|｜]{4,60}?)[\s|｜]*"
    r"|(?-i:Title):\s+([^|｜]{4,600}?)\s*"
)
_PUBLISHED = re.compile(r"[（(【\[]?\s*(?:发布时间|发布日期|更新时间|Published|Date)\s*[:：]", re.I)
FURNITURE_MAX = 80
BODY_LINE = 60  # the first line this long starts the body; above it is the front matter
LINK_TITLE_MAX = 40


def opens_link_list(text: str) -> bool:
    """Whether the line ``text`` heads a list of links to other pages (``相关报道：``)."""
    return bool(_RELATED.fullmatch(text))


# A site's cookie notice: it speaks of cookies and of the site or its visitor's choice.
_COOKIES = re.compile(
    r"(?=.*\bcookies?\b)(?=.*\b(?:website|site|browsing|experience|consent|preferences|accept)\b)"
    r".{0,400}",
    re.IGNORECASE,
)


# Footer lines however long: rights and registrations, a document site's disclaimer, the
# sponsor and the browser hint.
_BREADCRUMB = r"(?:Home|首页|首頁)\s*[>»›](?:[^>»›]{1,60}[>»›]){1,8}[^>»›]{1,60}"
_BREADCRUMB_LINE = re.compile(_BREADCRUMB)
_LONG_FURNITURE = re.compile(
    r"\s*(?:©|\(c\)\s*\d{4}|Copyright|版权所有).{0,200}"
    # a document viewer's label of each page it shows, with the site's snippet
    r"|(?-i:(?:Page \d{1,4}:|Transcript of)\s.{1,200}?(?:\.\.\.|…|\s·\s).{0,240})"
    r"|.{1,200}?\s(?:\.\.\.|…)\s·\s.{0,240}"  # its title cut short, the page's snippet after
    r"|(?-i:.{1,120}?\sWeb ?view\s?.{1,300}?(?:\.\.\.|…).{0,200})"  # ``… Web viewInquiry into …
    # a portal's record of a document, three fields or more on one line, however long
    rf"|(?:\s*(?:{_FIELDS})\s*[:：][^:：]{{0,60}}?(?=\s|$)){{3,}}\s*"
    r"|(?:本文档|本文|文档)由.{0,20}(?:上传|提供|分享).{0,160}"  # a document site's disclaimer
    r"|.{0,60}由(?:会员|用户|网友)(?:上传)?分享.{0,160}"
    r"|(?-i:\[\s*Skip to .{1,200}\])"  # an accessibility bar in brackets
    r"|(?-i:#?\s*[A-Z](?:\s+[A-Z]){10,25})"  # a letter bar without separators
    # a government site's banner on how to know it is official (``An official website of the
    # United States government`` / ``Here's how you know`` / ``The .gov means it's official.`` …)
    r"|(?-i:An official website of (?:the )?[A-Z].{2,60}|Here[’']s how you know|U\.S\. flag"
    r"|Official websites use \.gov|Secure \.gov websites use HTTPS|Dot gov|The site is secure\."
    r"|The \.gov means it[’']s official\.|Federal government websites often end in \.gov.{0,160}"
    r"|The https:// ensures that you are connecting to the official website.{0,160}"
    r"|A lock \(.{0,40}\) or https:// means you[’']ve safely connected.{0,160})"
    # a page's buttons to share it, each naming the page (``Share Glossary on Facebook Share …``)
    r"|(?-i:(?:Share (?:(?!Share ).){1,60}? on (?:Facebook|Twitter|X|LinkedIn|Linkedin|WhatsApp"
    r"|Reddit)\s*){2,}(?:Email (?:(?!Share ).){1,60}? link)?)"
    # a page's help on the browser it needs: scripts, printing, the font's size
    # (to the reader: ``your browser does not support JavaScript``, ``您的浏览器不支持…``)
    r"|.{0,40}\byour (?:web )?browser (?:does not|doesn't|cannot|can't) support\s+JavaScript"
    r".{0,160}"
    r"|.{0,40}(?:please|Please) enable JavaScript(?: in your browser)?.{0,120}"
    r"|.{0,10}(?:您的|你的)浏览器(?:不支持|未启用|禁用了).{0,120}"
    r"|(?-i:(?:Friendly Print|Font Setting|Font Size|Text Size)\s*:)"
    r"|.{0,60}\b(?:press|Press)\s+(?:Ctrl|CTRL|ALT|Alt)\s*\+.{0,160}"
    r"(?:adjust the font size|switch on the print function).{0,10}"
    # ... and its instructions (``Click one of the letters above to advance the page …``)
    r"|(?-i:(?:Click|Select|Choose|Tap) (?:on )?(?:one of )?(?:the |a )?letters? .{0,120})"
    r"|(?-i:Download (?:&|and) View .{1,160} as PDF for free\.?"
    r"|.{1,160}\bPowered [Bb]y (?:Docstoc|Scribd|Issuu|Yumpu|Calameo)"
    r"|This document was uploaded by (?:a )?user.{0,300}|.{0,300}\bReport DMCA"
    r"|This document is posted to help you gain knowledge.{0,200})"
    r"|(?:Sponsored|Hosted|Operated|Maintained) by .{3,80}?\.(?:\s+(?:Sponsored|Hosted|Operated"
    r"|Maintained|Run|Supported) by .{3,80}?\.?)*"
    r"|Best viewed (?:with|in|at|using) .{3,100}"
    r"|.{2,60}?[…．.·]{4,}\s*\d{1,3}"  # a contents line whatever its leader's length
    r"|.{0,200}(?:分级处理办法|分级推广基金会).{0,200}"  # a news site's rating notice
    r"|.{0,60}(?:do not have PDF support|does not support (?:inline |embedded )?PDFs?"
    r"|PDF plug-?in).{0,160}"
    r"|YUMPU automatically turns .{0,120}|You also want an ePaper\?.{0,80}"
    r"|(?-i:Version status:.{1,200})"  # a legal site's record of the version shown
    r"|(?i:(?:original|archived|source) url)\s*[:：]\s*\S{1,300}"  # an archive's record
    r"|(?-i:[A-Z](?:\s*[-–|•·]\s*[A-Z]){4,25}\s*[|]?\s*)"  # a letter bar, however long
    # a page's print and mail links, each said twice (its icon's text and its own)
    r"|(?-i:(?:(?:Printer-friendly version|Send by email|PDF version)\s*){2,8})"
    # a breadcrumb however long (``Home > Consultations > … > Annex D``)
    rf"|{_BREADCRUMB}"
    # a search result's title and path (``2005/06 ANNUAL … - BC Budget › Annual_Reports › …``)
    r"|.{1,120}?(?:\s›\s[^›\s]{1,40}){2,}.{0,60}"
    r"|(?-i:(?:Home)?My WebLink(?:About)?).{0,200}"  # a document archive's breadcrumb
    # a site's menu of five or more links parted by spaced bars (``Contact Us  |  About us …``)
    r"|(?:[A-Za-z][\w&'’/ ]{0,30}?\s+\|\s+){4,12}[A-Za-z][\w&'’/ ]{0,30}"
    # ... or in Chinese, parted by bars (``安徽|北京|重庆|…|浙江``)
    r"|(?:[\u4e00-\u9fff·]{2,8}\s*[|｜]\s*){5,60}[\u4e00-\u9fff·]{2,8}\s*[|｜]?"
    # a council's record of an agenda item above its memo (Legistar): its fields, its title
    r"|(?-i:(?=(?:.*\b(?:File #|Version|Type|Status|File created|In control|On agenda"
    r"|Final action|Enactment date|Enactment #|Name)\s*:){2}).{0,200}"
    r"|(?:Sponsors|Attachments|Indexes|Code sections)\s*:.{0,600}|Title:\s.{4,600})"
    # an archive's banner over the page it keeps
    r"|This (?:web ?site|web page|page) (?:was|has been) (?:copied|archived|captured).{0,240}"
    # a copy site's word about the text it serves (``下面是小编为大家整理的…，供大家参考。``)
    # a document-sharing site's notices (``1、下载文档前请自行甄别…``) and a paper's masthead
    r"|.{0,20}(?:下载文档前|侵犯您的权益|平台不提供|请联系客服|仅提供信息存储|国内统一刊号).{0,120}"
    # and its terms of sale (``网站文档一经付费…``, ``该文档为VIP文档…``, ``版权申诉``)
    r"|.{0,40}(?:一经付费|本站所有内容|本站不对|本站不保证|版权申诉|VIP文档|成为VIP|下载权益|不支持退款)"
    r".{0,300}"
    r"|.{0,80}(?:小编|不代表本站观点|网友上传|供大家参考|欢迎参考|仅供参考|欢迎下载|本站整理"
    r"|供你借鉴|供您借鉴|供大家借鉴|供你借鑒|供您借鑒|供大家借鑒|整理的[十百\d]{1,3}篇范文"
    r"|小編|不代表本站觀點|網友上傳|供大家參考|歡迎參考|僅供參考|歡迎下載).{0,80}"
)
# Answers that a page's toolbar or poll sets one per line after it (``Share`` / ``X``,
# ``Was this page helpful?`` / ``Yes`` / ``No``); alone they could be anything.
_TOOLBAR_TAIL = frozenset(["X", "Yes", "No"])


_ITEM = re.compile(r"\s*\d{1,2}[.)]\s+")


@lru_cache(maxsize=CACHED_LINES)
def is_furniture(text: str) -> bool:
    """Whether the line ``text`` is a web page's or a newspaper's furniture, not the document's
    (in traditional script too: ``發布時間：…``)."""
    if _furniture(text):
        return True
    alt = simplified(text)
    return alt != text and _furniture(alt)


# a template site's editor's blurb over what it collected (``…下面是小编收集整理的…欢迎阅读参考!!``)
_EDITOR_BLURB = re.compile(
    r"(?:(?:下面|以下|本文)是小编.{0,20}(?:整理|收集|精心)"
    # ... or the site's users' (``以下是网友为您整理分享的“…”相关范文，供您参考！``)
    r"|(?:下面|以下)是(?:网友|本站|编辑).{0,12}?整理)"
    # ... closing the line: a blurb before the text is the text's first words too
    r".{0,80}(?:参考|阅读|帮助|分享)[^。！!]{0,6}[。！!]*\s*$"
)
BLURB_MAX = 500


def _furniture(text: str) -> bool:
    if ("ookie" in text and _COOKIES.fullmatch(text)) or _LONG_FURNITURE.fullmatch(text):
        return True  # however long
    if "整理" in text and len(text) <= BLURB_MAX and _EDITOR_BLURB.search(text):
        return True
    if len(text) > FURNITURE_MAX:
        return False
    if _BUTTON_LINE.fullmatch(text) or _FURNITURE.fullmatch(text):
        return True
    # a field the page set as a list's item (``• 格式：doc``, ``1. 当前位置：``, ``- 37.5 KB |``)
    bare = text.lstrip("•·▪◦●■ \t")
    if bare == text and (item := _ITEM.match(text)) and any(is_cjk(c) for c in text):
        bare = text[item.end() :]
    if bare == text and text.startswith("- "):
        bare = text[2:].rstrip(" |｜")
    if bare != text and bare and _FURNITURE.fullmatch(bare):
        return True
    buttons = _BUTTON_LINE.match(text)  # a toolbar run into a field: 【我要纠错】 责任编辑：…
    if buttons and _FURNITURE.fullmatch(text[buttons.end() :]):
        return True
    return sum(w in text for w in _SHARE_WORDS) >= 2 and not ends_sentence(text)


# A photo's caption ends with its photographer: ``……开幕。新华社记者 王建华 摄``, ``刘晓峰 摄``.
_NAME = r"[\u4e00-\u9fff]{2,4}"
_CAPTION = re.compile(
    rf".{{0,150}}?(?:(?:记者|通讯员|摄影)\s*{_NAME}(?:[、\s]+{_NAME})*\s*摄"
    rf"|\s{_NAME}(?:[、\s]+{_NAME})*\s+摄|{_NAME}\s*/\s*摄|图\s*/\s*{_NAME})\s*[)）]?"
    # ``… opening meeting, Jan 20, 2024. [Photo by Wang Jun/Tanhe Daily]``
    r"|.{0,260}?[\[(](?:Photo|Photograph|Image|Picture)(?:\s+by|:)\s[^\])]{2,60}[\])]"
    # ``… after the Budget announcement on Friday. Photo: Ronald Kumar``
    r"|.{10,260}?[.\s](?:Photo|Photograph|Picture|Image)\s*:\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
    # ``President X with Senate President Y (screenshot from the livestream)``
    r"|[^.!?]{10,200}\((?:[Ss]creenshot|[Ss]creen grab|[Vv]ideo grab|[Ff]ile photo|[Pp]hoto)"
    r"\b[^()]{0,80}\)"
    r"|[▲△]\s*[^。！？]{1,120}|.{1,120}[（(](?:资料图|资料图片|图片来源[^)）]{0,20})[)）]"
)
CAPTION_MAX = 300
CAPTION_TEXT_MAX = 120
# one of them is in each
_CAPTION_MARKS = ("摄", "图", "hoto", "Image", "Picture", "▲", "△", "creen", "grab")
# A photo's credit alone on its line (``本报记者　蒋一帆　摄``).
_CREDIT = re.compile(
    rf"\s*(?:[\u4e00-\u9fff]{{0,6}}(?:记者|通讯员|摄影))?\s*{_NAME}(?:[、\s]+{_NAME})*\s*摄\s*"
)


def is_caption(text: str) -> bool:
    """Whether the line ``text`` is a photo's caption (``……开幕。新华社记者 王建华 摄``)."""
    return (
        len(text) <= CAPTION_MAX
        and any(mark in text for mark in _CAPTION_MARKS)
        and bool(_CAPTION.fullmatch(text))
    )


def _link_number(ctx: PassContext, line: int, marker: str) -> None:
    ctx.record(NAME, "remove-link-number", line, marker, "")


CREDIT_TOP = 8  # blocks at the top a news story's credit may stand in as its byline


def _above_breadcrumb(texts: list[str | None]) -> set[int]:
    """The links above a breadcrumb near the top, the site's menu set a link a line as a list
    (``- Advice for Consumers`` … ``- About Ofcom`` / ``Home > Consultations > …``)."""
    crumb = next(
        (
            i
            for i, t in enumerate(texts[:BREADCRUMB_TOP])
            if t and _BREADCRUMB_LINE.fullmatch(t.strip())
        ),
        None,
    )
    if crumb is None:
        return set()
    links = [
        i
        for i in range(crumb)
        if (t := texts[i])
        and _LINK_ITEM.match(t)
        and len(t) <= LINK_TITLE_MAX
        and not ends_sentence(t)
    ]
    return set(links) if len(links) >= NAV_ABOVE_MIN else set()


_LINK_ITEM = re.compile(r"\s*[-–•·*]\s+\S")  # a menu's item, set as a list's
RUN_TOGETHER_ITEMS = 2
RUN_TOGETHER_TOP = 40


# an e-paper's label under its page's list of stories (``版面导航``), its page's label over it
# (``第01版:头版新闻``)
_PAGE_INDEX = re.compile(r"\s*(?:版面导航|版面目录|本版导航|本版目录)\s*")
_PAGE_LABEL = re.compile(r"\s*第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?.{0,20}")
PAGE_INDEX_MAX = 20


def _page_index(texts: list[str | None]) -> set[int]:
    """In a page's head, an e-paper's list of the page's stories: the short lines without a
    sentence between its page's label (``第01版:头版新闻``) and ``版面导航`` under them."""
    end = next((i for i, t in enumerate(texts) if t and _PAGE_INDEX.fullmatch(t)), None)
    if end is None:
        return set()
    start = next(
        (
            i
            for i in range(end - 1, max(-1, end - PAGE_INDEX_MAX - 1), -1)
            if (t := texts[i]) and _PAGE_LABEL.fullmatch(t)
        ),
        None,
    )
    if start is None:
        return set()
    lines = [i for i in range(start + 1, end) if texts[i]]
    if any(len(t) > LINK_TITLE_MAX or ends_sentence(t) for i in lines if (t := texts[i])):
        return set()
    return {start, *lines, end}


def _run_together_links(texts: list[str | None]) -> set[int]:
    """In a page's head (``texts``, the lines above its first sentence), the lines that are its
    list of links run together, each link also an item of the list further on (an e-paper's
    strip of the page's stories over ``· 政府工作报告`` …)."""
    items = sorted(
        {
            item
            for t in texts
            if t and _LINK_ITEM.match(t) and len(item := unbulleted(t.strip())) >= 4
        },
        key=len,
        reverse=True,
    )
    if len(items) < RUN_TOGETHER_ITEMS:
        return set()
    found = set()
    for i, text in enumerate(texts[:RUN_TOGETHER_TOP]):  # a page's head
        if not text or _LINK_ITEM.match(text):
            continue
        if len(text) < 2 * len(items[-1]):
            continue
        pos = count = 0
        while pos < len(text):
            nxt = next((item for item in items if text.startswith(item, pos)), None)
            if nxt is None:
                break
            pos, count = pos + len(nxt), count + 1
        if pos == len(text) and count >= RUN_TOGETHER_ITEMS:
            found.add(i)
    return found


BREADCRUMB_TOP = 20
NAV_ABOVE_MIN = 3


_PAGE_SNIPPET = re.compile(r"Page \d{1,4}:\s+(?P<snippet>.{20,300})")


def _run(doc: Document, ctx: PassContext) -> Document:
    out: list[Block] = []
    in_related = False
    date, title = doc.meta.date, doc.meta.title
    texts = [plain(b.content) if isinstance(b, Paragraph) else None for b in doc.blocks]
    links, last_link = link_list(texts)
    if last_link:
        texts = [strip_link_numbers(t, last_link, lambda _m: None) if t else t for t in texts]
    menu_lines = menus(texts) | _above_breadcrumb(texts)
    markers = _page_markers(texts)
    table = _content_table(texts)
    abstract = abstract_box(texts)
    toc = contents(texts)
    # the boxes a page sets around the text: a press release's contact, an encyclopedia's facts
    boxes = dict.fromkeys(_press_contact(texts), "a press release's contact")
    boxes |= dict.fromkeys(_infobox(texts), "an encyclopedia's infobox")
    lines = {t.strip() for t in texts if t}
    jumps = {
        i
        for i, t in enumerate(texts)
        if t
        and _jump_links(t, lines)
        # a table's header row: the row under it has bars too (``12 | 30 | 41``)
        and not (i + 1 < len(texts) and _CELL_BARS.search(texts[i + 1] or ""))
    }
    # a page's head recurs beside its page number, or between furniture that is the same on
    # every page: it is told by the text around that
    # a viewer's snippet of the file (``Page 1: This page has been left blank…``), also shown
    # without its page's label
    snippets = {m["snippet"] for t in texts if t and (m := _PAGE_SNIPPET.fullmatch(t))}
    furniture = [bool(t) and (is_furniture(t or "") or t in snippets) for t in texts]
    running = running_lines([t or "" for t in texts]) | running_lines(
        ["" if gone else t or "" for t, gone in zip(texts, furniture, strict=True)]
    )
    body = next(
        (i for i, t in enumerate(texts) if t and len(t) > BODY_LINE and not furniture[i]),
        len(texts),
    )
    # the page's head ends at its first sentence (an e-paper's strip of stories is long, but no
    # sentence)
    prose = next(
        (i for i, t in enumerate(texts) if t and len(t) > BODY_LINE and ends_sentence(t)),
        len(texts),
    )
    menu_lines |= _run_together_links(texts[:prose]) | _page_index(texts[:prose])
    kept: set[str] = set()
    toolbar = False  # the block before was furniture
    for i, block in enumerate(doc.blocks):
        after_furniture, toolbar = toolbar, False
        if not isinstance(block, Paragraph):
            out.append(block)
            in_related = False
            continue
        text = plain(block.content)
        line = block.provenance.first_line
        if i in links:
            ctx.record(NAME, "remove-link-list", line, text, "", note="a web page's list of links")
            continue
        if last_link:
            stripped = strip_link_numbers(text, last_link, partial(_link_number, ctx, line))
            if stripped != text:
                text = stripped
                block = replace(block, content=(Text(text),))
                if not text.strip():
                    continue
        if i in table:
            out.append(block)  # a table's row is the text's, whatever its cells look like
            continue
        if not out and (named := _FILE_TITLE.fullmatch(text)):
            # a document site names the page by the file (``…政府工作报告.doc``): its title
            ctx.record(NAME, "remove-file-extension", line, named["extension"], "")
            out.append(replace(block, content=(Text(named["stem"]),)))
            continue
        if i in toc:
            ctx.record(NAME, "remove-contents", line, text, "", note=toc[i])
            continue
        if why := boxes.get(i):
            ctx.record(NAME, "remove-furniture", line, text, "", note=why)
            continue
        if i in markers:
            ctx.record(NAME, "remove-page-number", line, text, "", note="a viewer's page marker")
            continue
        if text in snippets:
            ctx.record(NAME, "remove-furniture", line, text, "", note="a viewer's snippet")
            continue
        if i in menu_lines:
            ctx.record(NAME, "remove-navigation", line, text, "")
            continue
        if i in jumps:
            ctx.record(NAME, "remove-navigation", line, text, "", note="links to the page's parts")
            continue
        if (
            running
            and len(text) <= RUNNING_MAX
            and (k := running_key(text)) in running
            and not is_furniture(text)
        ):
            if i < body and k not in kept:
                kept.add(k)  # the title above the body, which the pages repeat as their head
            else:
                ctx.record(NAME, "remove-running-head", line, text, "", note="at page breaks")
                continue
        if i >= body and len(text) <= RUNNING_MAX and near_running(text, running):
            ctx.record(NAME, "remove-running-head", line, text, "", note="at a page break, misread")
            continue
        if i in abstract:
            ctx.record(
                NAME,
                "remove-abstract",
                line,
                text,
                "",
                note="the page's abstract box; the full text has it",
            )
            continue
        if in_related:
            limit = LINK_TITLE_MAX if not text.isascii() else 2 * LINK_TITLE_MAX
            # a title over its occasion ends the list (an e-paper's ``· 政府工作报告`` … /
            # ``政府工作报告`` / ``——2024年1月30日在…会议上``)
            below = texts[i + 1] if i + 1 < len(texts) else None
            if len(text) <= limit and not ends_sentence(text) and not opens_speech(below or ""):
                ctx.record(NAME, "remove-related-link", line, text, "")
                continue
            in_related = False
        related = _RELATED.match(text)
        if related and related.end() < len(text) and link_row(text[related.end() :]):
            ctx.record(NAME, "remove-link-list", line, text, "", note="a row of related links")
            continue
        if opens_link_list(text):
            ctx.record(NAME, "remove-related-links-heading", line, text, "")
            in_related = True
            continue
        if (
            not out
            and not doc.meta.title
            and i < body
            and (cut := fields_after_title(text))
            and not is_furniture(text[:cut])  # a field before them (``文章来源：…``) is no title
        ):
            # the title with the page's fields run on after it (``…政府工作报告 发布时间：
            # 2024-02-07 来源：…``): the fields go, the title stays
            ctx.record(NAME, "remove-page-fields", line, text[cut:].strip(), "")
            out.append(replace(block, content=(Text(text[:cut].rstrip()),)))
            continue
        if not doc.meta.title and i < min(body, CREDIT_TOP) and reporter_credit(text):
            out.append(block)  # a news story's credit at its top: the title pass may take it
            continue
        before_furniture = i + 1 < len(furniture) and furniture[i + 1]
        above = texts[i - 1] if i else None
        below = texts[i + 1] if i + 1 < len(texts) else None
        if why := _placed_furniture(
            text, i - body, after_furniture, before_furniture, above, below
        ):
            toolbar = True
            ctx.record(NAME, "remove-furniture", line, text, "", note=why)
            continue
        if (furniture[i] if text == texts[i] else is_furniture(text)) or (
            after_furniture and text.strip() in _TOOLBAR_TAIL
        ):
            toolbar = True
            ctx.record(NAME, "remove-furniture", line, text, "")
            if not date and _PUBLISHED.match(text):
                date = find_date(text)
            if not title and (named := _TITLE_FIELD.fullmatch(text)):
                title = (named[1] or named[2]).strip()
            continue
        if is_caption(text):
            ctx.record(NAME, "remove-photo-caption", line, text, "")
            before = out[-1] if out else None
            if (
                _CREDIT.fullmatch(text)
                and isinstance(before, Paragraph)
                and before.provenance.last_line == line - 1
                and len(plain(before.content)) <= CAPTION_TEXT_MAX
            ):
                # a credit on its own line: the line above it is the photo's caption
                ctx.record(
                    NAME,
                    "remove-photo-caption",
                    line - 1,
                    plain(before.content),
                    "",
                    note="the caption of the photo credited on the next line",
                )
                out.pop()
            continue
        cleaned = text
        if (top := _BACK_TO_TOP.fullmatch(text)) and glossary_title(top["heading"]):
            # a back-to-top link run into the glossary's heading (``Senedd GlossaryTop``)
            ctx.record(NAME, "remove-furniture", line, "Top", "", note="a back-to-top link")
            cleaned = top["heading"]
        elif (beside := page_beside(text)) and glossary_title(beside["heading"]):
            # a PDF's page number set beside the glossary's heading (``2 | Glossary of …``)
            ctx.record(NAME, "remove-page-number", line, beside["page"].strip(), "")
            cleaned = beside["heading"]
        if label := _SITE_LABEL.match(text):
            ctx.record(NAME, "remove-site-label", line, label.group().strip(), "")
            cleaned = cleaned[label.end() :]
        for m in _MARKER.finditer(text):
            ctx.record(NAME, "remove-continuation-marker", line, m.group(), "")
            cleaned = cleaned.replace(m.group(), "", 1)
        for m in _WATERMARK.finditer(text):
            ctx.record(NAME, "remove-watermark", line, m.group().strip(), "")
            cleaned = cleaned.replace(m.group(), "", 1)
        if blurb := _RUN_IN_BLURB.search(cleaned):
            ctx.record(NAME, "remove-site-label", line, blurb.group().strip(), "")
            cleaned = cleaned[: blurb.start()]
        if cleaned != text:
            if not cleaned.strip():
                continue
            block = replace(block, content=(Text(cleaned),))
        out.append(block)
    return replace(doc, blocks=tuple(out), meta=replace(doc.meta, date=date, title=title))


CHROME = DocumentPass(NAME, _run)
