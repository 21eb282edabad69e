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
    from ..models.debt_collection_info_dto import DebtCollectionInfoDTO
    from ..models.description_dto import DescriptionDTO
    from ..models.send_method_dto import SendMethodDTO


T = TypeVar("T", bound="HistoryEntryDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("descriptions", list, False),
    ("sendMethods", list, False),
    ("debtCollectionInfo", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class HistoryEntryDTO(LazyModel):
    """
    Attributes:
        send_date (str | Unset): [read-only]
        due_date (str | Unset): [read-only]
        descriptions (list[DescriptionDTO] | Unset): [read-only]
        send_methods (list[SendMethodDTO] | Unset): [read-only]
        amount (float | Unset): [read-only]
        amount_currency (float | Unset): [read-only]
        debt_collection_info (DebtCollectionInfoDTO | Unset):
    """

    send_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    descriptions: list[DescriptionDTO] | Unset = UNSET
    send_methods: list[SendMethodDTO] | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    debt_collection_info: DebtCollectionInfoDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        send_date = self.send_date

        due_date = self.due_date

        descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = []
            for descriptions_item_data in self.descriptions:
                descriptions_item = descriptions_item_data.to_dict()
                descriptions.append(descriptions_item)

        send_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.send_methods, Unset):
            send_methods = []
            for send_methods_item_data in self.send_methods:
                send_methods_item = send_methods_item_data.to_dict()
                send_methods.append(send_methods_item)

        amount = self.amount

        amount_currency = self.amount_currency

        debt_collection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt_collection_info, Unset):
            debt_collection_info = self.debt_collection_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if send_date is not UNSET and not _in_request:
            field_dict["sendDate"] = send_date
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if descriptions is not UNSET and not _in_request:
            field_dict["descriptions"] = descriptions
        if send_methods is not UNSET and not _in_request:
            field_dict["sendMethods"] = send_methods
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if debt_collection_info is not UNSET:
            field_dict["debtCollectionInfo"] = debt_collection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HistoryEntryDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.debt_collection_info_dto import DebtCollectionInfoDTO  # noqa: PLC0415
        from ..models.description_dto import DescriptionDTO  # noqa: PLC0415
        from ..models.send_method_dto import SendMethodDTO  # noqa: PLC0415

        def _p_descriptions(_tx_v: Any) -> list[DescriptionDTO] | Unset:
            _descriptions = _tx_v
            descriptions: list[DescriptionDTO] | Unset = UNSET
            if _descriptions is not UNSET:
                descriptions = []
                for descriptions_item_data in _descriptions:
                    if descriptions_item_data is None:
                        continue
                    descriptions_item = DescriptionDTO._tx_from_json(descriptions_item_data)

                    descriptions.append(descriptions_item)

            return descriptions

        def _p_send_methods(_tx_v: Any) -> list[SendMethodDTO] | Unset:
            _send_methods = _tx_v
            send_methods: list[SendMethodDTO] | Unset = UNSET
            if _send_methods is not UNSET:
                send_methods = []
                for send_methods_item_data in _send_methods:
                    if send_methods_item_data is None:
                        continue
                    send_methods_item = SendMethodDTO._tx_from_json(send_methods_item_data)

                    send_methods.append(send_methods_item)

            return send_methods

        def _p_debt_collection_info(_tx_v: Any) -> DebtCollectionInfoDTO | Unset:
            _debt_collection_info = _tx_v
            debt_collection_info: DebtCollectionInfoDTO | Unset
            if isinstance(_debt_collection_info, Unset):
                debt_collection_info = UNSET
            else:
                debt_collection_info = DebtCollectionInfoDTO._tx_from_json(_debt_collection_info)

            return debt_collection_info

        _tx_known: frozenset[str] = frozenset(
            (
                "sendDate",
                "dueDate",
                "descriptions",
                "sendMethods",
                "amount",
                "amountCurrency",
                "debtCollectionInfo",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "send_date": ("sendDate", None),
            "due_date": ("dueDate", None),
            "descriptions": ("descriptions", _p_descriptions),
            "send_methods": ("sendMethods", _p_send_methods),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "debt_collection_info": ("debtCollectionInfo", _p_debt_collection_info),
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
