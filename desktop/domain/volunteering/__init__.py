"""Pure rules of the volunteer module (志愿者服务基地): calendar, availability, rota, hours, certificates, cards.

Every module here takes and returns frozen dataclasses and plain values, imports only the standard
library, `desktop.errors`, `desktop.i18n`, `desktop.domain.codes` and the `chinesecalendar` package,
and never touches the database or Qt. Services persist what these functions compute; the UI shows it.
"""
