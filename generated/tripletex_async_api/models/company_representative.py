from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_representative_role_in_company import CompanyRepresentativeRoleInCompany
from ..models.company_representative_signature_status import CompanyRepresentativeSignatureStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="CompanyRepresentative")


@_attrs_define
class CompanyRepresentative(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        role_in_company (CompanyRepresentativeRoleInCompany | Unset):
        birthdate (str | Unset): birthdate
        company_name (str | Unset):
        signature_status (CompanyRepresentativeSignatureStatus | Unset):
        description (str | Unset):
        email (str | Unset):
        employee_id (int | Unset):
        can_receive_reminder (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    role_in_company: CompanyRepresentativeRoleInCompany | Unset = UNSET
    birthdate: str | Unset = UNSET
    company_name: str | Unset = UNSET
    signature_status: CompanyRepresentativeSignatureStatus | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    can_receive_reminder: bool | Unset = UNSET
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
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.role_in_company
        if _v is not UNSET:
            field_dict["roleInCompany"] = _v._value_
        _v = self.birthdate
        if _v is not UNSET and not _in_request:
            field_dict["birthdate"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.signature_status
        if _v is not UNSET:
            field_dict["signatureStatus"] = _v._value_
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.can_receive_reminder
        if _v is not UNSET:
            field_dict["canReceiveReminder"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyRepresentative from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CompanyRepresentative.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_role_in_company: dict[Any, Any] = enum_members(CompanyRepresentativeRoleInCompany)
        _e_signature_status: dict[Any, Any] = enum_members(CompanyRepresentativeSignatureStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "roleInCompany",
                "birthdate",
                "companyName",
                "signatureStatus",
                "description",
                "email",
                "employeeId",
                "canReceiveReminder",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "birthdate": "birthdate",
            "companyName": "company_name",
            "description": "description",
            "email": "email",
            "employeeId": "employee_id",
            "canReceiveReminder": "can_receive_reminder",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.role_in_company = o.birthdate = o.company_name = (
                        o.signature_status
                    ) = o.description = o.email = o.employee_id = o.can_receive_reminder = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.role_in_company = o.birthdate = o.company_name = (
                        o.signature_status
                    ) = o.description = o.email = o.employee_id = o.can_receive_reminder = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                k = "roleInCompany"
                v = g("roleInCompany")
                if v is None:
                    o.role_in_company = u
                    if "roleInCompany" not in d:
                        m += 1
                else:
                    o.role_in_company = (
                        e_
                        if (e_ := _e_role_in_company.get(v)) is not None
                        else enum_value(CompanyRepresentativeRoleInCompany, v)
                    )
                v = g("birthdate")
                if v is None:
                    o.birthdate = u
                    if "birthdate" not in d:
                        m += 1
                else:
                    o.birthdate = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                k = "signatureStatus"
                v = g("signatureStatus")
                if v is None:
                    o.signature_status = u
                    if "signatureStatus" not in d:
                        m += 1
                else:
                    o.signature_status = (
                        e_
                        if (e_ := _e_signature_status.get(v)) is not None
                        else enum_value(CompanyRepresentativeSignatureStatus, v)
                    )
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("canReceiveReminder")
                if v is None:
                    o.can_receive_reminder = u
                    if "canReceiveReminder" not in d:
                        m += 1
                else:
                    o.can_receive_reminder = v
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
            ("name", "name"),
            ("role_in_company", "roleInCompany"),
            ("birthdate", "birthdate"),
            ("company_name", "companyName"),
            ("signature_status", "signatureStatus"),
            ("description", "description"),
            ("email", "email"),
            ("employee_id", "employeeId"),
            ("can_receive_reminder", "canReceiveReminder"),
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
            v = s.name
            o.name = u if v is None else v
            v = s.role_in_company
            o.role_in_company = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_role_in_company.get(v)) is not None
                else enum_value(CompanyRepresentativeRoleInCompany, v)
            )
            v = s.birthdate
            o.birthdate = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.signature_status
            o.signature_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_signature_status.get(v)) is not None
                else enum_value(CompanyRepresentativeSignatureStatus, v)
            )
            v = s.description
            o.description = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.can_receive_reminder
            o.can_receive_reminder = u if v is None else v
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
