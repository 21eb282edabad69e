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
    from ..models.change import Change
    from ..models.department import Department


T = TypeVar("T", bound="SalaryV2Employee")


@_attrs_define
class SalaryV2Employee(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        display_name (str | Unset):
        employee_number (str | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        picture_id (int | Unset):
        phone_number_sms_certified (str | Unset):
        name_and_number (str | Unset):
        bank_account_or_iban (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    department: Department | Unset = UNSET
    picture_id: int | Unset = UNSET
    phone_number_sms_certified: str | Unset = UNSET
    name_and_number: str | Unset = UNSET
    bank_account_or_iban: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.first_name
        if _v is not UNSET:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET:
            field_dict["lastName"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.employee_number
        if _v is not UNSET:
            field_dict["employeeNumber"] = _v
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.picture_id
        if _v is not UNSET and not _in_request:
            field_dict["pictureId"] = _v
        _v = self.phone_number_sms_certified
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumberSmsCertified"] = _v
        _v = self.name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["nameAndNumber"] = _v
        _v = self.bank_account_or_iban
        if _v is not UNSET and not _in_request:
            field_dict["bankAccountOrIban"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Employee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Employee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "displayName",
                "employeeNumber",
                "department",
                "pictureId",
                "phoneNumberSmsCertified",
                "nameAndNumber",
                "bankAccountOrIban",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "firstName": "first_name",
            "lastName": "last_name",
            "displayName": "display_name",
            "employeeNumber": "employee_number",
            "pictureId": "picture_id",
            "phoneNumberSmsCertified": "phone_number_sms_certified",
            "nameAndNumber": "name_and_number",
            "bankAccountOrIban": "bank_account_or_iban",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = (
                        o.employee_number
                    ) = o.department = o.picture_id = o.phone_number_sms_certified = o.name_and_number = (
                        o.bank_account_or_iban
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.first_name = o.last_name = o.display_name = (
                        o.employee_number
                    ) = o.department = o.picture_id = o.phone_number_sms_certified = o.name_and_number = (
                        o.bank_account_or_iban
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("employeeNumber")
                if v is None:
                    o.employee_number = u
                    if "employeeNumber" not in d:
                        m += 1
                else:
                    o.employee_number = v
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                v = g("pictureId")
                if v is None:
                    o.picture_id = u
                    if "pictureId" not in d:
                        m += 1
                else:
                    o.picture_id = v
                v = g("phoneNumberSmsCertified")
                if v is None:
                    o.phone_number_sms_certified = u
                    if "phoneNumberSmsCertified" not in d:
                        m += 1
                else:
                    o.phone_number_sms_certified = v
                v = g("nameAndNumber")
                if v is None:
                    o.name_and_number = u
                    if "nameAndNumber" not in d:
                        m += 1
                else:
                    o.name_and_number = v
                v = g("bankAccountOrIban")
                if v is None:
                    o.bank_account_or_iban = u
                    if "bankAccountOrIban" not in d:
                        m += 1
                else:
                    o.bank_account_or_iban = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("display_name", "displayName"),
            ("employee_number", "employeeNumber"),
            ("department", "department"),
            ("picture_id", "pictureId"),
            ("phone_number_sms_certified", "phoneNumberSmsCertified"),
            ("name_and_number", "nameAndNumber"),
            ("bank_account_or_iban", "bankAccountOrIban"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.employee_number
            o.employee_number = u if v is None else v
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.picture_id
            o.picture_id = u if v is None else v
            v = s.phone_number_sms_certified
            o.phone_number_sms_certified = u if v is None else v
            v = s.name_and_number
            o.name_and_number = u if v is None else v
            v = s.bank_account_or_iban
            o.bank_account_or_iban = u if v is None else v
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
