from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TaxAssessmentNonPostedDetail")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentNonPostedDetail(LazyModel):
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
        self._tx_load()
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
        """A TaxAssessmentNonPostedDetail from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "step",
                "industry",
                "postedAmount",
                "calculatedAmount",
                "notPostedAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "step": ("step", None),
            "industry": ("industry", None),
            "posted_amount": ("postedAmount", None),
            "calculated_amount": ("calculatedAmount", None),
            "not_posted_amount": ("notPostedAmount", None),
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
