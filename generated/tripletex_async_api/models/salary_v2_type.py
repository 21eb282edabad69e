from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_type_required_supplement_fields_item import SalaryV2TypeRequiredSupplementFieldsItem
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


T = TypeVar("T", bound="SalaryV2Type")


@_attrs_define
class SalaryV2Type(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        number (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        pay_statement_code (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset):
        taxable (bool | Unset):
        payroll_taxable (bool | Unset):
        vacation_payable (bool | Unset):
        sick_payable (bool | Unset):
        payment (bool | Unset):
        vacation_allowance (bool | Unset):
        requires_additional_info (bool | Unset):
        requires_supplement (bool | Unset):
        required_supplement_fields (list[SalaryV2TypeRequiredSupplementFieldsItem] | Unset):
        rate (float | Unset):
        percent_increase (float | Unset):
        max_rate (float | Unset):
        min_rate (float | Unset):
        calc_type (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    pay_statement_code: str | Unset = UNSET
    description: str | Unset = UNSET
    show_in_timesheet: bool | Unset = UNSET
    taxable: bool | Unset = UNSET
    payroll_taxable: bool | Unset = UNSET
    vacation_payable: bool | Unset = UNSET
    sick_payable: bool | Unset = UNSET
    payment: bool | Unset = UNSET
    vacation_allowance: bool | Unset = UNSET
    requires_additional_info: bool | Unset = UNSET
    requires_supplement: bool | Unset = UNSET
    required_supplement_fields: list[SalaryV2TypeRequiredSupplementFieldsItem] | Unset = UNSET
    rate: float | Unset = UNSET
    percent_increase: float | Unset = UNSET
    max_rate: float | Unset = UNSET
    min_rate: float | Unset = UNSET
    calc_type: int | Unset = UNSET
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
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.pay_statement_code
        if _v is not UNSET:
            field_dict["payStatementCode"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.show_in_timesheet
        if _v is not UNSET and not _in_request:
            field_dict["showInTimesheet"] = _v
        _v = self.taxable
        if _v is not UNSET and not _in_request:
            field_dict["taxable"] = _v
        _v = self.payroll_taxable
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxable"] = _v
        _v = self.vacation_payable
        if _v is not UNSET and not _in_request:
            field_dict["vacationPayable"] = _v
        _v = self.sick_payable
        if _v is not UNSET and not _in_request:
            field_dict["sickPayable"] = _v
        _v = self.payment
        if _v is not UNSET and not _in_request:
            field_dict["payment"] = _v
        _v = self.vacation_allowance
        if _v is not UNSET and not _in_request:
            field_dict["vacationAllowance"] = _v
        _v = self.requires_additional_info
        if _v is not UNSET and not _in_request:
            field_dict["requiresAdditionalInfo"] = _v
        _v = self.requires_supplement
        if _v is not UNSET and not _in_request:
            field_dict["requiresSupplement"] = _v
        _v = self.required_supplement_fields
        if _v is not UNSET and not _in_request:
            field_dict["requiredSupplementFields"] = [_e._value_ for _e in _v]
        _v = self.rate
        if _v is not UNSET and not _in_request:
            field_dict["rate"] = _v
        _v = self.percent_increase
        if _v is not UNSET and not _in_request:
            field_dict["percentIncrease"] = _v
        _v = self.max_rate
        if _v is not UNSET and not _in_request:
            field_dict["maxRate"] = _v
        _v = self.min_rate
        if _v is not UNSET and not _in_request:
            field_dict["minRate"] = _v
        _v = self.calc_type
        if _v is not UNSET and not _in_request:
            field_dict["calcType"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Type from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Type.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_required_supplement_fields: dict[Any, Any] = enum_members(SalaryV2TypeRequiredSupplementFieldsItem)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "name",
                "displayName",
                "payStatementCode",
                "description",
                "showInTimesheet",
                "taxable",
                "payrollTaxable",
                "vacationPayable",
                "sickPayable",
                "payment",
                "vacationAllowance",
                "requiresAdditionalInfo",
                "requiresSupplement",
                "requiredSupplementFields",
                "rate",
                "percentIncrease",
                "maxRate",
                "minRate",
                "calcType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "number": "number",
            "name": "name",
            "displayName": "display_name",
            "payStatementCode": "pay_statement_code",
            "description": "description",
            "showInTimesheet": "show_in_timesheet",
            "taxable": "taxable",
            "payrollTaxable": "payroll_taxable",
            "vacationPayable": "vacation_payable",
            "sickPayable": "sick_payable",
            "payment": "payment",
            "vacationAllowance": "vacation_allowance",
            "requiresAdditionalInfo": "requires_additional_info",
            "requiresSupplement": "requires_supplement",
            "rate": "rate",
            "percentIncrease": "percent_increase",
            "maxRate": "max_rate",
            "minRate": "min_rate",
            "calcType": "calc_type",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.number = o.name = o.display_name = o.pay_statement_code = (
                        o.description
                    ) = o.show_in_timesheet = o.taxable = o.payroll_taxable = o.vacation_payable = o.sick_payable = (
                        o.payment
                    ) = o.vacation_allowance = o.requires_additional_info = o.requires_supplement = (
                        o.required_supplement_fields
                    ) = o.rate = o.percent_increase = o.max_rate = o.min_rate = o.calc_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.number = o.name = o.display_name = o.pay_statement_code = (
                        o.description
                    ) = o.show_in_timesheet = o.taxable = o.payroll_taxable = o.vacation_payable = o.sick_payable = (
                        o.payment
                    ) = o.vacation_allowance = o.requires_additional_info = o.requires_supplement = (
                        o.required_supplement_fields
                    ) = o.rate = o.percent_increase = o.max_rate = o.min_rate = o.calc_type = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("payStatementCode")
                if v is None:
                    o.pay_statement_code = u
                    if "payStatementCode" not in d:
                        m += 1
                else:
                    o.pay_statement_code = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("showInTimesheet")
                if v is None:
                    o.show_in_timesheet = u
                    if "showInTimesheet" not in d:
                        m += 1
                else:
                    o.show_in_timesheet = v
                v = g("taxable")
                if v is None:
                    o.taxable = u
                    if "taxable" not in d:
                        m += 1
                else:
                    o.taxable = v
                v = g("payrollTaxable")
                if v is None:
                    o.payroll_taxable = u
                    if "payrollTaxable" not in d:
                        m += 1
                else:
                    o.payroll_taxable = v
                v = g("vacationPayable")
                if v is None:
                    o.vacation_payable = u
                    if "vacationPayable" not in d:
                        m += 1
                else:
                    o.vacation_payable = v
                v = g("sickPayable")
                if v is None:
                    o.sick_payable = u
                    if "sickPayable" not in d:
                        m += 1
                else:
                    o.sick_payable = v
                v = g("payment")
                if v is None:
                    o.payment = u
                    if "payment" not in d:
                        m += 1
                else:
                    o.payment = v
                v = g("vacationAllowance")
                if v is None:
                    o.vacation_allowance = u
                    if "vacationAllowance" not in d:
                        m += 1
                else:
                    o.vacation_allowance = v
                v = g("requiresAdditionalInfo")
                if v is None:
                    o.requires_additional_info = u
                    if "requiresAdditionalInfo" not in d:
                        m += 1
                else:
                    o.requires_additional_info = v
                v = g("requiresSupplement")
                if v is None:
                    o.requires_supplement = u
                    if "requiresSupplement" not in d:
                        m += 1
                else:
                    o.requires_supplement = v
                k = "requiredSupplementFields"
                v = g("requiredSupplementFields")
                if v is None:
                    o.required_supplement_fields = u
                    if "requiredSupplementFields" not in d:
                        m += 1
                else:
                    o.required_supplement_fields = (
                        (
                            [
                                e_
                                if (e_ := _e_required_supplement_fields.get(e)) is not None
                                else enum_value(SalaryV2TypeRequiredSupplementFieldsItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("percentIncrease")
                if v is None:
                    o.percent_increase = u
                    if "percentIncrease" not in d:
                        m += 1
                else:
                    o.percent_increase = v
                v = g("maxRate")
                if v is None:
                    o.max_rate = u
                    if "maxRate" not in d:
                        m += 1
                else:
                    o.max_rate = v
                v = g("minRate")
                if v is None:
                    o.min_rate = u
                    if "minRate" not in d:
                        m += 1
                else:
                    o.min_rate = v
                v = g("calcType")
                if v is None:
                    o.calc_type = u
                    if "calcType" not in d:
                        m += 1
                else:
                    o.calc_type = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 24 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("number", "number"),
            ("name", "name"),
            ("display_name", "displayName"),
            ("pay_statement_code", "payStatementCode"),
            ("description", "description"),
            ("show_in_timesheet", "showInTimesheet"),
            ("taxable", "taxable"),
            ("payroll_taxable", "payrollTaxable"),
            ("vacation_payable", "vacationPayable"),
            ("sick_payable", "sickPayable"),
            ("payment", "payment"),
            ("vacation_allowance", "vacationAllowance"),
            ("requires_additional_info", "requiresAdditionalInfo"),
            ("requires_supplement", "requiresSupplement"),
            ("required_supplement_fields", "requiredSupplementFields"),
            ("rate", "rate"),
            ("percent_increase", "percentIncrease"),
            ("max_rate", "maxRate"),
            ("min_rate", "minRate"),
            ("calc_type", "calcType"),
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
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.pay_statement_code
            o.pay_statement_code = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.show_in_timesheet
            o.show_in_timesheet = u if v is None else v
            v = s.taxable
            o.taxable = u if v is None else v
            v = s.payroll_taxable
            o.payroll_taxable = u if v is None else v
            v = s.vacation_payable
            o.vacation_payable = u if v is None else v
            v = s.sick_payable
            o.sick_payable = u if v is None else v
            v = s.payment
            o.payment = u if v is None else v
            v = s.vacation_allowance
            o.vacation_allowance = u if v is None else v
            v = s.requires_additional_info
            o.requires_additional_info = u if v is None else v
            v = s.requires_supplement
            o.requires_supplement = u if v is None else v
            v = s.required_supplement_fields
            o.required_supplement_fields = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_required_supplement_fields.get(e)) is not None
                        else enum_value(SalaryV2TypeRequiredSupplementFieldsItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.rate
            o.rate = u if v is None else v
            v = s.percent_increase
            o.percent_increase = u if v is None else v
            v = s.max_rate
            o.max_rate = u if v is None else v
            v = s.min_rate
            o.min_rate = u if v is None else v
            v = s.calc_type
            o.calc_type = u if v is None else v
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
