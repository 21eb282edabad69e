from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.manual_correction import ManualCorrection


T = TypeVar("T", bound="BalanceGroup")


@_attrs_define
class BalanceGroup:
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
        from ..models.manual_correction import ManualCorrection  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        grouping = d.pop("grouping", UNSET)

        opening_balance = d.pop("openingBalance", UNSET)

        closing_balance = d.pop("closingBalance", UNSET)

        manually_corrected_opening_balance = d.pop("manuallyCorrectedOpeningBalance", UNSET)

        manually_corrected_closing_balance = d.pop("manuallyCorrectedClosingBalance", UNSET)

        _manual_corrections = d.pop("manualCorrections", UNSET)
        manual_corrections: list[ManualCorrection] | Unset = UNSET
        if _manual_corrections is not UNSET:
            manual_corrections = []
            for manual_corrections_item_data in _manual_corrections:
                if manual_corrections_item_data is None:
                    continue
                manual_corrections_item = ManualCorrection.from_dict(manual_corrections_item_data)

                manual_corrections.append(manual_corrections_item)

        negate = d.pop("negate", UNSET)

        _obj = cls(
            name=name,
            type_=type_,
            grouping=grouping,
            opening_balance=opening_balance,
            closing_balance=closing_balance,
            manually_corrected_opening_balance=manually_corrected_opening_balance,
            manually_corrected_closing_balance=manually_corrected_closing_balance,
            manual_corrections=manual_corrections,
            negate=negate,
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
