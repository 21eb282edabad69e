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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (ShareholderRegisterData | Unset):
        email (ShareholderRegisterData | Unset):
        role (ShareholderRegisterData | Unset):
        phone (ShareholderRegisterData | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: ShareholderRegisterData | Unset = UNSET
    email: ShareholderRegisterData | Unset = UNSET
    role: ShareholderRegisterData | Unset = UNSET
    phone: ShareholderRegisterData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v.to_dict()
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v.to_dict()
        _v = self.role
        if _v is not UNSET:
            field_dict["role"] = _v.to_dict()
        _v = self.phone
        if _v is not UNSET:
            field_dict["phone"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ContactInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ContactInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "email",
                "role",
                "phone",
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
                k = "name"
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = ShareholderRegisterData._tx_parse(v)
                k = "email"
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = ShareholderRegisterData._tx_parse(v)
                k = "role"
                v = g("role")
                if v is None:
                    o.role = u
                    if "role" not in d:
                        m += 1
                else:
                    o.role = ShareholderRegisterData._tx_parse(v)
                k = "phone"
                v = g("phone")
                if v is None:
                    o.phone = u
                    if "phone" not in d:
                        m += 1
                else:
                    o.phone = ShareholderRegisterData._tx_parse(v)
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
            ("year_end_report", "yearEndReport"),
            ("name", "name"),
            ("email", "email"),
            ("role", "role"),
            ("phone", "phone"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.name
            o.name = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.email
            o.email = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.role
            o.role = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
            v = s.phone
            o.phone = u if v is None or v is u else ShareholderRegisterData._tx_parse(v)
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
