"""Printed forms: ReportLab PDFs fed plain frozen dataclasses (docs/architecture.md §3, §7).

Public API — each `render_<form>(data, *, meta) -> bytes`, plus `render_many` for batches:

    render_visit(VisitData)               随访记录, titled after the contact mode
    render_national_visit(VisitData)      严重精神障碍患者随访服务记录表 (2018 表8)
    render_blank_visit(BlankVisitData)    blank field form with client header and QR code
    render_client(ClientProfileData)      服务对象档案
    render_rota(RotaData)                 志愿者排班表 (landscape)
    render_certificate(CertificateData)   志愿服务记录证明
    render_monthly(MonthlyData)           月度工作统计

This package never imports SQLAlchemy, the models, the services, sync or Qt.
"""

from __future__ import annotations

from desktop.pdf.batch import FORMS, render_many, write_atomically
from desktop.pdf.blank_visit import render_blank_visit
from desktop.pdf.certificate import render_certificate
from desktop.pdf.client import render_client
from desktop.pdf.data import (
    CLINICAL_ITEMS,
    Addendum,
    BlankVisitData,
    CareTeamMember,
    CertificateData,
    Checklist,
    ClientHeader,
    ClientProfileData,
    Consent,
    Diagnosis,
    Guardian,
    Medication,
    MonthlyData,
    Notification,
    PrintMeta,
    RotaCell,
    RotaData,
    RotaShift,
    ServiceActivity,
    SocialWork,
    VisitData,
    VisitSummary,
)
from desktop.pdf.fonts import missing_glyphs, register_fonts
from desktop.pdf.monthly import render_monthly
from desktop.pdf.national_visit import render_national_visit
from desktop.pdf.page import RenderCancelled
from desktop.pdf.rota import render_rota
from desktop.pdf.visit import render_visit

__all__ = [
    "CLINICAL_ITEMS",
    "FORMS",
    "Addendum",
    "BlankVisitData",
    "CareTeamMember",
    "CertificateData",
    "Checklist",
    "ClientHeader",
    "ClientProfileData",
    "Consent",
    "Diagnosis",
    "Guardian",
    "Medication",
    "MonthlyData",
    "Notification",
    "PrintMeta",
    "RenderCancelled",
    "RotaCell",
    "RotaData",
    "RotaShift",
    "ServiceActivity",
    "SocialWork",
    "VisitData",
    "VisitSummary",
    "missing_glyphs",
    "register_fonts",
    "render_blank_visit",
    "render_certificate",
    "render_client",
    "render_many",
    "render_monthly",
    "render_national_visit",
    "render_rota",
    "render_visit",
    "write_atomically",
]
