from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ContactInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("name", dict, False),
    ("email", dict, False),
    ("role", dict, False),
    ("phone", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ContactInfo(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        role: dict[str, Any] | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ContactInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_name(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _name = _tx_v
            name: ShareholderRegisterData | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = ShareholderRegisterData._tx_from_json(_name)

            return name

        def _p_email(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _email = _tx_v
            email: ShareholderRegisterData | Unset
            if isinstance(_email, Unset):
                email = UNSET
            else:
                email = ShareholderRegisterData._tx_from_json(_email)

            return email

        def _p_role(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _role = _tx_v
            role: ShareholderRegisterData | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = ShareholderRegisterData._tx_from_json(_role)

            return role

        def _p_phone(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _phone = _tx_v
            phone: ShareholderRegisterData | Unset
            if isinstance(_phone, Unset):
                phone = UNSET
            else:
                phone = ShareholderRegisterData._tx_from_json(_phone)

            return phone

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "email",
                "role",
                "phone",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "name": ("name", _p_name),
            "email": ("email", _p_email),
            "role": ("role", _p_role),
            "phone": ("phone", _p_phone),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
