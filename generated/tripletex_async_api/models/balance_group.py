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
    from ..models.manual_correction import ManualCorrection


T = TypeVar("T", bound="BalanceGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("manualCorrections", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class BalanceGroup(LazyModel):
    """
    Attributes:
        name (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        manually_corrected_opening_balance (float | Unset): [read-only]
        manually_corrected_closing_balance (float | Unset): [read-only]
        manual_corrections (list[ManualCorrection] | Unset): [read-only]
        negate (bool | Unset): [read-only] The amount from the balance are not prefixed. This property indicates if the
            value should be negated or not.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    grouping: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    manually_corrected_opening_balance: float | Unset = UNSET
    manually_corrected_closing_balance: float | Unset = UNSET
    manual_corrections: list[ManualCorrection] | Unset = UNSET
    negate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        name = self.name

        type_ = self.type_

        grouping = self.grouping

        opening_balance = self.opening_balance

        closing_balance = self.closing_balance

        manually_corrected_opening_balance = self.manually_corrected_opening_balance

        manually_corrected_closing_balance = self.manually_corrected_closing_balance

        manual_corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.manual_corrections, Unset):
            manual_corrections = []
            for manual_corrections_item_data in self.manual_corrections:
                manual_corrections_item = manual_corrections_item_data.to_dict()
                manual_corrections.append(manual_corrections_item)

        negate = self.negate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if manually_corrected_opening_balance is not UNSET and not _in_request:
            field_dict["manuallyCorrectedOpeningBalance"] = manually_corrected_opening_balance
        if manually_corrected_closing_balance is not UNSET and not _in_request:
            field_dict["manuallyCorrectedClosingBalance"] = manually_corrected_closing_balance
        if manual_corrections is not UNSET and not _in_request:
            field_dict["manualCorrections"] = manual_corrections
        if negate is not UNSET and not _in_request:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.manual_correction import ManualCorrection  # noqa: PLC0415

        def _p_manual_corrections(_tx_v: Any) -> list[ManualCorrection] | Unset:
            _manual_corrections = _tx_v
            manual_corrections: list[ManualCorrection] | Unset = UNSET
            if _manual_corrections is not UNSET:
                manual_corrections = []
                for manual_corrections_item_data in _manual_corrections:
                    if manual_corrections_item_data is None:
                        continue
                    manual_corrections_item = ManualCorrection._tx_from_json(manual_corrections_item_data)

                    manual_corrections.append(manual_corrections_item)

            return manual_corrections

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "type",
                "grouping",
                "openingBalance",
                "closingBalance",
                "manuallyCorrectedOpeningBalance",
                "manuallyCorrectedClosingBalance",
                "manualCorrections",
                "negate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "type_": ("type", None),
            "grouping": ("grouping", None),
            "opening_balance": ("openingBalance", None),
            "closing_balance": ("closingBalance", None),
            "manually_corrected_opening_balance": ("manuallyCorrectedOpeningBalance", None),
            "manually_corrected_closing_balance": ("manuallyCorrectedClosingBalance", None),
            "manual_corrections": ("manualCorrections", _p_manual_corrections),
            "negate": ("negate", None),
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
