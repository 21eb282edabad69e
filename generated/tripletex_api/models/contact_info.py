from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
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
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _name = d.pop("name", UNSET)
        name: ShareholderRegisterData | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ShareholderRegisterData.from_dict(_name)

        _email = d.pop("email", UNSET)
        email: ShareholderRegisterData | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = ShareholderRegisterData.from_dict(_email)

        _role = d.pop("role", UNSET)
        role: ShareholderRegisterData | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ShareholderRegisterData.from_dict(_role)

        _phone = d.pop("phone", UNSET)
        phone: ShareholderRegisterData | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = ShareholderRegisterData.from_dict(_phone)

        _obj = cls(
            year_end_report=year_end_report,
            name=name,
            email=email,
            role=role,
            phone=phone,
        )

        _obj.additional_properties = d
        return _obj

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
