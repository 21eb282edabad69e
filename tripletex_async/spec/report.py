"""Render a :class:`~tripletex_async.spec.diff.SpecDiff` as markdown and as one machine-readable line."""

from __future__ import annotations

from tripletex_async.spec.diff import Change, ChangeKind, SpecDiff

__all__ = ["GROUPS", "machine_line", "render_markdown"]

#: Report sections: title, the change kinds listed under it, whether each item shows its detail.
GROUPS: tuple[tuple[str, tuple[ChangeKind, ...], bool], ...] = (
    ("Operations added", (ChangeKind.OPERATION_ADDED,), False),
    ("Operations removed", (ChangeKind.OPERATION_REMOVED,), False),
    (
        "Parameters",
        (
            ChangeKind.PARAMETER_ADDED,
            ChangeKind.PARAMETER_REMOVED,
            ChangeKind.PARAMETER_REQUIRED,
            ChangeKind.PARAMETER_OPTIONAL,
            ChangeKind.PARAMETER_RETYPED,
        ),
        True,
    ),
    (
        "Request bodies",
        (
            ChangeKind.REQUEST_BODY_ADDED,
            ChangeKind.REQUEST_BODY_REMOVED,
            ChangeKind.REQUEST_BODY_REQUIRED,
            ChangeKind.REQUEST_BODY_OPTIONAL,
        ),
        True,
    ),
    ("Schemas added", (ChangeKind.SCHEMA_ADDED,), False),
    ("Schemas removed", (ChangeKind.SCHEMA_REMOVED,), False),
    ("Properties added", (ChangeKind.PROPERTY_ADDED,), True),
    ("Properties removed", (ChangeKind.PROPERTY_REMOVED,), True),
    ("Properties retyped", (ChangeKind.PROPERTY_RETYPED,), True),
    ("Enum values", (ChangeKind.ENUM_VALUES_REMOVED, ChangeKind.ENUM_VALUES_ADDED), True),
)


def machine_line(diff: SpecDiff) -> str:
    """One line of counts for CI logs and scripts.

    Exactly ``added_ops=<n> removed_ops=<n> added_schemas=<n> removed_schemas=<n>
    removed_properties=<n> breaking=<n>`` (on one line, single spaces).
    """
    return " ".join(f"{name}={value}" for name, value in diff.counts().items())


def _item(change: Change, show_detail: bool) -> str:
    mark = "**BREAKING** " if change.breaking else ""
    text = f"`{change.subject}`"
    if show_detail:
        text += f": {change.detail}"
    return f"- {mark}{text}"


def render_markdown(diff: SpecDiff, old_label: str, new_label: str, *, heading_level: int = 2) -> str:
    """A markdown section describing every change from ``old_label`` to ``new_label``.

    Starts with a heading naming both versions and a summary table, then one sub-section per
    non-empty group listing all items; breaking items are marked ``**BREAKING**``.
    """
    h = "#" * max(1, min(heading_level, 5))
    lines = [f"{h} API changes: {old_label} -> {new_label}", ""]
    summary = (
        ("Operations added", diff.added_ops),
        ("Operations removed", diff.removed_ops),
        ("Schemas added", diff.added_schemas),
        ("Schemas removed", diff.removed_schemas),
        ("Properties removed (schemas in both)", diff.removed_properties),
        ("Breaking changes", diff.breaking),
        ("All changes", len(diff)),
    )
    lines += ["| Change | Count |", "| --- | ---: |"]
    lines += [f"| {title} | {count} |" for title, count in summary]
    lines.append("")
    if not diff.changes:
        lines += ["No changes.", ""]
        return "\n".join(lines)
    for title, kinds, show_detail in GROUPS:
        items = diff.of_kind(*kinds)
        if not items:
            continue
        breaking = sum(1 for c in items if c.breaking)
        suffix = f", {breaking} breaking" if breaking and len(kinds) > 1 else ""
        lines += [f"{h}# {title} ({len(items)}{suffix})", ""]
        lines += [_item(change, show_detail) for change in items]
        lines.append("")
    return "\n".join(lines)
