from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_info_post_type import KeyInfoPostType
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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="KeyInfo")


@_attrs_define
class KeyInfo(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        id (int | Unset):
        name (str | Unset):
        post_type (KeyInfoPostType | Unset):
        opening_balance (float | Unset):
        closing_balance (float | Unset):
        altinn_value (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    post_type: KeyInfoPostType | Unset = UNSET
    opening_balance: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    altinn_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.post_type
        if _v is not UNSET and not _in_request:
            field_dict["postType"] = _v._value_
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.altinn_value
        if _v is not UNSET and not _in_request:
            field_dict["altinnValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A KeyInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``KeyInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_post_type: dict[Any, Any] = enum_members(KeyInfoPostType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "id",
                "name",
                "postType",
                "openingBalance",
                "closingBalance",
                "altinnValue",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = e_ if (e_ := _e_post_type.get(v)) is not None else enum_value(KeyInfoPostType, v)
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("altinnValue")
                if v is None:
                    o.altinn_value = u
                    if "altinnValue" not in d:
                        m += 1
                else:
                    o.altinn_value = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("id", "id"),
            ("name", "name"),
            ("post_type", "postType"),
            ("opening_balance", "openingBalance"),
            ("closing_balance", "closingBalance"),
            ("altinn_value", "altinnValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(KeyInfoPostType, v)
            )
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.altinn_value
            o.altinn_value = u if v is None else v
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
