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
    from ..models.prediction_key import PredictionKey


T = TypeVar("T", bound="PredictionLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("key", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class PredictionLine(LazyModel):
    """
    Attributes:
        account (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        vat_number (str | Unset): [read-only]
        vat_percentage (float | Unset): [read-only]
        project (str | Unset): [read-only]
        department (str | Unset): [read-only]
        key (PredictionKey | Unset):
    """

    account: str | Unset = UNSET
    amount: float | Unset = UNSET
    vat_number: str | Unset = UNSET
    vat_percentage: float | Unset = UNSET
    project: str | Unset = UNSET
    department: str | Unset = UNSET
    key: PredictionKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account = self.account

        amount = self.amount

        vat_number = self.vat_number

        vat_percentage = self.vat_percentage

        project = self.project

        department = self.department

        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET and not _in_request:
            field_dict["account"] = account
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if vat_number is not UNSET and not _in_request:
            field_dict["vatNumber"] = vat_number
        if vat_percentage is not UNSET and not _in_request:
            field_dict["vatPercentage"] = vat_percentage
        if project is not UNSET and not _in_request:
            field_dict["project"] = project
        if department is not UNSET and not _in_request:
            field_dict["department"] = department
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PredictionLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.prediction_key import PredictionKey  # noqa: PLC0415

        def _p_key(_tx_v: Any) -> PredictionKey | Unset:
            _key = _tx_v
            key: PredictionKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = PredictionKey._tx_from_json(_key)

            return key

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "amount",
                "vatNumber",
                "vatPercentage",
                "project",
                "department",
                "key",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", None),
            "amount": ("amount", None),
            "vat_number": ("vatNumber", None),
            "vat_percentage": ("vatPercentage", None),
            "project": ("project", None),
            "department": ("department", None),
            "key": ("key", _p_key),
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
