from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_access_reason import ReportAccessReason
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.report import Report
    from ..models.report_authorization import ReportAuthorization


T = TypeVar("T", bound="ReportAccess")


@_attrs_define
class ReportAccess(Model):
    """Metadata of what Report this render is for and how it is accessible

    Attributes:
        report (Report | Unset): The target resource to be granted permissions for
        grant (ReportAuthorization | Unset): The relevant grant of permission, if applicable
        reason (ReportAccessReason | Unset): The reason for having access
    """

    report: Report | Unset = UNSET
    grant: ReportAuthorization | Unset = UNSET
    reason: ReportAccessReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.report
        if _v is not UNSET:
            field_dict["report"] = _v.to_dict()
        _v = self.grant
        if _v is not UNSET:
            field_dict["grant"] = _v.to_dict()
        _v = self.reason
        if _v is not UNSET and not _in_request:
            field_dict["reason"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportAccess from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportAccess.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report import Report  # noqa: PLC0415
        from ..models.report_authorization import ReportAuthorization  # noqa: PLC0415

        _new = object.__new__
        _e_reason: dict[Any, Any] = enum_members(ReportAccessReason)
        _known: frozenset[str] = frozenset(
            (
                "report",
                "grant",
                "reason",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "report"
                v = g("report")
                if v is None:
                    o.report = u
                    if "report" not in d:
                        m += 1
                else:
                    o.report = Report._tx_parse(v)
                k = "grant"
                v = g("grant")
                if v is None:
                    o.grant = u
                    if "grant" not in d:
                        m += 1
                else:
                    o.grant = ReportAuthorization._tx_parse(v)
                k = "reason"
                v = g("reason")
                if v is None:
                    o.reason = u
                    if "reason" not in d:
                        m += 1
                else:
                    o.reason = e_ if (e_ := _e_reason.get(v)) is not None else enum_value(ReportAccessReason, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("report", "report"),
            ("grant", "grant"),
            ("reason", "reason"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.report
            o.report = u if v is None or v is u else Report._tx_parse(v)
            v = s.grant
            o.grant = u if v is None or v is u else ReportAuthorization._tx_parse(v)
            v = s.reason
            o.reason = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_reason.get(v)) is not None
                else enum_value(ReportAccessReason, v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
