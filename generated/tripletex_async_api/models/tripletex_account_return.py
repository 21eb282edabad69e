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
    from ..models.company import Company
    from ..models.employee import Employee
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="TripletexAccountReturn")


@_attrs_define
class TripletexAccountReturn(Model):
    """
    Attributes:
        company (Company | Unset): Vendor of the product
        administrator (Employee | Unset):
        administrator_api_token (EmployeeToken | Unset):
        company_owned_api_token (EmployeeToken | Unset):
        company_owned_api_token_robot_id (int | Unset):
        tripletex_account_created_message (str | Unset):
        employee_token (EmployeeToken | Unset):
    """

    company: Company | Unset = UNSET
    administrator: Employee | Unset = UNSET
    administrator_api_token: EmployeeToken | Unset = UNSET
    company_owned_api_token: EmployeeToken | Unset = UNSET
    company_owned_api_token_robot_id: int | Unset = UNSET
    tripletex_account_created_message: str | Unset = UNSET
    employee_token: EmployeeToken | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.administrator
        if _v is not UNSET:
            field_dict["administrator"] = _v.to_dict()
        _v = self.administrator_api_token
        if _v is not UNSET:
            field_dict["administratorApiToken"] = _v.to_dict()
        _v = self.company_owned_api_token
        if _v is not UNSET:
            field_dict["companyOwnedApiToken"] = _v.to_dict()
        _v = self.company_owned_api_token_robot_id
        if _v is not UNSET:
            field_dict["companyOwnedApiTokenRobotId"] = _v
        _v = self.tripletex_account_created_message
        if _v is not UNSET:
            field_dict["tripletexAccountCreatedMessage"] = _v
        _v = self.employee_token
        if _v is not UNSET:
            field_dict["employeeToken"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountReturn from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccountReturn.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "company",
                "administrator",
                "administratorApiToken",
                "companyOwnedApiToken",
                "companyOwnedApiTokenRobotId",
                "tripletexAccountCreatedMessage",
                "employeeToken",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                k = "administrator"
                v = g("administrator")
                if v is None:
                    o.administrator = u
                    if "administrator" not in d:
                        m += 1
                else:
                    o.administrator = Employee._tx_parse(v)
                k = "administratorApiToken"
                v = g("administratorApiToken")
                if v is None:
                    o.administrator_api_token = u
                    if "administratorApiToken" not in d:
                        m += 1
                else:
                    o.administrator_api_token = EmployeeToken._tx_parse(v)
                k = "companyOwnedApiToken"
                v = g("companyOwnedApiToken")
                if v is None:
                    o.company_owned_api_token = u
                    if "companyOwnedApiToken" not in d:
                        m += 1
                else:
                    o.company_owned_api_token = EmployeeToken._tx_parse(v)
                v = g("companyOwnedApiTokenRobotId")
                if v is None:
                    o.company_owned_api_token_robot_id = u
                    if "companyOwnedApiTokenRobotId" not in d:
                        m += 1
                else:
                    o.company_owned_api_token_robot_id = v
                v = g("tripletexAccountCreatedMessage")
                if v is None:
                    o.tripletex_account_created_message = u
                    if "tripletexAccountCreatedMessage" not in d:
                        m += 1
                else:
                    o.tripletex_account_created_message = v
                k = "employeeToken"
                v = g("employeeToken")
                if v is None:
                    o.employee_token = u
                    if "employeeToken" not in d:
                        m += 1
                else:
                    o.employee_token = EmployeeToken._tx_parse(v)
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
            ("company", "company"),
            ("administrator", "administrator"),
            ("administrator_api_token", "administratorApiToken"),
            ("company_owned_api_token", "companyOwnedApiToken"),
            ("company_owned_api_token_robot_id", "companyOwnedApiTokenRobotId"),
            ("tripletex_account_created_message", "tripletexAccountCreatedMessage"),
            ("employee_token", "employeeToken"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.administrator
            o.administrator = u if v is None or v is u else Employee._tx_parse(v)
            v = s.administrator_api_token
            o.administrator_api_token = u if v is None or v is u else EmployeeToken._tx_parse(v)
            v = s.company_owned_api_token
            o.company_owned_api_token = u if v is None or v is u else EmployeeToken._tx_parse(v)
            v = s.company_owned_api_token_robot_id
            o.company_owned_api_token_robot_id = u if v is None else v
            v = s.tripletex_account_created_message
            o.tripletex_account_created_message = u if v is None else v
            v = s.employee_token
            o.employee_token = u if v is None or v is u else EmployeeToken._tx_parse(v)
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
