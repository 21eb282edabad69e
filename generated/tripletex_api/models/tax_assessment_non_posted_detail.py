from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxAssessmentNonPostedDetail")


@_attrs_define
class TaxAssessmentNonPostedDetail:
    """Non posted details

    Attributes:
        step (str | Unset):
        industry (str | Unset):
        posted_amount (float | Unset): [read-only]
        calculated_amount (float | Unset): [read-only]
        not_posted_amount (float | Unset): [read-only]
    """

    step: str | Unset = UNSET
    industry: str | Unset = UNSET
    posted_amount: float | Unset = UNSET
    calculated_amount: float | Unset = UNSET
    not_posted_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        step = self.step

        industry = self.industry

        posted_amount = self.posted_amount

        calculated_amount = self.calculated_amount

        not_posted_amount = self.not_posted_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if industry is not UNSET:
            field_dict["industry"] = industry
        if posted_amount is not UNSET and not _in_request:
            field_dict["postedAmount"] = posted_amount
        if calculated_amount is not UNSET and not _in_request:
            field_dict["calculatedAmount"] = calculated_amount
        if not_posted_amount is not UNSET and not _in_request:
            field_dict["notPostedAmount"] = not_posted_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        step = d.pop("step", UNSET)

        industry = d.pop("industry", UNSET)

        posted_amount = d.pop("postedAmount", UNSET)

        calculated_amount = d.pop("calculatedAmount", UNSET)

        not_posted_amount = d.pop("notPostedAmount", UNSET)

        _obj = cls(
            step=step,
            industry=industry,
            posted_amount=posted_amount,
            calculated_amount=calculated_amount,
            not_posted_amount=not_posted_amount,
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
