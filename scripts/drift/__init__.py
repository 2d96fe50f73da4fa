"""Report how the API changed between two merged specs, classified for users of the generated client."""

from scripts.drift.compare import compare
from scripts.drift.findings import Finding, Report
from scripts.drift.names import NamingRules
from scripts.drift.rules import RULES, Rule, Severity
from scripts.drift.spec import Spec, SpecLoadError, load

__all__ = ["RULES", "Finding", "NamingRules", "Report", "Rule", "Severity", "Spec", "SpecLoadError", "compare", "load"]
