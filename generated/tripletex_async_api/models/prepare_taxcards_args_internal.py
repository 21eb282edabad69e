from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="PrepareTaxcardsArgsInternal")


@_attrs_define
class PrepareTaxcardsArgsInternal(Model):
    """
    Attributes:
        employee_ids (str | Unset):
        contact_employee_id (int | Unset):
        contact_email (str | Unset):
        taxcard_year (int | Unset):
        mobile_phone (str | Unset):
        mobile_phone_country_id (int | Unset):
        notification_type (str | Unset):
    """

    employee_ids: str | Unset = UNSET
    contact_employee_id: int | Unset = UNSET
    contact_email: str | Unset = UNSET
    taxcard_year: int | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    mobile_phone_country_id: int | Unset = UNSET
    notification_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_ids
        if _v is not UNSET:
            field_dict["employeeIds"] = _v
        _v = self.contact_employee_id
        if _v is not UNSET:
            field_dict["contactEmployeeId"] = _v
        _v = self.contact_email
        if _v is not UNSET:
            field_dict["contactEmail"] = _v
        _v = self.taxcard_year
        if _v is not UNSET:
            field_dict["taxcardYear"] = _v
        _v = self.mobile_phone
        if _v is not UNSET:
            field_dict["mobilePhone"] = _v
        _v = self.mobile_phone_country_id
        if _v is not UNSET:
            field_dict["mobilePhoneCountryId"] = _v
        _v = self.notification_type
        if _v is not UNSET:
            field_dict["notificationType"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PrepareTaxcardsArgsInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PrepareTaxcardsArgsInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeIds",
                "contactEmployeeId",
                "contactEmail",
                "taxcardYear",
                "mobilePhone",
                "mobilePhoneCountryId",
                "notificationType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeIds")
                if v is None:
                    o.employee_ids = u
                    if "employeeIds" not in d:
                        m += 1
                else:
                    o.employee_ids = v
                v = g("contactEmployeeId")
                if v is None:
                    o.contact_employee_id = u
                    if "contactEmployeeId" not in d:
                        m += 1
                else:
                    o.contact_employee_id = v
                v = g("contactEmail")
                if v is None:
                    o.contact_email = u
                    if "contactEmail" not in d:
                        m += 1
                else:
                    o.contact_email = v
                v = g("taxcardYear")
                if v is None:
                    o.taxcard_year = u
                    if "taxcardYear" not in d:
                        m += 1
                else:
                    o.taxcard_year = v
                v = g("mobilePhone")
                if v is None:
                    o.mobile_phone = u
                    if "mobilePhone" not in d:
                        m += 1
                else:
                    o.mobile_phone = v
                v = g("mobilePhoneCountryId")
                if v is None:
                    o.mobile_phone_country_id = u
                    if "mobilePhoneCountryId" not in d:
                        m += 1
                else:
                    o.mobile_phone_country_id = v
                v = g("notificationType")
                if v is None:
                    o.notification_type = u
                    if "notificationType" not in d:
                        m += 1
                else:
                    o.notification_type = v
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
            ("employee_ids", "employeeIds"),
            ("contact_employee_id", "contactEmployeeId"),
            ("contact_email", "contactEmail"),
            ("taxcard_year", "taxcardYear"),
            ("mobile_phone", "mobilePhone"),
            ("mobile_phone_country_id", "mobilePhoneCountryId"),
            ("notification_type", "notificationType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_ids
            o.employee_ids = u if v is None else v
            v = s.contact_employee_id
            o.contact_employee_id = u if v is None else v
            v = s.contact_email
            o.contact_email = u if v is None else v
            v = s.taxcard_year
            o.taxcard_year = u if v is None else v
            v = s.mobile_phone
            o.mobile_phone = u if v is None else v
            v = s.mobile_phone_country_id
            o.mobile_phone_country_id = u if v is None else v
            v = s.notification_type
            o.notification_type = u if v is None else v
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
