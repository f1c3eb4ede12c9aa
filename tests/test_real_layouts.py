"""Layouts met on real pages that triptych had never seen, each as a small paraphrased case: the
front matter, headings, glossaries and paragraphs an editor expects of its import."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from triptych.diagnostics import Code
from triptych.model import Heading, Paragraph, TermRef, plain
from triptych.normalise import ImportOptions, normalise


@dataclass(frozen=True)
class Case:
    """A raw text and what its import must hold (fields left empty are not checked)."""

    name: str
    raw: str
    title: str = ""
    subtitle: str = ""
    byline: str = ""
    issuer: str = ""
    date: str = ""
    headings: tuple[tuple[int, str, str], ...] | None = None
    """Every heading, in order (None: not checked)."""
    entries: tuple[tuple[str, str], ...] = ()
    links: tuple[str, ...] = ()
    """Words in the body that must link to a glossary entry."""
    paragraphs: tuple[str, ...] = ()
    """Paragraphs that must be in the body as they are, neither split nor run together."""
    kept_twice: tuple[str, ...] = ()
    """Lines said more than once that must all stay (a form's values, not a page's head)."""
    gone: tuple[str, ...] = field(default=())
    """Text that must not be anywhere in the document."""


CASES = [
    Case(
        "meeting line without its dash, byline without a space",
        "政府工作报告\n2023年2月9日在青河县第十届人民代表大会第二次会议上\n青河县人民政府县长王明\n"
        "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n"
        "2022年，全县生产总值增长5%。",
        title="政府工作报告",
        subtitle="2023年2月9日在青河县第十届人民代表大会第二次会议上",
        byline="青河县人民政府县长王明",
        date="2023-02-09",
        headings=((1, "一、", "2022年工作回顾"),),
    ),
    Case(
        "a portal's metadata table names the report; the occasion wrapped without a dash",
        "文件名称 | 青河区2023年政府工作报告 | ||\n索引号 | /2023-0012 | 公开目录: | 工作报告 |\n"
        "2023年2月10日在青河区第五届\n人民代表大会第二次会议上\n青河区人民政府区长 李明\n"
        "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n"
        "2022年,全区生产总值增长4%。",
        title="青河区2023年政府工作报告",
        subtitle="2023年2月10日在青河区第五届人民代表大会第二次会议上",
        byline="青河区人民政府区长 李明",
        gone=("索引号",),
    ),
    Case(
        "traditional script: the county head's byline is kept",
        "政府工作報告\n——2016年3月2日在青河縣第九屆人民代表大會第五次會議上\n"
        "青河縣人民政府縣長 王明\n各位代表：\n現在，我代表縣人民政府向大會報告工作，請予審議。",
        title="政府工作報告",
        byline="青河縣人民政府縣長 王明",
        date="2016-03-02",
    ),
    Case(
        "a page that starts at the occasion: the speaker is the byline, not the title",
        "——2017年1月9日在青河市第八届人民代表大会第三次会议上\n市长 张明\n各位代表:\n"
        "现在,我代表市人民政府向大会报告工作,请予审议。",
        title="case",
        byline="市长 张明",
    ),
    Case(
        "a search bar above a title that ends in 汇报; 一、 before a numeral",
        "快捷搜索:论文 合同 演讲 心得\n\n区长在人代会上的工作汇报\n\n各位代表:\n\n"
        "现在,我代表区人民政府向大会作工作报告,请予审议。\n\n一、五年政府工作回顾\n\n"
        "五年来,各项任务全面完成。\n\n二、三大攻坚战取得新成效\n\n今后五年,我们将坚持稳中求进。",
        title="区长在人代会上的工作汇报",
        headings=((1, "一、", "五年政府工作回顾"), (1, "二、", "三大攻坚战取得新成效")),
        gone=("快捷搜索",),
    ),
    Case(
        "English: the occasion wrapped over a blank line, name and office on two lines",
        "Report on the Work of the Government [Full Text]\n\n"
        "Delivered at the Second Session of the Ninth Provincial People's Congress\n\n"
        " on January 14, 2011\n\nZhao Lin\n\nGovernor of the Province\n\nFellow Deputies,\n\n"
        "On behalf of the Provincial Government, I now report to you on the work of the "
        "government for your deliberation and approval.",
        title="Report on the Work of the Government",
        subtitle="Delivered at the Second Session of the Ninth Provincial People's Congress "
        "on January 14, 2011",
        byline="Zhao Lin, Governor of the Province",
        date="2011-01-14",
    ),
    Case(
        "English: a title in capitals above its occasion",
        "REPORT ON THE WORK OF THE CITY GOVERNMENT\n\nDelivered at the Third Session of the "
        "Ninth Linhai Municipal People's Congress on February 3, 2019\n\n"
        "Zhou Ming, Mayor of Linhai\n\nFellow Deputies,\n\nOn behalf of the Municipal People's "
        "Government, I now present my report.\n\nI. Review of Work in 2018\n\n"
        "The year 2018 was important for the city.",
        title="REPORT ON THE WORK OF THE CITY GOVERNMENT",
        byline="Zhou Ming, Mayor of Linhai",
        date="2019-02-03",
        headings=((1, "I.", "Review of Work in 2018"),),
    ),
    Case(
        "English: list items, a heading and a title page's lines are not run together",
        "Riverton Water Board Annual Report\n\nThe board sets these targets for next year:\n\n"
        "-- around 300 new service connections\n\n-- leakage below 9 percent\n\n"
        "The following pages give the full details.\n\nHow to get printed copies of this report"
        "\n\nPrinted copies can be ordered from the board's office.",
        paragraphs=(
            "-- around 300 new service connections",
            "-- leakage below 9 percent",
            "The following pages give the full details.",
            "Printed copies can be ordered from the board's office.",
        ),
    ),
    Case(
        "English: a sentence cut by a page break still runs on",
        "Annual Report 2023\n\nThe council approved the plan after a long review of the\n\n"
        "Page 3 of 9\n\nbudget and the reserves held by the city.",
        paragraphs=(
            "The council approved the plan after a long review of the budget and the reserves "
            "held by the city.",
        ),
    ),
    Case(
        "glossary: term and definition lines without a full stop",
        "Annual Report 2019-20\n\nGlossary\n\naccrual accounting: recording income and costs "
        "when they are earned or incurred\n\nagency: a department or statutory office that "
        "reports to a minister\n\nlevy: money collected from an industry and spent on its behalf",
        entries=(
            ("accrual accounting", "recording income and costs when they are earned or incurred"),
            ("agency", "a department or statutory office that reports to a minister"),
            ("levy", "money collected from an industry and spent on its behalf"),
        ),
    ),
    Case(
        "glossary: an abbreviation list, one a line",
        "Annual Report 2019-20\n\nAbbreviations and Acronyms\n\nAFP Australian Fisheries Panel\n"
        "NRO National Roads Office\nSLA Service Level Agreement\nTGA Transport Grants Authority",
        entries=(
            ("AFP", "Australian Fisheries Panel"),
            ("NRO", "National Roads Office"),
            ("SLA", "Service Level Agreement"),
            ("TGA", "Transport Grants Authority"),
        ),
    ),
    Case(
        "glossary: a term over its definition, blocks apart by blank lines",
        "青山市政府工作报告\n\n名词解释\n\n“雁行式”园区\n指以一个龙头园区带动若干配套园区梯次布局的"
        "产业园区组织形式。\n\n“触网”商户\n指通过电商平台开展线上销售的个体工商户和小微企业。",
        entries=(
            ("“雁行式”园区", "指以一个龙头园区带动若干配套园区梯次布局的产业园区组织形式。"),
            ("“触网”商户", "指通过电商平台开展线上销售的个体工商户和小微企业。"),
        ),
    ),
    Case(
        "glossary: Chinese entries without a full stop",
        "青山市政府工作报告\n\n名词解释\n\n“雁行式”园区：以龙头园区带动配套园区的组织形式\n\n"
        "“触网”商户：通过电商平台开展线上销售的个体工商户",
        entries=(
            ("“雁行式”园区", "以龙头园区带动配套园区的组织形式"),
            ("“触网”商户", "通过电商平台开展线上销售的个体工商户"),
        ),
    ),
    Case(
        "glossary: headings in other words and scripts",
        "Annual Report\n\nGlossary of key terms\n\nBudget Statement (BS): the annual document "
        "that sets out planned spending.\n\nAgency: a department that reports to a minister.",
        entries=(
            ("Budget Statement (BS)", "the annual document that sets out planned spending."),
            ("Agency", "a department that reports to a minister."),
        ),
    ),
    Case(
        "glossary: traditional script heading",
        "青山市政府工作報告\n\n名詞解釋\n\n“雁行式”園區：即以龍頭園區帶動配套園區的組織形式。\n\n"
        "“觸網”商戶：即通過電商平臺開展線上銷售的個體工商戶。",
        entries=(
            ("“雁行式”園區", "即以龍頭園區帶動配套園區的組織形式。"),
            ("“觸網”商戶", "即通過電商平臺開展線上銷售的個體工商戶。"),
        ),
    ),
    Case(
        "a copy site's word about the text it serves is no part of it",
        "区政府工作报告范文\n时间:2021-05-10 09:00:00\n导语:区政府工作报告范文一文来源于网友上传,"
        "不代表本站观点,欢迎参考。\n下面是小编为大家整理的区政府工作报告,供大家参考。\n各位代表:\n"
        "现在,我代表区人民政府向大会报告工作,请予审议。",
        title="区政府工作报告范文",
        gone=("小编", "网友上传"),
    ),
    Case(
        "pinyin glosses a mirror site added after characters",
        "政府工作報告\n——2016年1月6日在青河市第十屆人民代表大會第三次會議上\n各位代表:\n"
        "現(xiàn)在,我代表市人民政府,向大會報(bào)告工作,請予審議。",
        paragraphs=("現在，我代表市人民政府，向大會報告工作，請予審議。",),
        gone=("xiàn", "bào"),
    ),
    Case(
        "question marks where an indent's full-width spaces were lost",
        "政府工作报告\n??2018年1月8日在青河市第十届人民代表大会第一次会议上\n市长王明\n各位代表：\n"
        "   2017年,全市经济保持稳定增长,各项事业全面进步。\n"
        "? ? ——产业结构持续优化。服务业比重提高到52%。\n? ? ——民生保障不断加强。新增就业3万人。",
        subtitle="2018年1月8日在青河市第十届人民代表大会第一次会议上",
        byline="市长王明",
        paragraphs=(
            "2017年，全市经济保持稳定增长，各项事业全面进步。",
            "——产业结构持续优化。服务业比重提高到52%。",
            "——民生保障不断加强。新增就业3万人。",
        ),
    ),
    Case(
        "hard-wrapped text: a dash item after a finished sentence starts a paragraph",
        "青河市2021年政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议,\n"
        "并请市政协各位委员和列席人员提出意见。\n一、2020年工作回顾\n"
        "2020年是青河发展史上极不平凡的一年。一年来,我们在\n省委、省政府和市委的坚强领导下积极应对"
        "各种风险挑战,\n较好完成了全年经济社会发展目标任务,取得新进展。\n"
        "——重大赛事圆满成功。来自80个国家的5000多名运动\n员同台竞技,赛事规模创历届之最,城市形象"
        "显著提升。\n——高质量发展势头良好。主要指标保持同类城市前列,\n预计地区生产总值增长6.5%左右。",
        paragraphs=(
            "——重大赛事圆满成功。来自80个国家的5000多名运动员同台竞技，赛事规模创历届之最，"
            "城市形象显著提升。",
            "——高质量发展势头良好。主要指标保持同类城市前列，预计地区生产总值增长6.5%左右。",
        ),
    ),
    Case(
        "English: a breadcrumb's 'You are here' and a date line under the title",
        "You are here\n\nSemiannual Report to Congress: April 1, 2015 - September 30, 2015\n\n"
        "September 30, 2015\n\nI am pleased to submit the Office of Inspector General's "
        "semiannual report.",
        title="Semiannual Report to Congress: April 1, 2015 - September 30, 2015",
        subtitle="September 30, 2015",
        date="2015-09-30",
        headings=(),
        gone=("You are here",),
    ),
    Case(
        "English: a page's date field is no title, nor is the occasion",
        "Date: 2021-02-02\n\nDelivered at the Second Session of the Ninth Linhai Municipal "
        "People's Congress on January 20th, 2021\n\nZhou Ming, Mayor of Linhai\n\n"
        "Fellow Deputies,\n\nOn behalf of the Municipal People's Government, I now present "
        "my report.",
        title="case",
        byline="Zhou Ming, Mayor of Linhai",
        date="2021-01-20",
        gone=("Date: 2021-02-02",),
    ),
    Case(
        "glossary: a table of abbreviations with pipes between cells",
        "Annual Report 2020\n\nGlossary\n\nACB | Administered Capital Budget\n"
        "ADF | Australian Defence Force\nASL | Average staffing level |",
        entries=(
            ("ACB", "Administered Capital Budget"),
            ("ADF", "Australian Defence Force"),
            ("ASL", "Average staffing level"),
        ),
    ),
    Case(
        "glossary: a term alone on its line after an abbreviation list",
        "Annual Report 2020\n\nAbbreviations and Acronyms\n\nICT Information and "
        "communications technology\nSES Senior Executive Service\n\nAdministered item\n\n"
        "A component of a program.",
        entries=(
            ("ICT", "Information and communications technology"),
            ("SES", "Senior Executive Service"),
            ("Administered item", "A component of a program."),
        ),
    ),
    Case(
        "a flipbook's page heads",
        "Page 14 - 2020-21-BudgetInBrief\n\nP. 14\n\nThe City budget has three main parts.\n\n"
        "Page 15 - 2020-21-BudgetInBrief\n\nP. 15\n\nProperty tax makes up most revenue.",
        gone=("BudgetInBrief", "P. 14"),
    ),
    Case(
        "unnumbered sections ending in a section noun, over short paragraphs",
        "政府工作报告\n——2022年1月6日在青河县第九届人民代表大会第一次会议上\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。\n2021年工作回顾\n"
        "2021年,全县地区生产总值达到88亿元,增长6%。\n2022年主要任务\n"
        "今年全县发展的主要预期目标是:地区生产总值增长6%左右。",
        headings=((1, "", "2021年工作回顾"), (1, "", "2022年主要任务")),
    ),
    Case(
        "a lone bar separator is never the title",
        "|\n——2018年1月20日在青河省第九届人民代表大会第一次会议上\n省长 张明\n各位代表:\n"
        "现在,我代表省人民政府向大会报告工作,请予审议。",
        title="case",
        byline="省长 张明",
        gone=("|",),
    ),
    Case(
        "glossary: an abbreviated term links by either form; a second list joins the glossary",
        "Annual Report\n\nThe Capital Works Order sets the projects. Each CWO is issued by the "
        "Minister. The Australian Bureau of Statistics publishes data.\n\nGlossary\n\n"
        "Capital Works Order (CWO): an order issued each year by the Minister.\n\n"
        "Abbreviations\n\nABS Australian Bureau of Statistics\nNRO National Roads Office",
        entries=(
            ("Capital Works Order (CWO)", "an order issued each year by the Minister."),
            ("ABS", "Australian Bureau of Statistics"),
            ("NRO", "National Roads Office"),
        ),
        links=("Capital Works Order", "CWO", "Australian Bureau of Statistics"),
    ),
    Case(
        "glossary: a long term in quotes loses the quotes that wrap it",
        "青山市政府工作报告\n\n名词解释\n\n1、“稳住一产不放松不松劲、做强二产不停步不懈怠、"
        "搞活三产不含糊不动摇”：指三次产业协调发展的总体要求。\n\n2、河长制：即由各级党政负责人担任"
        "河长，负责辖区河流治理。",
        entries=(
            (
                "稳住一产不放松不松劲、做强二产不停步不懈怠、搞活三产不含糊不动摇",
                "指三次产业协调发展的总体要求。",
            ),
            ("河长制", "即由各级党政负责人担任河长，负责辖区河流治理。"),
        ),
    ),
    Case(
        "English: a title-case heading after a date line or a figure's source",
        "Annual Report 2022-23\n\nJane Smith\n\nSecretary\n\n15 September 2023\n\n"
        "About the Department\n\nThe department was established on 1 July 2022 to bring "
        "together the work of three former agencies.\n\nFigure 2.1: Grants by State\n\n"
        "Source: Department grants system\n\nAnalysis of Performance\n\nThree performance "
        "measures were not met, and the most significant shortfall was in processing times.",
        headings=((1, "", "About the Department"), (1, "", "Analysis of Performance")),
    ),
    Case(
        "a copy site that lost every line break",
        "青河区2020年政府工作报告——2020年1月8日在青河区第五届人民代表大会第四次会议上青河区人民政府区长"
        "李明各位代表：现在，我代表区人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员"
        "提出意见。一、过去一年工作回顾2019年，全区生产总值增长5%，一般公共预算收入增长6%，城乡居民"
        "收入稳步提高。（一）产业发展稳中有进。新引进项目12个，总投资30亿元，新增规模以上工业企业"
        "15家。"
        + "全区上下坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。"
        * 10
        + "二、今年工作安排今年主要预期目标是：生产总值增长6%左右，城镇新增就业5000人以上。",
        title="青河区2020年政府工作报告",
        subtitle="——2020年1月8日在青河区第五届人民代表大会第四次会议上",
        byline="青河区人民政府区长李明",
        paragraphs=(
            "现在，我代表区人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
        ),
    ),
    Case(
        "a byline whose name is spaced out, under an occasion the page wrapped",
        "青河县2022年政府工作报告\n\n2022年3月8日在青河县\n\n第十届人民代表大会第二次会议上\n\n"
        "青河县人民政府县长  王  明\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。",
        subtitle="2022年3月8日在青河县第十届人民代表大会第二次会议上",
        byline="青河县人民政府县长 王 明",
    ),
    Case(
        "the page's headline over the document's own spaced title; an occasion left undated; "
        "the draft's status goes with the title",
        "某县政府工作报告\n\n时间:2023.4.1\n\n政 府 工 作 报 告\n\n"
        "── 20xx年 月 日在青河县第九届人民代表大会第三次会议上\n\n(征求意见稿)\n\n各位代表:\n\n"
        "现在,我代表县人民政府向大会作政府工作报告,请予审议。",
        title="政府工作报告（征求意见稿）",
        subtitle="── 20xx年 月 日在青河县第九届人民代表大会第三次会议上",
    ),
    Case(
        "the title and its occasion on one line; a placeholder for the speaker's name",
        "2022年政府工作报告征求意见稿\n\n 政府工作报告 ( 2021 年 xx 月 xx 日在青河市青山区第二届人民代表"
        "大会第六次会议上)\n\n 区长***\n\n  各位代表:\n\n  现在,我代表区人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        byline="区长***",
    ),
    Case(
        "a title split over three lines",
        "市政府\n五年\n工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。",
        title="市政府五年工作报告",
    ),
    Case(
        "English: a name said again in a form's fields is no running head, and stays in order",
        "Riverside District Council Annual Report\n\nFinance and Scrutiny Board\n\n14 March 2019"
        "\n\nDecision-Maker\n\nFinance and Scrutiny Board\n\nReport Author\n\nCommunications "
        "Officer\n\nThis report recommends that the draft annual report be approved.",
        paragraphs=("Decision-Maker", "Report Author", "Communications Officer"),
    ),
    Case(
        "English: a letter's closing, bullets after a dash, a line wrapped before a capital",
        "Letter to Council\n\nThe purpose of this letter is to distribute the Proposed FY 2021/22 "
        "Work\n\nPlan and Budget document.\n\nThe results speak for themselves –\n\n  • Employers "
        "are investing,\n\n  • We keep building,\n\nSincerely,\n\nMARGARET L. OWENS, CFA\n\n"
        "Executive Director",
        paragraphs=(
            "The purpose of this letter is to distribute the Proposed FY 2021/22 Work Plan and "
            "Budget document.",
            "• Employers are investing,",
            "• We keep building,",
            "Sincerely,",
        ),
    ),
    Case(
        "glossary: a table whose cells are apart by bars, terms of any case",
        "GLOSSARY AND ABBREVIATIONS\nACB | Administered Capital Budget |\nadministered items | Assets "
        "managed by the Office |\nDeputy | The officer who acts for the Secretary |\n"
        "Equerry (EQ) | An officer appointed to attend the Governor |",
        entries=(
            ("ACB", "Administered Capital Budget"),
            ("administered items", "Assets managed by the Office"),
            ("Deputy", "The officer who acts for the Secretary"),
            ("Equerry (EQ)", "An officer appointed to attend the Governor"),
        ),
    ),
    Case(
        "glossary: abbreviations with a hyphen or one capital go on the list",
        "Glossary of Abbreviations and Acronyms\n\nAIDAB Australian International Development "
        "Assistance Bureau\nAFTA-CER ASEAN Free Trade Area agreement\nAusmart Australian Market "
        "Commission\nBOP Balance of payments\nCSIRO Commonwealth Scientific and Industrial "
        "Research Organisation\nDFAT Department of Foreign Affairs and Trade",
        entries=(
            ("AIDAB", "Australian International Development Assistance Bureau"),
            ("AFTA-CER", "ASEAN Free Trade Area agreement"),
            ("Ausmart", "Australian Market Commission"),
            ("BOP", "Balance of payments"),
            ("CSIRO", "Commonwealth Scientific and Industrial Research Organisation"),
            ("DFAT", "Department of Foreign Affairs and Trade"),
        ),
    ),
    Case(
        "English: numbered items of sentences are items, not headings",
        "Budget Message\n\nI encourage you to look at two related documents:\n\n  1. The first is "
        "the proposed budget. Read the Budget Proposal (PDF)\n  2. The second is the Annual "
        "Financial Report. It is audited by an independent firm.",
        headings=(),
        paragraphs=(
            "1. The first is the proposed budget. Read the Budget Proposal (PDF)",
            "2. The second is the Annual Financial Report. It is audited by an independent firm.",
        ),
    ),
    Case(
        "English: a form's date and repeated committee name are neither contents nor running heads",
        "Riverton Borough Council Annual Report\n\nFinance and Audit Committee\n\n14 June 2021\n\n"
        "Is the final decision to be made at this meeting?\n\nYes\n\nFinal Decision-Maker\n\n"
        "Finance and Audit Committee\n\nLead Officer and Report Author\n\nCommunications Manager"
        "\n\nTimetable\n\nMeeting\n\nDate\n\nFinance and Audit Committee\n\n14 June 2021",
        kept_twice=("Finance and Audit Committee", "14 June 2021"),
    ),
    Case(
        "glossary: a table's header row, and terms that run into their definitions",
        "Annual Report 2019-20\n\nGlossary\n\nTerm Meaning\nAccrual accounting Recording revenue "
        "and expenses when they are earned or incurred.\nAppropriation An amount of public money "
        "Parliament authorises for spending.\nGovTender The government's online procurement system "
        "for tenders.",
        entries=(
            (
                "Accrual accounting",
                "Recording revenue and expenses when they are earned or incurred.",
            ),
            ("Appropriation", "An amount of public money Parliament authorises for spending."),
            ("GovTender", "The government's online procurement system for tenders."),
        ),
        gone=("Term Meaning",),
    ),
    Case(
        "English: a page's skip link, source and font-size fields above the occasion",
        "Skip to Content\nDate: 2022-02-03\nSource: Riverton Foreign Affairs Office\n"
        "fontSize:   big middle small\n\nDelivered at the First Session of the Ninth Riverton "
        "Municipal People's Congress on January 20, 2022\n\nLi Ming, Mayor of Riverton\n\n"
        "Fellow Deputies,\n\nOn behalf of the Municipal Government, I will now report to you.",
        title="case",
        byline="Li Ming, Mayor of Riverton",
        date="2022-01-20",
        headings=(),
        gone=("Skip to Content", "fontSize", "Riverton Foreign Affairs Office"),
    ),
    Case(
        "English: a memo's subject is its title and its sender the byline; its other fields stay",
        "TO: BOARD OF SUPERVISORS\nFROM: BUDGET COMMITTEE\nMary Lopez, Chair\nDATE: March 15, "
        "2019\nSUBJECT: Reserve Policy\nRECOMMENDATION:\nADOPT the attached Reserve Policy.",
        title="Reserve Policy",
        byline="BUDGET COMMITTEE",
        date="2019-03-15",
        paragraphs=("TO: BOARD OF SUPERVISORS", "DATE: March 15, 2019"),
    ),
    Case(
        "a memo whose fields' values stand on the lines under their labels",
        "Memorandum\n\nCity of Riverton\n\nTO:\n\nMembers of the City Commission\n\nFROM:\n\n"
        "Ann Lee, City Auditor\n\nDate:\n\nMarch 19, 2009\n\nRE:\n\nAudit Recommendation "
        "Follow-Up March 2009\n\nFollowing up on audit recommendations tells the Commission what "
        "management has done.",
        title="Audit Recommendation Follow-Up March 2009",
        byline="Ann Lee, City Auditor",
        paragraphs=("Members of the City Commission",),
    ),
    Case(
        "one unnumbered section alone, named as a section is (2022年工作回顾)",
        "政府工作报告\n2023年2月9日在青河县第十八届人民代表大会第二次会议上\n青河县人民政府县长王明\n"
        "各位代表:\n现在,我代表县人民政府向大会报告政府工作,请予审议,并请县政协委员提出意见。\n"
        "2022年工作回顾\n2022年,我们坚持稳中求进工作总基调,统筹疫情防控和经济社会发展,"
        "全县经济社会保持平稳健康发展。",
        headings=((1, "", "2022年工作回顾"),),
    ),
    Case(
        "English: a title-case heading over a numbered list of findings",
        "Audit Report\n\nThe council has long worried that agencies are slow to act on findings.\n\n"
        "Principal Findings\n\n1. Since the process began in 1991, agency action on findings has "
        "improved.\n\n2. We tested 30 findings and found that 6 were misreported by the Authority.",
        headings=((1, "", "Principal Findings"),),
    ),
    Case(
        "parts without a number above sections numbered 一、 in each",
        "政府工作报告\n\n——2020年1月8日在某区第九届人民代表大会第三次会议上\n\n某区人民政府区长 张三\n\n"
        "各位代表:\n\n现在,我代表区人民政府向大会报告工作,请予审议。\n\n2019年工作回顾\n\n"
        "2019年,全区经济运行稳中有进。\n\n一、聚焦产业发展,经济质效稳步提升\n\n全年新增企业500家。"
        "\n\n2020年工作安排\n\n2020年主要预期目标是:地区生产总值增长6%。\n\n一、聚焦项目建设\n\n"
        "全年实施重点项目100个。",
        headings=(
            (1, "", "2019年工作回顾"),
            (2, "一、", "聚焦产业发展，经济质效稳步提升"),
            (1, "", "2020年工作安排"),
            (2, "一、", "聚焦项目建设"),
        ),
    ),
    Case(
        "a news portal's header over the report's headline in book quotes",
        "新闻热线:0100-1234567\n\n通讯员qq群:12345678\n\n某某报业集团主办\n\n"
        "2014年河西县两会《政府工作报告》\n\n各位代表:\n\n现在,我代表县人民政府向大会报告政府工作,"
        "请予审议。",
        title="2014年河西县两会《政府工作报告》",
    ),
    Case(
        "English: the office before the name; the speech's lines after the occasion are kept",
        "Report on the Work of the Government\n\nDelivered at the Second Session of the Eighth "
        "People's Congress of Hillside District on January 20, 2020\n\nMayor of Hillside "
        "District   Chen Bo\n\nFellow Deputies:\n\nOn behalf of the People's Government, I now "
        "present to you the report.",
        byline="Mayor of Hillside District Chen Bo",
    ),
    Case(
        "English: the occasion wrapped, then the name over the office, no title",
        "Delivered at the Third Session of the Fifth People's Congress of\n\nRiverland Province on "
        "January 19, 2023\n\nZhang Wei\n\nGovernor of Riverland Province\n\nFellow Deputies,\n\n"
        "On behalf of the People's Government of Riverland Province, I will now report.",
        title="case",
        byline="Zhang Wei, Governor of Riverland Province",
        date="2023-01-19",
    ),
    Case(
        "glossary: an annex's list of abbreviations and a pager under it",
        "Transport Agency Annual Report 2011-12\n\nAnnex: list of abbreviations\n\nABC   Airport "
        "Bus Consortium\n\nD&R  Design and Research\n\nHQ  Headquarters\n\nTfL  Transport for "
        "Lakeside\n\nprevious page contents next page",
        entries=(
            ("ABC", "Airport Bus Consortium"),
            ("D&R", "Design and Research"),
            ("HQ", "Headquarters"),
            ("TfL", "Transport for Lakeside"),
        ),
        gone=("previous page",),
    ),
    Case(
        "glossary without a heading: quoted terms that say what they refer to",
        "新词解读\n\n今年的政府工作报告里出现了一些新提法，一起来看看。\n\n“三个一”:指一个窗口、"
        "一张清单、一套流程。\n\n“双百行动”:指百家企业结对百个村社。",
        entries=(
            ("三个一", "指一个窗口、一张清单、一套流程。"),
            ("双百行动", "指百家企业结对百个村社。"),
        ),
    ),
    Case(
        "a document-sharing site's file fields and notices; a town head's byline",
        "2015年镇政府工作报告\n\n  • 格式:doc\n  • 大小:48.50 KB\n  • 文档页数:18\n\n"
        "下载文档原格式\n\n  / 18\n  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。"
        "\n\n政府工作报告\n\n——2015年2月3日在镇第八届人民代表大会\n\n第二次会议上\n\n镇长王大力\n\n"
        "各位代表:\n\n现在,我代表镇人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="——2015年2月3日在镇第八届人民代表大会第二次会议上",
        byline="镇长王大力",
        gone=("格式", "文档页数", "下载文档前"),
    ),
    Case(
        "English: an archive's banner, and a wrapped sentence is never the title",
        "This web site was copied prior to January 20, 2009. It is now a Federal record managed by "
        "the National Archives.\nLearn more.\n[hide]\nThe Inspector General Act requires that "
        "the Inspector General report\ntwice a year to the head of the Department and the "
        "Congress.",
        title="case",
        gone=("Learn more", "[hide]", "National Archives"),
    ),
    Case(
        "English: a timestamp and source bar; a long numbered heading",
        "Report on the Work of the Hubei Provincial Government (2014)\n\n2019-05-11 10:21:07 , "
        "Source : The Government Website of Hubei Province\n\nFellow Deputies,\n\nOn behalf of "
        "the Provincial Government, I now present to you my report.\n\nI. Implementation "
        "situations of tasks set at the first session and review of work in the past 5 years\n\n"
        "In 2013, faced with a complicated situation at home and abroad, we completed all tasks.",
        headings=(
            (
                1,
                "I.",
                "Implementation situations of tasks set at the first session and review of work "
                "in the past 5 years",
            ),
        ),
        gone=("10:21:07",),
    ),
    Case(
        "an unnumbered part above sections numbered at every level",
        "政府工作报告\n南岗区人民政府代区长 李四\n各位代表:\n我代表区人民政府,向大会报告工作,请予审查。\n"
        "2017年工作回顾\n2017年,在市委、市政府和区委的坚强领导下,区政府团结和依靠全区人民,圆满完成了"
        "各项目标任务。\n一、稳中求进,区域经济统筹发展\n(一)工业优化升级,实现了提质增效。全年完成规模以上"
        "工业增加值9亿元。",
        headings=(
            (1, "", "2017年工作回顾"),
            (2, "一、", "稳中求进，区域经济统筹发展"),
            (3, "（一）", "工业优化升级，实现了提质增效。"),
        ),
    ),
    Case(
        "English: a long title-case line stands apart; tags the markup left inside words",
        "Mayor Park Presents the Proposed Balanced Budget\n\nJune 2, 2020\n\nText of the Proposed "
        "Balanced Budget for Fiscal Years 2020-21 & 2021-22\n\nGood morning everyone. Thank you for "
        "joining me to present my proposed budget.\n\nIndivi<strong>du</strong>als and families "
        "will see<br /> no new fees.",
        paragraphs=(
            "Text of the Proposed Balanced Budget for Fiscal Years 2020-21 & 2021-22",
            "Individuals and families will see no new fees.",
        ),
    ),
    Case(
        "glossary under a sentence that introduces it, a term over each definition",
        "Public Accounts 2016\n\nThe following terms are used in this volume.\nAccounts of the "
        "Province\nThe central record of the financial transactions of the Province.\nCapital lease"
        "\nA lease that transfers the benefits and risks of ownership to the lessee.\nGeneral Revenue "
        "Fund\nAll public money on deposit to the credit of the Treasurer.",
        entries=(
            (
                "Accounts of the Province",
                "The central record of the financial transactions of the Province.",
            ),
            (
                "Capital lease",
                "A lease that transfers the benefits and risks of ownership to the lessee.",
            ),
            ("General Revenue Fund", "All public money on deposit to the credit of the Treasurer."),
        ),
    ),
    Case(
        "a portal's breadcrumb and metadata over the page's headline and the report's own title",
        "首页\n> 政务公开 > 信息公开目录 > 镇公开目录 > 青石镇 > 政府工作报告\n索引号: 002003/2019-1234 "
        "发布机构: 青石镇\n组配分类: 政府工作报告 文件编号:\n2018年政府工作报告\n\n发布时间:2021-03-02  "
        "10:20 来源: 浏览次数: 打印\n\n政 府 工 作 报 告\n\n2019年1月8日在青石镇第九届人民代表大会第三次"
        "会议上\n\n各位代表:\n\n现在,我代表镇人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="2019年1月8日在青石镇第九届人民代表大会第三次会议上",
        gone=("组配分类", "政务公开"),
    ),
    Case(
        "a document site's label run into the occasion",
        "文档介绍:——2012年2月20日在南山县第十四届人民代表大会\n   第二次会议上\n县长   赵六\n各位代表:\n"
        "现在,我代表县人民政府向大会作报告,请予审议。",
        subtitle="——2012年2月20日在南山县第十四届人民代表大会第二次会议上",
        byline="县长 赵六",
    ),
    Case(
        "English: a glossary page whose first line is the letter over its entries",
        "A\n\nAccountability\n\nThe duty to answer for the use of public money.\n\nAppropriation\n\n"
        "An amount Parliament authorises for spending.",
        title="case",
    ),
    Case(
        "English: a site's greeting and a news headline over the report's own title",
        "Welcome to the Foreign Affairs Office of the People's Government of Riverland Province "
        "简体中文\nHome > Riverland Stories\n\nGovernor Li Delivers Report on the Work of the "
        "Government\n\n2021-01-25 10:00:00\n\nReport on the Work of the Government\n\n-Delivered "
        "at the Fourth Session of the 9th Riverland Provincial People's Congress on January 18, "
        "2021\n\nLI Ming, Governor of Riverland Province\n\nFellow deputies,\n\nOn behalf of the "
        "Provincial People's Government, I will now report to you.",
        title="Report on the Work of the Government",
        byline="LI Ming, Governor of Riverland Province",
        date="2021-01-18",
        gone=("Welcome to the Foreign Affairs Office",),
    ),
    Case(
        "a page's headline with a (全文) label gives way to the report's title, every character "
        "accounted for",
        "New Page 1\n现在位置: 2009江城两会>>最新报道>>正文\n2009年江城市政府工作报告(全文)\n\n"
        "2009-01-08 09:00:00\n\n政 府 工 作 报 告\n\n——2009年1月8日在江城市第十二届人民代表大会第三次"
        "会议上\n\n市长 王明\n\n  各位代表:\n\n  现在,我代表市人民政府向大会作政府工作报告,请予审议。",
        title="政府工作报告",
        byline="市长 王明",
    ),
    Case(
        "English: a site's name, the page's date over the occasion, the occasion wrapped after 'of the'",
        "The Official Website of Lakeside Municipal People's Government\nLOCATION: HOME > News > News"
        "\n\nReport on the Work of the Lakeside Government\n\nUpdated:2021-03-02  CLOSE\n\n"
        "March 1, 2021\n\nDelivered at the Fourth Session of the \n\n12th Lakeside Municipal "
        "People's Congress\n\nZhang Wei, Mayor of Lakeside\n\nFellow Deputies,\n\nOn behalf of the "
        "Municipal People's Government, I will now report to you.",
        title="Report on the Work of the Lakeside Government",
        subtitle="Delivered at the Fourth Session of the 12th Lakeside Municipal People's Congress",
        byline="Zhang Wei, Mayor of Lakeside",
        date="2021-03-01",
    ),
    Case(
        "English: a page's fields, credits and reading prompts",
        "Annual report 2021-2022\n\nPage created by Alex Green\n \nCONTINUE READING\n\n"
        "Publication date:\n15 July 2022\nDate range:\nJuly 2022 - July 2023\n\nAnnual Accounts\n\n"
        "Our income rose by 4% this year. Most of it came from the regional health board.",
        gone=("Page created by", "CONTINUE READING", "Publication date", "July 2022 - July 2023"),
    ),
    Case(
        "English: numbered paragraphs a page wrapped are paragraphs, not headings",
        "Interim audit report 2021/22\n\nThe board asked us to report on its controls this year.\n\n"
        "1. This report sets out the main matters found during our interim\naudit work at the "
        "Riverside Board.\n\n2. We also looked at governance and value for money across the\n"
        "board's services.",
        headings=(),
        paragraphs=(
            "1. This report sets out the main matters found during our interim audit work at the "
            "Riverside Board.",
            "2. We also looked at governance and value for money across the board's services.",
        ),
    ),
    Case(
        "English: a date field does not run on into a numbered heading",
        "Annual Report 2020–21\n\nTabled: 14 October 2021\n\n3 Our people: Skills and wellbeing\n\n"
        "We have grown our team steadily over the past decade.",
        paragraphs=("Tabled: 14 October 2021",),
    ),
    Case(
        "bylines: 'by' and a name with an office; a Chinese speaker with the day in brackets",
        "Report on the Work of the Riverton Municipal Government(2019)\n\nDelivered at the Third "
        "Session of the Ninth Riverton Municipal People's Congress on March 2, 2019\n\nby Chen Lei, "
        "Mayor of Riverton Municipal People's Government\n\nEsteemed Deputies,\n\nOn behalf of the "
        "Municipal People's Government, I will now report to you.",
        byline="by Chen Lei, Mayor of Riverton Municipal People's Government",
        paragraphs=("Esteemed Deputies,",),
    ),
    Case(
        "a Chinese speaker with the day in brackets; a bar of the page's fields left half empty",
        "政府工作报告\n\n时间:2020-03-02 来源:示例日报网 作者:\n\n在青河市第六届人民代表大会第一次会议上\n\n"
        "青河市市长王刚(2022年1月5日)\n\n各位代表:\n\n现在,我代表市人民政府,向大会报告政府工作,请予审议。",
        byline="青河市市长王刚(2022年1月5日)",
        date="2022-01-05",
        gone=("示例日报网",),
    ),
    Case(
        "a report to a standing body: a spaced title, its date in brackets, several addressees",
        "您的位置:首页 >信息公开>信息公开专栏>政府工作报告>正文\n\n2011年行署工作报告\n\n"
        "2021-08-20 17:10:37 点击:[] 打印\n分享到:\n\n行 署 工 作 报 告\n\n(2011年4月28日)\n\n"
        "地区人大工委主任、各位副主任,各位委员:\n\n现在,我代表地区行署,向地区人大工委作工作报告,请予审议。",
        title="行署工作报告",
        subtitle="（2011年4月28日）",
        date="2011-04-28",
        paragraphs=("地区人大工委主任、各位副主任，各位委员：",),
    ),
    Case(
        "a copy site's watermark, alone and run into the text; 'Contents' is never the title",
        "Contents\n\n- Draft Narrative Report\n\nReport on the Work of the Government 2021\n\n"
        "文章源自示例英语网-https://www.example.com/1.html\n\nIII. Major Tasks for 2021 "
        "文章源自示例英语网-https://www.example.com/1.html\n\nWe will keep the economy stable.",
        headings=((1, "III.", "Major Tasks for 2021"),),
        gone=("文章源自", "example.com"),
    ),
    Case(
        "a glossary page's definition list: bullets on term and definition, a letter over each "
        "group, no heading",
        "A\n- Accountability link\n- The duty of a ministry to report to the assembly on how it "
        "spent public money.\n- Accounts payable\n- Amounts the province owes to suppliers for "
        "goods received: for example, office equipment.\n- Appropriation\n- An authority "
        "given by the assembly to spend money.\nB\n- Bond yield\n- The return on a bond held "
        "to maturity.\n- Budget\n- A plan of the province's revenue and spending for a year. "
        "It is tabled each spring.\n- Budgetary deficit\n- The amount by which spending "
        "exceeds revenue in the budget of a year.",
        entries=(
            (
                "Accountability link",
                "The duty of a ministry to report to the assembly on how it spent public money.",
            ),
            (
                "Accounts payable",
                "Amounts the province owes to suppliers for goods received: for example, office "
                "equipment.",
            ),
            ("Appropriation", "An authority given by the assembly to spend money."),
            ("Bond yield", "The return on a bond held to maturity."),
            (
                "Budget",
                "A plan of the province's revenue and spending for a year. It is tabled each "
                "spring.",
            ),
            (
                "Budgetary deficit",
                "The amount by which spending exceeds revenue in the budget of a year.",
            ),
        ),
        links=("budget",),
    ),
    Case(
        "terms alone on their lines over their definitions, after a sentence that introduces "
        "them; a term wrapped over two lines",
        "Public Accounts 2022 of the Province of Westmark\n\nThe following terms are used in "
        "this volume.\nAccounts of the province\nThe central record of the province's "
        "financial transactions, kept by the treasurer.\nAccrued pension liability\nThe "
        "value of pensions earned by employees to the reporting date.\nCapital lease\nA lease "
        "that transfers the benefits and risks of owning the property to the lessee.\nConsumer "
        "Price Index and Related\nMeasures\nA measure of the change in the prices of goods "
        "that households buy.\nContingent liability\nAn obligation that depends on a future "
        "event. A capital lease may be one.\nDebt charges\nInterest on the province's debt.",
        title="Public Accounts 2022 of the Province of Westmark",
        entries=(
            (
                "Accounts of the province",
                "The central record of the province's financial transactions, kept by the "
                "treasurer.",
            ),
            (
                "Accrued pension liability",
                "The value of pensions earned by employees to the reporting date.",
            ),
            (
                "Capital lease",
                "A lease that transfers the benefits and risks of owning the property to the "
                "lessee.",
            ),
            (
                "Consumer Price Index and Related Measures",
                "A measure of the change in the prices of goods that households buy.",
            ),
            (
                "Contingent liability",
                "An obligation that depends on a future event. A capital lease may be one.",
            ),
            ("Debt charges", "Interest on the province's debt."),
        ),
        links=("capital lease",),
    ),
    Case(
        "short sections, each a line over its paragraph, out of alphabetical order, are no "
        "definition list",
        "Annual Report 2023\n\nOverview\nThe council delivered every project of its plan this "
        "year, on time.\nRoads\nWe resurfaced twelve kilometres of road and mended every "
        "bridge.\nLibraries\nVisits rose by a tenth, and the new branch opened in the spring."
        "\nParks\nTwo new parks opened in spring, and the river path was finished.\nWaste\n"
        "Recycling rose to half of all waste, the most of any council.\nFinance\nThe council "
        "ended the year in surplus, and its debt fell by a fifth.",
        headings=(
            (1, "", "Overview"),
            (1, "", "Roads"),
            (1, "", "Libraries"),
            (1, "", "Parks"),
            (1, "", "Waste"),
            (1, "", "Finance"),
        ),
    ),
    Case(
        "a short sentence over a line in title case is a paragraph, not the lead of a heading",
        "Annual Report 2023\n\nOverview\nThe council delivered its plan.\nRoads\nWe resurfaced "
        "twelve kilometres.\nLibraries\nVisits rose by a tenth.\nParks\nTwo new parks "
        "opened.\nWaste\nRecycling rose to half.",
        paragraphs=(
            "The council delivered its plan.",
            "Roads",
            "We resurfaced twelve kilometres.",
            "Libraries",
        ),
    ),
    Case(
        "a portal's breadcrumb set as a numbered list and its metadata table with letter-spaced "
        "labels and no colons",
        "  1. 当前位置:\n  2. 首页 > 信息公开 > 白塔区人民政府 > 工作报告\n  3. > 正文\n\n"
        "2022年白塔区政府工作报告\n\n索  引  号 B0012345/2023-00087 主题分类\n"
        "发布机构 白塔区人民政府 发布日期 2023-01-20 09:30\n名        称 2022年白塔区政府工作报告\n"
        "文        号 〔〕号 有  效  性\n来        源 白塔区人民政府办公室\n\n"
        "——2023年1月6日在白塔区第三届人民代表大会第二次会议上\n\n区长 陈立新\n\n各位代表:\n\n"
        "现在,我代表区人民政府向大会作工作报告,请予审议。\n\n一、2022年工作回顾\n\n"
        "2022年,全区地区生产总值增长4.8%。",
        title="2022年白塔区政府工作报告",
        byline="区长 陈立新",
        headings=((1, "一、", "2022年工作回顾"),),
        gone=("当前位置", "正文", "索", "发布机构", "办公室"),
    ),
    Case(
        "a repost: an exclamation before the title, an occasion cut short, and a section's "
        "number left at the end of the line before its heading",
        "重磅!县政府工作报告\n人民代表大会第五次会议上\n县长 赵文\n各位代表:\n"
        "现在,我代表县人民政府向大会报告工作,请予审议。一、\n2022年工作回顾\n"
        "2022年是极不平凡的一年。全县生产总值增长4.1%。",
        title="县政府工作报告",
        subtitle="人民代表大会第五次会议上",
        byline="县长 赵文",
        headings=((1, "一、", "2022年工作回顾"),),
        paragraphs=("现在，我代表县人民政府向大会报告工作，请予审议。",),
    ),
    Case(
        "a page holding a glossary alone, its terms numbered (一), (二) on their own lines",
        "《政府工作报告》名词解释\n(一)白河智慧交通平台\n"
        "白河智慧交通平台是汇集全市交通数据的管理平台,2022年建成。\n(二)“三个提升”\n"
        "“三个提升”是提升质量、提升效率、提升服务的简称。\n(三)暖冬助学行动\n"
        "2022年11月,市教育局开展暖冬助学行动,资助困难学生。",
        title="《政府工作报告》名词解释",
        entries=(
            ("白河智慧交通平台", "白河智慧交通平台是汇集全市交通数据的管理平台，2022年建成。"),
            ("三个提升", "“三个提升”是提升质量、提升效率、提升服务的简称。"),
            ("暖冬助学行动", "2022年11月，市教育局开展暖冬助学行动，资助困难学生。"),
        ),
    ),
    Case(
        "a document-sharing site's viewer around the report it shows",
        "Millbrook County Travel Review - #204 Executive Summary\n\nSize: px\n"
        'Start display at page:\n\nDownload "Millbrook County Travel Review - #204 Executive '
        "Summary\"\n\nTranscription\n\nWe reviewed the county's travel spending to see whether "
        "its controls work as intended. We found that most claims were approved on time.",
        title="Millbrook County Travel Review - #204 Executive Summary",
        gone=("Size: px", "Start display", "Download", "Transcription"),
    ),
    Case(
        "an acronym list without a heading, some acronyms run into their expansions where a "
        "table's cell border was",
        "This page lists the acronyms used in the Westmark budget.\n\nBRFBudget Reserve Fund\n"
        "CIPCapital Improvement Plan\nDEP Debt Equalization Policy\nFTE Full Time Equivalent\n"
        "GFOA Government Finance Officers Association\nTIF Tax Increment Financing\n"
        "YTD Year to Date",
        entries=(
            ("BRF", "Budget Reserve Fund"),
            ("CIP", "Capital Improvement Plan"),
            ("DEP", "Debt Equalization Policy"),
            ("FTE", "Full Time Equivalent"),
            ("GFOA", "Government Finance Officers Association"),
            ("TIF", "Tax Increment Financing"),
            ("YTD", "Year to Date"),
        ),
        paragraphs=("This page lists the acronyms used in the Westmark budget.",),
    ),
    Case(
        "'Term: definition' paragraphs in alphabetical order under a title that names the "
        "glossary; a note in a definition a page wrapped",
        "2022 Westmark Budget: Glossary\n\nNote: These descriptions help readers of the budget "
        "and do not change the meaning of any term in law.\n\nAccrual Basis: an accounting "
        "method that records revenues when earned.\n\nAppropriation: an authority to spend "
        "money for specific purposes. Note: an\nappropriation lapses at the end of the year."
        "\n\nCapital Levy: the part of the property tax that funds capital projects.\n\n"
        "Fund Balance: the difference between the assets and liabilities of a fund.\n\n"
        "Operating Surplus: the amount by which revenues exceed expenses in a year.",
        title="2022 Westmark Budget: Glossary",
        entries=(
            ("Accrual Basis", "an accounting method that records revenues when earned."),
            (
                "Appropriation",
                "an authority to spend money for specific purposes. Note: an appropriation "
                "lapses at the end of the year.",
            ),
            ("Capital Levy", "the part of the property tax that funds capital projects."),
            ("Fund Balance", "the difference between the assets and liabilities of a fund."),
            ("Operating Surplus", "the amount by which revenues exceed expenses in a year."),
        ),
        paragraphs=(
            "Note: These descriptions help readers of the budget and do not change the meaning "
            "of any term in law.",
        ),
    ),
    Case(
        "a news story's lead before the report's own title, in traditional script with the "
        "occasion wrapped",
        "2月15日,白河縣人民政府發布2023年政府工作報告,報告指出,全年完成投資65億元。\n原文如下:\n"
        "政府工作報告\n2023年2月10日在白河縣\n第十七屆人民代表大會第二次會議上\n白河縣縣長陳明\n"
        "各位代表:\n現在,我代表縣人民政府,向大會報告工作,請予審議。",
        title="政府工作報告",
        subtitle="2023年2月10日在白河縣第十七屆人民代表大會第二次會議上",
        byline="白河縣縣長陳明",
        date="2023-02-10",
        paragraphs=(
            "2月15日，白河縣人民政府發布2023年政府工作報告，報告指出，全年完成投資65億元。",
        ),
        gone=("原文如下",),
    ),
    Case(
        "a portal in traditional script that lost its full-width spaces to question marks, and "
        "its headline with the posting date and 附全文",
        "2021年白河省《政府工作報告》(附全文) 發布時間:2021-02-22 10:16\n\n  政府工作報告?\n\n"
        "  ——2021年1月30日在白河省第十三屆人民代表大會第六次會議上??\n\n各位代表:\n\n"
        "現在,我代表省人民政府向大會報告工作,請予審議。你知道是什么?",
        title="政府工作報告",
        subtitle="——2021年1月30日在白河省第十三屆人民代表大會第六次會議上",
        paragraphs=("現在，我代表省人民政府向大會報告工作，請予審議。你知道是什么？",),
        gone=("發布時間", "附全文"),
    ),
    Case(
        "a council's agenda record above its memo: the fields are the page's, the title field "
        "names the document",
        "File #: 21-330    Version: 1 Name:\nType: Action Item Status: Approved\nFile created: "
        "5/1/2021 In control: BOARD OF SUPERVISORS\nOn agenda: 6/1/2021 Final action: 6/1/2021\n"
        "Title: PUBLIC HEARING - Consideration of the Fiscal Year 2021-22 Recommended Budget\n"
        "Sponsors: Administrative Office\nTitle\nBody\nMEMORANDUM\n\nTO: The Board of "
        "Supervisors\nFROM: Ann Lee, County Administrative Officer\n\nThe recommended budget is "
        "balanced, as the law requires.",
        title="PUBLIC HEARING - Consideration of the Fiscal Year 2021-22 Recommended Budget",
        gone=("File #", "Final action", "Sponsors", "Body"),
    ),
    Case(
        "a page's teaser copies the text's opening into one line cut off with an ellipsis",
        "2022年白河省政府工作报告\n\n政府工作报告——2022年1月20日在白河省第十三届人民代表大会第七次会议上"
        "省长王林各位代表:现在,我代表省人民政府向大会报告工作,请予审议。一、2021年工作回顾20...\n\n"
        "政府工作报告\n\n——2022年1月20日在白河省第十三届人民代表大会第七次会议上\n\n省长王林\n\n"
        "各位代表:\n\n现在,我代表省人民政府向大会报告工作,请予审议。\n\n一、2021年工作回顾\n\n"
        "2021年是白河发展历史上具有里程碑意义的一年。",
        title="政府工作报告",
        subtitle="——2022年1月20日在白河省第十三届人民代表大会第七次会议上",
        byline="省长王林",
        headings=((1, "一、", "2021年工作回顾"),),
        gone=("20...",),
    ),
    Case(
        "a document archive's breadcrumb over a title wrapped after 'of'",
        "HomeMy WebLinkAbout03/14/2011 - Report: Fuel Card Audit Report - City Council - Audit "
        "Committee\nPerformance Audit of\nThe City's Fuel Card Program\nMarch 14, 2011\n"
        "City Internal Auditor's Office\nHonorable Mayor and Members of the City Council:\n"
        "The fuel card audit was carried out under this year's audit plan.",
        title="Performance Audit of The City's Fuel Card Program",
        gone=("WebLink",),
    ),
    Case(
        "a translated report that starts at the salutation: no title line",
        "\n\n      Fellow Deputies,\n\n      On behalf of the People's Government of Baihe, I will now "
        "report to you on the work of the government.\n\n      I. A Review of Our Work in 2021\n\n"
        "      The past year was a momentous one.",
        title="case",
        paragraphs=("Fellow Deputies,",),
        headings=((1, "I.", "A Review of Our Work in 2021"),),
    ),
    Case(
        "a bilingual word list, a Chinese term and its English on each line, no heading",
        "2024年政府工作报告词汇英文\n人大:NPC (National People's Congress)\n政协:CPPCC\n"
        "政府工作报告:government work report\n国内生产总值:GDP (gross domestic product)\n"
        "结构调整:structural adjustment\n贸易顺差:trade surplus",
        entries=(
            ("人大", "NPC (National People's Congress)"),
            ("政协", "CPPCC"),
            ("政府工作报告", "government work report"),
            ("国内生产总值", "GDP (gross domestic product)"),
            ("结构调整", "structural adjustment"),
            ("贸易顺差", "trade surplus"),
        ),
    ),
    Case(
        "a page of terms set in 【】 alone on their lines over their definitions, no heading",
        "市情概览\n【白河两岸】\n即白河南北两岸的滨水地带。\n【三山一水】\n“三山”指东山、西山、南山；"
        "“一水”指白河。\n【白河新城】\n是市政府规划建设的城市新区，规划面积三十平方公里。",
        entries=(
            ("白河两岸", "即白河南北两岸的滨水地带。"),
            ("三山一水", "“三山”指东山、西山、南山；“一水”指白河。"),
            ("白河新城", "是市政府规划建设的城市新区，规划面积三十平方公里。"),
        ),
    ),
    Case(
        "a news page's sentence that introduces its numbered terms, no heading",
        "白河日报记者 王明\n\n5月20日，白河市第八次党代会开幕。\n\n这些名词你了解多少呢？\n\n"
        "跟着记者一起来看看报告里的3个名词解释吧！\n\n1、白河法务区\n\n我市创新建设的现代法律服务"
        "聚集区。\n\n2、“东引西用”工程\n\n将东部的水引到西部使用的工程。\n\n3、城乡一体化\n\n"
        "城市与乡村统筹发展的格局。",
        entries=(
            ("白河法务区", "我市创新建设的现代法律服务聚集区。"),
            ("“东引西用”工程", "将东部的水引到西部使用的工程。"),
            ("城乡一体化", "城市与乡村统筹发展的格局。"),
        ),
        paragraphs=("这些名词你了解多少呢？",),
    ),
    Case(
        "the title and its occasion on one line after a dash, the date in Chinese numerals",
        "第01版:要闻 PDF版阅读\n\n政府工作报告 ——二〇二三年二月十四日在白河市第九届人民代表大会"
        "第二次会议上\n\n白河市人民政府市长 孙 立\n\n各位代表:\n\n现在,我代表市人民政府向大会"
        "报告工作,请予审议。\n\n一、2022年工作回顾\n\n2022年,全市经济稳中有进。",
        title="政府工作报告",
        subtitle="——二〇二三年二月十四日在白河市第九届人民代表大会第二次会议上",
        byline="白河市人民政府市长 孙 立",
        date="2023-02-14",
    ),
    Case(
        "a page's head shows the title and the occasion, the document shows them again, then "
        "the speaker",
        "政府工作报告-白河市社会科学院\n\n政府工作报告\n——2023年1月10日在白河省第八届人民代表大会"
        "第一次会议上\n发布时间:2023-01-15 来源:白河日报 访问量:1024次\n\n政府工作报告\n\n"
        "——2023年1月10日在白河省第八届人民代表大会第一次会议上\n\n白河省代省长 钱明\n\n"
        "各位代表:\n\n现在,我代表省政府向大会报告工作,请予审议。",
        title="政府工作报告",
        byline="白河省代省长 钱明",
        date="2023-01-10",
    ),
    Case(
        "the speaker and a photo's caption run into one line",
        "市政府工作报告\n人民代表大会第二次会议上\n市长 周平△市长周平在市十六届人大二次会议上"
        "作政府工作报告。\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。",
        title="市政府工作报告",
        byline="市长 周平",
        gone=("△",),
    ),
    Case(
        "a notice that issues the report comes before its title; the office set letter-spaced",
        "各乡镇人民政府,县政府各部门、直属机构:\n《政府工作报告》已经县九届人民代表大会第三次会议"
        "审议通过,现印发给你们,请认真抓好落实。\n白河县人民政府\n2025年2月10日\n"
        "(此件公开发布)\n政 府 工 作 报 告\n——2025年1月15日在白河县第九届人民代表大会\n"
        "第三次会议上\n县 长 吴刚\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="——2025年1月15日在白河县第九届人民代表大会第三次会议上",
        byline="县 长 吴刚",
        paragraphs=(
            "《政府工作报告》已经县九届人民代表大会第三次会议审议通过，现印发给你们，请认真抓好"
            "落实。",
        ),
    ),
    Case(
        "the title, the occasion in brackets and the speaker on one line under a site's bar",
        "收藏本站 官方微博 欢迎浏览白河党史网\n\n政府工作报告 (2020年1月8日在白河市第十届人民代表大会"
        "第三次会议上) 白河市人民政府市长 郑华\n\n发布时间:2021-03-02 点击率:\n\n各位代表:\n\n"
        "现在,我代表市人民政府向大会报告工作,请予审议。\n\n一、2019年工作回顾\n\n2019年,全市经济"
        "平稳运行。",
        title="政府工作报告",
        byline="白河市人民政府市长 郑华",
        date="2020-01-08",
        gone=("收藏本站",),
    ),
    Case(
        "a page's head set as a list, and an exclaiming headline above the title",
        "X\n\n2020年白河省政府工作报告来了!\n\n政府工作报告\n\n  • ——2020年1月12日在白河省第十三届"
        "人民代表大会第三次会议上\n\n  • 白河省省长 冯军\n\n各位代表:\n\n现在,我代表省人民政府"
        "向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="——2020年1月12日在白河省第十三届人民代表大会第三次会议上",
        byline="白河省省长 冯军",
    ),
    Case(
        "terms in title case run into their definitions, which open with 'The', 'This' or the "
        "term's own first word; an abbreviation before its long form",
        "Appendix 4 Glossary of Terms\n\nAdministration of Schemes This covers the running of the "
        "department's schemes, such as payments.\n\nAG (Attorney General) The chief law officer, "
        "who advises the government on the law.\n\nAssistance Assistance schemes are paid to "
        "people who pass a means test.\n\nBenefit Benefit schemes are paid on the basis of "
        "contributions.\n\nClaim Records This is what the department holds on each claim.\n\n"
        "Data Controller The body that decides why and how personal data is used. The AG may "
        "advise it.",
        entries=(
            (
                "Administration of Schemes",
                "This covers the running of the department's schemes, such as payments.",
            ),
            (
                "AG (Attorney General)",
                "The chief law officer, who advises the government on the law.",
            ),
            ("Assistance", "Assistance schemes are paid to people who pass a means test."),
            ("Benefit", "Benefit schemes are paid on the basis of contributions."),
            ("Claim Records", "This is what the department holds on each claim."),
            (
                "Data Controller",
                "The body that decides why and how personal data is used. The AG may advise it.",
            ),
        ),
        links=("AG",),
    ),
    Case(
        "an audit report's cover, a section's title over its first sub-heading, numbered "
        "paragraphs, a bulleted item wrapped in lower case, and an excerpt cut mid-sentence",
        "Westmark Health Board\n\nManagement report 2021/22\n\nPrepared for Westmark Health "
        "Board\n\nMay 2022\n\n3|\n\nAudit findings\nIntroduction\n1. This report sets out "
        "the main issues found during our interim audit of the board's financial systems.\n"
        "2. We tested whether the board:\n• keeps records of its transactions which give a\n"
        "sound basis for its financial statements.\n\nConclusion\n3. Overall, we found that the "
        "key controls of the board's main financial systems work as they should.\n\n"
        "4. In terms of our wider work a",
        headings=(
            (1, "", "Audit findings"),
            (2, "", "Introduction"),
            (2, "", "Conclusion"),
        ),
        paragraphs=(
            "• keeps records of its transactions which give a sound basis for its financial "
            "statements.",
            "4. In terms of our wider work a",
        ),
        gone=("3|",),
    ),
    Case(
        "a paper's page of new words: entries whose definition says what the term refers to, "
        "quoted or not, a term of two quoted parts; a stray quote the scrape left at the end",
        "新词新语看两会\n\n今年的政府工作报告中出现了许多新提法，如“六个一”“两新、两优”等。\n\n"
        "“六个一”：指一位领导牵头、一个专班、一份清单、一张地图、一套制度、一支基金。\n\n"
        "“两新、两优”：“两新”指新基建和新产业；“两优”指优环境和优服务。\n\n"
        "五大板块：指城东、城西、城南、城北和新区五个发展板块。\n\n"
        "“一码通办”：指群众办事只需出示一个码。\n\n“",
        entries=(
            ("六个一", "指一位领导牵头、一个专班、一份清单、一张地图、一套制度、一支基金。"),
            ("两新、两优", "“两新”指新基建和新产业；“两优”指优环境和优服务。"),
            ("五大板块", "指城东、城西、城南、城北和新区五个发展板块。"),
            ("一码通办", "指群众办事只需出示一个码。"),
        ),
        links=("六个一",),
    ),
    Case(
        "a line with a colon before 指导 or 即将 is no entry",
        "白河县政府工作报告\n\n各位代表：\n\n今年工作的总体要求：指导思想是坚持稳中求进。\n\n"
        "重点项目：即将开工的项目有十个。",
        paragraphs=(
            "今年工作的总体要求：指导思想是坚持稳中求进。",
            "重点项目：即将开工的项目有十个。",
        ),
    ),
    Case(
        "terms run into short definitions of a sentence or two, in order, under a heading no "
        "glossary rule knows: no definition is taken for a paragraph's lead",
        "Back to the Governor's Proposed Budget\n\n\nBudget Words\nAllotment Spreading of an "
        "appropriation over the months of the year. It lets agencies spend.\nAppropriation A "
        "law's leave to spend money.\nCharacter The major type of spending. Capital spending is "
        "one.\nExpenditures The charges for services received or assets bought.\nFund/Account A "
        "sum of money set apart for carrying on specific activities.\nLocal Fund A fund outside "
        "the state treasury.",
        entries=(
            (
                "Allotment",
                "Spreading of an appropriation over the months of the year. It lets agencies "
                "spend.",
            ),
            ("Appropriation", "A law's leave to spend money."),
            ("Character", "The major type of spending. Capital spending is one."),
            ("Expenditures", "The charges for services received or assets bought."),
            ("Fund/Account", "A sum of money set apart for carrying on specific activities."),
            ("Local Fund", "A fund outside the state treasury."),
        ),
    ),
    Case(
        "a contents list at the top whose headings the excerpt cut off: numbered lines with "
        "nothing between them, their numbering starting again",
        "(一)坚持稳增长、促转型\n(二)坚持抓改革、优服务\n(三)坚持强基础、固根本\n"
        "(一)聚焦“三城”建设\n(二)聚焦“三业”发展\n(三)聚焦“三农”振兴\n"
        "2025年白河区政府工作报告\n各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议。\n"
        "“十四五”时期工作回顾\n五年来,全区经济总量迈上新台阶。",
        title="2025年白河区政府工作报告",
        gone=("坚持稳增长", "聚焦“三农”振兴"),
    ),
    Case(
        "a document-sharing page's head over a letter-spaced title; a notice about previews; a "
        "date with ○ for zero",
        "某市2021年政府工作报告(12)\nVIP专免\n2023-05-11\n999+\n38.5KB\n30 页\n"
        '2、"仅部分预览"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款\n'
        "政 府 工 作 报 告\n——二○二一年二月三日在白河市第七届人民代表大会第五次会议上\n"
        "白河市市长 林峰\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="——二○二一年二月三日在白河市第七届人民代表大会第五次会议上",
        byline="白河市市长 林峰",
        date="2021-02-03",
        gone=("仅部分预览", "VIP", "999+"),
    ),
    Case(
        "an English portal: a breadcrumb set as a list, the page's title and an office's row with "
        "the posting date over the report's own title",
        "• Home\n  • >\n  • Government\n  • Work report\nReport on the Work of Baihe Municipal "
        "Government 2020\nGeneral Office of Baihe Municipal People's Government     Updated: "
        "2020-02-11\n\nReport on the Work of Baihe Municipal Government\n\nDelivered at the Fourth "
        "Session of the Sixteenth Baihe Municipal People's Congress, January 9, 2020\n\nby Zhao "
        "Lin, Mayor of Baihe\n\n\nFellow deputies:\n\nOn behalf of the Municipal People's "
        "Government, I now present to you the report on the work of the government.",
        title="Report on the Work of Baihe Municipal Government",
        subtitle="Delivered at the Fourth Session of the Sixteenth Baihe Municipal People's "
        "Congress, January 9, 2020",
        byline="by Zhao Lin, Mayor of Baihe",
        date="2020-01-09",
        gone=("Home", "Updated"),
    ),
    Case(
        "an English occasion wrapped over three lines, its date on the last",
        "Report on the Work of the Baihe Government\n\nDelivered at the Third Session of\n\n"
        "the 14th Baihe Provincial People's Congress\n\non January 16, 2024\n\nZHAO Lin, Governor "
        "of Baihe Province\n\nFellow Deputies,\n\nOn behalf of the Provincial People's "
        "Government, I will now report to you on the work of the government.",
        title="Report on the Work of the Baihe Government",
        subtitle="Delivered at the Third Session of the 14th Baihe Provincial People's Congress "
        "on January 16, 2024",
        byline="ZHAO Lin, Governor of Baihe Province",
        date="2024-01-16",
    ),
    Case(
        "the date over an occasion without its verb, and the office before the name",
        "Government's Work Report 2019\n\nJanuary 8, 2019\n\nat the Third Session of the "
        "Fifteenth People's Congress of Baihe Municipality\n\nMayor Sun Wei\n\nDear Deputies:"
        "\n\nOn behalf of the People's Government of Baihe Municipality, I would like to deliver "
        "a report on the work of the government.",
        title="Government's Work Report 2019",
        subtitle="at the Third Session of the Fifteenth People's Congress of Baihe Municipality",
        byline="Mayor Sun Wei",
        date="2019-01-08",
    ),
    Case(
        "a copy site's first text under its headline (第一篇：…), and a speaker named without an "
        "office",
        "镇政府年度工作报告\n\n第一篇:镇政府年度工作报告\n\n2019年1月10日在白河镇第九届人民代表大会"
        "第三次会议上\n\n孙立平\n\n各位代表:\n\n现在,我代表镇人民政府向大会报告工作,请予审议。\n\n"
        "一、2018年工作回顾\n\n2018年,全镇经济平稳增长。",
        title="镇政府年度工作报告",
        byline="孙立平",
        headings=((1, "一、", "2018年工作回顾"),),
    ),
    Case(
        "a copy site's headline names its collection, the first text's own title under it; a "
        "stray semicolon",
        "政府工作报告白河省精选四篇\n\n更新时间:2023-09-11 来源:白河 点击:\n\n第一篇: 政府工作报告白河省\n\n;\n\n"
        "(2004年1月10日在白河省第十届人民代表大会第二次会议上)\n\n省长孙明\n\n各位代表:\n\n"
        "现在,我代表省人民政府,向大会作工作报告,请予审议。",
        title="政府工作报告白河省",
        subtitle="（2004年1月10日在白河省第十届人民代表大会第二次会议上）",
        byline="省长孙明",
        gone=("精选四篇", "第一篇"),
    ),
    Case(
        "a portal's tag for the region before the title",
        "(白河)2023年青山旗人民政府工作报告(全文)\n\n发布时间:2023-03-01 10:18   责任编辑:www\n\n"
        "2023年1月9日在青山旗第十七届人民代表大会第二次会议上\n\n青山旗人民政府旗长  王海\n\n"
        "各位代表:\n\n现在,我代表旗人民政府向大会报告工作,请予审议。",
        title="2023年青山旗人民政府工作报告",
        byline="青山旗人民政府旗长 王海",
    ),
    Case(
        "a site's tag in 【】 before the title",
        "【白河招商引资】2015年白河省政府工作报告\n2015年1月12日在白河省第十二届人民代表大会第三次会议上\n"
        "白河省省长 周明\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。",
        title="2015年白河省政府工作报告",
        byline="白河省省长 周明",
        gone=("招商引资",),
    ),
    Case(
        "a copy that lost its line breaks: the title run into the salutation",
        "白河市2008年政府工作报告各位代表:现在,我代表白河市人民政府,向大会报告工作,请连同国民经济"
        "和社会发展计划、财政预算报告一并审议,并请各位政协委员和其他列席人员提出意见。过去的一年,"
        "全市经济平稳较快发展,生产总值增长百分之十一,财政收入增长百分之十五,城乡居民收入稳步提高,"
        "各项社会事业全面进步。",
        title="白河市2008年政府工作报告",
    ),
    Case(
        "a translated report: a heading over a paragraph that opens with the year, and a long "
        "numbered heading",
        "Report on the Work of the Government\n\nFellow Deputies,\n\nOn behalf of the People's "
        "Government of Baihe District, I now present to you the report on the work of the "
        "government.\n\nReview of Work in 2022\n\n2022 was an extraordinary year for Baihe "
        "District, and the whole district met every target set at the start of the year.\n\n"
        "I. Meeting the challenges head on and working hard to keep a strong momentum of "
        "high-quality economic development\n\nOur economic output grew by more than ten billion "
        "yuan for the third year running.",
        headings=(
            (1, "", "Review of Work in 2022"),
            (
                1,
                "I.",
                "Meeting the challenges head on and working hard to keep a strong momentum of "
                "high-quality economic development",
            ),
        ),
    ),
    Case(
        "an occasion without its day, and the day in brackets under the speaker",
        "政府工作报告\n\n——在白河市第十五届人民代表大会第五次会议上\n\n市长赵平\n\n(2013年2月9日)\n\n"
        "各位代表:\n\n我代表市人民政府,向大会报告工作,请予审查。",
        title="政府工作报告",
        subtitle="——在白河市第十五届人民代表大会第五次会议上",
        byline="市长赵平",
        date="2013-02-09",
        paragraphs=("（2013年2月9日）", "各位代表："),
    ),
    Case(
        "an acronym that is also a word links only in capitals; a term never ends on a small word",
        "Audit Results 2022\n\nThe council's IS controls were reviewed, and the review is "
        "complete.\n\nGlossary and acronyms\n\nCEO Chief Executive Officer\nEmphasis of Matter "
        "A paragraph in an auditor's report that draws attention to a matter.\nIS Information "
        "systems, primarily computerised systems\nOpinion The view an auditor gives, which is "
        "clear or modified.",
        entries=(
            ("CEO", "Chief Executive Officer"),
            (
                "Emphasis of Matter",
                "A paragraph in an auditor's report that draws attention to a matter.",
            ),
            ("IS", "Information systems, primarily computerised systems"),
            ("Opinion", "The view an auditor gives, which is clear or modified."),
        ),
        links=("IS",),
    ),
    Case(
        "glossary entries numbered like sections (一、“术语”：定义) under 名词解释; the report's own "
        "一、 headings stay headings",
        "白河市政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n"
        "一、“十四五”时期工作回顾\n\n我们深化“放管服”改革，推进“一网通办”。\n\n名词解释\n\n"
        "一、“放管服”改革：是简政放权、放管结合、优化服务的简称。\n"
        "二、“一网通办”：指企业和群众办事只需登录一个网站。",
        headings=((1, "一、", "“十四五”时期工作回顾"),),
        entries=(
            ("“放管服”改革", "是简政放权、放管结合、优化服务的简称。"),
            ("一网通办", "指企业和群众办事只需登录一个网站。"),
        ),
        links=("“放管服”改革", "一网通办"),
    ),
    Case(
        "a glossary set as a table: the first cell is the term, however many words",
        "City of Millbrook Budget 2024\n\nThe council kept its capital budget within the debt "
        "limit.\n\nGlossary\n\nTerm | Definition\nCapital Budget | The plan for spending on "
        "long-lived assets.\nDebt Limit | The most the city may borrow under state law.\n"
        "administered items | Items the city manages for the state.",
        entries=(
            ("Capital Budget", "The plan for spending on long-lived assets."),
            ("Debt Limit", "The most the city may borrow under state law."),
            ("administered items", "Items the city manages for the state."),
        ),
        links=("capital budget", "debt limit"),
    ),
    Case(
        "a news site's 'Full Text:' headline and its source row over the report's own title "
        "in capitals",
        "Full Text: Report on the Work of the Government\nSource: Baihe Daily | Updated: "
        "2023-03-14 09:09\n\nREPORT ON THE WORK OF THE GOVERNMENT\n\nDelivered at the First "
        "Session of the 9th Baihe Provincial People's Congress on January 15, 2023\n\nZhang Wei\n"
        "Governor of Baihe Province\n\nFellow Deputies,\n\nOn behalf of the Provincial "
        "Government, I will now report to you on the work of the government.\n\nI. Review of Our "
        "Work in 2022\n\nThe past year was a momentous one.",
        title="REPORT ON THE WORK OF THE GOVERNMENT",
        byline="Zhang Wei, Governor of Baihe Province",
        date="2023-01-15",
        headings=((1, "I.", "Review of Our Work in 2022"),),
    ),
    Case(
        "'Full text:' before the title is the page's label",
        "Full text: Report on the Work of the Government\n\nDelivered at the Second Session of "
        "the 9th Baihe Provincial People's Congress on January 12, 2024\n\nZhang Wei, Governor "
        "of Baihe Province\n\nFellow Deputies,\n\nI will now report to you on the work of the "
        "government.",
        title="Report on the Work of the Government",
        byline="Zhang Wei, Governor of Baihe Province",
    ),
    Case(
        "an English occasion wrapped before 'of' its place, the date and the city on the last line",
        "Report on the Work of the Government\n\nDelivered at the Second Session of the Sixth "
        "People's Congress\n\nof Baihe Municipality\n\n16 January 2014, Baihe\n\nMayor Li Na\n\n"
        "(For Reference)\n\nFellow Deputies,\n\nI now present to you my report on the work of "
        "the government.",
        subtitle="Delivered at the Second Session of the Sixth People's Congress of Baihe "
        "Municipality 16 January 2014, Baihe",
        byline="Mayor Li Na",
        date="2014-01-16",
    ),
    Case(
        "a glossary that lost its line breaks: one paragraph of 'Term – definition.' entries",
        "Riverton Budget Book 2024\n\nAccrual – Revenue and costs recorded when earned or "
        "incurred. Adopted Budget – The budget the Council approves for the fiscal year. "
        "Americans with Disabilities Act (ADA) – A civil rights law on access for all. Audit – A "
        "review of the city's accounts by an independent firm. Budget – A plan of spending and "
        "of the means of paying for it over a given period. Capital Project – A project that "
        "builds or repairs a long-lived asset such as a road.",
        title="Riverton Budget Book 2024",
        entries=(
            ("Accrual", "Revenue and costs recorded when earned or incurred."),
            ("Adopted Budget", "The budget the Council approves for the fiscal year."),
            ("Americans with Disabilities Act (ADA)", "A civil rights law on access for all."),
            ("Audit", "A review of the city's accounts by an independent firm."),
            ("Budget", "A plan of spending and of the means of paying for it over a given period."),
            (
                "Capital Project",
                "A project that builds or repairs a long-lived asset such as a road.",
            ),
        ),
        links=("budget",),
    ),
    Case(
        "a sentence that holds a few dashes is no glossary",
        "Annual Report\n\nThe Council met four times – in March, June, September and "
        "December. Each meeting – public, as always – heard the Mayor. Rates – the city's main "
        "income – rose by two percent. Parks – more of them – opened. Roads – repaired – "
        "reopened in May. The year closed with a surplus of three million dollars, which the "
        "Council set aside for the next year's works on the river and its banks.",
        paragraphs=(
            "The Council met four times – in March, June, September and December. Each meeting – "
            "public, as always – heard the Mayor. Rates – the city's main income – rose by two "
            "percent. Parks – more of them – opened. Roads – repaired – reopened in May. The year "
            "closed with a surplus of three million dollars, which the Council set aside for the "
            "next year's works on the river and its banks.",
        ),
    ),
    Case(
        "a table's rows under its header row, the cells parted by a space alone",
        "Audit Outcomes 2021\n\nGlossary\n\nTerm Definition or explanation\n"
        "Accounting authority (AA) Boards or heads of public entities\n"
        "Accounting framework A set of rules used to prepare financial statements\n"
        "Administration, under See Intervention\n"
        "Asset (in financial statements) Any item an entity owns, including cash\n"
        "Audit opinion The overall outcome of an audit\n"
        "Capital expenditure Spending on long-lived items such as roads",
        entries=(
            ("Accounting authority (AA)", "Boards or heads of public entities"),
            ("Accounting framework", "A set of rules used to prepare financial statements"),
            ("Administration, under", "See Intervention"),
            ("Asset (in financial statements)", "Any item an entity owns, including cash"),
            ("Audit opinion", "The overall outcome of an audit"),
            ("Capital expenditure", "Spending on long-lived items such as roads"),
        ),
        gone=("Term Definition",),
    ),
    Case(
        "new words numbered over their labelled meaning and background",
        "2025年政府工作报告中的新词\n\n今年的报告里出现了具身智能、数据跨境流动等新词。\n"
        "1. 具身智能（外延新词：智能机器人）\n含义：指人工智能与物理实体深度融合的智能形态。\n"
        "背景：人工智能正从算法走向实体应用。\n2. 数据跨境流动\n含义：规范国际间数据流通的规则。\n"
        "背景：数据成为核心生产要素。",
        title="2025年政府工作报告中的新词",
        entries=(
            (
                "具身智能（外延新词：智能机器人）",
                "含义：指人工智能与物理实体深度融合的智能形态。背景：人工智能正从算法走向实体应用。",
            ),
            ("数据跨境流动", "含义：规范国际间数据流通的规则。背景：数据成为核心生产要素。"),
        ),
        links=("具身智能", "数据跨境流动"),
    ),
    Case(
        "a news page's words of the year, one section each",
        "两会的“小词大义”\n\n今年两会有不少流行的小词。\n\n热词一：7%\n\n"
        "【语境】报告提出，国内生产总值增长预期目标为7%左右。\n\n热词二：任性\n\n"
        "【语境】报告直言“大道至简，有权不可任性”。",
        title="两会的“小词大义”",
        headings=((1, "热词一：", "7%"), (1, "热词二：", "任性")),
    ),
    Case(
        "a one-word title over a finding in sentence case",
        "Audit snapshot\n\nThe report gives the results of the council audits for the year "
        "ended 30 June 2024.\nFindings\nFinancial sustainability is a concern for some councils"
        "\nThere were 35 councils that met none or just one of the three financial benchmarks, "
        "and sixteen lack the cash to meet three months of expenses.\nCyber security remains a "
        "risk\nControls have improved, but gaps remain in the training of staff and in the "
        "management of the risks of third-party systems.",
        headings=(
            (1, "", "Findings"),
            (2, "", "Financial sustainability is a concern for some councils"),
            (2, "", "Cyber security remains a risk"),
        ),
    ),
    Case(
        "a title over a bulleted list",
        "Audit snapshot\n\nThe report gives the results of the council audits for the year "
        "ended 30 June 2024.\nRecommendations\n- The department should reduce the councils' "
        "reporting burden and remove needless disclosures.\n- Councils should close their "
        "accounts each month before the audit begins.",
        headings=((1, "", "Recommendations"),),
    ),
    Case(
        "a document site's terms of sale over an appendix of indicators explained",
        "- 1、本文库文档一经付费（服务费），不意味着购买了该文档的版权，仅供个人学习、研究之用。\n"
        "- 2、本站所有内容均由网友上传，本站不对文档的完整性做任何保证。\n"
        "- 3、如文档侵权，请点击“版权申诉”。\n- 4、该文档为VIP文档，成为VIP会员后，下载免费。\n"
        "查看更多\n附件2\n主要指标解释\n1.城镇新增就业：指报告期内城镇累计新增的就业人数。\n"
        "2.居民消费价格指数：指反映居民购买的消费品和服务项目价格变动的指数。",
        title="主要指标解释",
        entries=(
            ("城镇新增就业", "指报告期内城镇累计新增的就业人数。"),
            ("居民消费价格指数", "指反映居民购买的消费品和服务项目价格变动的指数。"),
        ),
        gone=("一经付费", "本站所有内容", "版权申诉", "VIP", "查看更多"),
    ),
    Case(
        "a numbered word list run into one line, each word's English after a space",
        "这些热点词语的英语译文带上了浓烈的中国印记。 1.财政支出 fiscal spending 2.义务教育 "
        "compulsory education 3.中等职业学校 secondary vocational schools 4.助学制度 student aid "
        "system 5.社区卫生服务中心 community health service centers 6.乙肝疫苗接种 vaccinations "
        "against hepatitis B",
        entries=(
            ("财政支出", "fiscal spending"),
            ("义务教育", "compulsory education"),
            ("中等职业学校", "secondary vocational schools"),
            ("助学制度", "student aid system"),
            ("社区卫生服务中心", "community health service centers"),
            ("乙肝疫苗接种", "vaccinations against hepatitis B"),
        ),
        paragraphs=("这些热点词语的英语译文带上了浓烈的中国印记。",),
    ),
    Case(
        "a portal's notice that issues the report, its record's fields on one line",
        "青河县人民政府\n首页 >> 公开信息内容\n\n青河县人民政府关于印发2022年政府工作报告的通知\n\n"
        "索引号:1153/2022-0210001 公文目录:政府工作报告 发文日期:2022年02月10日 主题词:政府工作报告 "
        "文  号:青政发〔2022〕6号\n\n各乡镇人民政府,县直各部门:\n\n2022年《政府工作报告》已经县第十八届"
        "人民代表大会第一次会议审议通过,现予印发,请认真贯彻落实。\n\n青河县人民政府\n\n2022年2月9日"
        "\n\n政府工作报告\n\n——2022年1月20日在青河县第十八届人民代表大会第一次会议上\n\n县长 李明\n\n"
        "各位代表:\n\n我代表县人民政府,向大会报告工作,请予审议。",
        title="政府工作报告",
        subtitle="——2022年1月20日在青河县第十八届人民代表大会第一次会议上",
        byline="县长 李明",
        paragraphs=(
            "青河县人民政府关于印发2022年政府工作报告的通知",
            "各乡镇人民政府，县直各部门：",
        ),
        gone=("索引号", "公文目录", "首页"),
    ),
    Case(
        "a paper's name over the day's issue and a font control that lost its buttons",
        "青河市2016年政府工作报告\n——2016年1月9日青河市第十五届人民代表大会第四次会议通过\n"
        "[字体: ] 打印\n青河日报 2016年02月10日\n\n青河市人民政府市长 王明\n\n各位代表:\n\n"
        "现在,我代表市政府向大会报告工作,请予审议。",
        title="青河市2016年政府工作报告",
        byline="青河市人民政府市长 王明",
        gone=("字体", "青河日报"),
    ),
    Case(
        "the caption of the speaker's photo under the byline",
        "政府工作报告\n\n——2024年1月30日在青河省第十四届人民代表大会第二次会议上\n\n省长 王莉\n\n"
        "省长王莉作政府工作报告。\n\n各位代表:\n\n现在,我代表省人民政府,向大会报告工作,请予审议。",
        byline="省长 王莉",
        gone=("省长王莉作政府工作报告。",),
    ),
    Case(
        "a repost's exclaiming headline is the only name the page has",
        "干得漂亮！青河市五年奋力拼搏，结果让人大吃一惊！\n"
        "（摘自2016年11月1日市长代表市人民政府在青河市七届人大一次会议上所作的工作报告。）\n\n"
        "一、市六届政府工作回顾\n五年来，全市经济社会发展取得显著成就。",
        title="干得漂亮！青河市五年奋力拼搏，结果让人大吃一惊！",
        headings=((1, "一、", "市六届政府工作回顾"),),
    ),
    Case(
        "a council's menu, one link a line, over its dictionary of terms alone on their lines",
        "Skip to content\nWhat's New\nSite Map\nSearch\nA-Z Services\nWebsite Help\nComplaints\n"
        "Feedback\nAccess key details\n\nLocal Government Dictionary\n\nBenches\nIn the House of "
        "Commons the members sit on benches. Ministers sit on the front benches.\n\nCross Bench "
        "Peers are independent members of the House of Lords.\n\nBest Value\nThe Best Value "
        "system became law in England in 1999.",
        title="Local Government Dictionary",
        entries=(
            (
                "Benches",
                "In the House of Commons the members sit on benches. Ministers sit on the front "
                "benches. Cross Bench Peers are independent members of the House of Lords.",
            ),
            ("Best Value", "The Best Value system became law in England in 1999."),
        ),
        gone=("Skip to content", "A-Z Services", "Complaints", "Access key details"),
    ),
    Case(
        "a statute's definitions, quoted terms that mean or include, in a table's borders",
        "Riverton Act, 1994\n|\nInterpretation. |\n2.—(1) In this Act— |\n|\n|\n"
        "“the Act of 1941” means the Local Government Act, 1941 ; |\n||\n|\n"
        "“election” means a local election; |\n||\n|\n“elective body” means a body elected for "
        "the purposes of the Acts of 1940 to 1993; |\n||\n|\n“enactment” includes an instrument "
        "made under an enactment; |\n||\n|\n“manager” means— |\n||\n|\n(a) as respects a "
        "borough, its manager, and |\n||\n|\n(b) as respects a county, the manager under the "
        "Act of 1941; |\n||\n|\n“the Minister” means the Minister for the Environment; |",
        title="Riverton Act, 1994",
        entries=(
            ("the Act of 1941", "means the Local Government Act, 1941 ;"),
            ("election", "means a local election;"),
            ("elective body", "means a body elected for the purposes of the Acts of 1940 to 1993;"),
            ("enactment", "includes an instrument made under an enactment;"),
            (
                "manager",
                "means—(a) as respects a borough, its manager, and (b) as respects a county, the "
                "manager under the Act of 1941;",
            ),
            ("the Minister", "means the Minister for the Environment;"),
        ),
        links=("the Act of 1941",),
        gone=("|",),
    ),
    Case(
        "a table's rows under its header, each term run into its definition with no space",
        "Budget 2020 - Appendix A: Glossary\n\nTerm Definition\n\nAccountA classification of "
        "spending within a department's budget.\n\nActualActual revenue and spending, as opposed "
        "to the budget.\n\nAMO Association of Municipalities of Ontario.\n\nAmortizationThe "
        "process of spreading an asset's cost over its useful life.\n\nAssessmentAn estimate of "
        "property value as a basis for property taxes.",
        entries=(
            ("Account", "A classification of spending within a department's budget."),
            ("Actual", "Actual revenue and spending, as opposed to the budget."),
            ("AMO", "Association of Municipalities of Ontario."),
            ("Amortization", "The process of spreading an asset's cost over its useful life."),
            ("Assessment", "An estimate of property value as a basis for property taxes."),
        ),
    ),
    Case(
        "an acronym table whose title is a row of its own",
        "| Glossary of Acronyms Heard at Finance | |\n| 10s | Schedule 10s - Supplementary "
        "Schedules |\n| AB | Assembly Bill |\n| ACR | Assembly Concurrent Resolution |\n"
        "| AG | Attorney General |\n| BA | Budget Act |\n| BCP | Budget Change Proposal |",
        title="Glossary of Acronyms Heard at Finance",
        entries=(
            ("10s", "Schedule 10s - Supplementary Schedules"),
            ("AB", "Assembly Bill"),
            ("ACR", "Assembly Concurrent Resolution"),
            ("AG", "Attorney General"),
            ("BA", "Budget Act"),
            ("BCP", "Budget Change Proposal"),
        ),
    ),
    Case(
        "a blog's post label, date badge, author and comment count, an advertisement's label "
        "and a screenshot's caption",
        "Blog Post\n\n23 Jun\nBy: Ann Kibet 0\n\nAdvertisements\nThe Governor delivered the "
        "budget statement on June 21.\n\nThe Governor with the Speaker (screenshot from the "
        "county livestream)\n\nMr. Speaker, it is an honour to present the budget.",
        paragraphs=(
            "The Governor delivered the budget statement on June 21.",
            "Mr. Speaker, it is an honour to present the budget.",
        ),
        gone=("Blog Post", "23 Jun", "Ann Kibet", "Advertisements", "screenshot"),
    ),
    Case(
        "an English occasion without its verb, wrapped over three lines under the speaker",
        "Report on the Work of the Government\n\nLi Ming\nMayor of Baihe\n\nat the Third "
        "Session\nof the Twelfth Baihe Municipal People's Congress\non January 18, 2005\n\n"
        "Fellow deputies,\n\nI will now present a report on the work of the government.",
        title="Report on the Work of the Government",
        subtitle="at the Third Session of the Twelfth Baihe Municipal People's Congress on "
        "January 18, 2005",
        byline="Li Ming, Mayor of Baihe",
        date="2005-01-18",
    ),
    Case(
        "a document viewer's page labels and snippets",
        "Follow-up Review: Reports Released from 2014 ... · This Follow-up Review: Reports...\n\n"
        "Transcript of Follow-up Review: Reports Released ... · This Follow-up Review...\n\n"
        "Citation preview\n\nPage 2: Follow-up Review ... - Riverton · includes vehicles and "
        "equipment\n\nFollow-up Review\n\nThis review is submitted to the Audit Committee.",
        paragraphs=("This review is submitted to the Audit Committee.",),
        gone=("Transcript of", "Citation preview", "Page 2:", "· This"),
    ),
    Case(
        "a council's standing orders: unquoted terms that mean or include, a list after a colon",
        "Glossary of Terms\n\nGlossary\n\nAgenda (also known as Order Paper) means the list of "
        "items for a meeting.\n\nChairperson means the Mayor when chairing the Council.\n\n"
        "Committee includes, in relation to a local authority:\n\n  • A committee of all the "
        "members of Council\n  • A standing committee appointed by Council.\n\nExtraordinary "
        "meeting means any meeting called under Clause 22.\n\nMember means any person elected "
        "to Council, and includes the Chairperson.",
        entries=(
            ("Agenda (also known as Order Paper)", "means the list of items for a meeting."),
            ("Chairperson", "means the Mayor when chairing the Council."),
            (
                "Committee",
                "includes, in relation to a local authority: • A committee of all the members of "
                "Council • A standing committee appointed by Council.",
            ),
            ("Extraordinary meeting", "means any meeting called under Clause 22."),
            ("Member", "means any person elected to Council, and includes the Chairperson."),
        ),
        links=("Chairperson",),
    ),
    Case(
        "an acronym table a cell a line: the acronym, its expansion, what it is",
        "Glossary\n\nReports to Committee are presented generally by 'exception' - that is, only "
        "items that do not comply are discussed.\n\nAcronym\n\nMeaning\n\nDescription\n\nACR\n\n"
        "Australian Capital Region\n\nThe grouping of the territory and its neighbouring "
        "councils.\n\nAEP\n\nAnnual Exceedance Probability\n\nFor floods, expressed as a "
        "percentage.\n\nAHD\n\nAustralian Height Datum\n\nThe level floors are set at.\n\nBCA"
        "\n\nBuilding Code of Australia\n\nThe minimum standards for building.\n\nCC\n\n"
        "Construction Certificate\n\nPlans approved in line with the BCA.",
        entries=(
            (
                "ACR",
                "Australian Capital Region The grouping of the territory and its neighbouring "
                "councils.",
            ),
            ("AEP", "Annual Exceedance Probability For floods, expressed as a percentage."),
            ("AHD", "Australian Height Datum The level floors are set at."),
            ("BCA", "Building Code of Australia The minimum standards for building."),
            ("CC", "Construction Certificate Plans approved in line with the BCA."),
        ),
        links=("BCA",),
        paragraphs=(
            "Reports to Committee are presented generally by 'exception' - that is, only items "
            "that do not comply are discussed.",
        ),
    ),
    Case(
        "a news site's weather, place and date over the headline, an advertisement between dashes",
        "8.4 C\nNew York\nTuesday, December 5, 2023\n\nRiverton Budget 2024: The Governor's "
        "Address To The State Assembly\n\n- Advertisement -\n\nMr. Speaker, I present the "
        "2024 budget to this House today.",
        title="Riverton Budget 2024: The Governor's Address To The State Assembly",
        gone=("8.4 C", "New York", "Tuesday", "Advertisement"),
    ),
    Case(
        "an archive's record of the document above it, and its viewer's notice",
        "It appears you do not have PDF support in this web browser. Click here to download the "
        "document.\n\nPublisher Council of Governors (CoG)\nYear of Publication 2018\nCounty "
        "Riverton\n\nThis Fifth Annual Progress Report on the county's development plan presents "
        "what was achieved in the fourth year of the plan.",
        gone=("PDF support", "Publisher", "Year of Publication", "County Riverton"),
    ),
    Case(
        "a French document viewer's furniture and its page markers",
        "• Aucun résultat trouvé\n\n2005 Annual Report\n\nN/A\nProtected\n\nAcademic year: "
        '2022\n\nPartager "2005 Annual Report"\n\nCopied!\n\nTexte intégral\n\n(1)\n\n'
        "Office of the Auditor General\n\n(2)\n(3)\n\nTo the Speaker of the Assembly\n\nI am "
        "pleased to transmit the 2005 Annual Report of the Office of the Auditor General.\n\n(4)",
        gone=("Aucun", "N/A", "Protected", "Academic year", "Partager", "Copied!", "Texte", "(1)"),
    ),
    Case(
        "a server's error page the scrape kept over a news story, and the story's label",
        "404 Not Found\n\n404 Not Found\n\nnginx/1.18.0\n中新社吉林分社正文\n\n首页-->社会\n\n"
        "青河区第十九届人民代表大会第四次会议开幕\n发布时间:2024年12月19日 11:56 来源:青河区人大\n\n"
        "12月18日上午，青河区第十九届人民代表大会第四次会议开幕。",
        title="青河区第十九届人民代表大会第四次会议开幕",
        gone=("Not Found", "nginx", "正文", "首页"),
    ),
    Case(
        "a title with the page's date after it, said again without it",
        "2020年青河街道办事处工作总结 2021-04-02\n\n2020年青河街道办事处工作总结\n\n"
        "2020年是极不平凡的一年。街道办事处较好地完成了全年工作任务。",
        title="2020年青河街道办事处工作总结",
        paragraphs=("2020年是极不平凡的一年。街道办事处较好地完成了全年工作任务。",),
        gone=("2021-04-02",),
    ),
    Case(
        "a portal's record of another document, its fields in traditional script",
        "號: 003187229/202210-00003 信息分類: 規范性文件發布\n發布機構: 青河市人民政府辦公室\n"
        "政策咨詢機關: 市醫保局待遇保障科 政策咨詢電話: 0557-3060358\n\n"
        "【市長解讀】市長解讀2023年政府工作報告\n\n現將《政府工作報告》解讀如下。",
        title="市長解讀2023年政府工作報告",
        gone=("號:", "信息分類", "政策咨詢"),
    ),
    Case(
        "a document site's record, its fields set as a list with bars",
        "- 2021-04-15 发布 |\n- 37.5 KB |\n- 11页\n申明敬告: 本站不保证该用户上传的文档完整性，"
        "本站不予受理。\n文档介绍\n2020年度青河街道工作总结\n\n今年以来，青河街道紧紧围绕市委、"
        "市政府工作部署，推动区域经济社会高质量发展。",
        title="2020年度青河街道工作总结",
        gone=("发布 |", "KB", "11页", "申明敬告", "文档介绍"),
    ),
    Case(
        "a page about a report's new words: each word alone, over a paragraph that says it",
        "2018年政府工作报告8个新词有何深意\n今年，我们再次透过新词看中国。\n品质革命\n"
        "全面开展质量提升行动，弘扬工匠精神，来一场中国制造的品质革命。\n城镇调查失业率\n"
        "城镇调查失业率5.5%以内，首次作为预期目标。\n“最多跑一次”\n必须到现场办的也要力争做到"
        "“最多跑一次”。\n双创升级版\n推进“双创”示范基地建设，打造“双创”升级版。",
        entries=(
            ("品质革命", "全面开展质量提升行动，弘扬工匠精神，来一场中国制造的品质革命。"),
            ("城镇调查失业率", "城镇调查失业率5.5%以内，首次作为预期目标。"),
            ("最多跑一次", "必须到现场办的也要力争做到“最多跑一次”。"),
            ("双创升级版", "推进“双创”示范基地建设，打造“双创”升级版。"),
        ),
    ),
    Case(
        "a table of the text's own, its cells holding sentences, is kept row by row",
        "三农指的是什么\n\n一、三农的具体内容\n内容 | 定义 | 说明 |\n"
        "农业 | 指种植、养殖、渔业等生产活动 | 包括农作物种植、畜牧业等 |\n"
        "农村 | 指以农业为主的区域，包括村庄、乡镇等 | 是政策实施的重点区域 |\n"
        "二、总结\n“三农”问题关系到国家的整体发展。",
        paragraphs=(
            "内容 | 定义 | 说明 |",
            "农业 | 指种植、养殖、渔业等生产活动 | 包括农作物种植、畜牧业等 |",
        ),
    ),
    Case(
        "a repost's title in 【】 run into its first paragraph",
        "【三农指的是什么内容】“三农”是中国农村发展中的重要概念，涉及农业、农村和农民三个方面。\n"
        "一、三农的基本含义\n“三农”是指农业、农村和农民。",
        title="三农指的是什么内容",
        paragraphs=("“三农”是中国农村发展中的重要概念，涉及农业、农村和农民三个方面。",),
    ),
    Case(
        "a teaser that copies the opening without an ellipsis, a copy site's word run on after it",
        "政府工作报告各位代表:现在,我代表市人民政府,向大会作政府工作报告,请予审议。一、过去五年工作回顾"
        "过去的五年,是我市经济社会发展最好最快的下面是小编为大家整理的青河市2008年政府工作报告,供大家参考。\n"
        "政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会作政府工作报告,请予审议。\n"
        "一、过去五年工作回顾\n过去的五年,是我市经济社会发展最好最快的时期。",
        title="政府工作报告",
        headings=((1, "一、", "过去五年工作回顾"),),
        gone=("小编", "最快的下面"),
    ),
    Case(
        "a page that explains a slogan's words, each closed by a colon over its paragraph, under "
        "a site's name and motto said twice",
        "青河留学网-留学游子的家园\n\n青河留学网-留学游子的家园\n\n什么叫六保\n\n"
        "“六保”是指保居民就业、保基本民生、保市场主体、保基层运转。\n\n保居民就业：\n\n"
        "保障居民就业是维护经济发展和社会稳定的需要。\n\n保基本民生：\n\n包括加大基本民生和兜底力度，"
        "保障困难群众的基本生活。\n\n保市场主体：\n\n尽力帮助中小微企业、个体工商户渡过难关。\n\n"
        "保基层运转：\n\n确保基层政府和组织的正常运转，保障基本公共服务。",
        title="什么叫六保",
        entries=(
            ("保居民就业", "保障居民就业是维护经济发展和社会稳定的需要。"),
            ("保基本民生", "包括加大基本民生和兜底力度，保障困难群众的基本生活。"),
            ("保市场主体", "尽力帮助中小微企业、个体工商户渡过难关。"),
            ("保基层运转", "确保基层政府和组织的正常运转，保障基本公共服务。"),
        ),
        links=("保居民就业",),
        gone=("留学网",),
    ),
    Case(
        "a page of a report's key words, each word alone in bold that a scrape left open",
        "从这些关键词解读政府工作报告\n\n今年的政府工作报告通过一系列关键词描绘了发展的新蓝图。\n\n"
        "**高质量发展\n\n关键词解读：高质量发展是本次报告中的高频词，强调了经济转型升级。\n\n"
        "**创新驱动\n\n关键词解读：创新驱动发展战略被多次提及，创新是发展的核心动力。",
        entries=(
            ("高质量发展", "关键词解读：高质量发展是本次报告中的高频词，强调了经济转型升级。"),
            ("创新驱动", "关键词解读：创新驱动发展战略被多次提及，创新是发展的核心动力。"),
        ),
    ),
    Case(
        "a council's acronyms under a 'Term Explanation' header, one in mixed case, under its "
        "menu of three words",
        "Pay Apply Report\n\nAcronyms and abbreviations\n\nThis is a directory of terms used "
        "in local government.\n\nTerm Explanation\nAcas Advisory, Conciliation and Arbitration "
        "Service\nACE Achieving Cumbrian Excellence\nALMO Arms Length Management Organisation\n"
        "CCC Cumbria County Council\nCCfA Councillor call for action\nCCG Clinical "
        "Commissioning Group",
        title="Acronyms and abbreviations",
        entries=(
            ("Acas", "Advisory, Conciliation and Arbitration Service"),
            ("ACE", "Achieving Cumbrian Excellence"),
            ("ALMO", "Arms Length Management Organisation"),
            ("CCC", "Cumbria County Council"),
            ("CCfA", "Councillor call for action"),
            ("CCG", "Clinical Commissioning Group"),
        ),
        gone=("Pay Apply",),
    ),
    Case(
        "a statute's definitions: words between the term and 'means', a short form, 'see'; its "
        "heading said twice",
        "RIVERTON ACT 1999 - SECT 4\n\nRIVERTON ACT 1999 - SECT 4\n\n4—Interpretation\n\n(1) In "
        'this Act, unless the contrary intention appears—\n\n"absolute majority" of the '
        "members of a council means a majority of the whole number of the members;\n\n"
        '"agenda" means a list of items of business for a meeting;\n\n"area" means the area '
        'for which a council is constituted;\n\n"behavioural policy"—see section 262B(1);\n\n'
        '"Behavioural Standards Panel" or "Panel" means the Panel established under Chapter '
        '13;\n\n"board member" means a member of a board;',
        entries=(
            (
                "absolute majority",
                "of the members of a council means a majority of the whole number of the members;",
            ),
            ("agenda", "means a list of items of business for a meeting;"),
            ("area", "means the area for which a council is constituted;"),
            ("behavioural policy", "—see section 262B(1);"),
            (
                "Behavioural Standards Panel",
                'or "Panel" means the Panel established under Chapter 13;',
            ),
            ("board member", "means a member of a board;"),
        ),
        paragraphs=("4—Interpretation (1) In this Act, unless the contrary intention appears—",),
    ),
    Case(
        "a budget message under its seal, a rule's image and a printer icon",
        "Skip to Main Content | Mobile Site | Contact Us | Feedback | Home\n\nRiverton County "
        "Seal\n\n2010 Budget Message\n\nline image\n\nPrinter icon  (Print Version)\n\n"
        "To the Chairman and Members of the County Legislature:\n\nWe are in the midst of the "
        "most challenging budget circumstances in thirty years.",
        title="2010 Budget Message",
        gone=("Seal", "line image", "Printer icon"),
    ),
    Case(
        "a long title in capitals the page wrapped, and a heading in sentence case over a "
        "numbered paragraph",
        "REPORT OF THE AUDITOR-GENERAL TO THE PROVINCIAL LEGISLATURE AND THE COUNCIL ON THE "
        "FINANCIAL STATEMENTS\nOF RIVERTON LOCAL MUNICIPALITY FOR THE YEAR ENDED 30 JUNE 2009\n"
        "REPORT ON THE FINANCIAL STATEMENTS\nIntroduction\n1. I was engaged to audit the "
        "financial statements of the municipality, as set out on pages 5 to 40.\nThe accounting "
        "officer’s responsibility for the financial statements\n2. The accounting officer is "
        "responsible for the preparation and fair presentation of these financial statements in "
        "accordance with the Statements of Generally Recognised Accounting Practice.\nThe "
        "Auditor-General’s responsibility\n3. As required by section 188 of the Constitution, my "
        "responsibility is to express an opinion on these financial statements.",
        title="REPORT OF THE AUDITOR-GENERAL TO THE PROVINCIAL LEGISLATURE AND THE COUNCIL ON THE "
        "FINANCIAL STATEMENTS OF RIVERTON LOCAL MUNICIPALITY FOR THE YEAR ENDED 30 JUNE 2009",
        headings=(
            (1, "", "REPORT ON THE FINANCIAL STATEMENTS"),
            (2, "", "Introduction"),
            (2, "", "The accounting officer’s responsibility for the financial statements"),
            (2, "", "The Auditor-General’s responsibility"),
        ),
    ),
    Case(
        "a copy site's collection of model texts: its intro, a text's label, an office run into "
        "the genre",
        "鎮長工作報告范文\n\n時間:2023-03-13 21:18:14\n\n導語:如何才能寫好一篇鎮長工作報告,歡迎閱讀由"
        "本站整理的十篇范文,供你借鑒。\n\n篇1\n\n現在,我代表鎮人民政府向大會作工作報告,請予審議。\n\n"
        "一、本屆政府工作回顧\n\n五年來,全鎮經濟實力大幅提升。",
        title="鎮長工作報告范文",
        headings=((1, "一、", "本屆政府工作回顧"),),
        paragraphs=("篇1", "現在，我代表鎮人民政府向大會作工作報告，請予審議。"),
        gone=("導語", "供你借鑒"),
    ),
    Case(
        "an audit office's glossary: each term alone keeps its dash, its definition under it",
        "Glossary of Terms\n\nAudit Terms\n\nAgreed-upon Procedures –\n\nAn engagement whose "
        "procedures are agreed upon. It is a type of attestation engagement.\n\n \n\n"
        "Attestation –\n\nAn engagement in which an auditor reports on another's assertion.\n\n"
        " \n\nAudit –\n\nA systematic and independent examination.\n\nAuditee –\n\nThe entity "
        "being audited.\n\nAudit Risk –\n\nThe risk that the auditor reaches a wrong "
        "conclusion.\n\nFieldwork –\n\nThe phase in which evidence is gathered.",
        title="Glossary of Terms",
        entries=(
            (
                "Agreed-upon Procedures",
                "An engagement whose procedures are agreed upon. It is a type of attestation "
                "engagement.",
            ),
            ("Attestation", "An engagement in which an auditor reports on another's assertion."),
            ("Audit", "A systematic and independent examination."),
            ("Auditee", "The entity being audited."),
            ("Audit Risk", "The risk that the auditor reaches a wrong conclusion."),
            ("Fieldwork", "The phase in which evidence is gathered."),
        ),
        links=("attestation",),
    ),
    Case(
        "a news page's new phrases, each numbered in its own words, over its context and readings",
        "政府工作报告“新提法”\n新华网北京3月5日电 读政府工作报告，“新”是一大感受。\n"
        "（新提法一）有权不可任性\n【报告语境】大道至简，有权不可任性。\n"
        "【代表解词】全国人大代表赵静：将最流行的网络用语用于简政放权。\n（新提法二）创客\n"
        "【报告语境】众多“创客”脱颖而出。\n（新提法三）书香社会\n【报告语境】倡导全民阅读，建设书香社会。",
        title="政府工作报告“新提法”",
        entries=(
            (
                "有权不可任性",
                "【报告语境】大道至简，有权不可任性。【代表解词】全国人大代表赵静：将最流行的网络用语用于"
                "简政放权。",
            ),
            ("创客", "【报告语境】众多“创客”脱颖而出。"),
            ("书香社会", "【报告语境】倡导全民阅读，建设书香社会。"),
        ),
    ),
    Case(
        "a bilingual page of key words: each word, its English, then a paragraph that says it",
        "政府工作報告關鍵詞解讀\n\n推薦人: 來源: 閱讀: 2.07W 次\n\n整理了雙語關鍵詞解讀。\n\n"
        '中等收入陷阱\nMiddle-income trap\n\n跨越"中等收入陷阱"，實現現代化，根本要靠發展。\n\n'
        '攔路虎\nTigers in the road\n\n經濟發展正處在爬坡過坎的關口，體制機制弊端和結構性矛盾是"攔路虎"。',
        entries=(
            (
                "中等收入陷阱",
                'Middle-income trap跨越"中等收入陷阱"，實現現代化，根本要靠發展。',
            ),
            (
                "攔路虎",
                'Tigers in the road經濟發展正處在爬坡過坎的關口，體制機制弊端和結構性矛盾是"攔路虎"。',
            ),
        ),
        gone=("推薦人",),
    ),
    Case(
        "a viewer's furniture in Chinese, a breadcrumb parted by spaces, an image's mark, a plug",
        "首页 政策解读 关于《政府工作报告》解读\n\n关于《政府工作报告》解读\n\n"
        "上传人:青河 文档编号:2333196 上传时间:2019-03-22 格式:DOC 页数:13 大小:54.50KB\n\n"
        "返回 下载 相关 举报\n\n由会员分享,可在线阅读,更多相关《政府工作报告.doc》请在本站上搜索。\n\n"
        "《报告》共分为二部分，约一万一千字。\n\n微信 ![]() |\n\n趣学英语,微信关注【青河小站】公众号",
        title="关于《政府工作报告》解读",
        gone=("首页", "上传人", "举报", "由会员分享", "![]", "公众号"),
    ),
    Case(
        "English furniture: skip links with settings, a page's author and revision dates, a "
        "contents line with a long leader, a paragraph's number printed twice",
        "Skip Navigation  |  Accessibility Settings  |  Access Keys  |  Translate search:\n"
        "Advanced Search\n\nBudget Round-Up Speech\n\nConclusions......................."
        "........................................................................... 32\n\n"
        "2. 2. Members have raised many points in this debate.\n\nAuthor: web-team Date of last "
        "revision:  27 July 2007 Date of expiry:  none",
        title="Budget Round-Up Speech",
        paragraphs=("2. Members have raised many points in this debate.",),
        gone=("Skip Navigation", "Advanced Search", "Conclusions", "Date of expiry"),
    ),
    Case(
        "a document site names the page by the report's file",
        "青河市2005年政府工作报告.doc\n\n上传人:青河 文档编号:2333196 上传时间:2019-03-22 格式:DOC "
        "页数:13 大小:54.50KB\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。",
        title="青河市2005年政府工作报告",
        gone=(".doc", "上传人"),
    ),
    Case(
        "a budget site's glossary: a bulleted term, then its bulleted definition wrapped over lines",
        "Glossary\n- A\n- Account\n- Accounting entities by which the ledger records the\n"
        "status of expenditure authorizations.\n- Accounts payable\n- Payments owed for goods "
        "received before the\nclose of a fiscal year.\n- Account type\n- There are six main "
        "account groupings for expenditure\naccounts, designated by codes: direct\n"
        "appropriation (1CN, 1CS), retained revenue (1RN, 1RS), capital\n(2CN).\n"
        "- Accrual basis of accounting\n- Revenues and expenditures are recorded in\nthe period "
        "that they occur.\nAlso see Statutory basis of accounting.\n- Act\n- A law passed by the "
        "Legislature.",
        entries=(
            (
                "Account",
                "Accounting entities by which the ledger records the status of expenditure "
                "authorizations.",
            ),
            (
                "Accounts payable",
                "Payments owed for goods received before the close of a fiscal year.",
            ),
            (
                "Account type",
                "There are six main account groupings for expenditure accounts, "
                "designated by codes: direct appropriation (1CN, 1CS), retained revenue (1RN, 1RS), "
                "capital (2CN).",
            ),
            (
                "Accrual basis of accounting",
                "Revenues and expenditures are recorded in the period "
                "that they occur. Also see Statutory basis of accounting.",
            ),
            ("Act", "A law passed by the Legislature."),
        ),
    ),
    Case(
        "a province's site: a breadcrumb's last step on its own line and an empty source field "
        "over the report",
        "HOME >NEWS>Latest\nNews\n\nReport on the Work of the Government\n\nSource:\n\n"
        "Report on the Work of the Government\n\nDelivered at the Fifth Session of the Seventh "
        "People’s Congress of Baihe Province on January 27, 2026\n\nLiu Ming, Governor of Baihe "
        "Province\n\nFellow deputies,\n\nOn behalf of the People’s Government, I will now report "
        "to you on the work of the government.",
        title="Report on the Work of the Government",
        subtitle="Delivered at the Fifth Session of the Seventh People’s Congress of Baihe Province "
        "on January 27, 2026",
        byline="Liu Ming, Governor of Baihe Province",
        gone=("News", "Source:"),
    ),
    Case(
        "a newspaper's story time and a caption that ends with its photographer",
        "Budget 2019: A Budget That Secures Our Future\n\nThis is Part 1 of the budget address "
        "made by the Minister for Economy on Friday, June 7, 2019 in Parliament.\n10 Jun 2019 12:22"
        "\nThe Prime Minister and the Minister after the Budget announcement on Friday. Photo: "
        "Ronald Kumar\n\nHonourable Speaker, it is my privilege to present the National Budget.",
        paragraphs=("Honourable Speaker, it is my privilege to present the National Budget.",),
        gone=("12:22", "Photo: Ronald Kumar"),
    ),
    Case(
        "a Taiwanese news page's browser advice, weather, rating and age notice",
        "為達最佳瀏覽效果,建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n"
        "關閉此視窗 請至Edge官網下載 請至FireFox官網下載\n晴時多雲\n限制級\n"
        "您即將進入之新聞內容 需滿18歲 方可瀏覽。\n根據「電腦網路內容分級處理辦法」規定,已於各該限制級網頁作標示。 "
        "台灣網站分級推廣基金會(TICRF)網站:http://www.example.org.tw"
        "\n\n青河縣議會定期會開議 縣長施政報告\n\n青河縣議會昨天開議，縣長提出施政報告。",
        title="青河縣議會定期會開議 縣長施政報告",
        gone=("瀏覽器", "官網下載", "晴時多雲", "限制級", "需滿18歲", "TICRF"),
    ),
    Case(
        "a blog's repost of a speech: its post date, source line and start marker, a share "
        "page's heading tags",
        "Monday, February 8, 2010\n\nsource: Republic of Riverton (8/2/10) Times special edition "
        "- 2010 Budget Speech (Full Text)\n\n[START]\n\n<h3>\n2010 BUDGET SPEECH\n</h3>\n\n"
        "Delivered to the National Assembly on 8th February 2010\n\nMadam Speaker, I have the "
        "honour to present the 2010 budget.\n\nLeave a Reply",
        title="2010 BUDGET SPEECH",
        gone=("Monday", "source:", "[START]", "<h3>", "Leave a Reply"),
    ),
    Case(
        "a blog's title, the speech's own in capitals behind a start marker, the speaker's name "
        "and office on two lines",
        "2010 Budget Speech - Growing after the Crisis\n\n[START] - 2010 BUDGET SPEECH - GROWING "
        "AFTER THE CRISIS\n\nBy Honourable A.B. Kgosi\nMinister of Finance and Development "
        "Planning\n\nDelivered to the National Assembly on 8th February 2010\n\nI. INTRODUCTION\n\n"
        "1. Madam Speaker, I have the honour to present the budget proposals for 2010/11.",
        title="2010 BUDGET SPEECH - GROWING AFTER THE CRISIS",
        subtitle="Delivered to the National Assembly on 8th February 2010",
        byline="By Honourable A.B. Kgosi, Minister of Finance and Development Planning",
        date="2010-02-08",
        gone=("[START]",),
    ),
    Case(
        "an abbreviation list with stops, set as a table's rows",
        "The abbreviations used in the Manual may be read as follows :\nA.G. | Accountant General. |"
        "\nC.A.M. | Civil Accounts Manual. |\nC.S. Rs. | Civil Service Regulations. |\nD.D.O. | "
        "Drawing and Disbursing Officer. |\nF.Rs. | Fundamental Rules. |\nG.P.F. | General "
        "Provident Fund. |",
        entries=(
            ("A.G.", "Accountant General."),
            ("C.A.M.", "Civil Accounts Manual."),
            ("C.S. Rs.", "Civil Service Regulations."),
            ("D.D.O.", "Drawing and Disbursing Officer."),
            ("F.Rs.", "Fundamental Rules."),
            ("G.P.F.", "General Provident Fund."),
        ),
    ),
    Case(
        "a library's bilingual hot words: each bulleted Chinese term over its English",
        "2023年政府工作报告双语热点\n热词\n▪中国式现代化\nChinese modernization\n▪ 社会主义现代化国家\n"
        "modern socialist country\n▪ 恢复和扩大消费\nthe recovery and expansion of consumption\n"
        "▪ 亲清政商关系\na cordial and clean relationship between government and business\n"
        "▪ 稳健的货币政策\na prudent monetary policy",
        entries=(
            ("中国式现代化", "Chinese modernization"),
            ("社会主义现代化国家", "modern socialist country"),
            ("恢复和扩大消费", "the recovery and expansion of consumption"),
            ("亲清政商关系", "a cordial and clean relationship between government and business"),
            ("稳健的货币政策", "a prudent monetary policy"),
        ),
    ),
    Case(
        "a parish council's glossary: terms run into definitions that open in lower case",
        "Glossary\n\nBest Value the legal duty on councils to improve the way their functions are "
        "exercised.\n\nBilling authority a local council that bills council tax in its area.\n\n"
        "Budget outturn the actual income or expenditure at the end of the financial year.\n\n"
        "Business rateable value the annual assumed rental value of a business property.\n\n"
        "Capital receipts the money a council receives from selling its assets.",
        entries=(
            (
                "Best Value",
                "the legal duty on councils to improve the way their functions are exercised.",
            ),
            ("Billing authority", "a local council that bills council tax in its area."),
            (
                "Budget outturn",
                "the actual income or expenditure at the end of the financial year.",
            ),
            ("Business rateable value", "the annual assumed rental value of a business property."),
            ("Capital receipts", "the money a council receives from selling its assets."),
        ),
    ),
    Case(
        "a name's initial is no lead sentence's end",
        "Annual Report of the Auditor General\n\nThe Office audited forty entities this year. "
        "Most kept good records.\n\nA few did not. Their accounts were late.\n\nSome lacked "
        "support. We wrote to each of them.\n\nYusador S. Gaye signed the report on 5 June for "
        "the Commission.\n\nThe Auditor General signs this report. It goes to the Legislature.",
        paragraphs=("Yusador S. Gaye signed the report on 5 June for the Commission.",),
    ),
    Case(
        "a news page's numbered glossary under a sentence that announces it, terms mostly bare",
        "青河报记者 王明 报道\n\n1月10日，青河县人民代表大会开幕。报告里有不少专业名词，"
        "记者梳理了12个名词解释，方便大家读懂政府工作报告。\n\n"
        "1.“135”总体思路：一个目标：建设强县；三个坚持；五个重点。\n\n"
        "2.瞪羚企业：跨过创业死亡谷、进入高成长期的中小企业。\n\n"
        "3.四减四增：减少落后产能，增加新动能；减少燃煤，增加清洁能源。\n\n"
        "4.百村工程：用三年时间打造100个示范村。",
        entries=(
            ("“135”总体思路", "一个目标：建设强县；三个坚持；五个重点。"),
            ("瞪羚企业", "跨过创业死亡谷、进入高成长期的中小企业。"),
            ("四减四增", "减少落后产能，增加新动能；减少燃煤，增加清洁能源。"),
            ("百村工程", "用三年时间打造100个示范村。"),
        ),
    ),
    Case(
        "a budget's glossary under a numbered part's heading, one definition not opening with 指",
        "7\n第三部分：专业名词解释\n1.财政拨款收入：指本级财政当年拨付的资金。\n"
        "2.事业收入：指事业单位开展业务活动取得的收入。\n"
        "3.基本支出：指为保障机构正常运转而发生的支出。\n"
        "4.机关运行经费：为保障行政单位运行用于购买货物和服务的各项资金。",
        entries=(
            ("财政拨款收入", "指本级财政当年拨付的资金。"),
            ("事业收入", "指事业单位开展业务活动取得的收入。"),
            ("基本支出", "指为保障机构正常运转而发生的支出。"),
            ("机关运行经费", "为保障行政单位运行用于购买货物和服务的各项资金。"),
        ),
    ),
    Case(
        "a plan's glossary whose first terms, each with its abbreviation, stand out of order",
        "Part C: Appendices\n\n\nResource Management Act (RMA)\n\nThe Resource Management Act "
        "1991 sets out how the council manages the environment\n\nLong-term plan (LTP)\n\n"
        "The LTP sets out the council's priorities over ten years\n\nAnnual Plan\n\nThe annual "
        "plan is produced in each year between long-term plans\n\nAnnual Report\n\nThe annual "
        "report compares what was done with what the plan intended\n\nConsultation Document\n\n"
        "The consultation document is the basis of discussion with the community\n\n"
        "Infrastructure Strategy\n\nThis document covers the significant infrastructure issues of the "
        "council over thirty years\n\n"
        "Service plans\n\nThe council writes a service plan for every class of asset",
        entries=(
            (
                "Resource Management Act (RMA)",
                "The Resource Management Act 1991 sets out how the council manages the environment",
            ),
            ("Long-term plan (LTP)", "The LTP sets out the council's priorities over ten years"),
            ("Annual Plan", "The annual plan is produced in each year between long-term plans"),
            (
                "Annual Report",
                "The annual report compares what was done with what the plan intended",
            ),
            (
                "Consultation Document",
                "The consultation document is the basis of discussion with the community",
            ),
            (
                "Infrastructure Strategy",
                "This document covers the significant infrastructure issues of the council over "
                "thirty years",
            ),
            ("Service plans", "The council writes a service plan for every class of asset"),
        ),
    ),
    Case(
        "an auditor's glossary of sentences: each title-case term runs into the verb that defines it",
        "Annual Report 2015-2016\n\nGlossary\n\nAccountability is established when Parliament "
        "gives agencies responsibility to account through a Minister.\n\nAccrual Accounting "
        "provides information on transactions when they occur rather than when cash is paid."
        "\n\nAgency means a department or a statutory authority under the Financial Management "
        "Act.\n\nAnnual Report on State Finances is a report that gives the State's financial "
        "results for the year.\n\nAssurance Audit or Financial Audit is work done so that an "
        "opinion can be given on the financial statements.\n\nAudit Committee builds on the "
        "work of the auditors and reports to the board each quarter.",
        entries=(
            (
                "Accountability",
                "is established when Parliament gives agencies responsibility to account through a "
                "Minister.",
            ),
            (
                "Accrual Accounting",
                "provides information on transactions when they occur rather than when cash is paid.",
            ),
            (
                "Agency",
                "means a department or a statutory authority under the Financial Management Act.",
            ),
            (
                "Annual Report on State Finances",
                "is a report that gives the State's financial results for the year.",
            ),
            (
                "Assurance Audit or Financial Audit",
                "is work done so that an opinion can be given on the financial statements.",
            ),
            (
                "Audit Committee",
                "builds on the work of the auditors and reports to the board each quarter.",
            ),
        ),
    ),
    Case(
        "a report's paragraphs that open with a title-case subject are no glossary",
        "Annual Report 2016\n\nOur Year\n\nAdelaide is where the office opened its second branch "
        "this year.\n\nBrisbane Council provides most of the funding for the programme.\n\n"
        "Canberra is the seat of the board that met four times.\n\nDarwin Office includes a "
        "new team of six auditors.\n\nEast Gippsland is the region that grew fastest in the "
        "year.",
        paragraphs=(
            "Adelaide is where the office opened its second branch this year.",
            "Darwin Office includes a new team of six auditors.",
        ),
    ),
    Case(
        "a by-law's definitions as lettered clauses, each wrapped over lines",
        "BY-LAW NO. 4\nTHE GENERAL BY-LAW\nDefinitions\n3. In this By-law, unless the context "
        'otherwise\nrequires:\n(a) "assessment" means the value placed on land\nfor the '
        'purposes of taxation;\n(b) "clerk" means the Municipal Clerk of the\nMunicipality;\n'
        '(c) "council" includes any committee of the\nCouncil acting under delegation;\n'
        '(d) "ward" means a polling ward of the Municipality;',
        entries=(
            ("assessment", "means the value placed on land for the purposes of taxation;"),
            ("clerk", "means the Municipal Clerk of the Municipality;"),
            ("council", "includes any committee of the Council acting under delegation;"),
            ("ward", "means a polling ward of the Municipality;"),
        ),
        paragraphs=("3. In this By-law, unless the context otherwise requires:",),
    ),
    Case(
        "an act's numbered definitions in single quotes, an inserted one in brackets",
        "Section 2 in the General Clauses Act, 1920\n\n2. Definitions.\n\n- In this Act, unless "
        "there is anything repugnant in the subject or context,-\n(1)'abet', with its "
        "grammatical variations, shall have the same meaning as in the Penal Code;\n"
        "(2)'affidavit' shall include affirmation and declaration;\n(2a)[ 'district' shall "
        "have the same meaning as in the Land Act.] [Inserted by Order, 1937.]\n"
        "(3)'month' shall mean a month reckoned by the British calendar;",
        entries=(
            (
                "abet",
                ", with its grammatical variations, shall have the same meaning as in the Penal "
                "Code;",
            ),
            ("affidavit", "shall include affirmation and declaration;"),
            (
                "district",
                "shall have the same meaning as in the Land Act.] [Inserted by Order, 1937.]",
            ),
            ("month", "shall mean a month reckoned by the British calendar;"),
        ),
    ),
    Case(
        "the page's headline gives the title whole, then the document wraps it over three lines",
        "- 青河市人民政府\n- 白沙市人民政府\n青河市白沙区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告\n"
        "青河市白沙区2021年国民经济和社会\n发展计划执行情况与2022年\n计划草案的报告\n"
        "──2022年3月10日在青河市白沙区第九届\n人民代表大会第一次会议上\n青河市白沙区发展和改革局局长 王明\n"
        "各位代表:\n现在,我代表区人民政府向大会报告计划执行情况,请予审议。",
        title="青河市白沙区2021年国民经济和社会发展计划执行情况与2022年计划草案的报告",
        subtitle="──2022年3月10日在青河市白沙区第九届人民代表大会第一次会议上",
        byline="青河市白沙区发展和改革局局长 王明",
    ),
    Case(
        "a standing committee's report: its title wrapped after the congress's name",
        "青河县人民代表大会\n常务委员会工作报告\n——2021年1月14日在青河县\n第五届人民代表大会第七次会议上\n"
        "青河县人大常委会主任 王明\n各位代表、同志们:\n我受县人大常委会的委托,向大会报告工作,请予审议。",
        title="青河县人民代表大会常务委员会工作报告",
        byline="青河县人大常委会主任 王明",
    ),
    Case(
        "a budget report's title 关于…的报告 wrapped over three lines",
        "财政报告\n发布日期:[2022-02-18] 浏览\n\n\n关于青河市白沙区2021年财政\n\n"
        "预算执行情况及2022年财政\n\n预算草案的报告\n\n2022年2月20日在青河市白沙区\n\n"
        "第二届人民代表大会第一次会议上\n\n各位代表:\n\n现在,我受区人民政府委托,向大会报告预算执行情况,请予审议。",
        title="关于青河市白沙区2021年财政预算执行情况及2022年财政预算草案的报告",
    ),
    Case(
        "a court's and a procuratorate's presidents are bylines",
        "青河市中级人民法院工作报告\n——2023年1月5日在青河市第十届人民代表大会第二次会议上\n"
        "青河市中级人民法院副院长 陈明\n各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。",
        title="青河市中级人民法院工作报告",
        byline="青河市中级人民法院副院长 陈明",
    ),
    Case(
        "a procurator-general's byline without a space before the name",
        "微信扫一扫关注我~\n青河市人民检察院工作报告\n——2021年3月8日在青河市第十三届人民\n"
        "代表大会第四次会议上\n青河市人民检察院检察长张明\n各位代表: 现在,我代表市人民检察院,向大会报告工作,请予审议。",
        title="青河市人民检察院工作报告",
        byline="青河市人民检察院检察长张明",
    ),
    Case(
        "an abbreviation list that lost its line breaks, under a report's title in capitals",
        "Ombudsman for the Region\n\nANNUAL REPORT AND ACCOUNTS FOR THE YEAR ENDED 31 MARCH 2018\n\n"
        "The Annual Report is laid before the Assembly by the Department of Justice.\n\n"
        "ACPO Association of Chief Police Officers AEP Attenuating Energy Projectile C&AG "
        "Comptroller and Auditor General CCTV Closed Circuit Television CPI Consumer Prices "
        "Index DoJ Department of Justice FTE Full Time Equivalent NDPB Non-Departmental Public "
        "Body PPS Public Prosecution Service PSNI Police Service of Northern Ireland SCS Senior Civil "
        "Service",
        entries=(
            ("ACPO", "Association of Chief Police Officers"),
            ("AEP", "Attenuating Energy Projectile"),
            ("C&AG", "Comptroller and Auditor General"),
            ("CCTV", "Closed Circuit Television"),
            ("CPI", "Consumer Prices Index"),
            ("DoJ", "Department of Justice"),
            ("FTE", "Full Time Equivalent"),
            ("NDPB", "Non-Departmental Public Body"),
            ("PPS", "Public Prosecution Service"),
            ("PSNI", "Police Service of Northern Ireland"),
            ("SCS", "Senior Civil Service"),
        ),
        paragraphs=("The Annual Report is laid before the Assembly by the Department of Justice.",),
        links=("Department of Justice",),
    ),
    Case(
        "a budget's glossary numbered like sections, each definition saying what it refers to",
        "部门预算说明\n\n本年收支总计120万元。\n\n一、财政拨款收入:指由市级财政拨款形成的收入.\n\n"
        "二、其他收入:指除财政拨款收入以外的收入.\n\n三、基本支出:指为保障机构正常运转而发生的支出.\n\n"
        "备用下载\n发帖评论\n相关话题",
        entries=(
            ("财政拨款收入", "指由市级财政拨款形成的收入."),
            ("其他收入", "指除财政拨款收入以外的收入."),
            ("基本支出", "指为保障机构正常运转而发生的支出."),
        ),
        gone=("发帖评论",),
    ),
    Case(
        "a report's numbered section with a colon is no entry unless it says what a term refers to",
        "政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n"
        "一、总体要求：指导思想是坚持稳中求进。\n\n全市经济持续向好。\n\n二、主要任务：推动高质量发展。\n\n"
        "全年完成各项目标。",
        headings=None,
        paragraphs=("全市经济持续向好。",),
    ),
    Case(
        "a news story's credit at its top is its byline",
        "青河网记者 王明 通讯员 李华 青河报道\n\n1月16日上午,青河县人民代表大会开幕。记者梳理了10个名词解释,"
        "方便大家读懂政府工作报告。\n\n1.瞪羚企业:跨过创业死亡谷、进入高成长期的中小企业。\n\n"
        "2.四减四增:减少落后产能,增加新动能。\n\n3.百村工程:用三年时间打造100个示范村。",
        byline="青河网记者 王明 通讯员 李华 青河报道",
    ),
    Case(
        "a reprint's reporter credit gives way to the speaker's line",
        "记者 王明\n\n政府工作报告\n——2023年1月5日在青河市第十届人民代表大会第二次会议上\n"
        "青河市市长 李华\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。",
        title="政府工作报告",
        byline="青河市市长 李华",
        gone=("记者 王明",),
    ),
    Case(
        "a statistics yearbook's indicators: each term, a space, and what it refers to",
        "Back 返回\n主要统计指标解释\nEXPLANATORY NOTES ON MAIN STATISTICAL INDICATORS\n\n"
        "    城镇居民家庭就业人口 指城镇居民从事社会劳动并取得劳动报酬的人口。\n"
        "    城镇居民家庭实际收入 指被调查家庭全部的实际现金收入。\n"
        "    城镇居民家庭可支配收入 指被调查家庭在支付个人所得税之后所余下的实际收入。",
        entries=(
            ("城镇居民家庭就业人口", "指城镇居民从事社会劳动并取得劳动报酬的人口。"),
            ("城镇居民家庭实际收入", "指被调查家庭全部的实际现金收入。"),
            ("城镇居民家庭可支配收入", "指被调查家庭在支付个人所得税之后所余下的实际收入。"),
        ),
    ),
    Case(
        "a council site's contents of its pages, the page shown named last, then its title",
        "Contents\n- Narrative Report\n- Balance Sheet\n- Cash Flow Statement\n- Collection Fund\n"
        "- Group Accounts\n- Glossary\nGlossary\nAccounts | Statements of income and expenditure. |\n"
        "---|---|\nActual | The final amount recorded in the accounts. |\nAssets | Resources the "
        "Council controls. |\nBudget | A statement of the Council's plans. |\nCapital Expenditure "
        "| Spending on fixed assets. |",
        title="Glossary",
        gone=("Narrative Report", "Cash Flow Statement"),
    ),
    Case(
        "a contents list under its label whose headings come later stays a contents",
        "Annual Report\n\nContents\n- Overview\n- Our year\n- Finances\n\nOverview\n\nThe council "
        "met its targets this year.\n\nOur year\n\nWe opened two libraries.\n\nFinances\n\n"
        "Spending stayed within the budget.",
        paragraphs=("The council met its targets this year.", "We opened two libraries."),
    ),
    Case(
        "a page of a report's new words, each over a paragraph that says at least half of it",
        "记者 王明 李华\n2月4日,青河市人民代表大会开幕。\n今年的《政府工作报告》里,有哪些新词提出,记者梳理出一些有代表性的。\n"
        "四个城市\n国家中心城市、美丽宜居公园城市、国际门户枢纽城市、世界文化名城。\n"
        "青山绿道蓝网\n青山指龙门山和龙泉山系,绿道指天府绿道体系,蓝网指岷江流域水网体系。\n"
        "五绿润城\n加快建设城市森林公园、大熊猫国家公园、天府绿道、锦城公园,打造绿满蓉城的生态格局。",
        entries=(
            ("四个城市", "国家中心城市、美丽宜居公园城市、国际门户枢纽城市、世界文化名城。"),
            (
                "青山绿道蓝网",
                "青山指龙门山和龙泉山系，绿道指天府绿道体系，蓝网指岷江流域水网体系。",
            ),
            (
                "五绿润城",
                "加快建设城市森林公园、大熊猫国家公园、天府绿道、锦城公园，打造绿满蓉城的生态格局。",
            ),
        ),
    ),
    Case(
        "an English occasion behind a dash, wrapped over three lines, its date run together",
        "Full Text of Report on the Work of the Qinghe Government\n\n"
        "- Delivered at the Fourth Session of\n\nthe 13th Qinghe Provincial People's Congress\n\n"
        "on January24, 2021\n\nWANG Ming, Governor of Qinghe Province\n\nFellow Deputies,\n\n"
        "On behalf of the People's Government of Qinghe Province, I will now report to you on "
        "the work of the government.",
        title="Full Text of Report on the Work of the Qinghe Government",
        subtitle="- Delivered at the Fourth Session of the 13th Qinghe Provincial People's Congress "
        "on January24, 2021",
        byline="WANG Ming, Governor of Qinghe Province",
    ),
    Case(
        "a statistics office's definitions under a paragraph that names the terms",
        "什么是“四上”企业?\n\n“四上”企业是对达到一定规模的法人单位的通俗称谓。包括规模以上工业、有资质的建筑业和"
        "房地产开发经营业、规模以上服务业法人单位。确定以上法人单位的标准为:\n\n"
        "(1)规模以上工业:年主营业务收入2000万元及以上的工业法人单位。\n\n"
        "(2)有资质的建筑业:有总承包、专业承包资质的建筑业法人单位。\n\n"
        "(3)房地产开发经营业:全部房地产开发经营业法人单位。\n\n"
        "(4)规模以上服务业:年营业收入2000万元及以上服务业法人单位。",
        entries=(
            ("规模以上工业", "年主营业务收入2000万元及以上的工业法人单位。"),
            ("有资质的建筑业", "有总承包、专业承包资质的建筑业法人单位。"),
            ("房地产开发经营业", "全部房地产开发经营业法人单位。"),
            ("规模以上服务业", "年营业收入2000万元及以上服务业法人单位。"),
        ),
    ),
    Case(
        "a page whose title asks what its terms are",
        "统计“四上”企业指哪些?\n\n发表时间:2023-09-05\n\n“四上”企业是一种习惯称谓。\n\n"
        "1.规模以上工业:年主营业务收入2000万元及以上的工业法人单位。\n\n"
        "2.限额以上住宿和餐饮业:年主营业务收入200万元及以上的住宿和餐饮业法人单位。\n\n"
        "3.规模以上服务业:年营业收入2000万元及以上服务业法人单位。",
        entries=(
            ("规模以上工业", "年主营业务收入2000万元及以上的工业法人单位。"),
            ("限额以上住宿和餐饮业", "年主营业务收入200万元及以上的住宿和餐饮业法人单位。"),
            ("规模以上服务业", "年营业收入2000万元及以上服务业法人单位。"),
        ),
    ),
    Case(
        "a budget report's enclosed numerals are its headings' numbers",
        "关于2024年青河县财政预算执行情况的报告\n各位代表:\n"
        "受县人民政府委托,现将预算执行情况报告如下,请予审议。\n一、2024年预算执行情况\n"
        "2024年,全县财政运行总体平稳。\n㈠ 一般公共预算执行情况\n1.一般公共预算收入情况\n"
        "⑴收入完成情况\n全年一般公共预算收入完成3.2亿元。\n⑵支出完成情况\n"
        "全年一般公共预算支出完成8.5亿元。\n⒉政府性基金预算执行情况\n"
        "全年政府性基金收入完成1.1亿元。",
        headings=(
            (1, "一、", "2024年预算执行情况"),
            (2, "㈠", "一般公共预算执行情况"),
            (3, "1.", "一般公共预算收入情况"),
            (4, "⑴", "收入完成情况"),
            (4, "⑵", "支出完成情况"),
            (3, "⒉", "政府性基金预算执行情况"),
        ),
    ),
    Case(
        "a copy site's paywall notice in the text",
        "青河县2023年政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
        "1.全力以赴拼经济,县域经济强劲复苏。全县生产总值增长5%。\n"
        "……(范文网http://www.example.cn省略912字,正式会员可完整阅读)……\n"
        "低改新建油茶3.1万亩,培育油茶基地4家。",
        gone=("省略912字",),
    ),
    Case(
        "a newspaper's credit with its mark is the story's byline",
        "第C02版:青河两会特别报道\n\n新词新语新图景\n\n■记者 王晓明\n\n"
        "今年的政府工作报告中,出现了许多新名词、新提法,如“十个一”“两重、两新”等。\n\n"
        "“十个一”:指一位市领导担任链长、一个工作小组、一家链主企业的工作机制。\n\n"
        "“两重、两新”:“两重”指国家重大战略实施和重点领域安全能力建设。",
        title="新词新语新图景",
        byline="记者 王晓明",
    ),
    Case(
        "a news story's dateline and the title said again before the occasion; 全文 behind bars",
        "最高人民检察院工作报告(全文) | |||||||||\n---|---|---|---|---|---|---|\n"
        "新华网北京3月19日电 最高人民检察院工作报告 ━━2006年3月11日在第十届全国人民代表大会第四次会议上\n"
        "最高人民检察院检察长贾春旺 各位代表: 现在,我代表最高人民检察院向大会报告工作,请予审议。 "
        "2005年,最高人民检察院认真履行宪法和法律赋予的职责,各项检察工作取得新的进展。 "
        "全年共批准逮捕各类刑事犯罪嫌疑人86万人,提起公诉95万人,依法打击了犯罪。 "
        "一、依法履行批捕、起诉职责,维护社会和谐稳定",
        title="最高人民检察院工作报告",
        subtitle="━━2006年3月11日在第十届全国人民代表大会第四次会议上",
        byline="最高人民检察院检察长贾春旺",
        gone=("新华网北京3月19日电",),
    ),
    Case(
        "a glossary page whose terms run into their definitions' capitals with no space",
        "Glossary of Terms\n\n"
        "Accounting PoliciesThe rules and practices adopted by the authority for its accounts.\n"
        "AccrualsAmounts included in the accounts for the year but not yet received or paid.\n"
        "Active MemberCurrent employee who is contributing to a pension scheme.\n"
        "ActuaryAn independent professional who advises the Council on the Fund's position.\n"
        "Admitted BodyAn organisation whose staff can become members of the Fund by agreement.\n"
        "BondsInvestments, mainly in government stocks, which guarantee a fixed rate of interest.\n",
        title="Glossary of Terms",
        entries=(
            (
                "Accounting Policies",
                "The rules and practices adopted by the authority for its accounts.",
            ),
            (
                "Accruals",
                "Amounts included in the accounts for the year but not yet received or paid.",
            ),
            ("Active Member", "Current employee who is contributing to a pension scheme."),
            (
                "Actuary",
                "An independent professional who advises the Council on the Fund's position.",
            ),
            (
                "Admitted Body",
                "An organisation whose staff can become members of the Fund by agreement.",
            ),
            (
                "Bonds",
                "Investments, mainly in government stocks, which guarantee a fixed rate of interest.",
            ),
        ),
    ),
    Case(
        "a site's navigation label above a transcript's headline",
        "Secondary Navigation\n\nTranscript: Mayor Smith Presents 2019 State of the City\n\n"
        "January 10, 2019\n\nAnnouncer: Please welcome our speaker to the stage.\n\n"
        "Mayor Smith: Thank you all for being here tonight. This city has never been stronger.",
        title="Transcript: Mayor Smith Presents 2019 State of the City",
        gone=("Secondary Navigation",),
    ),
    Case(
        "a budget book's glossary page: the city's name in capitals over its glossary heading",
        "Page 89 - Forest Glen FY20 Annual Budget\nP. 89\n\nCITY OF FOREST GLEN\n\n"
        "                  Glossary\n\n"
        "The City's budget uses terms that are unique to public finance and budgeting.\n\n"
        "Accrual Accounting: A basis of accounting in which revenues are recognized when earned.\n\n"
        "Ad Valorem Tax: A tax levied on the assessed value of real property.\n\n"
        "Appropriation: An authorization made by the Council to incur obligations.\n\n"
        "Balanced Budget: A budget in which revenues equal expenditures.\n\n"
        "Bond: A written promise to pay a sum of money on a specific date.\n",
        title="Glossary",
        gone=("P. 89",),
    ),
    Case(
        "a glossary run into one paragraph with no dashes: each term ends at its definition's capital",
        "Riverside Council Annual Report 2020\n\nPage 368\n\n"
        "Glossary of terms and acronyms Advocacy Proactively communicating to support a cause or "
        "policy. ARA Australasian Reporting Awards. Asset An item of property regarded as having "
        "value. Asset management Managing the maintenance of Council assets and the development "
        "of new ones. Asset Management Plan A plan for managing the ongoing maintenance of existing "
        "Council assets. Audit A systematic and independent examination of books and accounts. "
        "Capital expenditure Funds spent on acquiring or maintaining fixed assets. CBD Central "
        "business district. Community land Land controlled under an adopted Plan of Management.\n",
        title="Riverside Council Annual Report 2020",
        entries=(
            ("Advocacy", "Proactively communicating to support a cause or policy."),
            ("ARA", "Australasian Reporting Awards."),
            ("Asset", "An item of property regarded as having value."),
            (
                "Asset management",
                "Managing the maintenance of Council assets and the development of new ones.",
            ),
            (
                "Asset Management Plan",
                "A plan for managing the ongoing maintenance of existing Council assets.",
            ),
            ("Audit", "A systematic and independent examination of books and accounts."),
            ("Capital expenditure", "Funds spent on acquiring or maintaining fixed assets."),
            ("CBD", "Central business district."),
            ("Community land", "Land controlled under an adopted Plan of Management."),
        ),
    ),
    Case(
        "a viewer's page: the title said thrice, a glossary run into one line at its colons",
        "12.07.2015 Views\n\nFiscal Year 2013 Budget Book - Lake Vale\n\n"
        "Fiscal Year 2013 Budget Book - Lake Vale\n\nFiscal Year 2013 Budget Book - Lake Vale\n\n"
        "Glossary of TermsHomestead Exemption: Refer to definition for Exempt.HUD: Housing and "
        "Urban Development.Impact Fees: Fees charged to developers to cover the cost of "
        "improvements.Indirect Costs: Costs associated with, but not directly attributable to, "
        "a service.Infrastructure: The physical assets of the <strong>County</strong>, i.e., "
        "streets, buildings, and parks.Intergovernmental Revenue: Revenue received from another "
        "government unit for a specific purpose.IT: Information Technology.\n",
        title="Fiscal Year 2013 Budget Book - Lake Vale",
        entries=(
            ("Homestead Exemption", "Refer to definition for Exempt."),
            ("HUD", "Housing and Urban Development."),
            ("Impact Fees", "Fees charged to developers to cover the cost of improvements."),
            (
                "Indirect Costs",
                "Costs associated with, but not directly attributable to, a service.",
            ),
            (
                "Infrastructure",
                "The physical assets of the County, i.e., streets, buildings, and parks.",
            ),
            (
                "Intergovernmental Revenue",
                "Revenue received from another government unit for a specific purpose.",
            ),
            ("IT", "Information Technology."),
        ),
    ),
    Case(
        "a scanned page's text on one line, its lines parted by <br /> tags, page marks first",
        "Laserfiche WebLink\n<br />7A <br />Page 12 <br /> <br />Glossary of Terms <br /> <br />"
        "Vision - Description of what the community will be; a vivid, guiding image of its <br />"
        "success <br /> <br />Mission - What the organization will do to make the vision a "
        "reality <br /> <br />Core Values - How the organization implements Council policy <br />"
        "and direction <br /> <br />Strategic Initiatives - Long term initiatives, revisited "
        "every five years <br /> <br />Action Plans - Developed at departmental level; plans to "
        "implement the items above <br /> <br />Evaluation - Reporting on action plans and "
        "performance measures <br />\n",
        title="Glossary of Terms",
        entries=(
            (
                "Vision",
                "Description of what the community will be; a vivid, guiding image of its success",
            ),
            ("Mission", "What the organization will do to make the vision a reality"),
            ("Core Values", "How the organization implements Council policy and direction"),
            ("Strategic Initiatives", "Long term initiatives, revisited every five years"),
            (
                "Action Plans",
                "Developed at departmental level; plans to implement the items above",
            ),
            ("Evaluation", "Reporting on action plans and performance measures"),
        ),
    ),
    Case(
        "paragraphs a page's markup parted with <p> tags on one line",
        "青河县2020年政府工作报告\n<p>各位代表：</p><p>现在，我代表县人民政府向大会报告工作，请予审议。</p>"
        "<p>一、2019年工作回顾</p><p>2019年，全县生产总值增长6%。</p>\n",
        title="青河县2020年政府工作报告",
        headings=((1, "一、", "2019年工作回顾"),),
        paragraphs=(
            "现在，我代表县人民政府向大会报告工作，请予审议。",
            "2019年，全县生产总值增长6%。",
        ),
    ),
    Case(
        "a portal's menu under a letter-spaced 首页 above a news story",
        "首   页 走进青河 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n"
        "青河县第十八届人民代表大会第二次会议隆重开幕 张明作政府工作报告\n\n"
        "2月27日上午，青河县第十八届人民代表大会第二次会议隆重开幕。会议听取了政府工作报告。",
        title="青河县第十八届人民代表大会第二次会议隆重开幕 张明作政府工作报告",
        gone=("走进青河",),
    ),
    Case(
        "a department's name without 'of' and a link back to the contents above an acronym list",
        "Department Trade & Industry\nAnnual Report - Contents\nDTI Annual Report 1998-99\n\n"
        "Glossary of Abbreviations and Acronyms\n\n"
        "ACIAR Australian Centre for International Agricultural Research\n"
        "ANAO Australian National Audit Office\nAPS Australian Public Service\n"
        "Austrade Australian Trade Commission\nBOP Balance of payments\n"
        "ECOSOC Economic and Social Council (of the United Nations)\n"
        "EEO Equal employment opportunity\n",
        title="DTI Annual Report 1998-99",
        entries=(
            ("ACIAR", "Australian Centre for International Agricultural Research"),
            ("ANAO", "Australian National Audit Office"),
            ("APS", "Australian Public Service"),
            ("Austrade", "Australian Trade Commission"),
            ("BOP", "Balance of payments"),
            ("ECOSOC", "Economic and Social Council (of the United Nations)"),
            ("EEO", "Equal employment opportunity"),
        ),
        gone=("Department Trade & Industry", "Annual Report - Contents"),
    ),
    Case(
        "a news site's lead naming the full text between the title and the occasion",
        "CHINA> Key Reports\nReport on the Work of the Government [Full Text]\n"
        "Updated: 2008-03-19 10:39\n\n"
        "The following is the full text of the Report on the Work of the Government delivered by "
        "Premier Wen Jiabao at the First Session of the Eleventh National People's Congress.\n\n\n"
        "Delivered at the First Session of the Eleventh National People's Congress\n\n"
        " on March 5, 2008\n\nWen Jiabao\nPremier of the State Council\n\nFellow Deputies,\n\n"
        "On behalf of the State Council, I now present to you a report on the work of the "
        "government for your deliberation and approval.\n",
        title="Report on the Work of the Government",
        subtitle="Delivered at the First Session of the Eleventh National People's Congress "
        "on March 5, 2008",
        byline="Wen Jiabao, Premier of the State Council",
        paragraphs=(
            "The following is the full text of the Report on the Work of the Government delivered "
            "by Premier Wen Jiabao at the First Session of the Eleventh National People's "
            "Congress.",
            "Fellow Deputies,",
        ),
    ),
    Case(
        "an auditor's report number over its title; an acronym spelled out before its dash; a "
        "term's remark on the line under it",
        "Report 12: 2019-20\n\nAudit Results Report – Annual 2018-19 Financial Audits\n\n"
        "Glossary and abbreviations\n\n"
        "AASB Australian Accounting Standards Board\nAG Act Auditor General Act 2006\n"
        "ARSF Annual Report on State Finances\nAUASB Auditing and Assurance Standards Board\n"
        "Clear opinion\n(or unqualified opinion)\n"
        "Auditor General’s opinion expressed when an audit finds the statements fairly presented.\n"
        "Contract audit Audit of an entity undertaken by a qualified firm on the Auditor's behalf.\n"
        "FM Act Financial Management Act 2006\n"
        "KPI Key performance indicator – information about critical aspects of performance.\n",
        title="Audit Results Report – Annual 2018-19 Financial Audits",
        entries=(
            ("AASB", "Australian Accounting Standards Board"),
            ("AG Act", "Auditor General Act 2006"),
            ("ARSF", "Annual Report on State Finances"),
            ("AUASB", "Auditing and Assurance Standards Board"),
            (
                "Clear opinion (or unqualified opinion)",
                "Auditor General’s opinion expressed when an audit finds the statements fairly "
                "presented.",
            ),
            (
                "Contract audit",
                "Audit of an entity undertaken by a qualified firm on the Auditor's behalf.",
            ),
            ("FM Act", "Financial Management Act 2006"),
            (
                "KPI",
                "Key performance indicator – information about critical aspects of performance.",
            ),
        ),
    ),
    Case(
        "a news glossary: each unnumbered term under a keyword label, over its labelled meaning",
        "读懂《政府工作报告》，这些名词解释要知道\n\n齐鲁晚报·齐鲁壹点\n\n"
        "1月11日，青河市十九届人民代表大会第五次会议开幕，市长代表市政府向大会作政府工作报告。\n\n"
        "关键词:\n\n“瞪羚”企业\n\n名词解释:指成长性好，具有跳跃式发展态势的高新技术企业。\n\n"
        "报告强调:青河市坚持把新旧动能转换作为经济工作主攻方向。\n\n关键词:\n\n"
        "“231”特色产业体系\n\n名词解释:指青河市立足产业基础，着力构建的特色产业体系。\n\n"
        "报告强调:坚持工业强市，积极打造“231”特色产业体系。\n",
        entries=(
            (
                "“瞪羚”企业",
                "名词解释：指成长性好，具有跳跃式发展态势的高新技术企业。"
                "报告强调：青河市坚持把新旧动能转换作为经济工作主攻方向。",
            ),
            (
                "“231”特色产业体系",
                "名词解释：指青河市立足产业基础，着力构建的特色产业体系。"
                "报告强调：坚持工业强市，积极打造“231”特色产业体系。",
            ),
        ),
        gone=("齐鲁壹点",),
    ),
    Case(
        "a repost's column before a bar in its headline; a menu of provinces parted by bars",
        "安徽|北京|重庆|福建|甘肃|贵州|广东|广西|海南|河北|河南|湖北|湖南|黑龙江|江苏|江西|浙江\n"
        "两会·图解|一图速览2024年青河市政府工作报告\n2024年02月28日 10:52\n来源:青河新闻网\n\n"
        "  2月27日,青河市第五届人民代表大会第四次会议开幕,市长向大会作政府工作报告。\n",
        title="一图速览2024年青河市政府工作报告",
        gone=("安徽|北京",),
    ),
    Case(
        "a converted PDF's acronym list: its heading glued to the first entry, an expansion past a "
        "dash",
        "Top Banner\nSTRATEGIC PLAN 2010-2014\nWelcome message from author\n"
        "This document is posted to help you gain knowledge. Please leave a comment to let me "
        "know what you think about it! Share it to your friends and learn new things together.\n\n"
        "Abbreviations and AcronymsAAH-I Action Africa Help - International\n\n"
        "ACORD Agency for Cooperation and Research in Development\n\n"
        "ADRA Adventist Development and Relief Agency\n\n"
        "AMREF African Medical and Research Foundation\n\n"
        "ARV Anti-Retroviral\n\nCBO Community Based Organisation\n",
        entries=(
            ("AAH-I", "Action Africa Help - International"),
            ("ACORD", "Agency for Cooperation and Research in Development"),
            ("ADRA", "Adventist Development and Relief Agency"),
            ("AMREF", "African Medical and Research Foundation"),
            ("ARV", "Anti-Retroviral"),
            ("CBO", "Community Based Organisation"),
        ),
        gone=("Top Banner", "Welcome message from author", "posted to help you gain knowledge"),
    ),
    Case(
        "a by-law hard-wrapped with no blank lines: a short line after a finished sentence is a "
        "heading, not the paragraph's last words",
        "THE INTERPRETATION BY-LAW\nShort Title\n"
        '1. This By-Law shall be known as and may be cited\nas the "Interpretation By-law".\n'
        "Judicial Rules of Construction Preserved\n"
        "2. Nothing in this By-law excludes a judicial\nrule of construction that is applicable "
        "to a By-\nlaw and not inconsistent with this By-law.\nMeetings of the Council\n"
        "3. The Council shall meet on the first Tuesday of\nevery month unless the Council "
        "otherwise decides\nat a meeting held before that day.\n",
        headings=(
            (1, "", "THE INTERPRETATION BY-LAW"),
            (2, "", "Short Title"),
            (2, "", "Judicial Rules of Construction Preserved"),
            (2, "", "Meetings of the Council"),
        ),
        paragraphs=(
            '1. This By-Law shall be known as and may be cited as the "Interpretation By-law".',
        ),
    ),
    Case(
        "a wiki's header row: the previous and next texts, this one's speaker and day",
        "2010年青河省高级人民法院工作报告\n"
        "← | 2009年青河省高级人民法院工作报告 | 2010年青河省高级人民法院工作报告 "
        "青河省高级人民法院院长 王明 2010年3月11日 |\n2011年青河省高级人民法院工作报告 |\n|\n"
        "各位代表:\n现在,我代表青河省高级人民法院向大会报告工作,请予审议。\n",
        title="2010年青河省高级人民法院工作报告",
        subtitle="2010年3月11日",
        byline="青河省高级人民法院院长 王明",
        date="2010-03-11",
        gone=("2009年", "2011年"),
    ),
    Case(
        "a statistics office's glossary: letters over groups, a 'See:' line under each definition",
        "Statistical Language Glossary\nA\nAbsolute frequency\n"
        "The absolute frequency describes the number of times a value has been observed.\n"
        "See: Describing Frequencies\nAdministrative data\n"
        "Administrative data are collected as part of the day to day processes of organisations.\n"
        "See: Data Sources\nB\nBar chart\n"
        "A bar chart is a type of graph in which each column represents a category.\n"
        "See: Frequency Distribution\nC\nCausation\n"
        "Causation indicates that one event is the result of the occurrence of the other event.\n"
        "Cohort\nA cohort is a group of data units sharing a common experience.\n",
        entries=(
            (
                "Absolute frequency",
                "The absolute frequency describes the number of times a value has been observed. "
                "See: Describing Frequencies",
            ),
            (
                "Administrative data",
                "Administrative data are collected as part of the day to day processes of "
                "organisations. See: Data Sources",
            ),
            (
                "Bar chart",
                "A bar chart is a type of graph in which each column represents a category. "
                "See: Frequency Distribution",
            ),
            (
                "Causation",
                "Causation indicates that one event is the result of the occurrence of the other "
                "event.",
            ),
            ("Cohort", "A cohort is a group of data units sharing a common experience."),
        ),
    ),
    Case(
        "a budget's page of its words' meanings: each term alone over its definition, no numbers",
        "2025年预算报告中有关名词的解释\n政府预算体系\n"
        "按照完善社会主义市场经济体制的要求，我们逐步建立起由四本预算构成的政府预算体系。\n"
        "一般公共预算\n是对以税收为主体的财政收入，安排用于保障和改善民生的收支预算。\n"
        "政府性基金预算\n是对依照法律、行政法规的规定向特定对象征收的资金安排的收支预算。\n"
        "国有资本经营预算\n是对国有资本收益作出支出安排的收支预算。\n"
        "预算调整\n经人民代表大会批准的预算，在执行中需要调整的，应当编制预算调整方案。\n",
        title="2025年预算报告中有关名词的解释",
        headings=(),
        entries=(
            (
                "政府预算体系",
                "按照完善社会主义市场经济体制的要求，我们逐步建立起由四本预算构成的政府预算体系。",
            ),
            ("一般公共预算", "是对以税收为主体的财政收入，安排用于保障和改善民生的收支预算。"),
            (
                "政府性基金预算",
                "是对依照法律、行政法规的规定向特定对象征收的资金安排的收支预算。",
            ),
            ("国有资本经营预算", "是对国有资本收益作出支出安排的收支预算。"),
            (
                "预算调整",
                "经人民代表大会批准的预算，在执行中需要调整的，应当编制预算调整方案。",
            ),
        ),
    ),
    Case(
        "a department budget's glossary page under a numbered heading, after the page's number",
        "\n7\n第三部分:专业名词解释\n1.一般公共预算拨款:是指本级财政当年拨付的预算资金。\n"
        "2.政府性基金预算拨款:是指本级财政当年拨付的政府性基金预算资金。\n"
        "3.基本支出:是指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。\n"
        "4.项目支出:是指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。\n",
        title="第三部分：专业名词解释",
        entries=(
            ("一般公共预算拨款", "是指本级财政当年拨付的预算资金。"),
            ("政府性基金预算拨款", "是指本级财政当年拨付的政府性基金预算资金。"),
            (
                "基本支出",
                "是指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
            ),
            ("项目支出", "是指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
        ),
    ),
    Case(
        "a yearbook's indicators: each term and its definition parted by spaces, some not by 指",
        "主要统计指标解释\n\n \n\n工业生产指数  按国际标准产业分类的大类，包括矿业、制造业。\n\n"
        "机构数  这里所用的机构的概念大部分情况下指的是经济活动单位。\n\n"
        "从业人员数  指所有在企业中工作的人，包括企业主本人。\n\n产值  指企业的工业活动所产出的价值。\n\n"
        "固定资本形成  指企业在报告期内获得的固定资产减去处置的固定资产的价值。\n",
        title="主要统计指标解释",
        entries=(
            ("工业生产指数", "按国际标准产业分类的大类，包括矿业、制造业。"),
            ("机构数", "这里所用的机构的概念大部分情况下指的是经济活动单位。"),
            ("从业人员数", "指所有在企业中工作的人，包括企业主本人。"),
            ("产值", "指企业的工业活动所产出的价值。"),
            ("固定资本形成", "指企业在报告期内获得的固定资产减去处置的固定资产的价值。"),
        ),
    ),
    Case(
        "a publication's menu of its annexes over the one shown, its title said again below",
        "Global Outlook 1\n\n\nAnnex 1: Information by country\nAnnex 2: Membership of agreements\n"
        "Annex 3: Projects\nAnnex 4: Information sources and further reading\n"
        "Annex 5: Terminology, acronyms and abbreviations\n\n"
        "Annex 5: Terminology, acronyms and abbreviations\n\n"
        "ACC Administrative Committee on Coordination (United Nations)\n"
        "AEWA African-Eurasian Migratory Waterbird Agreement (CMS)\n"
        "ASEAN Association of Southeast Asian Nations\nBGCI Botanic Gardens Conservation International\n"
        "CBD Convention on Biological Diversity\n",
        entries=(
            ("ACC", "Administrative Committee on Coordination (United Nations)"),
            ("AEWA", "African-Eurasian Migratory Waterbird Agreement (CMS)"),
            ("ASEAN", "Association of Southeast Asian Nations"),
            ("BGCI", "Botanic Gardens Conservation International"),
            ("CBD", "Convention on Biological Diversity"),
        ),
        gone=("Annex 1", "Annex 4"),
    ),
    Case(
        "a document viewer's snippet of the file, with and without its page's label, and its "
        "counters a word a line",
        "77\n2018 / 2019 ANNUAL REPORT\n\n"
        "This page has been left blank intentionally....• Roads To Recovery (R2R) $317,155 • Bridges\n\n"
        "  • Upload\n    others\n\n  • View\n    2\n\n  • Download\n    0\n\n"
        "Embed Size (px)\n\nCitation preview\n\n"
        "Page 1: This page has been left blank intentionally....• Roads To Recovery (R2R) $317,155 "
        "• Bridges\n\nShire of Cranbrook 2018/2019 Annual Report\n\n"
        "The Shire delivered its road program on budget and opened the new community hall in "
        "March, with the support of the State and Federal governments.\n",
        gone=("This page has been left blank", "others"),
    ),
    Case(
        "a portal's record in bullets without colons above a title run into its occasion",
        "政府工作报告——2004年2月17日在青河市第十三届人民代表大会第二次会议上青河市市长王明\n"
        "字体大小: 打印\n  • 年度期数 第四期\n  • 总期刊数 总第六十七期\n  • 成文日期 2004-03-01\n"
        "  • 发布日期 2004-03-01\n  • 发文字号 1\n\n  • 各位代表:\n"
        "      现在,我代表市人民政府向大会做工作报告,请予审议。\n",
        gone=("年度期数", "总期刊数", "发文字号"),
    ),
    Case(
        "a hacked page's gambling spam and a portal's reading aid above the text",
        "百家乐赌场\n\n主要统计指标解释\n\n居民消费价格指数  指反映一定时期内居民所购买的生活消费品价格变动的指数。\n\n"
        "商品零售价格指数  指反映一定时期内商品零售价格变动趋势和程度的相对数。\n\n"
        "工业生产者出厂价格指数  指反映工业企业产品出厂价格变动趋势和变动程度的相对数。\n\n"
        "不能读取语音阅读器\n\n世界杯比赛登录网址 世界杯买球网平台网址 世界杯下注首大全\n",
        title="主要统计指标解释",
        gone=("百家乐", "语音阅读器", "世界杯"),
    ),
    Case(
        "a legal site's version record above an article; an archive's page around a scan's text",
        "Version status: Applicable | Document consolidation status: Updated to reflect all known "
        "changes\nVersion date: 3 January 2018 - onwards\nVersion 5 of 5\n\n"
        "Article 2 Definitions\n\nFor the purposes of this Regulation, the following definitions "
        "apply.\n",
        title="Article 2 Definitions",
        gone=("Version status", "Version 5 of 5"),
    ),
    Case(
        "an archive's full text of a scanned report",
        "(navigation image)\nSearch: Advanced Search\nAnonymous User (login or join us)\n"
        'See other formats\n\nFull text of "Annual report of the Cochituate Water Board"\n\n'
        "Digitized by the Internet Archive\n\nin 2010 with funding from\n\n"
        "The Board respectfully presents its report on the works for the year ending April 30.\n",
        title="Annual report of the Cochituate Water Board",
        gone=("navigation image", "Advanced Search", "Digitized by"),
    ),
    Case(
        "the speaker's photo caption before the byline on its line",
        "政府工作报告\n\n——2013年1月22日在青河省第十二届人民代表大会第一次会议上\n\n"
        "王明作政府工作报告 省长 王明\n\n各位代表:\n\n现在,我代表省人民政府向大会报告工作,请予审议。\n",
        title="政府工作报告",
        byline="省长 王明",
        gone=("王明作政府工作报告",),
    ),
    Case(
        "an occasion wrapped after its day; a section's heading with commas, over a paragraph",
        "政 府 工 作 报 告\n2022年1月19日\n在青河市安居区第五届人民代表大会第二次会议上\n"
        "青河市安居区人民政府区长 王明\n各位代表:\n我代表区人民政府,向大会报告工作,请予审议。\n"
        "2021年工作回顾\n2021年,在市委市政府和区委的坚强领导下,我们坚定信心、攻坚克难,经济社会发展取得新成效。\n"
        "这一年,我们埋头苦干、对标竞进,展现了经济发展“安居速度”\n"
        "竞进中的安居经济发展稳中有进、稳中提质、稳中向好。经济增长持续领跑,地区生产总值增长8.5%,"
        "规模以上工业增加值增长10.2%,固定资产投资增长12.6%,社会消费品零售总额增长15.1%。\n"
        "这一年,我们攻坚克难、改革创新,激发了城市发展新动能\n"
        "改革创新的步伐不断加快,营商环境持续优化。新增市场主体5200户,增长12%,"
        "政务服务事项全部实现网上可办,企业开办时间压缩至1个工作日以内,群众满意度明显提升。\n",
        title="政府工作报告",
        subtitle="2022年1月19日在青河市安居区第五届人民代表大会第二次会议上",
        byline="青河市安居区人民政府区长 王明",
        headings=(
            (1, "", "2021年工作回顾"),
            (1, "", "这一年，我们埋头苦干、对标竞进，展现了经济发展“安居速度”"),
            (1, "", "这一年，我们攻坚克难、改革创新，激发了城市发展新动能"),
        ),
    ),
    Case(
        "a question bank's glossary: each numbered term alone, its page in brackets on the next line",
        "财政学题库答案\n名词解释\n1.公共物品:\n【P14】\n由公共部门提供的用来满足社会公共需要的商品和服务称为公共物品。\n"
        "2.公共定价:\n【P38】\n政府相关管理部门制定提供公共物品的价格和收费标准。\n"
        "3.综合所得税:\n【】\n综合所得税是对纳税人个人的各种应税所得综合征收的所得税。\n"
        "4.预算赤字:\n【P279】\n预算赤字是指在编制预算时在收支安排上就有赤字。\n",
        entries=(
            ("公共物品", "由公共部门提供的用来满足社会公共需要的商品和服务称为公共物品。"),
            ("公共定价", "政府相关管理部门制定提供公共物品的价格和收费标准。"),
            ("综合所得税", "综合所得税是对纳税人个人的各种应税所得综合征收的所得税。"),
            ("预算赤字", "预算赤字是指在编制预算时在收支安排上就有赤字。"),
        ),
    ),
    Case(
        "a report run into one line, its lost full-width spaces turned into question marks",
        "2024年青河市政府工作報告 2024年4月11日在青河市第八屆人民代表大會第四次會議上 "
        "?青河市人民政府市長 ?王明 ? 各位代表: 現在,我代表市人民政府向大會報告工作,請予審議。 ? "
        "一、2023年工作回顧 ? 一年來,我們堅持穩中求進工作總基調,全市經濟社會發展取得新成效。 "
        "(一)產業結構更趨優化。糧食播種面積33.05萬畝,產量5.56萬噸,總體保持穩定。\n",
        title="2024年青河市政府工作報告",
        subtitle="2024年4月11日在青河市第八屆人民代表大會第四次會議上",
        byline="青河市人民政府市長 王明",
    ),
    Case(
        "an abbreviation list parted by tabs: acronyms with a slash or a colon, expansions in "
        "lower case",
        "Science Indicators 1993\n\nAppendix C: Abbreviations\n\n"
        "AAAS\t\tAmerican Association for the Advancement of Science\n"
        "BA\t\tbachelor's degree\nCAD/CAM\t\tcomputer-aided design and computer-aided "
        "manufacturing\nDOD\t\tDepartment of Defense\nGDP\t\tgross domestic product\n"
        "NELS:88\t\tNational Education Longitudinal Study of 1988\nNSF\t\tNational Science "
        "Foundation\n",
        entries=(
            ("AAAS", "American Association for the Advancement of Science"),
            ("BA", "bachelor's degree"),
            ("CAD/CAM", "computer-aided design and computer-aided manufacturing"),
            ("DOD", "Department of Defense"),
            ("GDP", "gross domestic product"),
            ("NELS:88", "National Education Longitudinal Study of 1988"),
            ("NSF", "National Science Foundation"),
        ),
    ),
    Case(
        "a copy site's mark closing every line and standing alone between them",
        "政府工作报告pbY\npbY\n2017年2月22日在青河县第十七届人民代表大会第一次会议上pbY\npbY\n"
        "青河县人民政府代县长王明pbY\npbY\n各位代表:pbY\npbY\n"
        "现在,我代表青河县人民政府向大会作政府工作报告,请予审议。pbY\npbY\n一、过去五年工作回顾pbY\npbY\n"
        "五年来,我们沉着应对,砥砺前行,较好地完成了各项任务。pbY\n",
        title="政府工作报告",
        subtitle="2017年2月22日在青河县第十七届人民代表大会第一次会议上",
        byline="青河县人民政府代县长王明",
        headings=((1, "一、", "过去五年工作回顾"),),
        gone=("pbY",),
    ),
    Case(
        "a news page that sets the report's glossary first, numbered, then the speech",
        "1.“三个着力”重要要求:2013年5月,习近平总书记视察天津时提出的要求。\n"
        "2.五个现代化天津:按照市第十一次党代会的部署,建设五个现代化天津。\n"
        "3.“三六一”思路举措:区委三届四次全会审议通过的思路举措。\n"
        "4.六稳:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n"
        "5.一制三化:即承诺制、标准化、智能化、便利化。\n6.创新券:是由政府面向中小微企业无偿发放的券。\n"
        "各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议。\n2018年工作回顾\n"
        "我们坚持“三个着力”重要要求,全力推进五个现代化天津建设,落实“六稳”要求。\n",
        entries=(
            ("“三个着力”重要要求", "2013年5月，习近平总书记视察天津时提出的要求。"),
            ("五个现代化天津", "按照市第十一次党代会的部署，建设五个现代化天津。"),
            ("“三六一”思路举措", "区委三届四次全会审议通过的思路举措。"),
            ("六稳", "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"),
            ("一制三化", "即承诺制、标准化、智能化、便利化。"),
            ("创新券", "是由政府面向中小微企业无偿发放的券。"),
        ),
        links=("“三个着力”重要要求", "五个现代化天津"),
    ),
    Case(
        "a yearbook's long terms with a bracketed word, each before its 指 definition",
        "主要统计指标解释\n城乡居民储蓄存款余额 指某一时点城乡居民存入银行的储蓄金额。\n"
        "城市(城镇)居民家庭就业人口 指城市(城镇)居民从事社会劳动并取得劳动报酬的人员。\n"
        "城市(城镇)居民家庭总收入 指家庭成员得到的工薪收入、经营净收入和财产性收入。\n"
        "城市(城镇)居民家庭人均服务性消费支出 指调查户用于本家庭支付各种服务的支出。\n",
        entries=(
            ("城乡居民储蓄存款余额", "指某一时点城乡居民存入银行的储蓄金额。"),
            (
                "城市（城镇）居民家庭就业人口",
                "指城市（城镇）居民从事社会劳动并取得劳动报酬的人员。",
            ),
            ("城市（城镇）居民家庭总收入", "指家庭成员得到的工薪收入、经营净收入和财产性收入。"),
            (
                "城市（城镇）居民家庭人均服务性消费支出",
                "指调查户用于本家庭支付各种服务的支出。",
            ),
        ),
    ),
    Case(
        "a regulator's menu a link a line above a long breadcrumb, then its glossary",
        "- Advice for Consumers\n- How to complain\n- Licensing\n- Find a document\n"
        "- Enforcement\n- About the Regulator\n"
        "Home > Consultations > Consultation Documents > Oftel/Ofcom W B A M P > Review of the "
        "Wholesale Broadband Ac > Annex D\n"
        "Annex D, Review of the Wholesale Broadband Access Markets\nGlossary\n"
        "ADSL (Asymmetric Digital Subscriber Line): a digital technology that allows the use of a "
        "copper line to send data.\n"
        "Analogue: the direct representation of a waveform, as opposed to digital.\n"
        "Broadband: a service or connection allowing a considerable amount of information to be "
        "conveyed.\nBT: British Telecommunications plc.\n"
        "Cable modem: a device that enables a consumer to access the Internet via a cable line.\n",
        title="Annex D, Review of the Wholesale Broadband Access Markets",
        gone=("Advice for Consumers", "About the Regulator", "Consultation Documents"),
    ),
    Case(
        "a bulleted glossary title over short definitions in lower case, wrapped with blank lines, "
        "one term out of order",
        "• Glossary of Pension Terms\n     \n\n"
        "    Annuity: a specified income payable at regular intervals for a set time period, often "
        "for the remainder\n\n    of a recipient’s life.\n     \n\n"
        "    Annual required contribution (ARC): the actuarially determined pension fund "
        "contribution in a single\n\n    year.\n\n     \n"
        "    Asset allocation: investment strategy that apportions a portfolio’s assets according "
        "to the investor’s goals.\n\n     \n"
        "    Benefit multiplier: a fixed percentage of pay used in the formula that determines a "
        "pension.\n\n     \n"
        "    Defined benefit (DB) plan: employee retirement plan that uses a predetermined formula "
        "to calculate benefits.\n",
        title="Glossary of Pension Terms",
        entries=(
            (
                "Annuity",
                "a specified income payable at regular intervals for a set time period, often for "
                "the remainder of a recipient’s life.",
            ),
            (
                "Annual required contribution (ARC)",
                "the actuarially determined pension fund contribution in a single year.",
            ),
            (
                "Asset allocation",
                "investment strategy that apportions a portfolio’s assets according to the "
                "investor’s goals.",
            ),
            (
                "Benefit multiplier",
                "a fixed percentage of pay used in the formula that determines a pension.",
            ),
            (
                "Defined benefit (DB) plan",
                "employee retirement plan that uses a predetermined formula to calculate benefits.",
            ),
        ),
    ),
    Case(
        "an acronym list with dashes: a letter bar, abbreviations in mixed case and lower case "
        "first",
        "Appendix A: List of Acronyms and Initialisms\n\n"
        "A | B | C | D | E | F | G | H | I | J | K | L | M | N | O | P | Q | R | S | T | U | V | W | "
        "X | Y | \n\n\nCRAF - Civil Reserve Air Fleet\n\ndB - decibels\n\n"
        "dBA - A-weighted decibels\n\nDOT - Department of Transportation\n\n"
        "EPA - Environmental Protection Agency\n\nEPNdb - effective perceived noise level\n\n"
        "FAA - Federal Aviation Administration\n\nFARs - Federal Aviation Regulations\n",
        entries=(
            ("CRAF", "Civil Reserve Air Fleet"),
            ("dB", "decibels"),
            ("dBA", "A-weighted decibels"),
            ("DOT", "Department of Transportation"),
            ("EPA", "Environmental Protection Agency"),
            ("EPNdb", "effective perceived noise level"),
            ("FAA", "Federal Aviation Administration"),
            ("FARs", "Federal Aviation Regulations"),
        ),
        gone=("A | B | C",),
    ),
    Case(
        "an English occasion over three lines, 'of the 13th' on the second, the speaker after 'by'",
        "The current position: Home page\n> Provincial Government > Government Bulletin\n"
        "2021 Report on the Work of the Government\nupdated on:2021-02-02 11:24\n\n"
        "Delivered at the Fourth Session\n\nof the 13th Provincial People’s Congress of Jiangsu\n\n"
        "on January 26, 2021\n\nby Governor Wu Zhenglong\n\nFellow Deputies,\n\n"
        "On behalf of the Provincial People’s Government, I now present to you the report on the "
        "work of the government for your deliberation.\n",
        title="2021 Report on the Work of the Government",
        subtitle="Delivered at the Fourth Session of the 13th Provincial People’s Congress of "
        "Jiangsu on January 26, 2021",
        date="2021-01-26",
    ),
    Case(
        "a hard-wrapped report: an archive's URL under the title, the speaker run into the "
        "salutation",
        "青河省人民代表大会常务委员会工作报告\n\n"
        "Original URL: http://lib.example.cn/bin/mse.exe?seachword=&K=d00&A=4&rec=192&run=13\n\n"
        "一九九○年三月一日在青河省第七届人民代表大会第三次会议上\n"
        "青河省人民代表大会常务委员会主任 王明各位代表:\n"
        "我受省人民代表大会常务委员会的委托,向大会报告省七届人大第二次会议以\n来常委会的工作。\n"
        "一年来,省人大常委会坚持以党的基本路线为指导,认真贯彻党的十三届四中全\n"
        "会精神,根据治理整顿、深化改革的要求,努力履行宪法和法律赋予的职权,发\n挥了职能作用。\n",
        title="青河省人民代表大会常务委员会工作报告",
        subtitle="一九九○年三月一日在青河省第七届人民代表大会第三次会议上",
        byline="青河省人民代表大会常务委员会主任 王明",
        gone=("Original URL",),
    ),
    Case(
        "a bulletin's page of an article cut into pages, its number after the title",
        "青河州2015年国民经济和社会发展统计公报(4)\n\n注:\n\n"
        "1.本公报数为初步统计数。\n\n2.生产总值、各产业增加值绝对数按现价计算,增长速度按不变价格计算。\n",
        title="青河州2015年国民经济和社会发展统计公报",
    ),
    Case(
        "a county's name over its glossary's heading with a remark in brackets",
        "County of Santa Clara\nGlossary (Unaudited)\n"
        "ACCOUNTS PAYABLE. A short-term liability account reflecting amounts owed for goods.\n"
        "ACCOUNTS RECEIVABLE. An asset account reflecting amounts due for goods and services.\n"
        "ACCRUAL BASIS. The basis of accounting under which transactions are recognized when "
        "they occur.\nAGENCY FUND. A fund used to account for assets held by a government as an "
        "agent.\nAPPROPRIATION. A legal authorization granted by a legislative body to make "
        "expenditures.\n",
        title="Glossary (Unaudited)",
    ),
    Case(
        "guard: a title's first line that names a field, not a department",
        "Local Government Performance\nReport 2019-20\n\n"
        "The council met its targets this year and reported to the community on its plans.\n",
        title="Local Government Performance",
    ),
    Case(
        "guard: unbulleted lines above a breadcrumb keep the title",
        "Statement of Intent 2021-24\nContents\nSearch\nHome > Publications > Statements > 2021\n\n"
        "The Authority sets out its intentions for the next three years in this statement.\n",
        title="Statement of Intent 2021-24",
    ),
    Case(
        "guard: a long paragraph whose sentences open with capitals is no glossary run on",
        "Report\n\n"
        + " ".join(
            f"{w} Committee reviewed the plan and agreed the budget for the coming year."
            for w in ["Annual", "Budget", "Capital", "Delivery", "Executive", "Finance"]
        )
        + "\n",
        paragraphs=(
            " ".join(
                f"{w} Committee reviewed the plan and agreed the budget for the coming year."
                for w in ["Annual", "Budget", "Capital", "Delivery", "Executive", "Finance"]
            ),
        ),
    ),
    Case(
        "guard: a real question mark after a space at a line's end stays; a numbered heading "
        "with a space in it stays a heading",
        "政府工作报告\n各位代表：\n我们该怎么办 ?\n（一）坚持稳中求进 推动高质量发展\n"
        "全年地区生产总值增长6%，经济运行总体平稳、稳中有进，发展质量不断提高。\n"
        "（二）坚持改革开放 增强发展动力\n全年新增市场主体1.2万户，营商环境持续优化，改革红利不断释放。\n",
        headings=(
            (1, "（一）", "坚持稳中求进 推动高质量发展"),
            (1, "（二）", "坚持改革开放 增强发展动力"),
        ),
        paragraphs=("我们该怎么办 ？",),
    ),
    Case(
        "a statistical bulletin's issuing bureaus and day under its title stay out of the body",
        "2020年青河市国民经济和社会发展统计公报\n青河市统计局 国家统计局青河调查队\n2021年3月20日\n"
        "2020年，面对复杂的环境，全市经济运行稳定恢复。\n一、综合\n"
        "初步核算，全年地区生产总值1234.5亿元，比上年增长3.1%。\n",
        title="2020年青河市国民经济和社会发展统计公报",
        issuer="青河市统计局 国家统计局青河调查队",
        date="2021-03-20",
        headings=((1, "一、", "综合"),),
        paragraphs=("2020年，面对复杂的环境，全市经济运行稳定恢复。",),
    ),
    Case(
        "a document site's head: its fields however long, its first text, the title in brackets",
        "青河省2011年政府工作报告000\n时间:2019-05-12 13:26:17下载本文作者:会员上传\n"
        "简介:文库小编为你整理了多篇相关的《青河省2011年政府工作报告000》,但愿对你工作学习有帮助,"
        "当然你在文库还可以找到更多《青河省2011年政府工作报告000》。\n"
        "第一篇:青河省2011年政府工作报告000\n【2011 青河省政府工作报告】\n"
        "——2011年2月20日在青河省第十一届人民代表大会第四次会议上\n代省长 王明\n各位代表:\n"
        "现在,我代表省人民政府向大会报告政府工作,请予审议。\n一、“十一五”时期的工作回顾\n"
        "五年来,全省生产总值年均增长13%。\n",
        title="2011 青河省政府工作报告",
        subtitle="——2011年2月20日在青河省第十一届人民代表大会第四次会议上",
        byline="代省长 王明",
        headings=((1, "一、", "“十一五”时期的工作回顾"),),
        gone=("简介", "000"),
    ),
    Case(
        "a document site's keywords and summary fields before the text's bracketed title",
        "青河省政府工作报告 本文关键词:青河省,政府工作报告\n"
        "青河省政府工作报告 本文简介:【2011青河省政府工作报告】——2011年1月21日在青河省第十一届人民代表"
        "大会第四次会议上省长李明各位代表:现在,我代表省政府向大会报告工作,请予审议,并请省政协各\n"
        "青河省政府工作报告 本文内容:\n【2011青河省政府工作报告】\n"
        "——2011年1月21日在青河省第十一届人民代表大会第四次会议上\n省长\n李明\n各位代表:\n"
        "现在,我代表省政府向大会报告工作,请予审议,并请省政协各位委员提出意见和建议。\n",
        title="2011青河省政府工作报告",
        byline="省长 李明",
        date="2011-01-21",
        gone=("本文关键词", "本文简介", "本文内容"),
    ),
    Case(
        "a file's date after the title's name",
        "2023年青河市政府工作报告(20230224)\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n",
        title="2023年青河市政府工作报告",
    ),
    Case(
        "an encyclopedia's box of facts under its abstract",
        "2011年青河縣政府工作報告\n\n"
        "即將過去的一年,縣政府帶領全縣人民,圓滿完成了各項任務。\n\n基本介紹\n\n"
        "  • 中文名:2011年青河縣政府工作報告\n  • 時間:2011年\n  • 單位:青河縣政府\n"
        "  • 類型:政府報告\n\n一、2010年工作回顧\n\n全縣地區生產總值實現246億元。\n",
        title="2011年青河縣政府工作報告",
        headings=((1, "一、", "2010年工作回顧"),),
        gone=("基本介紹", "中文名", "單位"),
    ),
    Case(
        "an English report's head: a channel's label, a labelled title, a dateline's lead, the "
        "sections listed with their pages' links before the salutation",
        "Work Report\n\nFull Text: Report on the Work of the Government\n\n"
        "Updated: 2013-03-18 19:58\n\n"
        "Beijing - Following is the full text of the Report on the Work of the Government "
        "delivered by Premier Li Ming at the First Session of the Congress on March 5, 2013:\n\n"
        "Delivered at the First Session of the Twelfth National People's Congress on March 5, 2013"
        "\n\nLi Ming\n\nPremier of the State Council\n\n"
        "I. Review of Work in the Past Five Years [1] [2] [3] [4]\n\n"
        "II. General Requirements, Major Targets and Macroeconomic Policies for This Year's "
        "Economic and Social Development\n\n"
        "III. Suggestions for the Work of the Government This Year [1] [2]\n\n"
        "Fellow Deputies,\n\nOn behalf of the State Council, I now present to you the report.\n\n"
        "I. Review of Work in the Past Five Years\n\nThe past five years were extraordinary.\n\n"
        "II. General Requirements, Major Targets and Macroeconomic Policies for This Year's "
        "Economic and Social Development\n\nThis year we will keep growth steady.\n\n"
        "III. Suggestions for the Work of the Government This Year\n\nWe will do these things.\n",
        title="Report on the Work of the Government",
        subtitle="Delivered at the First Session of the Twelfth National People's Congress on "
        "March 5, 2013",
        byline="Li Ming, Premier of the State Council",
        headings=(
            (1, "I.", "Review of Work in the Past Five Years"),
            (
                1,
                "II.",
                "General Requirements, Major Targets and Macroeconomic Policies for This Year's "
                "Economic and Social Development",
            ),
            (1, "III.", "Suggestions for the Work of the Government This Year"),
        ),
        gone=("Work Report", "[1]"),
    ),
    Case(
        "a PDF's page number beside the glossary's heading; a viewer's field value under its label",
        "2018 ANNUAL REPORT\n\nUpload: others\n\nCategory:\n\nDocuments\n\nTRANSCRIPT\n\n"
        "The year began with a new Commission in place.\n\n"
        "2 | Glossary of Abbreviations and Terms\n\n"
        "Admissibility All complaints are assessed against the criteria listed in the Act.\n\n"
        "Advice This is a sanction, which may be applied for breach of the regulations.\n\n"
        "Allegation Each complaint is broken down into one or more allegations.\n\n"
        "AIO Assistant Investigations Officer\n\n"
        "Article 2 Article 2 of the Convention states that everyone's right to life is protected.\n"
        "\nComplaint An expression of dissatisfaction made by a member of the public.\n",
        title="2018 ANNUAL REPORT",
        entries=(
            (
                "Admissibility",
                "All complaints are assessed against the criteria listed in the Act.",
            ),
            ("Advice", "This is a sanction, which may be applied for breach of the regulations."),
            ("Allegation", "Each complaint is broken down into one or more allegations."),
            ("AIO", "Assistant Investigations Officer"),
            (
                "Article 2",
                "Article 2 of the Convention states that everyone's right to life is protected.",
            ),
            ("Complaint", "An expression of dissatisfaction made by a member of the public."),
        ),
        gone=("Documents", "2 |"),
    ),
    Case(
        "a document site's name of the file three times over a cover in capitals",
        "BudgetSpeech 2023 24 English - 12\nBudgetSpeech 2023 24 English - 12\n"
        "BudgetSpeech 2023 24 English - 12\nBUDGET SPEECH\n2023-2024\nBy\nK N RAMAN\n"
        "FINANCE MINISTER\nSir,\nI rise to present the budget for the year 2023-24 to this House.\n",
        title="BUDGET SPEECH",
        subtitle="2023-2024",
        byline="K N RAMAN",
        gone=("BudgetSpeech",),
    ),
    Case(
        "traditional script: a bulletin's county bureau is its issuer; a note's marker after "
        "the title",
        "2016年國民經濟和社會發展統計公報[1]\n青河縣統計局\n2017年5月20日\n"
        "2016年，全縣經濟運行總體平穩。\n一、綜合\n全年地區生產總值完成529757萬元，比上年增長13.1%。\n",
        title="2016年國民經濟和社會發展統計公報",
        issuer="青河縣統計局",
        date="2017-05-20",
        paragraphs=("2016年，全縣經濟運行總體平穩。",),
    ),
    Case(
        "definitions written as sentences about their subjects, in no order",
        "Annual Report 2007\n\nAnnex V: Definitions and Acronyms\n\n"
        "The opening balance is the total amount of funds on 1 January.\n\n"
        "The closing balance is the balance at the end of one year.\n\n"
        "Adjustments refer to accounting adjustments made to income in the previous year.\n\n"
        "A pledge is a written commitment by a donor to provide a contribution.\n\n"
        "Transfers, refunds and savings include: transfers between projects; refunds.\n",
        entries=(
            ("opening balance", "is the total amount of funds on 1 January."),
            ("closing balance", "is the balance at the end of one year."),
            ("Adjustments", "refer to accounting adjustments made to income in the previous year."),
            ("pledge", "is a written commitment by a donor to provide a contribution."),
            ("Transfers, refunds and savings", "include: transfers between projects; refunds."),
        ),
    ),
    Case(
        "guard: a notes section's sentences are remarks, not definitions",
        "Annual Report 2007\n\nNotes\n\n"
        "The figures are provisional and may change after the audit.\n\n"
        "The totals are rounded to the nearest thousand dollars.\n\n"
        "Revenue includes grants received from the state government.\n\n"
        "The council is responsible for the accuracy of these accounts.\n",
        paragraphs=("The figures are provisional and may change after the audit.",),
    ),
    Case(
        "a bulletin's table set a cell a line is no glossary: its rows give figures",
        "2016年青河縣國民經濟和社會發展統計公報\n青河縣統計局\n一、綜合\n"
        "全年地區生產總值完成529757萬元，比上年增長13.1%。\n|\n行業名稱 |\n現價 (萬元) |\n"
        "增速 (%) |\n|\n地區生產總值 |\n529757 |\n13.1 |\n|\n工業 |\n111250 |\n12.7 |\n|\n"
        "建筑業 |\n19094 |\n15.5 |\n|\n批發和零售業 |\n25711 |\n8.2 |\n",
        paragraphs=("工業", "111250"),
    ),
    Case(
        "a glossary run into one paragraph with no dash goes on into the next paragraph",
        "Riverton Council Annual Report 2020\n\n"
        "Glossary of terms and acronyms Advocacy Proactively communicating to support a cause. "
        "ARA Australasian Reporting Awards. Asset An item of property regarded as having value. "
        "Audit A systematic and independent examination of books and records. Capital "
        "expenditure Funds spent on acquiring or maintaining fixed assets. CBD Central business "
        "district.\n\n"
        "Community land Land controlled under an adopted Plan of Management. Councillors "
        "Democratically elected by the residents who set strategic direction. Crown land Land "
        "owned by the State Government and managed by Council. DA Development application. "
        "Delivery Program A plan that sets out the actions over four years. Environment Levy A "
        "charge on rates that pays for environmental works.\n",
        entries=(
            ("Advocacy", "Proactively communicating to support a cause."),
            ("ARA", "Australasian Reporting Awards."),
            ("Asset", "An item of property regarded as having value."),
            ("Audit", "A systematic and independent examination of books and records."),
            ("Capital expenditure", "Funds spent on acquiring or maintaining fixed assets."),
            ("CBD", "Central business district."),
            ("Community land", "Land controlled under an adopted Plan of Management."),
            ("Councillors", "Democratically elected by the residents who set strategic direction."),
            ("Crown land", "Land owned by the State Government and managed by Council."),
            ("DA", "Development application."),
            ("Delivery Program", "A plan that sets out the actions over four years."),
            ("Environment Levy", "A charge on rates that pays for environmental works."),
        ),
    ),
    Case(
        "a viewer's page count and file type; a glossary in lower case run into one line at its "
        "colons, after the page's other text and its heading",
        "Riverton Council 566\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
        "Part V Appendices Glossary of terms 540 Contact Details: Governing Body 542 Riverton "
        "Council Annual Report 2012 539 Part IV: Appendices GLOSSARY OF TERMS activity: the goods "
        "or services the council provides. activity statement: description of the goods or "
        "services provided during the period. advisory panels: identify and communicate to the "
        "council the interests of groups. amortisation: the systematic allocation of the value of "
        "an intangible asset. annual plan: the plan that sets out what the council will do in a "
        "year. asset: an item of value that has a useful life of more than 12 months.\n",
        entries=(
            ("activity", "the goods or services the council provides."),
            (
                "activity statement",
                "description of the goods or services provided during the period.",
            ),
            ("advisory panels", "identify and communicate to the council the interests of groups."),
            ("amortisation", "the systematic allocation of the value of an intangible asset."),
            ("annual plan", "the plan that sets out what the council will do in a year."),
            ("asset", "an item of value that has a useful life of more than 12 months."),
        ),
        gone=("Total Page", "File Type"),
    ),
    Case(
        "a glossary's page showing its preface: a translation widget, links to the page's parts, "
        "a PDF's download link; the preface is no entry",
        "Language Translation\n  Close Menu\n\nRiverton Glossary of Accounting and Audit Terms\n\n"
        "A | B | C | D | E | F | G | H | I | J | K | L | M | N | O | P | Q | R | S | T | U | V | W"
        "\n\nPreface | Authoritative Bodies | Acronyms\n\nDownload a PDF copy\n\nPreface\n\n"
        "The State Board of Accounts has the statutory duty to examine all accounts of every public "
        "office.\n\nThe glossary contains definitions of accounting, reporting, and auditing "
        "terms that are commonly used in our engagements.\n",
        title="Riverton Glossary of Accounting and Audit Terms",
        paragraphs=(
            "The State Board of Accounts has the statutory duty to examine all accounts of every "
            "public office.",
        ),
        gone=("Language Translation", "Authoritative Bodies", "Download a PDF copy"),
    ),
    Case(
        "a page's loading line over an audit report to a standing committee's members",
        "Loading……\n\n关于2016年度青河市本级预算执行和其他财政收支的审计工作报告\n\n     \n\n"
        " ——2017年6月27日在市十六届人大常委会第四次会议上\n\n市审计局局长 王明\n\n \n\n"
        "各位组成人员:\n\n我受市人民政府委托,向市人大常委会报告审计工作情况,请予审议。\n",
        title="关于2016年度青河市本级预算执行和其他财政收支的审计工作报告",
        subtitle="——2017年6月27日在市十六届人大常委会第四次会议上",
        byline="市审计局局长 王明",
        gone=("Loading",),
    ),
    Case(
        "a SharePoint page's ribbon and a back-to-top link run into the glossary's heading",
        "Desktop\nSkip Ribbon Commands\nSkip to main content\n\u200b\nYou are in :\n\n"
        "Riverton GlossaryTop\n\nA B C D E F G H I J K L M N O P Q R S T U V W X Y Z\n\nA\n\n"
        "Act of the Assembly: A law made by the Assembly once the Monarch has approved it.\n\n"
        "Act of Parliament: An Act of Parliament is a law made by the UK Parliament.\n\n"
        "Additional Member System: The hybrid voting system used to elect Members.\n\n"
        "All-Party groups: See Cross-Party groups\n\nAllowances: See Expenses\n\n"
        "Annual Budget Motion: The final stage of the budget process.\n",
        title="Riverton Glossary",
        entries=(
            ("Act of the Assembly", "A law made by the Assembly once the Monarch has approved it."),
            ("Act of Parliament", "An Act of Parliament is a law made by the UK Parliament."),
            ("Additional Member System", "The hybrid voting system used to elect Members."),
            ("All-Party groups", "See Cross-Party groups"),
            ("Allowances", "See Expenses"),
            ("Annual Budget Motion", "The final stage of the budget process."),
        ),
        gone=("Desktop", "Ribbon", "You are in"),
    ),
    Case(
        "a link's word in lower case above the title; the glossary's heading over terms run into "
        "the verbs that define them",
        "report\n\nAnnual Report 2013-2014\n\nDownload\n\nGlossary\n\n"
        "Accountability is established when Parliament confers responsibility on agencies.\n\n"
        "Accrual Accounting provides information on the effects of transactions when they occur."
        "\n\nAcross Government Benchmarking Audits build on the annual assurance audits.\n\n"
        "Agency means a department, a sub-department or a statutory authority.\n\n"
        "Annual Report on State Finances is a report on the State's financial results.\n",
        title="Annual Report 2013-2014",
        entries=(
            (
                "Accountability",
                "is established when Parliament confers responsibility on agencies.",
            ),
            (
                "Accrual Accounting",
                "provides information on the effects of transactions when they occur.",
            ),
            (
                "Across Government Benchmarking Audits",
                "build on the annual assurance audits.",
            ),
            ("Agency", "means a department, a sub-department or a statutory authority."),
            ("Annual Report on State Finances", "is a report on the State's financial results."),
        ),
    ),
    Case(
        "a speech's title over two lines above its occasion; the day in brackets over a "
        "university president's line",
        "勇于担当作为 强化工作落实\n奋力推进高水平教学研究型大学建设\n"
        "——在青河大学第三届教职工代表大会第五次会议上的工作报告\n(2019年3月2日)\n校长 王明\n"
        "各位代表、老师们、同志们:\n现在,我代表学校向大会报告工作,请予以审议。\n一、2018年工作回顾\n"
        "2018年,学校各项事业取得新进展。\n",
        title="勇于担当作为 强化工作落实奋力推进高水平教学研究型大学建设",
        subtitle="——在青河大学第三届教职工代表大会第五次会议上的工作报告",
        byline="校长 王明",
        date="2019-03-02",
        headings=((1, "一、", "2018年工作回顾"),),
        paragraphs=("（2019年3月2日）", "各位代表、老师们、同志们："),
    ),
    Case(
        "a portal's headline row with a bar is the title without the bar",
        "索引号 | 11330208/2008-17089 |\n主题分类: | 政府工作 |\n发布机构: | 区办公室 |\n"
        "青河高新区2007年工作总结和2008年工作安排报告 |\n"
        "2007年是高新区升级后的开局之年，各项事业实现全面提升。\n",
        title="青河高新区2007年工作总结和2008年工作安排报告",
    ),
    Case(
        "a magazine's credit over the title and again under the subtitle",
        "文/言明\n坚定信心 咬住目标 逆势而上\n——青河省2012年《政府工作报告》解读\n文/言明\n"
        "2011年是“十二五”的开局之年,青河省《政府工作报告》全面回顾了过去一年的工作。\n",
        title="坚定信心 咬住目标 逆势而上",
        subtitle="——青河省2012年《政府工作报告》解读",
        byline="文/言明",
        paragraphs=(
            "2011年是“十二五”的开局之年，青河省《政府工作报告》全面回顾了过去一年的工作。",
        ),
    ),
    Case(
        "a template's date left blank under the title",
        "XX镇政府工作报告\n\n2014年 月 日\n\n镇长 XX\n\n各位代表:\n\n"
        "我代表镇人民政府,向大会报告工作,请予审查。\n",
        title="XX镇政府工作报告",
        subtitle="2014年 月 日",
        byline="镇长 XX",
    ),
    Case(
        "a template site's editor's blurb between the title and the occasion",
        "关于青河市政府工作报告\n"
        "青河市十五届人大一次会议1月5日开幕,市长王明作政府工作报告。下面是小编收集整理的2017年青河市政府工作报告,"
        "欢迎阅读参考!!\n2017年1月5日在青河市第十五届人民代表大会第一次会议上\n市长王明\n各位代表:\n"
        "我代表市人民政府向大会作政府工作报告,请予审议。\n一、过去五年工作回顾\n五年来,全市经济稳步增长。\n",
        subtitle="2017年1月5日在青河市第十五届人民代表大会第一次会议上",
        byline="市长王明",
        gone=("小编",),
    ),
    Case(
        "a policy address's parts numbered by heavenly stems",
        "二零零一年施政報告\n\n主席女士：\n\n甲、 引言\n\n"
        "1. 現在，我宣讀特區政府第五份施政報告。\n\n乙、 經濟\n\n2. 經濟正在復蘇。\n",
        headings=((1, "甲、", "引言"), (1, "乙、", "經濟")),
    ),
    Case(
        "a term parted by a spaced dash keeps its last word whatever the definition's shape; a "
        "flipbook's badge",
        "Glossary\nInternal Services Recovered - Recovery from one department to another for "
        "services rendered.\nInternal Services Used - Charge from one department to another for "
        "services rendered.\nLTCP - Long Term Capital Plan.\nLevy - To impose taxes to fund City "
        "services.\nObjective - A desired result that is achievable within a time frame.\n"
        "Program - A group of related activities performed by one or more units.\n"
        "Made with FlippingBook\n",
        entries=(
            (
                "Internal Services Recovered",
                "Recovery from one department to another for services rendered.",
            ),
            (
                "Internal Services Used",
                "Charge from one department to another for services rendered.",
            ),
            ("LTCP", "Long Term Capital Plan."),
            ("Levy", "To impose taxes to fund City services."),
            ("Objective", "A desired result that is achievable within a time frame."),
            ("Program", "A group of related activities performed by one or more units."),
        ),
        gone=("FlippingBook",),
    ),
    Case(
        "a body's name in capitals over a glossary's first entry is no term",
        "Glossary Of Terms And Phrases Used\n\nDocument Sample\n"
        "Glossary Of Terms And Phrases Used Powered By Docstoc\n"
        "\t\t\t       RIVERTON HOSPITALS NHS TRUST\n\nGlossary Of Terms And Phrases Used\n\n"
        "A&E - Accident and Emergency (usually refers to a hospital casualty department).\n"
        "Access – the extent to which people are able to receive the care they need.\n"
        "Acute - A condition of short duration that starts quickly.\n"
        "ADQ – Average daily quantity consumed by an average patient on a drug.\n"
        "Angina - Pain resulting from the heart's demand for blood.\n",
        entries=(
            ("A&E", "Accident and Emergency (usually refers to a hospital casualty department)."),
            ("Access", "the extent to which people are able to receive the care they need."),
            ("Acute", "A condition of short duration that starts quickly."),
            ("ADQ", "Average daily quantity consumed by an average patient on a drug."),
            ("Angina", "Pain resulting from the heart's demand for blood."),
        ),
    ),
    Case(
        "a press release's head and media contact over a speech's headline in capitals; a "
        "viewer's counter in German",
        "SlideShare ist ein Scribd-Unternehmen logo\n1 von 9\nDownloaden Sie, um offline zu lesen\n"
        "NEWS RELEASE\n                FOR IMMEDIATE RELEASE\n                FEBRUARY 24, 2011\n\n"
        "MEDIA CONTACT:\nJane Doe\nPress Secretary\nOffice of Mayor John Smith – City of Riverton\n"
        "jane.doe@riverton.gov; C: (317) 464-7112\n\n"
        "               MAYOR SMITH DELIVERS 2011 STATE OF THE CITY ADDRESS\n"
        "The following is the text of Mayor John Smith’s 2011 State of the City Address:\n\n"
        "Council President Vaughn, Members of the Council, thank you for the honor of appearing "
        "before you.\n",
        title="MAYOR SMITH DELIVERS 2011 STATE OF THE CITY ADDRESS",
        subtitle="FEBRUARY 24, 2011",
        date="2011-02-24",
        gone=("NEWS RELEASE", "MEDIA CONTACT", "Jane Doe", "jane.doe", "SlideShare", "1 von 9"),
    ),
    Case(
        "a yearbook's volume mark over a bulleted title and occasion",
        "2002卷\n\n  • 政府工作报告\n  • ——2001年2月16日在青河自治区第九届人民代表大会第四次会议上\n\n"
        "    自治区代主席 王明\n\n    各位代表:\n        现在,我代表自治区人民政府作工作报告,请予审议。\n"
        "    一、“九五”时期的回顾\n       五年来,全区经济稳步增长。\n",
        title="政府工作报告",
        subtitle="——2001年2月16日在青河自治区第九届人民代表大会第四次会议上",
        byline="自治区代主席 王明",
        gone=("2002卷",),
    ),
    Case(
        "a glossary in capitals, each term run into its definition: a term in capitals goes on "
        "in capitals",
        "GLOSSARY OF TERMS AND ACRONYMS\n\n"
        "ACCRUAL BASIS A basis of accounting in which transactions are recognized when they are "
        "incurred.\n\nACTIVITY A major component of work performed by a department.\n\n"
        "AGENCY A principal County department or office.\n\n"
        "AICPA American Institute of Certified Public Accountants.\n\n"
        "ANNUAL BUDGET AND APPROPRIATION ORDINANCE A bill enacted by the County Council which "
        "gives legal effect to the budget.\n\nAPPROPRIATION The legal authorization to spend "
        "money.\n\n714\n\nMade with FlippingBook Online newsletter creator\n",
        entries=(
            (
                "ACCRUAL BASIS",
                "A basis of accounting in which transactions are recognized when "
                "they are incurred.",
            ),
            ("ACTIVITY", "A major component of work performed by a department."),
            ("AGENCY", "A principal County department or office."),
            ("AICPA", "American Institute of Certified Public Accountants."),
            (
                "ANNUAL BUDGET AND APPROPRIATION ORDINANCE",
                "A bill enacted by the County Council which gives legal effect to the budget.",
            ),
            ("APPROPRIATION", "The legal authorization to spend money."),
        ),
        gone=("FlippingBook",),
    ),
    Case(
        "a template's occasion with its year left as 20xx, wrapped over two lines",
        "政 府 工 作 报 告\n\n20xx年1月24日在青河县\n\n第十四届人民代表大会第二次会议上\n\n"
        "青河县人民政府县长 王明\n\n各位代表:\n\n现在,我代表县人民政府向大会作工作报告,请予审议。\n",
        title="政府工作报告",
        subtitle="20xx年1月24日在青河县第十四届人民代表大会第二次会议上",
        byline="青河县人民政府县长 王明",
    ),
    Case(
        "a site's year tag after a title that names the year",
        "2022年青河县国民经济和社会发展统计公报 2022\n\n"
        "2022年是极不平凡的一年，全县经济运行总体平稳。\n\n一、综合\n\n全年地区生产总值增长3%。\n",
        title="2022年青河县国民经济和社会发展统计公报",
    ),
    Case(
        "a copy site's word on what its users collected, over a collection's contents",
        "2024年市中级人民法院工作报告5篇\n\n"
        "市中级人民法院工作报告总结了法院在审判、执行、服务等方面的成就与挑战。"
        "以下是网友为您整理分享的“市中级人民法院工作报告”相关范文,供您参考!\n\n"
        "青河市中级人民法院工作报告\n\n各位代表:\n\n现在,我代表市中级人民法院报告工作,请予审议。\n",
        title="青河市中级人民法院工作报告",
        gone=("网友为您整理",),
    ),
    Case(
        "a yearbook's numbered indicators alone on their lines, each over what it refers to",
        "统计知识\n\n主要指标解释/就业\n\n1、从业人员\n指在各级国家机关、企业、事业单位工作并取得"
        "劳动报酬的全部人员。\n2、失业率（又称登记失业率）\n指登记失业人数与从业人员之比，"
        "计算公式为：失业率=登记失业人数/从业人员×100%\n3、劳动参与率\n"
        "指经济活动人口占劳动年龄人口的比率。\n",
        entries=(
            ("从业人员", "指在各级国家机关、企业、事业单位工作并取得劳动报酬的全部人员。"),
            (
                "失业率（又称登记失业率）",
                "指登记失业人数与从业人员之比，计算公式为：失业率=登记失业人数/从业人员×100%",
            ),
            ("劳动参与率", "指经济活动人口占劳动年龄人口的比率。"),
        ),
    ),
    Case(
        "a yearbook's terms before their definitions with a space, some running to paragraphs",
        "就业\n\n  从业人员 指在各级国家机关、企业工作并取得劳动报酬的全部人员。\n\n"
        "  年度统计的从业人员数指每年年末的人数。\n\n"
        "  城镇就业和乡村就业 城镇就业是指在城镇范围内从业的人员；乡村就业是其余的人员。\n\n"
        "  失业率 指登记失业人数与从业人员之比。计算公式为：\n\n"
        "  式中：登记失业人数指在就业服务机构登记的人数。\n\n"
        "  劳动参与率 也称经济活动率。指经济活动人口占劳动年龄人口的比率。\n",
        entries=(
            (
                "从业人员",
                "指在各级国家机关、企业工作并取得劳动报酬的全部人员。年度统计的从业人员数指每年年末的人数。",
            ),
            ("城镇就业和乡村就业", "城镇就业是指在城镇范围内从业的人员；乡村就业是其余的人员。"),
            (
                "失业率",
                "指登记失业人数与从业人员之比。计算公式为：式中：登记失业人数指在就业服务机构登记的人数。",
            ),
            ("劳动参与率", "也称经济活动率。指经济活动人口占劳动年龄人口的比率。"),
        ),
    ),
    Case(
        "a portal's record values without labels over the title; a part's title over stages",
        "• abc000000/2024-01234\n  • 〔〕 号\n  • 2024-10-08 09:30:00\n\n"
        "我国城乡融合政策的回顾与展望\n\n"
        "发布日期:2024-10-08 09:30 来源:某某导刊 浏览次数:\n\n"
        "理解城乡融合政策的演进，对于把握城乡关系的变迁十分重要。本文将其分为三个阶段。\n\n"
        "城乡融合政策的演进历程\n\n"
        "起步期(1978~1992):农村改革率先突破\n\n"
        "改革开放初期，农村改革极大地解放了生产力，为城乡要素流动创造了条件。"
        "这一时期，政策以放权让利为主，激发了农村经济的活力。\n\n"
        "推进期(1993~2012):统筹城乡发展提上日程\n\n"
        "进入九十年代，市场经济体制逐步建立，城乡差距问题日益突出，统筹城乡发展被正式提出，"
        "一系列惠农政策相继出台。\n",
        title="我国城乡融合政策的回顾与展望",
        headings=(
            (1, "", "城乡融合政策的演进历程"),
            (1, "", "起步期（1978~1992）：农村改革率先突破"),
            (1, "", "推进期（1993~2012）：统筹城乡发展提上日程"),
        ),
        gone=("abc000000", "〔〕"),
    ),
    Case(
        "a bold run a page set on lines of its own inside a sentence is no part's title",
        "青河市政府工作报告\n\n各位代表：\n\n"
        "这一年，我们扎实推进改革，发展活力不断增强。\n\n深化改革，政务服务事项\n\n"
        "“一网通办”\n\n实现率达到98%，企业开办时间压缩至半个工作日，新增市场主体3万户。\n\n"
        "我们积极推进绿色发展。\n\n制定实施\n\n“双碳”\n\n"
        "重点领域行动方案，大力发展光伏、储能等清洁能源，推动工业园区循环化改造。\n",
        headings=(),
    ),
    Case(
        "a breadcrumb's last step said again under it, over the story's title",
        "当前位置:首页->集团新闻->公司要闻\n公司要闻\n\n集团发布首份海外社会责任报告\n\n"
        "   来源:   发布时间:2024年06月07日\n"
        "  5月25日,集团在京发布海外社会责任报告,这是集团正式发布的首份专题报告。"
        "有关部门负责同志出席发布仪式。\n",
        title="集团发布首份海外社会责任报告",
        gone=("公司要闻",),
    ),
    Case(
        "a copy site's name with its editor's, an eye-care colour switch and image marks",
        "科技论坛开幕词\n\n某某范文网 编辑:ab123\n\n保护视力色:\n![]() ![]() ![]() |\n\n"
        "各位来宾、同志们、朋友们:\n\n在新春的喜庆气氛中,科技论坛隆重开幕了。"
        "我代表省科学技术协会,向各位来宾表示热烈的欢迎!\n\n内容来源:某某新闻网、某某政协\n",
        title="科技论坛开幕词",
        gone=("ab123", "保护视力色", "![]", "内容来源"),
    ),
    Case(
        "a scan read the first section's 一 as a dash",
        "统计年鉴简介\n\n《青河统计年鉴》是一部逐年编纂的统计资料工具书。\n\n-、关于框架结构\n\n"
        "年鉴正文分三部分，依次为统计图、统计公报和统计表。\n\n二、关于使用要领\n\n"
        "书名中标注的年份为出版年份。\n",
        headings=((1, "一、", "关于框架结构"), (1, "二、", "关于使用要领")),
    ),
    Case(
        "a breadcrumb whose last step is the report's title, the occasion under it",
        "首页 > 政府工作报告\n政府工作报告\n——2024年1月9日在青河市第九届人民代表大会第三次会议上\n"
        "市长 王明\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n",
        title="政府工作报告",
    ),
    Case(
        "a breadcrumb whose last step is the page's title, its text under it",
        "Home > Publications > Minutes > Monetary Policy Summary\n\nMonetary Policy Summary\n\n"
        "The Committee meets every month to set the interest rate. Throughout the month it "
        "receives extensive briefing on the economy from the Bank's staff.\n",
        title="Monetary Policy Summary",
    ),
    Case(
        "a page's release date and source run on after the title on its line",
        "Report on the Work of the Government Release time: 2024-02-07Source: CITY NEWS OFFICE\n"
        "Fellow deputies,\nOn behalf of the Municipal People's Government, I now present a report "
        "on the work of the Government for your deliberation.\n",
        title="Report on the Work of the Government",
    ),
    Case(
        "a section's label over the page's breadcrumb that names it",
        "Five-Year Plan\n\nHome /Planning /Five-Year Plan /Policy Interpretations\n\n"
        "Embark on a New Journey of Modernisation\n\n"
        "The plan period is the first five years of a new journey, and its goals were set by the "
        "meeting held in February.\n",
        title="Embark on a New Journey of Modernisation",
    ),
    Case(
        "a numbered glossary of acronyms between numbered sections",
        "Fire statistics definitions\n\nThis document accompanies the statistical releases on "
        "fire.\n\n1. Fire Statistics Definitions\n\n1.1 Glossary of acronyms\n\n"
        "CFO - Chief Fire Officer\n\nFRS - Fire and Rescue Service\n\n"
        "IRS - Incident Recording System\n\nWSA - Working Smoke Alarm\n\n"
        "2. Data sources\n\n2.1 Incident Recording System (IRS)\n\n"
        "The source of the data on incidents attended by an FRS is the online IRS.\n",
        headings=(
            (1, "1.", "Fire Statistics Definitions"),
            (1, "2.", "Data sources"),
            (2, "2.1", "Incident Recording System (IRS)"),
        ),
        entries=(
            ("CFO", "Chief Fire Officer"),
            ("FRS", "Fire and Rescue Service"),
            ("IRS", "Incident Recording System"),
            ("WSA", "Working Smoke Alarm"),
        ),
        links=("IRS",),
    ),
    Case(
        "a notice that issues a document: its number, signature, public mark and the document",
        "青河市卫生健康委关于印发2024年全市卫生健康工作要点的通知\n\n  • 发布:青河卫生健康委\n\n"
        "青卫健发〔2024〕3号\n\n青河市卫生健康委关于印发\n\n2024年全市卫生健康工作要点的通知\n\n"
        "各区县卫生健康局,委属各单位:\n\n现将《2024年全市卫生健康工作要点》下发给你们,"
        "请认真贯彻执行。\n\n青河市卫生健康委员会\n\n2024年4月26日\n\n（此件主动公开）\n\n"
        "2024年全市卫生健康工作要点\n\n2024年全市卫生健康工作的总体要求是:坚持稳中求进,"
        "加快打造健康共同体。\n\n一、全面深化一个主题\n\n持续创新办法,加强重点工作。\n",
        title="青河市卫生健康委关于印发2024年全市卫生健康工作要点的通知",
        headings=((1, "", "2024年全市卫生健康工作要点"), (2, "一、", "全面深化一个主题")),
        paragraphs=("（此件主动公开）", "2024年4月26日"),
        gone=("发布：青河", "青河市卫生健康委关于印发2024年全市卫生健康工作要点的通知各区县"),
    ),
    Case(
        "a portal's head: the day's date with its greeting, set-as-home links, then the bulletin",
        "今天是:2024年05月17日 星期五     欢迎光临青河区《青河》\n设为主页 加入收藏\n站内搜索:\n"
        "首页 > 杂志阅读>>统计公报\n青河区2023年国民经济和社会发展统计公报\n"
        "发布时间:2024-05-11 07:55:15       作者:区统计局       来源:区统计局\n\n"
        "2023年，全区经济持续发展，社会大局保持稳定。\n\n一、综合\n\n全区下辖9个镇、6个街道。\n",
        title="青河区2023年国民经济和社会发展统计公报",
        gone=("今天是", "设为主页"),
    ),
    Case(
        "an extraction that set each run of type on a line of its own",
        "XX\n镇\n2023\n年政府工作报告\n各位代表:\n现在,我代表\nXX\n镇人民政府向大会报告工作,请\n"
        "予审\n议。\n一、2023年工作回顾\n今年以来,\nXX\n镇坚持稳中求进,全镇各项事业稳步发展。\n"
        "(一)经济运行稳中有升\n前三季度,完成地区生产总值\nXX\n亿元,增长\n5%\n;\n1—10\n月份,"
        "完成限上消费品零售总额\nXX\n万元,增长\n8%\n;财政收入\nXX\n万元,增长\n14.9%\n。\n"
        "(二)乡村振兴固本强基\n1.\n特色农业提\n质扩量\n。\n围绕\nXX\n花生、\nXX\n蓝\n莓\n"
        "等特色农业不断扩大种植面积,截至目前种植面积达\n7860\n亩,增长\n10.2%\n。\n",
        title="XX镇2023年政府工作报告",
        headings=(
            (1, "一、", "2023年工作回顾"),
            (2, "（一）", "经济运行稳中有升"),
            (2, "（二）", "乡村振兴固本强基"),
        ),
        paragraphs=(
            "现在，我代表XX镇人民政府向大会报告工作，请予审议。",
            "今年以来，XX镇坚持稳中求进，全镇各项事业稳步发展。",
        ),
    ),
    Case(
        "a standard's clauses numbered without a stop, its terms under their clause numbers",
        "Foreword\n\nThis part was prepared by the joint committee.\n\n1 Scope\n\n"
        "This part gives the rules for drafting the terminology of standards.\n\n"
        "2 Normative references\n\nThe documents referred to are listed in the annex.\n\n"
        "3 Definitions\n\nFor the purposes of this part, the following definitions apply.\n\n"
        "3.1 standard\ndocument, established by consensus and approved by a recognized body, that "
        "provides rules for common and repeated use\n\n[Guide 2, definition 3.2]\n\n"
        "3.1.1 international standard\nstandard that is adopted by an international standards "
        "organization and made available to the public\n\n3.2 Technical Report\n"
        "3.2.1 type 1 Technical Report\npublication for which the support for approval as a "
        "standard cannot be obtained\n",
        entries=(
            (
                "standard",
                "document, established by consensus and approved by a recognized body, that "
                "provides rules for common and repeated use [Guide 2, definition 3.2]",
            ),
            (
                "international standard",
                "standard that is adopted by an international standards organization and made "
                "available to the public",
            ),
            (
                "type 1 Technical Report",
                "publication for which the support for approval as a standard cannot be obtained",
            ),
        ),
        links=("standard",),
    ),
    Case(
        "a government site's kind of page over its title, the nations it applies to under it",
        "Guidance\n\nFire statistics definitions\n\nUpdated 17 October 2024\n\n"
        "Applies to England\n\nThis document accompanies the statistical releases on fire, "
        "which are found on the landing page.\n\nClick here for full text\n",
        title="Fire statistics definitions",
        gone=("Applies to England", "Click here"),
    ),
    Case(
        "a report's sections numbered without a stop",
        "Annual Review\n\n1 Introduction\n\nThis review sets out what the council did in the "
        "year.\n\n2 Finance\n\nThe council kept its spending within its budget.\n\n"
        "10 Downing Street is where the minister received the council.\n",
        headings=((1, "1", "Introduction"), (1, "2", "Finance")),
    ),
    Case(
        "one line that opens with a figure and a capital is no section without another after it",
        "Property details\n\nThe house is near the station and the park.\n\n3 Bedrooms\n\n"
        "The rooms are large and bright, and each has a window to the garden.\n",
        headings=(),
    ),
    Case(
        "a strategy's glossary in lower case run into its definitions, its heading over a word",
        "A Land Use Strategy 2016 - 2021\n\nAnnex B Glossary\n\n"
        "This glossary provides a guide to terms as they are used in the Land Use Strategy.\n\n"
        "biodiversity The variety of life on Earth.\n"
        "carbon sequestration Processes that remove carbon dioxide from the atmosphere.\n"
        "ecosystem A dynamic complex of plant and animal communities and their environment.\n"
        "the ecosystem approach A strategy for the integrated management of land and water.\n"
        "ecosystem services The benefits people obtain from ecosystems.\n"
        "land-based businesses Businesses which derive products from the management of land.\n",
        entries=(
            ("biodiversity", "The variety of life on Earth."),
            ("carbon sequestration", "Processes that remove carbon dioxide from the atmosphere."),
            (
                "ecosystem",
                "A dynamic complex of plant and animal communities and their environment.",
            ),
            (
                "the ecosystem approach",
                "A strategy for the integrated management of land and water.",
            ),
            ("ecosystem services", "The benefits people obtain from ecosystems."),
            (
                "land-based businesses",
                "Businesses which derive products from the management of land.",
            ),
        ),
    ),
    Case(
        "a census bulletin's notes, some explaining the word their number marks",
        "青河县人口普查公报\n\n一、总人口\n\n全县总人口[2]为443497人，其中城镇人口[3]为215000人。\n\n"
        "注释:\n\n[1]本公报数据均为初步汇总数据。\n\n"
        "[2]全县总人口包括各乡镇、街道和现役军人的人口。\n\n"
        "[3]城镇人口是指居住在城镇范围内的全部常住人口。\n\n"
        "[4]各乡镇的人口数为各乡镇政府提供的年底的数据。\n",
        entries=(
            ("全县总人口", "包括各乡镇、街道和现役军人的人口。"),
            ("城镇人口", "是指居住在城镇范围内的全部常住人口。"),
        ),
        paragraphs=(
            "[1]本公报数据均为初步汇总数据。",
            "[4]各乡镇的人口数为各乡镇政府提供的年底的数据。",
        ),
    ),
    Case(
        "a budget's numbered notes, some terms run into the verb that explains them",
        "名词解释\n1.一般公共预算拨款:是指本级财政当年拨付的预算资金。\n"
        "2.事业收入:指事业单位开展专业业务活动取得的收入。\n"
        "3.项目支出:指在基本支出之外为完成特定任务所发生的支出。\n"
        "5.文化旅游体育与传媒支出反映政府在文化、旅游、体育等方面的支出。\n"
        "6.商品和服务支出反映单位购买商品和服务的支出。\n"
        "7.“三公”经费:是指用财政拨款安排的因公出国(境)费、公务用车购置及运行费和公务接待费。\n",
        entries=(
            ("一般公共预算拨款", "是指本级财政当年拨付的预算资金。"),
            ("事业收入", "指事业单位开展专业业务活动取得的收入。"),
            ("项目支出", "指在基本支出之外为完成特定任务所发生的支出。"),
            ("文化旅游体育与传媒支出", "反映政府在文化、旅游、体育等方面的支出。"),
            ("商品和服务支出", "反映单位购买商品和服务的支出。"),
            (
                "“三公”经费",
                "是指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
            ),
        ),
    ),
    Case(
        "a site's sponsors under the page's notes",
        "空气质量排名\n\n本月全省空气质量总体良好。\n\n某某市委宣传部主办 某某日报社承办\n",
        gone=("承办",),
    ),
    Case(
        "a regulator's glossary: acronyms over expansions that look like terms, a letter bar's word",
        "Click one of the letters above to advance the page to terms beginning with that letter."
        "\n\nA\n\nABS\n\nAustralian Bureau of Statistics\n\nAccess arrangement\n\n"
        "An arrangement for third party access to a pipeline approved by the regulator\n\n"
        "ASX\n\nAustralian Stock Exchange\n\nB\n\nBB\n\nGas Market Bulletin Board (GMBB)\n\n"
        "C\n\nCAPEX\n\nCapital Expenditure\n\nCOAG\n\nCouncil of Australian Governments\n",
        entries=(
            ("ABS", "Australian Bureau of Statistics"),
            (
                "Access arrangement",
                "An arrangement for third party access to a pipeline approved by the regulator",
            ),
            ("ASX", "Australian Stock Exchange"),
            ("BB", "Gas Market Bulletin Board (GMBB)"),
            ("CAPEX", "Capital Expenditure"),
            ("COAG", "Council of Australian Governments"),
        ),
        gone=("Click one of the letters",),
    ),
    Case(
        "a glossary table whose header row is said again over each letter's rows",
        "Glossary of Terms\n\nA | B | C | D | E\n\nA\n\nTerms Definition\n"
        "Accrual Accounting A system of accounting under which revenue is recognized when earned."
        "\nAccruals Accruals are liabilities to pay for goods that have been received.\n\n"
        "Back to Top\n\nB\n\nTerms Definition\n"
        "Balance Sheet A financial statement that summarizes assets and liabilities.\n\n"
        "Back to Top\n\nE\n\nTerms Definition\nExpense Recognition Principles\n"
        "If goods are received and not paid in the same month, an entry is recorded.\n",
        entries=(
            (
                "Accrual Accounting",
                "A system of accounting under which revenue is recognized when earned.",
            ),
            ("Accruals", "Accruals are liabilities to pay for goods that have been received."),
            ("Balance Sheet", "A financial statement that summarizes assets and liabilities."),
            (
                "Expense Recognition Principles",
                "If goods are received and not paid in the same month, an entry is recorded.",
            ),
        ),
    ),
    Case(
        "an e-paper's strip of its stories run together, its pager and its list over the report",
        "坚持稳中求进推动高质量发展青河慰问一线职工政府工作报告\n"
        "上一版 下一版 上一期     下一期 查看PDF版\n本版其他文章\n· 坚持稳中求进推动高质量发展\n"
        "· 青河慰问一线职工\n· 政府工作报告\n标题    站内高级搜索\n当前期次是:第19411号\n"
        "第19411号:第01版 2024-02-08\n\n政府工作报告\n\n"
        "———2024年1月30日在青河市第十四届人民代表大会第二次会议上\n\n市长王明\n\n各位代表:\n\n"
        "现在,我代表市人民政府,向大会报告工作,请予审议。\n",
        title="政府工作报告",
        subtitle="———2024年1月30日在青河市第十四届人民代表大会第二次会议上",
        byline="市长王明",
        gone=("上一版", "站内高级搜索", "当前期次", "青河慰问一线职工"),
    ),
    Case(
        "a county portal's name, its bar and its accessibility help over the yearly report",
        "新疆青河县\n\n登录| 注册  \n无障碍\n按回车键在新窗口打开无障碍说明页面,按Ctrl+~键打开导盲模式。\n"
        "青河县政府信息公开工作2023年度报告\n2024-01-26   青河县人民政府办公室\n\n"
        "根据《中华人民共和国政府信息公开条例》要求,现向社会公布2023年政府信息公开工作年度报告。\n\n"
        "一、总体情况\n\n2023年,青河县认真贯彻政府信息公开的规定。\n",
        title="青河县政府信息公开工作2023年度报告",
        gone=("新疆青河县", "导盲模式"),
    ),
    Case(
        "a traditional-script ministry page's accessibility bar over its title",
        "跳到主要內容\n網站顏色切換 深色模式\n進階搜尋\n關閉搜尋\n:::\n\n數位發展三支箭\n\n"
        "本部成立之初即承載各界不同面向的期許，並隨著社會議題變化而調整施政重點。\n",
        title="數位發展三支箭",
    ),
    Case(
        "a breadcrumb from the home page to the article, with a column between",
        "首页 要闻 > 正文\n\n全国百城营商环境指数排名\n\n"
        "《营商环境指数评价报告》由多家机构在研讨会上联合发布，报告还公布了各项排名。\n",
        title="全国百城营商环境指数排名",
    ),
    Case(
        "a page's title over the breadcrumb that ends in it",
        "Monetary Policy Summary\n\nHome > Publications > Minutes > Monetary Policy Summary\n\n"
        "The Committee meets every month to set the interest rate, and it receives briefing on the "
        "economy from the Bank's staff.\n",
        title="Monetary Policy Summary",
    ),
    Case(
        "a breadcrumb's last step said again over the speaker, not over a story's title",
        "首页 > 政务公开 > 政府工作报告\n政府工作报告\n青河市市长 王明\n各位代表：\n"
        "现在，我代表市人民政府向大会报告工作，请予审议。\n",
        title="政府工作报告",
        byline="青河市市长 王明",
    ),
    Case(
        "a notice's signature and date over its copy list are no headings",
        "青河市人民政府办公室关于做好春节期间安全生产工作的通知\n\n各县（区）人民政府：\n\n"
        "春节将至，现就有关事项通知如下。\n\n一、提高思想认识\n\n各地要切实加强组织领导。\n\n"
        "二、强化隐患排查\n\n要坚决防范遏制重特大事故发生。\n\n青河市人民政府办公室\n\n"
        "二〇二四年一月二十五日\n\n抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委办公室，"
        "市中级人民法院，市人民检察院。\n",
        headings=((1, "一、", "提高思想认识"), (1, "二、", "强化隐患排查")),
    ),
    Case(
        "a standard's terms end at its next clause numbered without a stop",
        "Foreword\n\nThis part was prepared by the committee.\n\n1 Scope\n\n"
        "This part gives the rules for drafting standards.\n\n2 Normative references\n\n"
        "The documents referred to are listed in the annex.\n\n3 Terms and definitions\n\n"
        "For the purposes of this part, the following definitions apply.\n\n"
        "3.1 standard\ndocument, established by consensus, that provides rules for common use\n\n"
        "3.2 international standard\nstandard that is adopted by an international standards "
        "organization\n\n4 Requirements\n\n4.1 General\n\n"
        "Each standard shall state its scope in its first clause.\n\n5 Test methods\n\n"
        "The methods of test are given in Annex A.\n",
        headings=(
            (1, "1", "Scope"),
            (1, "2", "Normative references"),
            (1, "4", "Requirements"),
            (2, "4.1", "General"),
            (1, "5", "Test methods"),
        ),
        entries=(
            ("standard", "document, established by consensus, that provides rules for common use"),
            (
                "international standard",
                "standard that is adopted by an international standards organization",
            ),
        ),
    ),
    Case(
        "a definition wrapped before a figure with a decimal goes on",
        "Budget Book 2024\n\nThe council sets its budget each year.\n\nGlossary\n\n"
        "Accrual\nIncome or expenditure recognised when earned or incurred.\n\n"
        "General reserve\nAn amount set aside for unforeseen spending, kept at a level of\n"
        "2.5 per cent of net revenue spending\nas the policy agreed in 2019 requires.\n\n"
        "Precept\nThe amount a parish council asks the council to collect for it.\n",
        entries=(
            ("Accrual", "Income or expenditure recognised when earned or incurred."),
            (
                "General reserve",
                "An amount set aside for unforeseen spending, kept at a level of 2.5 per cent of "
                "net revenue spending as the policy agreed in 2019 requires.",
            ),
            ("Precept", "The amount a parish council asks the council to collect for it."),
        ),
    ),
    Case(
        "a review's numbered sources are no sections",
        "Labour Market Review\n\nEmployment in the region rose by 2 per cent in the year.\n\n"
        "1 Office for National Statistics, Labour Market Survey, May 2024\n\n"
        "2 HM Treasury, Spring Budget 2024\n\nThe outlook for the coming year is more uncertain, "
        "as the survey data show a slowdown in hiring.\n",
        headings=(),
    ),
    Case(
        "a bulletin's notes between its sections end at the next section",
        "青河县2023年统计公报\n\n一、综合\n\n全年地区生产总值为300亿元。\n\n注释:\n\n"
        "[1]本公报数据均为初步汇总数据。\n\n[2]地区生产总值包括三次产业增加值。\n\n"
        "[3]城镇人口是指居住在城镇范围内的常住人口。\n\n二、农业\n\n全年粮食产量95万吨，增长2.1%。\n",
        headings=((1, "一、", "综合"), (1, "二、", "农业")),
        entries=(
            ("地区生产总值", "包括三次产业增加值。"),
            ("城镇人口", "是指居住在城镇范围内的常住人口。"),
        ),
        paragraphs=("全年粮食产量95万吨，增长2.1%。",),
    ),
    Case(
        "a title with the page's date and source run on after it",
        "青河市2024年政府工作报告 发布时间：2024-02-07 来源：市政府办公室 浏览次数：\n\n各位代表：\n\n"
        "现在，我代表市人民政府向大会报告工作，请予审议。\n",
        title="青河市2024年政府工作报告",
    ),
    Case(
        "a table set a cell a line is no text set a run of type a line",
        "青河市2023年统计公报\n\n青河市统计局\n\n2023年，全市经济运行整体回升向好。\n\n"
        "一、综合\n\n全年地区生产总值5297亿元，比上年增长5.2%。\n\n表1 主要经济指标\n\n"
        + "\n".join(
            f"{name}\n亿元\n{value}\n{rate}"
            for name, value, rate in [
                ("地区生产总值", "5297", "5.2"),
                ("第一产业", "412", "3.1"),
                ("第二产业", "2210", "6.0"),
                ("第三产业", "2675", "4.9"),
                ("工业增加值", "1890", "6.3"),
                ("固定资产投资", "3120", "4.1"),
                ("社会消费品零售总额", "2260", "7.2"),
                ("一般公共预算收入", "402", "6.8"),
            ]
        )
        + "\n\n二、农业\n\n全年粮食产量95万吨，增长2.1%。\n",
        title="青河市2023年统计公报",
        paragraphs=("2023年，全市经济运行整体回升向好。", "全年粮食产量95万吨，增长2.1%。"),
    ),
    Case(
        "a ministry page's sections set as a list's items, a bullet before each number",
        "數位發展三支箭\n\n本部以「積極強化打詐」、「強化數位韌性」為核心施政重點方針。\n\n"
        "  • 一、積極強化打詐\n    • （一）公私協力強化阻詐機制\n"
        "本部規劃查詢網，將供民眾即時查詢或通報可疑網路詐騙訊息。\n  • 二、強化數位韌性\n"
        "本部推動關鍵基礎設施的資安防護。\n",
        headings=(
            (1, "一、", "積極強化打詐"),
            (2, "（一）", "公私協力強化阻詐機制"),
            (1, "二、", "強化數位韌性"),
        ),
    ),
    Case(
        "a site's search box over the report",
        "选择特殊符号\n选择搜索类型\n请输入搜索\n国家税务总局2010年政府信息公开年度报告\n"
        "根据《中华人民共和国政府信息公开条例》，特向社会公布2010年度政府信息公开报告。\n",
        title="国家税务总局2010年政府信息公开年度报告",
    ),
    Case(
        "a news site's apps and accounts over its menu, which sets them again, and its tip line",
        "今日青河APP\n数字报\n今日青河公众号\n视听青河公众号\n头条号\n"
        "青河市融媒体中心  青河日报  新闻线索:0514-84683100\n首页\n  • 今日青河APP\n  • 手机版\n"
        "  • 今日青河公众号\n  • 视听青河公众号\n  • 头条号\n首页 > 综合新闻\n“解释单”体现人文关怀\n\n"
        "2007-01-18 00:00:00    作者:王明    来源:今日青河\n\n"
        "17日上午,市长代表市人民政府向大会作的《政府工作报告》在代表中引起了强烈反响。\n",
        title="“解释单”体现人文关怀",
        gone=("公众号", "新闻线索", "数字报"),
    ),
    Case(
        "an acronym list whose terms in capitals go on past their first word",
        "Glossary\n\nADMINISTRATIVE PLAN The written policy of the agency governing the program.\n"
        "ABSORPTION In portability, the point at which a receiving agency stops billing.\n"
        'ACC RESERVE ACCOUNT (FORMERLY "PROJECT RESERVE") Account established from amounts '
        "not paid.\nACTIVE U.S. SERVICEPERSON A person in the active military of the United "
        "States.\nADJUSTED INCOME Annual income, less allowable deductions.\n"
        "GEF SGP Global Environment Facility Small Grants Programme\nNHSE NHS England\n",
        entries=(
            ("ADMINISTRATIVE PLAN", "The written policy of the agency governing the program."),
            (
                "ABSORPTION",
                "In portability, the point at which a receiving agency stops billing.",
            ),
            (
                'ACC RESERVE ACCOUNT (FORMERLY "PROJECT RESERVE")',
                "Account established from amounts not paid.",
            ),
            (
                "ACTIVE U.S. SERVICEPERSON",
                "A person in the active military of the United States.",
            ),
            ("ADJUSTED INCOME", "Annual income, less allowable deductions."),
            ("GEF SGP", "Global Environment Facility Small Grants Programme"),
            ("NHSE", "NHS England"),
        ),
    ),
    Case(
        "a government site's help on scripts, printing and the font's size over the report",
        "We Are apologized that your browser does not support JavaScript. If some webpage "
        "functions are not working properly, please enable JavaScript in your browser.\n"
        "Friendly Print :\nPlease Press Ctrl + P to switch on the print function\nFont Setting :\n"
        "Firefox, IE7 or above, press Ctrl + (+)Zoom in (-)Zoom out to adjust the font size.\n\n"
        "Premier's oral policy report to the Legislature\n\n"
        "Speaker, esteemed members of the Legislature:\n\nI am deeply honored to present this "
        "policy report on behalf of my executive team today.\n",
        title="Premier's oral policy report to the Legislature",
        gone=("JavaScript", "Friendly Print", "Ctrl"),
    ),
    Case(
        "a report's sections that name an app or an account stay headings",
        "青河市2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，全市政府信息公开工作取得新成效。\n\n"
        "二、政务新媒体建设\n\n（一）政务服务APP\n\n全市上线移动端服务1200项。\n\n"
        "（二）微信公众号\n\n全年发布信息3200条，关注人数增长20%。\n",
        headings=(
            (1, "一、", "总体情况"),
            (1, "二、", "政务新媒体建设"),
            (2, "（一）", "政务服务APP"),
            (2, "（二）", "微信公众号"),
        ),
    ),
    Case(
        "a report's own list of related reports, its title among them, keeps the title",
        "Annual Report 2023\n\nThe council delivered its programme for the year within budget.\n\n"
        "Related reports\n- Annual Report 2023\n- Annual Report 2022\n- Annual Report 2021\n",
        title="Annual Report 2023",
    ),
    Case(
        "acronyms whose expansions open with a country's or a body's letters keep their terms",
        "Climate Adaptation Progress Report\n\nAbbreviations\n\n"
        "DFID UK Department for International Development\nEPA US Environmental Protection Agency"
        "\nGHG Greenhouse gas\nIPCC UN Intergovernmental Panel on Climate Change\n"
        "NOAA National Oceanic and Atmospheric Administration\n",
        entries=(
            ("DFID", "UK Department for International Development"),
            ("EPA", "US Environmental Protection Agency"),
            ("GHG", "Greenhouse gas"),
            ("IPCC", "UN Intergovernmental Panel on Climate Change"),
            ("NOAA", "National Oceanic and Atmospheric Administration"),
        ),
    ),
    Case(
        "a federal site's banner on how to know it is official, over the page's title",
        "Skip to main content\nU.S. flag\n\nAn official website of the United States government\n\n"
        "Dot gov\n\nThe .gov means it’s official.\nFederal government websites often end in .gov "
        "or .mil. Before sharing sensitive information, make sure you're on a federal government "
        "site.\n\n\nThe site is secure.\nThe https:// ensures that you are connecting to the "
        "official website and that any information you provide is encrypted and transmitted "
        "securely.\n\nInspector general plans and reports\n\nListed below are the reports and "
        "publications created by the Office of Inspector General.\n",
        title="Inspector general plans and reports",
        gone=("official website", "Dot gov", "secure"),
    ),
    Case(
        "a glossary page titled as its frequently used terms, some definitions without a term",
        "Frequently used terms\n\n30-minute city\n\nA planning concept for a city in which people "
        "can reach the places they need within 30 minutes.\n\n\nThe ability for everyone to use "
        "and benefit from the transport system.\n\nAdaptive cruise control\n\nAn electronic control "
        "system that keeps a safe distance from vehicles in front.\n\nAlternative fuels\n\n"
        "Fuels derived from sources other than petroleum.\n",
        entries=(
            (
                "30-minute city",
                "A planning concept for a city in which people can reach the places they need "
                "within 30 minutes. The ability for everyone to use and benefit from the "
                "transport system.",
            ),
            (
                "Adaptive cruise control",
                "An electronic control system that keeps a safe distance from vehicles in front.",
            ),
            ("Alternative fuels", "Fuels derived from sources other than petroleum."),
        ),
    ),
    Case(
        "a colon glossary's definition wrapped before words in lower case goes on",
        "Budget Glossary\n\nBalance Available: Cash balances in special funds available for "
        "appropriation.\nBoard of Commissioners: The Mayor appoints commissioners, subject to "
        "confirmation by the City Council, to\nmanage operations for certain City departments. "
        "Each Board has five members.\nBond: A long-term promise to pay.\n",
        entries=(
            ("Balance Available", "Cash balances in special funds available for appropriation."),
            (
                "Board of Commissioners",
                "The Mayor appoints commissioners, subject to confirmation by the City Council, "
                "to manage operations for certain City departments. Each Board has five members.",
            ),
            ("Bond", "A long-term promise to pay."),
        ),
    ),
    Case(
        "a county portal's bulleted bar, a font-size switch left blank and a server's include",
        "  • 个人中心\n  • 设为首页\n  • 加入收藏\n  • 搜索热词: 社保 青河\n\n"
        "[an error occurred while processing the directive]\n\n青河县应急管理体系建设的思考\n\n"
        "字号:[ ]  [我要打印][关闭] 视力保护色:\n\n近年来，我县不断完善应急管理体系，应急处置能力明显提升。\n",
        title="青河县应急管理体系建设的思考",
        gone=("个人中心", "设为首页", "搜索热词", "字号", "directive"),
    ),
    Case(
        "an e-paper page's list of its stories between its page's label and its index's label",
        "第01版:头版新闻\n下一版4\n \n青河市第七届人民代表大会第四次会议开幕\n对标蓝图谋发展 团结实干铸辉煌\n"
        "市政协召开七届十一次主席会议\n凝聚奋进新征程的共识与力量\n市政协召开七届九次常委会议\n \n版面导航\n"
        " \n站内检索\n3上一篇  下一篇4 2024年1月11日 放大 缩小 默认        \n\n"
        "凝聚奋进新征程的共识与力量\n\n——市七届人大四次会议代表分组审议政府工作报告等报告\n\n"
        "1月10日,出席市七届人大四次会议的代表分组审议了市长代表市人民政府所作的政府工作报告。\n",
        title="凝聚奋进新征程的共识与力量",
        subtitle="——市七届人大四次会议代表分组审议政府工作报告等报告",
        gone=("版面导航", "上一篇", "市政协召开七届十一次主席会议"),
    ),
    Case(
        "an acronym alone over its expansion with a dash, after a pointer to another entry",
        "Definitions\nAccrue\nTo record revenues when earned.\nACFR\n"
        "See Annual Comprehensive Financial Report (ACFR).\nACID\n"
        "Access Identification — A user's seven-character code used to reach the mainframe.\n"
        "Agency\nA state department, board or commission.\n",
        entries=(
            ("Accrue", "To record revenues when earned."),
            ("ACFR", "See Annual Comprehensive Financial Report (ACFR)."),
            (
                "ACID",
                "Access Identification — A user's seven-character code used to reach the "
                "mainframe.",
            ),
            ("Agency", "A state department, board or commission."),
        ),
    ),
    Case(
        "a page's buttons to share it, each naming the page",
        "Glossary\n\nShare Glossary on Facebook Share Glossary on Twitter Share Glossary on "
        "Linkedin Email Glossary link\n\nBalanced budget\n\nA budget where income is equal to, or "
        "greater than, spending\n\nBusiness rates\n\nA tax on the occupation of commercial "
        "property\n",
        gone=("Share Glossary",),
    ),
    Case(
        "a new area's portal name and helpers over its year's summary and plan",
        "中山青河新区\n无障碍版 长者助手 登录\n您当前的位置: > >政府工作报告\n\n"
        "青河新区2022年工作总结及2023年工作部署\n\n信息来源:本网 发布日期:2023-02-21 分享:\n\n"
        "2022年工作总结\n\n    2022年,面对复杂局面,青河新区坚持稳中求进,抓住重大战略机遇,经济社会发展"
        "取得新成效。\n\n一、湾区一体化发展跃上新水平\n\n    规划引领支撑功能显著增强。\n",
        title="青河新区2022年工作总结及2023年工作部署",
        headings=((1, "", "2022年工作总结"), (2, "一、", "湾区一体化发展跃上新水平")),
        gone=("无障碍版", "中山青河新区"),
    ),
    Case(
        "a site's menu that names its glossary page, over the page's own glossary heading",
        "Actuarial Unit Glossary\n\nContact Us\n\nFAQs\nFunded Ratios\nGlossary\nMemos\n"
        "Record Layouts\nReports\nStaff\n\nActuarial Unit\n\n    GLOSSARY OF ACTUARIAL TERMS\n"
        "Actuarial Accrued Liability\n\nThat portion of the present value of pension benefits which "
        "is not provided by future normal costs.\n\nActuarial Assumptions\n\nAssumptions, based "
        "upon past experience, used to predict the occurrence of future events.\n",
        entries=(
            (
                "Actuarial Accrued Liability",
                "That portion of the present value of pension benefits which is not provided by "
                "future normal costs.",
            ),
            (
                "Actuarial Assumptions",
                "Assumptions, based upon past experience, used to predict the occurrence of "
                "future events.",
            ),
        ),
    ),
    Case(
        "a glossary page titled with a colon and a few words after it",
        "Glossary of terms: NHS jargon\nA\nAcute\nServices (usually in-patient) which treat "
        "patients for a\ncertain condition for a short time.\nAcute Rapid Onset\n"
        "Severe symptoms and brief duration.\nAHP\nAllied Health Professional\n",
        title="Glossary of terms: NHS jargon",
        entries=(
            (
                "Acute",
                "Services (usually in-patient) which treat patients for a certain condition for "
                "a short time.",
            ),
            ("Acute Rapid Onset", "Severe symptoms and brief duration."),
            ("AHP", "Allied Health Professional"),
        ),
    ),
    Case(
        "a district portal's name with the day and its weekday over the report",
        "天津市青河区人民政府 2019年12月3日星期二\n\n青河区2023年度法治政府建设情况报告\n\n"
        "2023年，青河区深入学习贯彻法治思想，法治政府建设取得新成效。\n",
        title="青河区2023年度法治政府建设情况报告",
        gone=("星期二",),
    ),
    Case(
        "a notice's sentence a page broke after 决策部署 is no heading",
        "关于开展安全生产专项整治的通知\n\n各县（市、区）人民政府，市直各部门：\n\n"
        "为深入贯彻落实国务院安全生产委员会的决策部署\n\n切实做好当前安全生产工作，有效防范和遏制重特大"
        "事故发生，现就有关事项通知如下。\n\n一、整治范围\n\n全市所有生产经营单位。\n\n"
        "二、工作要求\n\n各地要切实加强组织领导。\n",
        headings=((1, "一、", "整治范围"), (1, "二、", "工作要求")),
    ),
    Case(
        "a page's watermark in capitals between a glossary's entries takes no entry",
        "Glossary\n\nAccrual - A method of accounting that records revenue when it is earned.\n"
        "Budget - A plan of financial operation for a given period.\nDRAFT\n"
        "Deferred Revenue - Amounts received before they are earned.\n"
        "Depreciation - The decrease in value of an asset over time.\n",
        entries=(
            ("Accrual", "A method of accounting that records revenue when it is earned."),
            ("Budget", "A plan of financial operation for a given period. DRAFT"),
            ("Deferred Revenue", "Amounts received before they are earned."),
            ("Depreciation", "The decrease in value of an asset over time."),
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_real_layout(case: Case) -> None:
    result = normalise(case.raw, ImportOptions(source="case.txt"))
    assert Code.CONSERVATION not in {d.code for d in result.diagnostics}
    doc = result.document
    meta = doc.meta
    for name in ("title", "subtitle", "byline", "issuer", "date"):
        if getattr(case, name):
            assert getattr(meta, name) == getattr(case, name), name
    if case.headings is not None:
        found = [(b.level, b.number, b.text) for b in doc.blocks if isinstance(b, Heading)]
        assert found == list(case.headings)
    if case.entries:
        assert [(e.term, plain(e.definition)) for e in doc.glossary.entries] == list(case.entries)
    body = [plain(b.lead) + plain(b.content) for b in doc.blocks if isinstance(b, Paragraph)]
    # a term may link from the body or from another entry's definition
    linked = {
        n.text
        for seq in (
            *(b.lead + b.content for b in doc.blocks if isinstance(b, Paragraph)),
            *(e.definition for e in doc.glossary.entries),
        )
        for n in seq
        if isinstance(n, TermRef)
    }
    assert set(case.links) <= linked
    for paragraph in case.paragraphs:
        assert paragraph in body
    for repeated in case.kept_twice:
        assert body.count(repeated) >= 2, repeated
    everything = "\n".join([meta.title, meta.subtitle, meta.byline, *body])
    for text in case.gone:
        assert text not in everything


def test_a_term_used_only_in_another_definition_is_not_reported_unused() -> None:
    raw = (
        "Glossary\n\nBudget: the council's plan of spending for a year.\n\n"
        "Capital expenditure: spending on assets, set out in the budget.\n\n"
        "Surplus: what is left when revenue exceeds spending."
    )
    result = normalise(raw, ImportOptions(source="case.txt"))
    unused = [d.message for d in result.diagnostics if d.code is Code.UNUSED_TERM]
    assert any("'Surplus'" in m for m in unused)
    assert not any("'Budget'" in m for m in unused)


def test_an_acronym_does_not_link_the_word_in_lower_case() -> None:
    raw = (
        "Audit Results 2022\n\nThe council's IS controls were reviewed, and the review is "
        "complete.\n\nGlossary\n\nIS: information systems, primarily computerised systems.\n\n"
        "Opinion: the view an auditor gives, which is clear or modified."
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    linked = [
        n.text
        for seq in (
            *(b.content for b in doc.blocks if isinstance(b, Paragraph)),
            *(e.definition for e in doc.glossary.entries),
        )
        for n in seq
        if isinstance(n, TermRef)
    ]
    assert linked == ["IS"]


def test_a_term_with_an_apostrophe_links_with_either_apostrophe_or_none() -> None:
    raw = (
        "Glossary\n\nAuditor’s report: the report the auditor signs.\n\n"
        "Audit report: the report to the council, with the Auditor's Report attached.\n\n"
        "Opinion: what the auditors report concludes."
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    linked = [n.text for e in doc.glossary.entries for n in e.definition if isinstance(n, TermRef)]
    assert linked == ["Auditor's Report", "auditors report"]


def test_a_reports_short_headings_over_paragraphs_that_say_them_are_no_word_list() -> None:
    raw = (
        "青河县政府工作报告\n\n各位代表：\n\n一、工作回顾\n\n产业发展\n\n"
        "产业发展势头良好，全年生产总值增长5%。\n\n民生保障\n\n民生保障水平持续提高，新增就业3000人。"
        "\n\n城乡建设\n\n城乡建设步伐加快，完成投资20亿元。"
    )
    assert normalise(raw, ImportOptions(source="case.txt")).document.glossary.entries == ()


def test_a_reference_after_a_glossary_is_no_entry() -> None:
    raw = (
        "Glossary\n\nDistrict – A part of the city set apart for planning.\n\nZone – An area "
        "under one set of rules.\n\n1. UN General Assembly. 1976. Habitat: United Nations "
        "Conference on Human Settlements."
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert [e.term for e in doc.glossary.entries] == ["District", "Zone"]
    everything = [plain(b.content) for b in doc.blocks if isinstance(b, Paragraph)]
    everything += [plain(e.definition) for e in doc.glossary.entries]
    assert any("UN General Assembly. 1976. Habitat: United Nations" in t for t in everything)


def test_the_speakers_of_an_interview_in_turn_are_no_glossary() -> None:
    raw = (
        "访谈：解读政府工作报告\n\n记者：\n\n今年的政府工作报告有哪些亮点？请您谈一谈。\n\n王明：\n\n"
        "今年的报告突出了高质量发展，提出了很多新举措。\n\n记者：\n\n这些举措会给百姓带来什么？"
        "请您具体说一说。\n\n王明：\n\n会带来更多就业机会和更好的公共服务。"
    )
    assert normalise(raw, ImportOptions(source="case.txt")).document.glossary.entries == ()


def test_a_reports_numbered_items_at_its_end_are_no_glossary() -> None:
    raw = (
        "青河开发区计划\n\n一、建设情况\n\n"
        "1、一期：开发面积3440亩，进区企业102家，现已全部建成投产。\n"
        "2、二期：属省重点产业化项目，总用地面积2990亩，落实企业82家。\n"
        "3、标准厂房：一期标准厂房位于新区，8家企业入驻生产。\n"
        "4、基础设施：道路、供电、供水、通讯等功能建设日趋完善。"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert doc.glossary.entries == ()
    body = [plain(b.lead) + plain(b.content) for b in doc.blocks if isinstance(b, Paragraph)]
    assert "1、一期：开发面积3440亩，进区企业102家，现已全部建成投产。" in body


def test_a_glossary_under_a_numbered_heading_keeps_the_number_in_its_title() -> None:
    raw = (
        "部门预算说明\n\n一、收支总体情况\n\n本年收入合计100万元。\n\n三、名词解释\n\n"
        "1.事业收入：指事业单位开展业务活动取得的收入。\n\n2.基本支出：指保障机构运转的支出。"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert doc.glossary.title == "三、名词解释"
    assert [e.term for e in doc.glossary.entries] == ["事业收入", "基本支出"]


def test_a_numbered_notes_section_is_no_glossary_heading() -> None:
    raw = (
        "部门预算说明\n\n一、收支总体情况\n\n本年收入合计100万元。\n\n二、注释\n\n"
        "1.本表数据：按当年价格计算。\n\n2.增长速度：按可比价格计算。"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert doc.glossary.title != "二、注释"
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert "注释" in headings


def test_an_acronym_in_capitals_closing_lines_is_no_copy_sites_mark() -> None:
    """Lines that end in an acronym (``…实现GDP``) keep it: only a mark in other case recurs as a
    copy site's (``pbY``)."""
    raw = (
        "政府工作报告\n各位代表：\n"
        + "".join(f"第{i}项，全年实现GDP\n\n" for i in range(6))
        + "人均GDP突破十万元。\n"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    body = "".join(plain(b.content) for b in doc.blocks if isinstance(b, Paragraph))
    assert body.count("GDP") == 7


GUARD_BODY = "一年来，全市经济运行稳中有进，地区生产总值增长百分之六，城乡居民收入稳步增长。" * 3


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # a copy site's blurb before the text is the text's first words too
        (
            "2023年青河市政府工作报告\n\n下面是小编收集整理的政府工作报告全文。各位代表：现在，我代表市"
            "人民政府向大会报告工作，请予审议。" + GUARD_BODY + "\n",
            "各位代表：现在，我代表市人民政府向大会报告工作",
        ),
        (
            "青河市2023年统计公报\n\n以下是根据各区县上报数据整理的主要经济指标，供参考。全年地区生产总值"
            "865亿元，比上年增长6.1%。\n",
            "全年地区生产总值865亿元",
        ),
        # a section on the media, no press release's contact
        (
            "Annual Report of the Communications Office\n\nThe office had a busy year.\n\n"
            "Media enquiries\n\nThe press office handled more enquiries than ever before.\n\n"
            "In 2022 - 2023 the office answered 4100 media enquiries, up 12 per cent.\n",
            "The press office handled more enquiries than ever before.",
        ),
        # a title under an empty label
        (
            "Home > Reports\n\nTags:\n\nAnnual Report 2023\n\nThe council met twelve times this "
            "year and approved the budget after a long debate.\n",
            "Annual Report 2023",
        ),
        # a report's facts under 基本资料, sentences of its own
        (
            "青河市2023年统计公报\n\n全年全市经济运行稳中有进。\n\n基本资料\n\n"
            "常住人口：128.6万人，比上年增加0.8万人。\n\n土地面积：5120平方公里。\n",
            "常住人口：128.6万人，比上年增加0.8万人。",
        ),
        # a table's header row, one of its cells a heading further down
        (
            "Annual Report 2023\n\nThe council met twelve times this year and approved the budget."
            "\n\nHousing | Transport | Schools\n\n12 | 30 | 41\n\nHousing\n\nThe council built 300 "
            "homes this year.\n",
            "Housing | Transport | Schools",
        ),
        # a cover's lines above a budget paper's occasion, with no salutation after its sections
        (
            "Budget Paper No. 2\n\nVolume 1\n\nBudget Statements 2024-25\n\nPresented to the "
            "Legislative Assembly on 9 May 2024\n\nThis paper sets out the spending plans of each "
            "agency.\n\n1. Overview\n\nSpending rises.\n",
            "Volume 1",
        ),
        # a heading whose last word is Top
        (
            "Hiking Guide 2023\n\nThis guide explains the words hikers use.\n\n"
            "Glossary of the Mountain Top\n\nArete - a sharp ridge between two valleys.\n\n"
            "Cairn - a pile of stones marking a path.\n\nCol - the lowest point of a ridge.\n",
            "Glossary of the Mountain Top",
        ),
        # a count in a table set a cell a line
        (
            "Annual Report 2023\n\nThe council met 12 times this year.\n\n3 of 12\n\n"
            "The remaining 9 items were deferred to the next session.\n",
            "3 of 12",
        ),
        # a sentence that names an event's host and organiser is no site's sponsors line
        (
            "青河市文化旅游推介会\n\n本届推介会由省文化和旅游厅主办、市政府承办，来自全国的200余名代表"
            "参加了会议。\n",
            "由省文化和旅游厅主办、市政府承办",
        ),
        # a speech's opening sentence that gives the day is no portal's date
        (
            "在新春团拜会上的讲话\n\n同志们、朋友们：\n\n今天是2024年2月6日，农历腊月二十七，我们在这里"
            "欢聚一堂，共迎新春佳节。\n",
            "今天是2024年2月6日",
        ),
        # a section's heading that names the site's account is no site bar
        (
            "青河市政务公开年度报告\n\n一、主动公开情况\n\n（一）办好政府网站和官方微博\n\n"
            "全年通过政府网站发布信息3200条，通过政务微博发布信息1500条。\n",
            "办好政府网站和官方微博",
        ),
        # a zoning district's code alone on its line is no appendix's page number
        (
            "Zoning Ordinance Summary\n\nThe city is divided into the following districts.\n\n"
            "R-1\nSingle-family residential district, minimum lot size of 7,500 square feet.\n"
            "R-2\nTwo-family residential district, minimum lot size of 5,000 square feet.\n",
            "R-2",
        ),
        # a report's sentence about browsers is the report's
        (
            "青河市数字政府建设工作报告\n\n一、系统适配改造\n\n部分老旧浏览器不支持新版统一身份认证系统，"
            "市大数据局已于年内完成适配改造。\n",
            "部分老旧浏览器不支持新版统一身份认证系统",
        ),
        (
            "Digital Services Annual Report 2023\n\n1. Accessibility\n\nSeveral legacy forms did not "
            "work for residents who cannot enable JavaScript on shared library computers, so we "
            "rebuilt them as plain HTML.\n",
            "cannot enable JavaScript on shared library computers",
        ),
    ],
    ids=[
        "blurb-before-text",
        "compiled-figures-sentence",
        "media-enquiries-section",
        "title-under-empty-tags",
        "facts-under-basic-data",
        "table-header-row",
        "cover-lines-over-budget-paper",
        "heading-ending-in-top",
        "count-cell",
        "sponsors-in-a-sentence",
        "day-in-a-speech",
        "heading-naming-an-account",
        "zoning-code",
        "browser-in-a-report",
        "javascript-in-a-report",
    ],
)
def test_guard_text_a_page_rule_must_keep(raw: str, kept: str) -> None:
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    meta = doc.meta
    text = "\n".join(
        [
            meta.title,
            meta.subtitle,
            *(
                plain(b.lead) + plain(b.content) if isinstance(b, Paragraph) else b.text
                for b in doc.blocks
            ),
            doc.glossary.title,
        ]
    )
    assert kept in text


def test_a_numbered_section_naming_a_bureau_stays_a_heading() -> None:
    raw = (
        "青河市2023年部门决算公开说明\n\n一、青河市市场监督管理局\n\n"
        "本部门全年支出1.2亿元，比上年下降3%。\n\n二、青河市统计局\n\n本部门全年支出3000万元。\n"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert doc.meta.issuer == ""
    headings = [(b.number, b.text) for b in doc.blocks if isinstance(b, Heading)]
    assert ("一、", "青河市市场监督管理局") in headings


def test_an_office_inside_a_word_makes_no_byline() -> None:
    for line in ("学校长期发展规划", "董事长办公会议纪要"):
        raw = f"青河大学2023年工作报告\n\n{line}\n\n一、过去一年工作回顾\n\n全校师生共同努力，各项工作取得新进展。\n"
        doc = normalise(raw, ImportOptions(source="case.txt")).document
        assert doc.meta.byline == "", line


def test_an_appendix_of_notes_is_no_glossary_of_sentences() -> None:
    notes = (
        "The figures for 2023 are provisional and may be revised next year.",
        "Population estimates are based on the 2021 census and later surveys.",
        "Employment figures include part-time workers and the self-employed.",
        "The survey was conducted between March and May of each year.",
        "Output is measured in constant 2015 prices throughout the report.",
    )
    raw = (
        "Annual Statistics Report 2023\n\n1. Overview\n\nThe economy grew.\n\nAppendix B: Notes\n\n"
    )
    doc = normalise(raw + "\n\n".join(notes) + "\n", ImportOptions(source="case.txt")).document
    assert not doc.glossary.entries


def test_a_table_read_as_no_glossary_leaves_no_glossary_record() -> None:
    rows = [
        ("地区生产总值", "529757"),
        ("第一产业", "13.1"),
        ("第二产业", "2034.5"),
        ("第三产业", "31.5"),
    ]
    raw = "青河市统计数据\n\n全年全市经济运行稳中有进。\n\nA\n\n" + "\n\n".join(
        f"{a}\n{b}" for a, b in rows
    )
    result = normalise(raw + "\n", ImportOptions(source="case.txt"))
    assert not result.document.glossary.entries
    assert not [e for e in result.ledger if e.pass_name == "glossary"]


def test_two_surnames_listed_are_no_heading_by_heavenly_stem() -> None:
    raw = (
        "青河市政府工作报告\n\n一、过去一年工作回顾\n\n全市经济稳中有进。\n\n丁、王两位同志\n\n"
        "分别获得全国劳动模范称号，受到表彰。\n"
    )
    doc = normalise(raw, ImportOptions(source="case.txt")).document
    assert [b.number for b in doc.blocks if isinstance(b, Heading)] == ["一、"]
