from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.system_report import SystemReport


T = TypeVar("T", bound="SystemReportCategory")


@_attrs_define
class SystemReportCategory(Model):
    """
    Attributes:
        text_key (str | Unset): The text key for the name of the report category
        theme (str | Unset): The theme of the report category
        icon (str | Unset): The icon for the report category
        reports (list[SystemReport] | Unset): The reports in this report category
        sub_categories (list[SystemReportCategory] | Unset): The report categories in this report category
    """

    text_key: str | Unset = UNSET
    theme: str | Unset = UNSET
    icon: str | Unset = UNSET
    reports: list[SystemReport] | Unset = UNSET
    sub_categories: list[SystemReportCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.text_key
        if _v is not UNSET and not _in_request:
            field_dict["textKey"] = _v
        _v = self.theme
        if _v is not UNSET and not _in_request:
            field_dict["theme"] = _v
        _v = self.icon
        if _v is not UNSET and not _in_request:
            field_dict["icon"] = _v
        _v = self.reports
        if _v is not UNSET and not _in_request:
            field_dict["reports"] = [_e.to_dict() for _e in _v]
        _v = self.sub_categories
        if _v is not UNSET and not _in_request:
            field_dict["subCategories"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SystemReportCategory from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SystemReportCategory.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.system_report import SystemReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "textKey",
                "theme",
                "icon",
                "reports",
                "subCategories",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("textKey")
                if v is None:
                    o.text_key = u
                    if "textKey" not in d:
                        m += 1
                else:
                    o.text_key = v
                v = g("theme")
                if v is None:
                    o.theme = u
                    if "theme" not in d:
                        m += 1
                else:
                    o.theme = v
                v = g("icon")
                if v is None:
                    o.icon = u
                    if "icon" not in d:
                        m += 1
                else:
                    o.icon = v
                k = "reports"
                v = g("reports")
                if v is None:
                    o.reports = u
                    if "reports" not in d:
                        m += 1
                else:
                    o.reports = (
                        ([SystemReport._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "subCategories"
                v = g("subCategories")
                if v is None:
                    o.sub_categories = u
                    if "subCategories" not in d:
                        m += 1
                else:
                    o.sub_categories = (
                        ([SystemReportCategory._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("text_key", "textKey"),
            ("theme", "theme"),
            ("icon", "icon"),
            ("reports", "reports"),
            ("sub_categories", "subCategories"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.text_key
            o.text_key = u if v is None else v
            v = s.theme
            o.theme = u if v is None else v
            v = s.icon
            o.icon = u if v is None else v
            v = s.reports
            o.reports = (
                u
                if v is None or v is u
                else ([SystemReport._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sub_categories
            o.sub_categories = (
                u
                if v is None or v is u
                else ([SystemReportCategory._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
