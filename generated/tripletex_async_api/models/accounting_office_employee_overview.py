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
    from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole
    from ..models.certification import Certification
    from ..models.employee import Employee
    from ..models.partner_account_manager import PartnerAccountManager


T = TypeVar("T", bound="AccountingOfficeEmployeeOverview")


@_attrs_define
class AccountingOfficeEmployeeOverview(Model):
    """
    Attributes:
        employee (Employee | Unset):
        partner_account_manager (PartnerAccountManager | Unset): Partner account manager
        certifications (list[Certification] | Unset):
        roles (list[AccountingOfficeEmployeeRole] | Unset):
    """

    employee: Employee | Unset = UNSET
    partner_account_manager: PartnerAccountManager | Unset = UNSET
    certifications: list[Certification] | Unset = UNSET
    roles: list[AccountingOfficeEmployeeRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.partner_account_manager
        if _v is not UNSET:
            field_dict["partnerAccountManager"] = _v.to_dict()
        _v = self.certifications
        if _v is not UNSET and not _in_request:
            field_dict["certifications"] = [_e.to_dict() for _e in _v]
        _v = self.roles
        if _v is not UNSET and not _in_request:
            field_dict["roles"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountingOfficeEmployeeOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountingOfficeEmployeeOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole  # noqa: PLC0415
        from ..models.certification import Certification  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.partner_account_manager import PartnerAccountManager  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employee",
                "partnerAccountManager",
                "certifications",
                "roles",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "partnerAccountManager"
                v = g("partnerAccountManager")
                if v is None:
                    o.partner_account_manager = u
                    if "partnerAccountManager" not in d:
                        m += 1
                else:
                    o.partner_account_manager = PartnerAccountManager._tx_parse(v)
                k = "certifications"
                v = g("certifications")
                if v is None:
                    o.certifications = u
                    if "certifications" not in d:
                        m += 1
                else:
                    o.certifications = (
                        ([Certification._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "roles"
                v = g("roles")
                if v is None:
                    o.roles = u
                    if "roles" not in d:
                        m += 1
                else:
                    o.roles = (
                        ([AccountingOfficeEmployeeRole._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee", "employee"),
            ("partner_account_manager", "partnerAccountManager"),
            ("certifications", "certifications"),
            ("roles", "roles"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.partner_account_manager
            o.partner_account_manager = u if v is None or v is u else PartnerAccountManager._tx_parse(v)
            v = s.certifications
            o.certifications = (
                u
                if v is None or v is u
                else ([Certification._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.roles
            o.roles = (
                u
                if v is None or v is u
                else ([AccountingOfficeEmployeeRole._tx_parse(e) for e in v if e is not None] if v else [])
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
