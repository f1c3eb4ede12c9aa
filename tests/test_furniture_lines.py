"""Which single lines are a page's furniture (``chrome.is_furniture``): what portals, papers and
PDFs put around a report goes, and a line of the report's own prose, wrapped anywhere, stays."""

from __future__ import annotations

import pytest

from triptych.normalise.chrome import is_furniture

FURNITURE = [
    "县委| 县人大| 县政协",
    "欢迎访问株洲县政府门户网站!",
    "公开对象：",
    "索 引 号:104/2016-00001",
    "有效时间：",
    "所属主题：",
    "---|---|",
    "关灯",
    "24.02.2013 Views",
    "第C02版：平湖两会特别报道",
    "index/ Government Affairs Openness / Development Planning / article",
    "> 政务公开 > 信息公开目录 > 镇公开目录 > 青石镇 > 政府工作报告",
    "组配分类: 政府工作报告 文件编号:",
    "Today is 2021-5-3",
    "index/ Government Affairs / Plans / article",
    "03-02 10:11:12  浏览次数:88次  栏目:政府报告",
    "• 格式：doc",
    "• 文档页数：18",
    "/ 18",
    "1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。",
    "国内统一刊号：CN99-0001 某市日报社出版 热线：12345678",
    "上接03版",
    "字号：",
    "会员登录 免费注册 退出",
    "我知道了",
    "本篇文章1200字，读完约3分钟",
    "本版制图 王明",
    "编辑 李华",
    "川观新闻记者 王明 李华",
    "公开责任部门 | 公开形式: | 主动公开 | |",
    "下面是小编为大家整理的区政府工作报告，供大家参考。",
    "導語：本文來源于網友上傳，不代表本站觀點，歡迎參考。",
    "|",
    "<<",
    "You are here",
    "Jump to content",
    "Date: 2021-02-02",
    "Page 14 - 2020-21-BudgetInBrief",
    "P. 14",
    "来源：云溪日报",
    "时间：2017-02-13 08:30",
    "2024-03-12 18:30　来源：新华社",
    "西岭日报客户端　2021-02-01 07:45",
    "【字体：大 中 小】 打印 分享到：",
    "【我要纠错】　责任编辑：张明轩",
    "主办：云溪市人民政府办公室  承办：云溪市电子政务中心",
    "网站识别码 1100000063",
    "湘ICP备05004538号",
    "您现在的位置：首页 >> 政务公开 >> 政府工作报告",
    "人民网>>沧澜频道>>时政",
    "临江市人民政府网站 -- 政府信息公开 -- 政府工作报告",
    "第1页 第2页 第3页 下一页 尾页",
    "上一页 1 2 3 下一页",
    "共3页",
    "阅读原文",
    "原创 澧阳发布 澧阳发布",
    "标题：\t宁川市2024年政府工作报告",
    "宁川市2024年政府工作报告（全文）.pdf",
    "宁川发布政务微信二维码",
    "2023年02月08日  星期三",
    "Skip to main content",
    "Accept all cookies",
    "Share this page",
    "Last updated: 12 June 2024",
    "Source: Anhui Daily | Updated: 2024-02-04 10:27 | Font size: A+ A A-",
    "Continued on next page",
    "Glossary (continued)",
    "1 2 Next",
    "Page 12 of 40",
    "— 3 —",
    "下载文档",
    "VIP免费下载",
    "展开阅读全文",
    "本文档由用户上传，如有侵权请联系删除",
    "Menu",
    "Copy link",
    "Published 14 March 2024 · 12 minute read",
    "Get our latest research and stories from the field straight to your inbox.",
    "We use cookies to give you the best experience on our website. Some are essential, others "
    "help us understand how you use the site. You can accept all cookies or manage them.",
    "© 2024 WaterBridge International. Registered charity in England and Wales no. 1123456, "
    "company no. 6543210. Registered office: 1 High Street, London.",
    "Size: px",
    "Start display at page:",
    'Download "Millbrook County Travel Review - #204 Executive Summary"',
    "Transcription",
    "Upload: others",
    "Post on 03-Apr-2021",
    "0 views",
    "SHOW MORE",
    "YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.",
]

PROSE = [
    "全市地区生产总值增长4.5%，规模以上工业增加值增长5.1%。",
    "各位代表：",
    "（一）着力提升城市能级",
    "2.5",
    "12 15",
    "share of renewable energy rose to 12 per cent of",
    "organized by the Department of Water and the",
    "last updated in 2019 by the council, and the",
    "funding for the programme was continued",
    "search and rescue teams were trained in every",
    "Source: National Highway Traffic Safety Administration",
    "(c) Protect freshwater lenses through groundwater monitoring and the regulation of "
    "pumping and sanitation in every island State;",
    "下载量增长了一倍",
    "收入/支出 比例保持稳定",
    "The council and/or its committees met 12 times.",
    "• 加快建设现代化产业体系",
    "指标 | 2020年 | 2021年",
    "记者调查显示，全市经济持续向好",
    "编辑出版了一批图书",
    "Finance and Scrutiny Board",
    "ACB | Administered Capital Budget",
    "Transcription of the hearing is available on request.",
    "Show more of the figures in Table 4.",
    "Download speeds rose by a third in rural areas.",
    "The council baked 4,000 cookies for the fair and sold them at the market on Saturday "
    "to raise money for the new library roof and its reading room.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_pages_furniture_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", PROSE)
def test_a_reports_own_line_is_not(line: str) -> None:
    assert not is_furniture(line)
