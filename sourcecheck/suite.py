"""Suites: YAML files that choose the rules to run and configure them.

Why
---
A newsroom tightens or loosens checks without touching code: `extends` a built-in suite
(`default`, `strict`) or another file, then changes a rule's `severity` and options, or
turns it off. Loading validates everything up front, so a typo fails in one clear line that
names the suite file (exit code 2) instead of silently running the wrong checks.

Example
-------
    extends: default
    rules:
      value-conflict: {severity: error}
      fx-rate: {tolerance: 0.01}
      scale-word: disable

>>> suite = load_suite("default")
>>> suite.rules["fx-rate"].options["tolerance"]
0.03
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sourcecheck.errors import InputError
from sourcecheck.limits import DEFAULTS, Limits
from sourcecheck.reading import check_inside, read_yaml
from sourcecheck.rules import RULES
from sourcecheck.schema import SEVERITIES

BUILT_IN = Path(__file__).parent / "suites"
_KEYS = {"extends", "rules", "enable", "disable", "description"}


@dataclass(frozen=True)
class RuleConfig:
    """One rule as a suite configures it."""

    enabled: bool
    severity: str
    options: dict[str, Any]


@dataclass(frozen=True)
class Suite:
    """The rules to run, in registry order, each with its severity and options."""

    name: str
    rules: dict[str, RuleConfig] = field(default_factory=dict)

    def enabled(self) -> list[tuple[str, RuleConfig]]:
        """The rules this suite runs, in registry order."""
        return [(rid, cfg) for rid, cfg in self.rules.items() if cfg.enabled]


def load_suite(
    name_or_path: str | Path = "default",
    *,
    root: Path | None = None,
    limits: Limits = DEFAULTS,
) -> Suite:
    """The suite named (built-in) or at a path, with everything it extends merged in.

    A suite that a case names (`root`: the case folder) and every file it extends must stay
    inside that folder (sourcecheck.limits); all suite files are read as untrusted YAML.
    """
    return _load(_locate(name_or_path), seen=(), root=root, limits=limits)


def _locate(name_or_path: object, relative_to: Path | None = None) -> Path:
    if not isinstance(name_or_path, str | Path) or "\x00" in str(name_or_path):
        where = relative_to or "--suite"
        raise InputError(where, "extends", f"expected a suite name or a path, got {name_or_path!r}")
    text = str(name_or_path)
    built_in = BUILT_IN / f"{text}.yaml"
    if "/" not in text and "\\" not in text and built_in.is_file():
        return built_in
    path = Path(text)
    if relative_to is not None and not path.is_absolute():
        path = relative_to.parent / path
    if not path.is_file():
        names = ", ".join(sorted(p.stem for p in BUILT_IN.glob("*.yaml")))
        raise InputError(text, None, f"no such suite (built-in suites: {names})")
    return path


def _load(path: Path, seen: tuple[Path, ...], root: Path | None, limits: Limits) -> Suite:
    if path.resolve() in seen:
        raise InputError(path, "extends", "suites extend each other in a loop")
    if path.parent != BUILT_IN:
        check_inside(path, root, limits)
    data = read_yaml(path, limits=limits) or {}
    if not isinstance(data, dict):
        raise InputError(path, None, "a suite is a mapping (extends, rules, enable, disable)")
    unknown = sorted(map(str, set(data) - _KEYS))
    if unknown:
        raise InputError(path, unknown[0], f"unknown key (expected one of {sorted(_KEYS)})")
    if "extends" in data:
        parent = _load(
            _locate(data["extends"], relative_to=path),
            seen=(*seen, path.resolve()),
            root=root,
            limits=limits,
        )
    else:
        parent = Suite(path.stem, {rid: _off(m) for rid, m in RULES.items()})
    return merge(parent, data, path)


def _off(module) -> RuleConfig:
    return RuleConfig(False, module.SEVERITY, dict(module.OPTIONS))


def merge(parent: Suite, child: dict, path: Path) -> Suite:
    """The parent suite updated by a child suite's keys, rule by rule.

    `rules: {id: {severity, options...}}` updates those keys of the rule and enables it;
    `rules: {id: enable|disable}` and then the lists `enable: [...]`, `disable: [...]` switch
    rules on or off. A suite without `extends` starts with every rule off: it runs what it
    names (default.yaml names them all). Every rule id, option name, option type and severity
    is checked.
    """
    rules = dict(parent.rules)
    changes = child.get("rules") or {}
    if not isinstance(changes, dict):
        raise InputError(path, "rules", "expected a mapping of rule id to settings")
    for rid, settings in changes.items():
        _known(rid, path, "rules")
        rules[rid] = _configure(rid, rules[rid], settings, path)
    for switch in ("enable", "disable"):  # after `rules`: a listed `disable` has the last word
        listed = child.get(switch) or []
        if not isinstance(listed, list):
            raise InputError(path, switch, "expected a list of rule ids")
        for rid in listed:
            _known(rid, path, switch)
            rules[rid] = replace(rules[rid], enabled=switch == "enable")
    return Suite(path.stem, rules)


def _known(rid: object, path: Path, place: str) -> None:
    if not isinstance(rid, str) or rid not in RULES:
        raise InputError(path, place, f"unknown rule {rid!r} (rules: {', '.join(RULES)})")


def _configure(rid: str, config: RuleConfig, settings: object, path: Path) -> RuleConfig:
    place = f"rules.{rid}"
    if settings in ("enable", "disable"):
        return replace(config, enabled=settings == "enable")
    if settings is None:
        return replace(config, enabled=True)
    if not isinstance(settings, dict):
        raise InputError(path, place, "expected enable, disable or a mapping of settings")
    options = dict(config.options)
    severity = config.severity
    for key, value in settings.items():
        if key == "severity":
            if value not in SEVERITIES:
                raise InputError(path, f"{place}.severity", f"{value!r} is not one of {SEVERITIES}")
            severity = value
        elif key in RULES[rid].OPTIONS:
            options[key] = _typed(value, RULES[rid].OPTIONS[key], path, f"{place}.{key}")
        else:
            known = ", ".join(["severity", *RULES[rid].OPTIONS])
            raise InputError(path, place, f"unknown option {key!r} (options: {known})")
    return RuleConfig(True, severity, options)


def _typed(value: object, default: object, path: Path, place: str) -> object:
    """`value` when it has the type of the option's default (an int is a float too)."""
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) != isinstance(default, bool) or not isinstance(value, expected):
        raise InputError(path, place, f"expected {expected.__name__}, got {value!r}")
    return value
