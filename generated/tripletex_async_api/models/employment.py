from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_employment_end_reason import EmploymentEmploymentEndReason
from ..models.employment_tax_deduction_code import EmploymentTaxDeductionCode
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
    from ..models.division import Division
    from ..models.employee import Employee
    from ..models.employment_details import EmploymentDetails


T = TypeVar("T", bound="Employment")


@_attrs_define
class Employment(Model):
    """Employments tied to the employee

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employee (Employee | Unset):
        employment_id (str | Unset): Existing employment ID used by the current accounting system
        start_date (str | Unset):
        end_date (str | Unset):
        employment_end_reason (EmploymentEmploymentEndReason | Unset): Define the employment end reason.
        division (Division | Unset):
        last_salary_change_date (str | Unset):
        no_employment_relationship (bool | Unset): Activate pensions and other benefits with no employment relationship.
        is_main_employer (bool | Unset): Determines if company is main employer for the employee. Default value is
            true.<br />Some values will be default set if not sent upon creation of employment: <br/> If isMainEmployer is
            NOT sent and tax deduction code loennFraHovedarbeidsgiver is sent, isMainEmployer will be set to true. <br /> If
            isMainEmployer is NOT sent and tax deduction code loennFraBiarbeidsgiver is sent, isMainEmployer will be set to
            false. <br /> If true and deduction code is NOT sent, value of tax deduction code will be set to
            loennFraHovedarbeidsgiver. <br /> If false and deduction code is NOT sent, value of tax deduction code will be
            set to loennFraBiarbeidsgiver. <br /> For other types of Tax Deduction Codes, isMainEmployer does not influence
            anything.
        tax_deduction_code (EmploymentTaxDeductionCode | Unset): EMPTY - represents that a tax deduction code is not set
            on the employment. It is illegal to set the field to this value.  <br /> Default value of this field is
            loennFraHovedarbeidsgiver or loennFraBiarbeidsgiver depending on boolean isMainEmployer
        employment_details (list[EmploymentDetails] | Unset):
        is_remove_access_at_employment_ended (bool | Unset): If true, access to the employee will be removed when the
            employment ends. <br />This field is part of the Employee object, therefore changing it for one Employment
            affects all Employments.
        latest_salary (EmploymentDetails | Unset): Employment types tied to the employment
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    employment_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    employment_end_reason: EmploymentEmploymentEndReason | Unset = UNSET
    division: Division | Unset = UNSET
    last_salary_change_date: str | Unset = UNSET
    no_employment_relationship: bool | Unset = UNSET
    is_main_employer: bool | Unset = UNSET
    tax_deduction_code: EmploymentTaxDeductionCode | Unset = UNSET
    employment_details: list[EmploymentDetails] | Unset = UNSET
    is_remove_access_at_employment_ended: bool | Unset = UNSET
    latest_salary: EmploymentDetails | Unset = UNSET
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
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.employment_id
        if _v is not UNSET:
            field_dict["employmentId"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.employment_end_reason
        if _v is not UNSET:
            field_dict["employmentEndReason"] = _v._value_
        _v = self.division
        if _v is not UNSET:
            field_dict["division"] = _v.to_dict()
        _v = self.last_salary_change_date
        if _v is not UNSET:
            field_dict["lastSalaryChangeDate"] = _v
        _v = self.no_employment_relationship
        if _v is not UNSET:
            field_dict["noEmploymentRelationship"] = _v
        _v = self.is_main_employer
        if _v is not UNSET:
            field_dict["isMainEmployer"] = _v
        _v = self.tax_deduction_code
        if _v is not UNSET:
            field_dict["taxDeductionCode"] = _v._value_
        _v = self.employment_details
        if _v is not UNSET:
            field_dict["employmentDetails"] = [_e.to_dict() for _e in _v]
        _v = self.is_remove_access_at_employment_ended
        if _v is not UNSET:
            field_dict["isRemoveAccessAtEmploymentEnded"] = _v
        _v = self.latest_salary
        if _v is not UNSET:
            field_dict["latestSalary"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Employment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Employment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.division import Division  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

        _new = object.__new__
        _e_employment_end_reason: dict[Any, Any] = enum_members(EmploymentEmploymentEndReason)
        _e_tax_deduction_code: dict[Any, Any] = enum_members(EmploymentTaxDeductionCode)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "employmentId",
                "startDate",
                "endDate",
                "employmentEndReason",
                "division",
                "lastSalaryChangeDate",
                "noEmploymentRelationship",
                "isMainEmployer",
                "taxDeductionCode",
                "employmentDetails",
                "isRemoveAccessAtEmploymentEnded",
                "latestSalary",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "employmentId": "employment_id",
            "startDate": "start_date",
            "endDate": "end_date",
            "lastSalaryChangeDate": "last_salary_change_date",
            "noEmploymentRelationship": "no_employment_relationship",
            "isMainEmployer": "is_main_employer",
            "isRemoveAccessAtEmploymentEnded": "is_remove_access_at_employment_ended",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee = o.employment_id = o.start_date = o.end_date = (
                        o.employment_end_reason
                    ) = o.division = o.last_salary_change_date = o.no_employment_relationship = o.is_main_employer = (
                        o.tax_deduction_code
                    ) = o.employment_details = o.is_remove_access_at_employment_ended = o.latest_salary = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee = o.employment_id = o.start_date = o.end_date = (
                        o.employment_end_reason
                    ) = o.division = o.last_salary_change_date = o.no_employment_relationship = o.is_main_employer = (
                        o.tax_deduction_code
                    ) = o.employment_details = o.is_remove_access_at_employment_ended = o.latest_salary = UNSET
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
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("employmentId")
                if v is None:
                    o.employment_id = u
                    if "employmentId" not in d:
                        m += 1
                else:
                    o.employment_id = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                k = "employmentEndReason"
                v = g("employmentEndReason")
                if v is None:
                    o.employment_end_reason = u
                    if "employmentEndReason" not in d:
                        m += 1
                else:
                    o.employment_end_reason = (
                        e_
                        if (e_ := _e_employment_end_reason.get(v)) is not None
                        else enum_value(EmploymentEmploymentEndReason, v)
                    )
                k = "division"
                v = g("division")
                if v is None:
                    o.division = u
                    if "division" not in d:
                        m += 1
                else:
                    o.division = Division._tx_parse(v)
                v = g("lastSalaryChangeDate")
                if v is None:
                    o.last_salary_change_date = u
                    if "lastSalaryChangeDate" not in d:
                        m += 1
                else:
                    o.last_salary_change_date = v
                v = g("noEmploymentRelationship")
                if v is None:
                    o.no_employment_relationship = u
                    if "noEmploymentRelationship" not in d:
                        m += 1
                else:
                    o.no_employment_relationship = v
                v = g("isMainEmployer")
                if v is None:
                    o.is_main_employer = u
                    if "isMainEmployer" not in d:
                        m += 1
                else:
                    o.is_main_employer = v
                k = "taxDeductionCode"
                v = g("taxDeductionCode")
                if v is None:
                    o.tax_deduction_code = u
                    if "taxDeductionCode" not in d:
                        m += 1
                else:
                    o.tax_deduction_code = (
                        e_
                        if (e_ := _e_tax_deduction_code.get(v)) is not None
                        else enum_value(EmploymentTaxDeductionCode, v)
                    )
                k = "employmentDetails"
                v = g("employmentDetails")
                if v is None:
                    o.employment_details = u
                    if "employmentDetails" not in d:
                        m += 1
                else:
                    o.employment_details = (
                        ([EmploymentDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isRemoveAccessAtEmploymentEnded")
                if v is None:
                    o.is_remove_access_at_employment_ended = u
                    if "isRemoveAccessAtEmploymentEnded" not in d:
                        m += 1
                else:
                    o.is_remove_access_at_employment_ended = v
                k = "latestSalary"
                v = g("latestSalary")
                if v is None:
                    o.latest_salary = u
                    if "latestSalary" not in d:
                        m += 1
                else:
                    o.latest_salary = EmploymentDetails._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("employee", "employee"),
            ("employment_id", "employmentId"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("employment_end_reason", "employmentEndReason"),
            ("division", "division"),
            ("last_salary_change_date", "lastSalaryChangeDate"),
            ("no_employment_relationship", "noEmploymentRelationship"),
            ("is_main_employer", "isMainEmployer"),
            ("tax_deduction_code", "taxDeductionCode"),
            ("employment_details", "employmentDetails"),
            ("is_remove_access_at_employment_ended", "isRemoveAccessAtEmploymentEnded"),
            ("latest_salary", "latestSalary"),
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
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.employment_id
            o.employment_id = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.employment_end_reason
            o.employment_end_reason = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_employment_end_reason.get(v)) is not None
                else enum_value(EmploymentEmploymentEndReason, v)
            )
            v = s.division
            o.division = u if v is None or v is u else Division._tx_parse(v)
            v = s.last_salary_change_date
            o.last_salary_change_date = u if v is None else v
            v = s.no_employment_relationship
            o.no_employment_relationship = u if v is None else v
            v = s.is_main_employer
            o.is_main_employer = u if v is None else v
            v = s.tax_deduction_code
            o.tax_deduction_code = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_tax_deduction_code.get(v)) is not None
                else enum_value(EmploymentTaxDeductionCode, v)
            )
            v = s.employment_details
            o.employment_details = (
                u
                if v is None or v is u
                else ([EmploymentDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_remove_access_at_employment_ended
            o.is_remove_access_at_employment_ended = u if v is None else v
            v = s.latest_salary
            o.latest_salary = u if v is None or v is u else EmploymentDetails._tx_parse(v)
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
