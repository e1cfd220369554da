"""Plain data shared by every stage: values, tables, the report, findings.

This package imports nothing from the rest of `audit` but the words findings say (`audit.message`,
over the catalogue `audit.i18n`: plain data themselves); everything else imports it.
"""
from audit.message import Joined, Message, Number, say
from audit.model.coverage import Coverage, Unread
from audit.model.finding import AuditResult, Candidate, Finding, Fix, Severity
from audit.model.report import Location, Metadata, PredikatBand, Report, Table
from audit.model.values import Parsed

__all__ = [
    "AuditResult", "Candidate", "Finding", "Fix", "Severity", "Location", "Metadata",
    "PredikatBand", "Report", "Table", "Parsed", "Coverage", "Unread", "Message", "Joined", "Number", "say",
]
