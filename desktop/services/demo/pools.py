"""Word pools for the demo data: Chinese names, drugs, narratives, volunteer activities.

Surnames are weighted roughly by frequency and include compound and polyphonic ones, and given
names include rarer characters, so search and printing are exercised on realistic text.
"""

from __future__ import annotations

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# Weight of the first ten surnames relative to the rest (they cover about 40 % of people).
COMMON_WEIGHT = 6
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "尉迟", "万俟")
POLYPHONIC_SURNAMES = ("单", "解", "仇", "区", "朴", "查", "乐", "盖", "曾")

GIVEN_CHARS = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强春梅海燕玉兰晓东红梅文斌"
    "佳怡子涵浩然欣怡雨轩梓萱俊杰思远婷婷雪梅立新德明淑珍凤英金凤振华云飞丹丹亚楠"
)
RARE_GIVEN_CHARS = "堃翀喆昇赟犇玥璟珺琦曌淼鑫焱垚"

RELATIONSHIPS = ("母亲", "父亲", "配偶", "儿子", "女儿", "姐妹", "兄弟", "其他")
RELATIONSHIP_WEIGHTS = (30, 20, 25, 8, 8, 4, 3, 2)

DIAGNOSES = (
    "精神分裂症",
    "分裂情感性障碍",
    "偏执性精神病",
    "双相情感障碍",
    "癫痫所致精神障碍",
    "精神发育迟滞伴发精神障碍",
)
DIAGNOSIS_WEIGHTS = (60, 8, 5, 20, 4, 3)
HOSPITALS = ("上海市精神卫生中心", "徐汇区精神卫生中心", "嘉定区精神卫生中心", "同济大学附属同济医院")
DRUGS = ("利培酮", "奥氮平", "阿立哌唑", "喹硫平", "氯氮平", "丙戊酸钠", "碳酸锂", "帕利哌酮")

# Narratives by contact mode (codes.VISIT_MODE), for risk levels below 3: a phone call never
# reads as a home visit, and a calm narrative never accompanies a dangerous patient.
NARRATIVES_BY_MODE: dict[int, tuple[str, ...]] = {
    1: (
        "门诊随访：服务对象按约到社区卫生服务中心复诊，精防医生评估后维持原用药方案。社工了解近况，提醒按时服药。",
        "门诊随访：服务对象自述夜间入睡困难，白天精神较差。已向精防医生反馈，医生调整晚间剂量。",
    ),
    2: (
        "入户访视，服务对象在家，情绪平稳，能主动交流，近期按时服药，睡眠饮食正常。与家属交流照护压力，给予情绪支持。",
        "入户访视时服务对象较为沉默，回答简短。家属表示近两周偶有漏服药物，社工进行了服药依从性宣教。",
        "家访了解到服务对象与家人因琐事发生争吵，已进行情绪疏导与家庭沟通指导，约定一周后电话回访。",
    ),
    3: (
        "电话随访，家属反映服务对象近期作息规律，愿意参加社区康复活动。提醒按时复诊取药。",
        "电话随访，服务对象本人接听，语气平和，自述按时服药、睡眠尚可。约定下次上门时间。",
    ),
    4: (
        "陪同服务对象前往医院复诊，医生调整用药剂量。协助预约下次门诊时间。",
        "陪同就医：协助服务对象挂号、候诊，医生评估病情稳定，继续原方案治疗。",
    ),
    5: (
        "社区面谈：服务对象到社工站参加阳光心园手工小组后面谈，表现积极，讨论下阶段就业康复目标。",
        "社区面谈：在居委会会谈室与服务对象面谈，了解其近期生活安排，鼓励参加社区康复活动。",
    ),
}
# How the caseworker learnt of a risk ≥ 3 situation, by mode; the rest of the narrative is the
# emergency handling (docs/domain.md, Escalation).
RISK_OPENINGS: dict[int, str] = {
    1: "门诊随访时精防医生与家属反映",
    2: "入户访视时发现",
    3: "电话随访中家属反映",
    4: "陪同就医途中家属反映",
    5: "社区面谈时居委干部反映",
}
RISK_NARRATIVE = (
    "{opening}服务对象近日情绪激动、{behaviour}，劝说无效，危险性评估为{risk}级。社工立即启动应急处置："
    "电话通知精防医生{doctor}和监护人{guardian}{police}，建议家属陪同尽快到区精神卫生中心就诊，"
    "并约定两周内再次随访。"
)
RISK_BEHAVIOUR = {3: "在外摔砸物品", 4: "持续打砸并有自伤言行", 5: "持刀威胁他人"}
PLANS = (
    "继续每月电话随访，按期家访。",
    "两周内再次家访，关注服药情况。",
    "链接社区康复资源，鼓励参加小组活动。",
    "与精防医生沟通，评估是否需要转诊。",
)
TAGS_EXTRA = ("独居老人", "失业青年", "低保家庭", "残疾人")

SHIFT_TEMPLATES = (
    # (weekday 0=Mon, start, end, title, capacity, skill)
    (1, "09:00", "11:30", "前台接待", 2, ""),
    (3, "14:00", "16:30", "康复活动协助", 3, "康复活动"),
    (4, "09:00", "11:30", "电话关怀", 2, "心理支持"),
)
SKILLS = ("康复活动", "心理支持", "手工教学", "文书整理", "陪同就医", "电脑操作")
TRAININGS = ("志愿者通用培训", "精神健康知识培训", "心理急救培训")
# Visitor names when the station has no caseworker accounts yet: a record always names who visited.
VISITORS = ("李晓燕", "王建华", "陈静", "张敏")
