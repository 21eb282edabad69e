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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="LoggedInUserInfo")


@_attrs_define
class LoggedInUserInfo(Model):
    """
    Attributes:
        employee_id (int | Unset):
        actual_employee_id (int | Unset):
        employee (Employee | Unset):
        company_id (int | Unset):
        company (Company | Unset): Vendor of the product
        language (str | Unset):
        logged_in_with_connect (bool | Unset):
        employee_is_proxy (bool | Unset):
    """

    employee_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    employee: Employee | Unset = UNSET
    company_id: int | Unset = UNSET
    company: Company | Unset = UNSET
    language: str | Unset = UNSET
    logged_in_with_connect: bool | Unset = UNSET
    employee_is_proxy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.language
        if _v is not UNSET and not _in_request:
            field_dict["language"] = _v
        _v = self.logged_in_with_connect
        if _v is not UNSET and not _in_request:
            field_dict["loggedInWithConnect"] = _v
        _v = self.employee_is_proxy
        if _v is not UNSET and not _in_request:
            field_dict["employeeIsProxy"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LoggedInUserInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LoggedInUserInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeId",
                "actualEmployeeId",
                "employee",
                "companyId",
                "company",
                "language",
                "loggedInWithConnect",
                "employeeIsProxy",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "employeeId": "employee_id",
            "actualEmployeeId": "actual_employee_id",
            "companyId": "company_id",
            "language": "language",
            "loggedInWithConnect": "logged_in_with_connect",
            "employeeIsProxy": "employee_is_proxy",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.employee_id = o.actual_employee_id = o.employee = o.company_id = o.company = o.language = (
                        o.logged_in_with_connect
                    ) = o.employee_is_proxy = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = v
                v = g("loggedInWithConnect")
                if v is None:
                    o.logged_in_with_connect = u
                    if "loggedInWithConnect" not in d:
                        m += 1
                else:
                    o.logged_in_with_connect = v
                v = g("employeeIsProxy")
                if v is None:
                    o.employee_is_proxy = u
                    if "employeeIsProxy" not in d:
                        m += 1
                else:
                    o.employee_is_proxy = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_id", "employeeId"),
            ("actual_employee_id", "actualEmployeeId"),
            ("employee", "employee"),
            ("company_id", "companyId"),
            ("company", "company"),
            ("language", "language"),
            ("logged_in_with_connect", "loggedInWithConnect"),
            ("employee_is_proxy", "employeeIsProxy"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.language
            o.language = u if v is None else v
            v = s.logged_in_with_connect
            o.logged_in_with_connect = u if v is None else v
            v = s.employee_is_proxy
            o.employee_is_proxy = u if v is None else v
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
