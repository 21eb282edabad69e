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
    from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis


T = TypeVar("T", bound="A07DetailsBusinessPayrollTax")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("wagesAndRemuneration", list, False),
    ("pensionContributionsAndPremiums", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class A07DetailsBusinessPayrollTax(LazyModel):
    """
    Attributes:
        wages_and_remuneration (list[A07DetailsBusinessPayrollTaxBasis] | Unset): [read-only]
        pension_contributions_and_premiums (list[A07DetailsBusinessPayrollTaxBasis] | Unset): [read-only]
    """

    wages_and_remuneration: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    pension_contributions_and_premiums: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        wages_and_remuneration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wages_and_remuneration, Unset):
            wages_and_remuneration = []
            for wages_and_remuneration_item_data in self.wages_and_remuneration:
                wages_and_remuneration_item = wages_and_remuneration_item_data.to_dict()
                wages_and_remuneration.append(wages_and_remuneration_item)

        pension_contributions_and_premiums: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pension_contributions_and_premiums, Unset):
            pension_contributions_and_premiums = []
            for pension_contributions_and_premiums_item_data in self.pension_contributions_and_premiums:
                pension_contributions_and_premiums_item = pension_contributions_and_premiums_item_data.to_dict()
                pension_contributions_and_premiums.append(pension_contributions_and_premiums_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wages_and_remuneration is not UNSET and not _in_request:
            field_dict["wagesAndRemuneration"] = wages_and_remuneration
        if pension_contributions_and_premiums is not UNSET and not _in_request:
            field_dict["pensionContributionsAndPremiums"] = pension_contributions_and_premiums

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A A07DetailsBusinessPayrollTax from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis  # noqa: PLC0415

        def _p_wages_and_remuneration(_tx_v: Any) -> list[A07DetailsBusinessPayrollTaxBasis] | Unset:
            _wages_and_remuneration = _tx_v
            wages_and_remuneration: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
            if _wages_and_remuneration is not UNSET:
                wages_and_remuneration = []
                for wages_and_remuneration_item_data in _wages_and_remuneration:
                    if wages_and_remuneration_item_data is None:
                        continue
                    wages_and_remuneration_item = A07DetailsBusinessPayrollTaxBasis._tx_from_json(
                        wages_and_remuneration_item_data
                    )

                    wages_and_remuneration.append(wages_and_remuneration_item)

            return wages_and_remuneration

        def _p_pension_contributions_and_premiums(_tx_v: Any) -> list[A07DetailsBusinessPayrollTaxBasis] | Unset:
            _pension_contributions_and_premiums = _tx_v
            pension_contributions_and_premiums: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
            if _pension_contributions_and_premiums is not UNSET:
                pension_contributions_and_premiums = []
                for pension_contributions_and_premiums_item_data in _pension_contributions_and_premiums:
                    if pension_contributions_and_premiums_item_data is None:
                        continue
                    pension_contributions_and_premiums_item = A07DetailsBusinessPayrollTaxBasis._tx_from_json(
                        pension_contributions_and_premiums_item_data
                    )

                    pension_contributions_and_premiums.append(pension_contributions_and_premiums_item)

            return pension_contributions_and_premiums

        _tx_known: frozenset[str] = frozenset(
            (
                "wagesAndRemuneration",
                "pensionContributionsAndPremiums",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "wages_and_remuneration": ("wagesAndRemuneration", _p_wages_and_remuneration),
            "pension_contributions_and_premiums": (
                "pensionContributionsAndPremiums",
                _p_pension_contributions_and_premiums,
            ),
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
