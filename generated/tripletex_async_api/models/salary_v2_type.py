from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_type_required_supplement_fields_item import SalaryV2TypeRequiredSupplementFieldsItem
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
    from ..models.change import Change


T = TypeVar("T", bound="SalaryV2Type")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("requiredSupplementFields", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Type(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        pay_statement_code (str | Unset):
        description (str | Unset):
        show_in_timesheet (bool | Unset): [read-only]
        taxable (bool | Unset): [read-only]
        payroll_taxable (bool | Unset): [read-only]
        vacation_payable (bool | Unset): [read-only]
        sick_payable (bool | Unset): [read-only]
        payment (bool | Unset): [read-only]
        vacation_allowance (bool | Unset): [read-only]
        requires_additional_info (bool | Unset): [read-only]
        requires_supplement (bool | Unset): [read-only]
        required_supplement_fields (list[SalaryV2TypeRequiredSupplementFieldsItem] | Unset): [read-only]
        rate (float | Unset): [read-only]
        percent_increase (float | Unset): [read-only]
        max_rate (float | Unset): [read-only]
        min_rate (float | Unset): [read-only]
        calc_type (int | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        number = self.number

        name = self.name

        display_name = self.display_name

        pay_statement_code = self.pay_statement_code

        description = self.description

        show_in_timesheet = self.show_in_timesheet

        taxable = self.taxable

        payroll_taxable = self.payroll_taxable

        vacation_payable = self.vacation_payable

        sick_payable = self.sick_payable

        payment = self.payment

        vacation_allowance = self.vacation_allowance

        requires_additional_info = self.requires_additional_info

        requires_supplement = self.requires_supplement

        required_supplement_fields: list[str] | Unset = UNSET
        if not isinstance(self.required_supplement_fields, Unset):
            required_supplement_fields = []
            for required_supplement_fields_item_data in self.required_supplement_fields:
                required_supplement_fields_item = required_supplement_fields_item_data.value
                required_supplement_fields.append(required_supplement_fields_item)

        rate = self.rate

        percent_increase = self.percent_increase

        max_rate = self.max_rate

        min_rate = self.min_rate

        calc_type = self.calc_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if pay_statement_code is not UNSET:
            field_dict["payStatementCode"] = pay_statement_code
        if description is not UNSET:
            field_dict["description"] = description
        if show_in_timesheet is not UNSET and not _in_request:
            field_dict["showInTimesheet"] = show_in_timesheet
        if taxable is not UNSET and not _in_request:
            field_dict["taxable"] = taxable
        if payroll_taxable is not UNSET and not _in_request:
            field_dict["payrollTaxable"] = payroll_taxable
        if vacation_payable is not UNSET and not _in_request:
            field_dict["vacationPayable"] = vacation_payable
        if sick_payable is not UNSET and not _in_request:
            field_dict["sickPayable"] = sick_payable
        if payment is not UNSET and not _in_request:
            field_dict["payment"] = payment
        if vacation_allowance is not UNSET and not _in_request:
            field_dict["vacationAllowance"] = vacation_allowance
        if requires_additional_info is not UNSET and not _in_request:
            field_dict["requiresAdditionalInfo"] = requires_additional_info
        if requires_supplement is not UNSET and not _in_request:
            field_dict["requiresSupplement"] = requires_supplement
        if required_supplement_fields is not UNSET and not _in_request:
            field_dict["requiredSupplementFields"] = required_supplement_fields
        if rate is not UNSET and not _in_request:
            field_dict["rate"] = rate
        if percent_increase is not UNSET and not _in_request:
            field_dict["percentIncrease"] = percent_increase
        if max_rate is not UNSET and not _in_request:
            field_dict["maxRate"] = max_rate
        if min_rate is not UNSET and not _in_request:
            field_dict["minRate"] = min_rate
        if calc_type is not UNSET and not _in_request:
            field_dict["calcType"] = calc_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Type from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_required_supplement_fields(_tx_v: Any) -> list[SalaryV2TypeRequiredSupplementFieldsItem] | Unset:
            _required_supplement_fields = _tx_v
            required_supplement_fields: list[SalaryV2TypeRequiredSupplementFieldsItem] | Unset = UNSET
            if _required_supplement_fields is not UNSET:
                required_supplement_fields = []
                for required_supplement_fields_item_data in _required_supplement_fields:
                    if required_supplement_fields_item_data is None:
                        continue
                    required_supplement_fields_item = SalaryV2TypeRequiredSupplementFieldsItem(
                        required_supplement_fields_item_data
                    )

                    required_supplement_fields.append(required_supplement_fields_item)

            return required_supplement_fields

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "number": ("number", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "pay_statement_code": ("payStatementCode", None),
            "description": ("description", None),
            "show_in_timesheet": ("showInTimesheet", None),
            "taxable": ("taxable", None),
            "payroll_taxable": ("payrollTaxable", None),
            "vacation_payable": ("vacationPayable", None),
            "sick_payable": ("sickPayable", None),
            "payment": ("payment", None),
            "vacation_allowance": ("vacationAllowance", None),
            "requires_additional_info": ("requiresAdditionalInfo", None),
            "requires_supplement": ("requiresSupplement", None),
            "required_supplement_fields": ("requiredSupplementFields", _p_required_supplement_fields),
            "rate": ("rate", None),
            "percent_increase": ("percentIncrease", None),
            "max_rate": ("maxRate", None),
            "min_rate": ("minRate", None),
            "calc_type": ("calcType", None),
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
