from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis


T = TypeVar("T", bound="A07DetailsBusinessPayrollTax")


@_attrs_define
class A07DetailsBusinessPayrollTax:
    """
    Attributes:
        wages_and_remuneration (list[A07DetailsBusinessPayrollTaxBasis] | Unset): [read-only]
        pension_contributions_and_premiums (list[A07DetailsBusinessPayrollTaxBasis] | Unset): [read-only]
    """

    wages_and_remuneration: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    pension_contributions_and_premiums: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.a07_details_business_payroll_tax_basis import A07DetailsBusinessPayrollTaxBasis  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _wages_and_remuneration = d.pop("wagesAndRemuneration", UNSET)
        wages_and_remuneration: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
        if _wages_and_remuneration is not UNSET:
            wages_and_remuneration = []
            for wages_and_remuneration_item_data in _wages_and_remuneration:
                if wages_and_remuneration_item_data is None:
                    continue
                wages_and_remuneration_item = A07DetailsBusinessPayrollTaxBasis.from_dict(
                    wages_and_remuneration_item_data
                )

                wages_and_remuneration.append(wages_and_remuneration_item)

        _pension_contributions_and_premiums = d.pop("pensionContributionsAndPremiums", UNSET)
        pension_contributions_and_premiums: list[A07DetailsBusinessPayrollTaxBasis] | Unset = UNSET
        if _pension_contributions_and_premiums is not UNSET:
            pension_contributions_and_premiums = []
            for pension_contributions_and_premiums_item_data in _pension_contributions_and_premiums:
                if pension_contributions_and_premiums_item_data is None:
                    continue
                pension_contributions_and_premiums_item = A07DetailsBusinessPayrollTaxBasis.from_dict(
                    pension_contributions_and_premiums_item_data
                )

                pension_contributions_and_premiums.append(pension_contributions_and_premiums_item)

        _obj = cls(
            wages_and_remuneration=wages_and_remuneration,
            pension_contributions_and_premiums=pension_contributions_and_premiums,
        )

        _obj.additional_properties = d
        return _obj

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
