from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.salary_advance_taxcard_internal import SalaryAdvanceTaxcardInternal


T = TypeVar("T", bound="SalaryTaxcardInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("advanceTaxcards", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryTaxcardInternal(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        advance_taxcards (list[SalaryAdvanceTaxcardInternal] | Unset):
        additional_info (str | Unset):
        date (str | Unset):
        utstedt_dato (str | Unset):
        arbeidstaker_identifikator (str | Unset):
        status (str | Unset):
        status_description (str | Unset):
        order_id (int | Unset):
        altinn_3_taxcard_order_id (int | Unset):
        year_of_income (int | Unset):
        skattekort_identifikator (int | Unset):
        deduction_period (int | Unset):
        payroll_tax_municipality_id (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    advance_taxcards: list[SalaryAdvanceTaxcardInternal] | Unset = UNSET
    additional_info: str | Unset = UNSET
    date: str | Unset = UNSET
    utstedt_dato: str | Unset = UNSET
    arbeidstaker_identifikator: str | Unset = UNSET
    status: str | Unset = UNSET
    status_description: str | Unset = UNSET
    order_id: int | Unset = UNSET
    altinn_3_taxcard_order_id: int | Unset = UNSET
    year_of_income: int | Unset = UNSET
    skattekort_identifikator: int | Unset = UNSET
    deduction_period: int | Unset = UNSET
    payroll_tax_municipality_id: int | Unset = UNSET
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

        advance_taxcards: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.advance_taxcards, Unset):
            advance_taxcards = []
            for advance_taxcards_item_data in self.advance_taxcards:
                advance_taxcards_item = advance_taxcards_item_data.to_dict()
                advance_taxcards.append(advance_taxcards_item)

        additional_info = self.additional_info

        date = self.date

        utstedt_dato = self.utstedt_dato

        arbeidstaker_identifikator = self.arbeidstaker_identifikator

        status = self.status

        status_description = self.status_description

        order_id = self.order_id

        altinn_3_taxcard_order_id = self.altinn_3_taxcard_order_id

        year_of_income = self.year_of_income

        skattekort_identifikator = self.skattekort_identifikator

        deduction_period = self.deduction_period

        payroll_tax_municipality_id = self.payroll_tax_municipality_id

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
        if advance_taxcards is not UNSET:
            field_dict["advanceTaxcards"] = advance_taxcards
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if date is not UNSET:
            field_dict["date"] = date
        if utstedt_dato is not UNSET:
            field_dict["utstedtDato"] = utstedt_dato
        if arbeidstaker_identifikator is not UNSET:
            field_dict["arbeidstakerIdentifikator"] = arbeidstaker_identifikator
        if status is not UNSET:
            field_dict["status"] = status
        if status_description is not UNSET:
            field_dict["statusDescription"] = status_description
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if altinn_3_taxcard_order_id is not UNSET:
            field_dict["altinn3taxcardOrderId"] = altinn_3_taxcard_order_id
        if year_of_income is not UNSET:
            field_dict["yearOfIncome"] = year_of_income
        if skattekort_identifikator is not UNSET:
            field_dict["skattekortIdentifikator"] = skattekort_identifikator
        if deduction_period is not UNSET:
            field_dict["deductionPeriod"] = deduction_period
        if payroll_tax_municipality_id is not UNSET:
            field_dict["payrollTaxMunicipalityId"] = payroll_tax_municipality_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryTaxcardInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.salary_advance_taxcard_internal import SalaryAdvanceTaxcardInternal  # noqa: PLC0415

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

        def _p_advance_taxcards(_tx_v: Any) -> list[SalaryAdvanceTaxcardInternal] | Unset:
            _advance_taxcards = _tx_v
            advance_taxcards: list[SalaryAdvanceTaxcardInternal] | Unset = UNSET
            if _advance_taxcards is not UNSET:
                advance_taxcards = []
                for advance_taxcards_item_data in _advance_taxcards:
                    if advance_taxcards_item_data is None:
                        continue
                    advance_taxcards_item = SalaryAdvanceTaxcardInternal._tx_from_json(advance_taxcards_item_data)

                    advance_taxcards.append(advance_taxcards_item)

            return advance_taxcards

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "advanceTaxcards",
                "additionalInfo",
                "date",
                "utstedtDato",
                "arbeidstakerIdentifikator",
                "status",
                "statusDescription",
                "orderId",
                "altinn3taxcardOrderId",
                "yearOfIncome",
                "skattekortIdentifikator",
                "deductionPeriod",
                "payrollTaxMunicipalityId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "advance_taxcards": ("advanceTaxcards", _p_advance_taxcards),
            "additional_info": ("additionalInfo", None),
            "date": ("date", None),
            "utstedt_dato": ("utstedtDato", None),
            "arbeidstaker_identifikator": ("arbeidstakerIdentifikator", None),
            "status": ("status", None),
            "status_description": ("statusDescription", None),
            "order_id": ("orderId", None),
            "altinn_3_taxcard_order_id": ("altinn3taxcardOrderId", None),
            "year_of_income": ("yearOfIncome", None),
            "skattekort_identifikator": ("skattekortIdentifikator", None),
            "deduction_period": ("deductionPeriod", None),
            "payroll_tax_municipality_id": ("payrollTaxMunicipalityId", None),
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
