"""What the audit log's codes mean to a reader: actions, record types, results and field names in
the interface language (the log itself stores codes and database field names; docs/domain.md,
audit log). A code not listed here is shown as it is, so a new one is visible rather than hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.i18n import mark


def _t(text: str) -> str:
    return QCoreApplication.translate("audit", text)


ACTION_LABELS = {
    "login": mark("audit", "登录"),
    "logout": mark("audit", "退出登录"),
    "login_failed": mark("audit", "登录失败"),
    "lockout": mark("audit", "账户锁定"),
    "lock": mark("audit", "屏幕锁定"),
    "unlock": mark("audit", "解锁"),
    "unlock_failed": mark("audit", "解锁失败"),
    "open_client": mark("audit", "打开服务对象"),
    "reveal": mark("audit", "显示完整信息"),
    "create": mark("audit", "新建"),
    "update": mark("audit", "修改"),
    "delete": mark("audit", "删除"),
    "void": mark("audit", "作废"),
    "print": mark("audit", "打印"),
    "export": mark("audit", "导出"),
    "import": mark("audit", "导入"),
    "key_change": mark("audit", "密钥变更"),
    "backup": mark("audit", "备份"),
    "restore": mark("audit", "恢复"),
    "password_change": mark("audit", "修改密码"),
    "settings_update": mark("audit", "修改设置"),
    "setup": mark("audit", "初始设置"),
    "demo_generate": mark("audit", "生成演示数据"),
    "user_create": mark("audit", "新建用户"),
    "user_update": mark("audit", "修改用户"),
    "user_activate": mark("audit", "启用用户"),
    "user_deactivate": mark("audit", "停用用户"),
    "user_password_reset": mark("audit", "重置密码"),
    "rechain": mark("audit", "审计链启用密钥"),
}


RESULT_LABELS = {
    "ok": mark("audit", "成功"),
    "bad_password": mark("audit", "密码错误"),
    "unlock_bad_password": mark("audit", "打开数据库时密码错误"),
    "locked": mark("audit", "账户已锁定"),
    "unknown_user": mark("audit", "无此用户"),
    "inactive": mark("audit", "账户已停用"),
    "manual": mark("audit", "手动备份"),
    "daily": mark("audit", "每日备份"),
    # An action's intent row is "started"; its outcome row "ok" or "failed" (services/audit_unit.py).
    "started": mark("audit", "已开始"),
    "failed": mark("audit", "失败"),
    "broken": mark("audit", "此前的链已断开"),
    "key_missing": mark("audit", "密钥缺失，重新起链"),
}
OTHER_ROLES = {"system": mark("audit", "命令行"), "anonymous": "—", "": "—"}


OBJECT_LABELS = {
    "client": mark("audit", "服务对象"),
    "visit": mark("audit", "访视"),
    "user": mark("audit", "用户"),
    "station": mark("audit", "站点"),
    "database": mark("audit", "数据库"),
    "settings": mark("audit", "设置"),
    "guardian": mark("audit", "监护人"),
    "volunteer": mark("audit", "志愿者"),
    "visit_addendum": mark("audit", "访视补充说明"),
    "consent": mark("audit", "知情同意"),
    "attendance": mark("audit", "服务记录"),
    "shift": mark("audit", "班次"),
    "shift_template": mark("audit", "班次模板"),
    "rota": mark("audit", "排班表"),
    "certificate": mark("audit", "服务证明"),
    "issuer": mark("audit", "出具单位信息"),
    "hours_rounding": mark("audit", "时长取整规则"),
    "committee_rotation": mark("audit", "居委轮值"),
    "calendar_supplement": mark("audit", "节假日补充"),
    "keystore": mark("audit", "本站密钥"),
    "peer": mark("audit", "对方站点"),
    "bundle": mark("audit", "数据交换包"),
    "conflict": mark("audit", "数据冲突"),
    "blank_visit_batch": mark("audit", "空白访视表（批量）"),
    "monthly": mark("audit", "月度工作统计"),
}
# Database field names, as the forms caption them.
FIELD_LABELS = {
    "name": mark("audit", "姓名"),
    "name_pinyin": mark("audit", "姓名拼音"),
    "name_initials": mark("audit", "拼音首字母"),
    "sex": mark("audit", "性别"),
    "birth_date": mark("audit", "出生日期"),
    "birth_precision": mark("audit", "出生日期精度"),
    "id_type": mark("audit", "证件类型"),
    "id_number": mark("audit", "证件号码"),
    "id_original": mark("audit", "原始证件号码"),
    "id_hash": mark("audit", "证件号码索引"),
    "phone": mark("audit", "联系电话"),
    "phone_original": mark("audit", "原始联系电话"),
    "phone_tail": mark("audit", "手机尾号"),
    "district_code": mark("audit", "区"),
    "township_code": mark("audit", "街道 / 镇"),
    "village_code": mark("audit", "居委会 / 村委会"),
    "address_dict_year": mark("audit", "行政区划版本"),
    "village_free_text": mark("audit", "居委会（手填）"),
    "address_detail": mark("audit", "详细地址"),
    "household_type": mark("audit", "户别"),
    "employment": mark("audit", "就业情况"),
    "economic_status": mark("audit", "经济状况"),
    "marital_status": mark("audit", "婚姻状况"),
    "education": mark("audit", "文化程度"),
    "ethnicity": mark("audit", "民族"),
    "health_record_no": mark("audit", "健康档案编号"),
    "committee_contact": mark("audit", "居委联系人"),
    "committee_phone": mark("audit", "居委联系电话"),
    "diagnosis": mark("audit", "诊断"),
    "diagnosis_hospital": mark("audit", "确诊医院"),
    "diagnosis_date": mark("audit", "确诊日期"),
    "onset_date": mark("audit", "初次发病时间"),
    "onset_precision": mark("audit", "发病时间精度"),
    "intake_source": mark("audit", "来源"),
    "registered_on": mark("audit", "登记日期"),
    "management_status": mark("audit", "管理状态"),
    "status_reason": mark("audit", "状态原因"),
    "status_date": mark("audit", "状态日期"),
    "caseworker_id": mark("audit", "负责社工"),
    "caseworker_name": mark("audit", "负责社工姓名"),
    "tags": mark("audit", "服务对象类别"),
    "care_team": mark("audit", "关爱帮扶小组"),
    "key_attention": mark("audit", "重点关注"),
    "targeted_poverty": mark("audit", "精准扶贫"),
    "guardian_subsidy": mark("audit", "监护补贴"),
    "disability_grade": mark("audit", "精神残疾证"),
    "family_doctor": mark("audit", "家庭医生签约"),
    "community_rehab": mark("audit", "社区康复"),
    "notes": mark("audit", "备注"),
    "client_id": mark("audit", "服务对象"),
    "visit_date": mark("audit", "访视日期"),
    "start_time": mark("audit", "开始时间"),
    "end_time": mark("audit", "结束时间"),
    "mode": mark("audit", "随访形式"),
    "objects_seen": mark("audit", "访视对象"),
    "location": mark("audit", "地点"),
    "visitor_id": mark("audit", "随访人员"),
    "visitor_name": mark("audit", "随访人员姓名"),
    "visitor_role": mark("audit", "随访人员身份"),
    "status": mark("audit", "状态"),
    "finalised_at": mark("audit", "定稿时间"),
    "lost_reason": mark("audit", "失访原因"),
    "lost_reason_other": mark("audit", "失访原因（其他）"),
    "death_date": mark("audit", "死亡日期"),
    "death_cause": mark("audit", "死亡原因"),
    "death_illness": mark("audit", "躯体疾病"),
    "death_cause_other": mark("audit", "死亡原因（其他）"),
    "risk_level": mark("audit", "危险性评估"),
    "symptoms": mark("audit", "目前症状"),
    "symptoms_other": mark("audit", "目前症状（其他）"),
    "insight": mark("audit", "自知力"),
    "sleep": mark("audit", "睡眠情况"),
    "diet": mark("audit", "饮食情况"),
    "sf_selfcare": mark("audit", "个人生活料理"),
    "sf_housework": mark("audit", "家务劳动"),
    "sf_work": mark("audit", "生产劳动及工作"),
    "sf_learning": mark("audit", "学习能力"),
    "sf_social": mark("audit", "社会人际交往"),
    "danger_minor": mark("audit", "轻度滋事"),
    "danger_incident": mark("audit", "肇事"),
    "danger_serious": mark("audit", "肇祸"),
    "danger_other": mark("audit", "其他危害行为"),
    "danger_selfharm": mark("audit", "自伤"),
    "danger_suicide": mark("audit", "自杀未遂"),
    "confinement": mark("audit", "关锁情况"),
    "hospitalisation": mark("audit", "住院情况"),
    "last_discharge_date": mark("audit", "末次出院时间"),
    "last_discharge_precision": mark("audit", "出院时间精度"),
    "lab_tests": mark("audit", "实验室检查"),
    "lab_tests_text": mark("audit", "实验室检查结果"),
    "adherence": mark("audit", "用药依从性"),
    "adverse_reaction": mark("audit", "药物不良反应"),
    "adverse_reaction_text": mark("audit", "不良反应描述"),
    "adverse_reaction_serious": mark("audit", "严重不良反应"),
    "treatment_effect": mark("audit", "治疗效果"),
    "marked_psychotic_symptoms": mark("audit", "明显精神病性症状"),
    "serious_physical_illness": mark("audit", "严重躯体疾病"),
    "physical_illness_unstable": mark("audit", "躯体疾病不稳定"),
    "other_abnormality": mark("audit", "其他异常"),
    "referral_suggested": mark("audit", "是否建议转诊"),
    "referral_done": mark("audit", "是否已转诊"),
    "referral_reason": mark("audit", "转诊原因"),
    "referral_to": mark("audit", "转诊至"),
    "medications": mark("audit", "用药情况"),
    "medication_guidance": mark("audit", "用药指导"),
    "rehab_measures": mark("audit", "康复措施"),
    "rehab_other": mark("audit", "康复措施（其他）"),
    "classification": mark("audit", "本次随访分类"),
    "classification_suggested": mark("audit", "建议分类"),
    "classification_override_reason": mark("audit", "更改分类的原因"),
    "override_approved_by_id": mark("audit", "批准调整分类的站长"),
    "override_approved_by_name": mark("audit", "批准调整分类的站长姓名"),
    "schedule_stage": mark("audit", "随访阶段"),
    "next_visit_date": mark("audit", "下次随访日期"),
    "sources": mark("audit", "信息来源"),
    "purpose": mark("audit", "访视目的"),
    "narrative": mark("audit", "服务内容与过程"),
    "client_state": mark("audit", "服务对象状况"),
    "needs": mark("audit", "需求"),
    "services_provided": mark("audit", "提供的服务"),
    "plan": mark("audit", "下一步计划"),
    "escalation": mark("audit", "报告与处置"),
    "escalation_followup_due": mark("audit", "两周复访日期"),
    "text": mark("audit", "内容"),
    "username": mark("audit", "用户名"),
    "display_name": mark("audit", "显示姓名"),
    "role": mark("audit", "角色"),
    "team": mark("audit", "小组"),
    "password_hash": mark("audit", "密码"),
    "locked_until": mark("audit", "锁定期限"),
    "active": mark("audit", "启用"),
    "must_change_password": mark("audit", "须修改密码"),
    "volunteer_no": mark("audit", "志愿者编号"),
    "residence": mark("audit", "居住地"),
    "skills": mark("audit", "特长"),
    "availability": mark("audit", "可服务时间"),
    "trainings": mark("audit", "培训"),
    "commendations": mark("audit", "表彰"),
    "evaluations": mark("audit", "评价"),
    "joined_on": mark("audit", "加入日期"),
    "code": mark("audit", "站点代码"),
    "station_code": mark("audit", "所属站点"),
    "district": mark("audit", "区"),
    "language": mark("audit", "打印语言"),
    "security.idle_lock_minutes": mark("audit", "自动锁定时间"),
    "scope.caseworkers_see_station": mark("audit", "社工可查看全站服务对象"),
    "clients": mark("audit", "服务对象记录"),
    "visits": mark("audit", "访视记录"),
    "volunteers": mark("audit", "志愿者记录"),
    "shifts": mark("audit", "班次记录"),
    "consents": mark("audit", "知情同意记录"),
    "guardians": mark("audit", "监护人记录"),
    "shift_templates": mark("audit", "班次模板记录"),
    "shift_assignments": mark("audit", "排班安排记录"),
    "attendance": mark("audit", "服务时长记录"),
}
# Where a record type uses a field name in its own sense (a station's mode is not a visit's).
OBJECT_FIELD_LABELS = {
    ("station", "name"): mark("audit", "站点名称"),
    ("station", "mode"): mark("audit", "工作模式"),
    ("station", "district"): mark("audit", "所属区"),
}


_MINUTES = re.compile(r"(\d+)min")


def action_text(action: str) -> str:
    return _t(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def object_text(object_type: str) -> str:
    return _t(OBJECT_LABELS[object_type]) if object_type in OBJECT_LABELS else object_type


def field_text(field: str, object_type: str = "") -> str:
    if (object_type, field) in OBJECT_FIELD_LABELS:
        return _t(OBJECT_FIELD_LABELS[object_type, field])
    return _t(FIELD_LABELS[field]) if field in FIELD_LABELS else field


def fields_text(fields: tuple[str, ...] | list[str], object_type: str = "") -> str:
    return _t("、").join(field_text(field, object_type) for field in fields)


def result_text(result: str) -> str:
    """`15min` (a lockout's length) reads "15 分钟"; `pre-import` (a backup's kind) "导入前备份"."""
    if result in RESULT_LABELS:
        return _t(RESULT_LABELS[result])
    if minutes := _MINUTES.fullmatch(result):
        return _t("{n} 分钟").format(n=minutes[1])
    if result.startswith("pre-"):
        return _t("{kind}前备份").format(kind=action_text(result[4:]))
    return result
